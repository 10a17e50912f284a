package io.gsskit.raw.ext;

import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mechanism attributes, RFC 5587 §3.4 ({@code GSS_C_MA_*}, arc 1.3.6.1.5.5.13), plus MIT's
 * {@link #GSS_C_MA_NEGOEX_AND_SPNEGO}. The calls are {@link
 * io.gsskit.raw.Gss#indicateMechsByAttrs}, {@link io.gsskit.raw.Gss#inquireAttrsForMech} and
 * {@link io.gsskit.raw.Gss#displayMechAttr}. All members are static and immutable.
 */
public final class Rfc5587 {

  /** Neither a pseudo-mechanism nor a composite mechanism. */
  public static final Oid GSS_C_MA_MECH_CONCRETE = ma(1);
  /** A pseudo-mechanism. */
  public static final Oid GSS_C_MA_MECH_PSEUDO = ma(2);
  /** A composite of other mechanisms. */
  public static final Oid GSS_C_MA_MECH_COMPOSITE = ma(3);
  /** Negotiates other mechanisms (SPNEGO). */
  public static final Oid GSS_C_MA_MECH_NEGO = ma(4);
  /** Not a mechanism but the GSS-API itself. */
  public static final Oid GSS_C_MA_MECH_GLUE = ma(5);
  /** A known OID that is not a mechanism. */
  public static final Oid GSS_C_MA_NOT_MECH = ma(6);
  /** Deprecated mechanism. */
  public static final Oid GSS_C_MA_DEPRECATED = ma(7);
  /** Must not be used as a default mechanism. */
  public static final Oid GSS_C_MA_NOT_DFLT_MECH = ma(8);
  /** Initial context tokens are framed as RFC 2743 §3.1 requires. */
  public static final Oid GSS_C_MA_ITOK_FRAMED = ma(9);
  /** Authenticates the initiator to the acceptor. */
  public static final Oid GSS_C_MA_AUTH_INIT = ma(10);
  /** Authenticates the acceptor to the initiator. */
  public static final Oid GSS_C_MA_AUTH_TARG = ma(11);
  /** Authenticates the initiator with initial credentials. */
  public static final Oid GSS_C_MA_AUTH_INIT_INIT = ma(12);
  /** Authenticates the acceptor with initial credentials. */
  public static final Oid GSS_C_MA_AUTH_TARG_INIT = ma(13);
  /** Supports an anonymous initiator. */
  public static final Oid GSS_C_MA_AUTH_INIT_ANON = ma(14);
  /** Supports an anonymous acceptor. */
  public static final Oid GSS_C_MA_AUTH_TARG_ANON = ma(15);
  /** Supports credential delegation. */
  public static final Oid GSS_C_MA_DELEG_CRED = ma(16);
  /** Per-message integrity protection. */
  public static final Oid GSS_C_MA_INTEG_PROT = ma(17);
  /** Per-message confidentiality protection. */
  public static final Oid GSS_C_MA_CONF_PROT = ma(18);
  /** MIC tokens. */
  public static final Oid GSS_C_MA_MIC = ma(19);
  /** Wrap tokens. */
  public static final Oid GSS_C_MA_WRAP = ma(20);
  /** Per-message protection before context establishment completes. */
  public static final Oid GSS_C_MA_PROT_READY = ma(21);
  /** Replay detection. */
  public static final Oid GSS_C_MA_REPLAY_DET = ma(22);
  /** Out-of-sequence detection. */
  public static final Oid GSS_C_MA_OOS_DET = ma(23);
  /** Channel bindings. */
  public static final Oid GSS_C_MA_CBINDINGS = ma(24);
  /** Perfect forward secrecy. */
  public static final Oid GSS_C_MA_PFS = ma(25);
  /** Compression of data before protection. */
  public static final Oid GSS_C_MA_COMPRESS = ma(26);
  /** Security context export and import. */
  public static final Oid GSS_C_MA_CTX_TRANS = ma(27);
  /**
   * MIT extension: a NegoEx mechanism that may also be negotiated directly by SPNEGO
   * (doc/plugindev/gssapi.rst).
   */
  public static final Oid GSS_C_MA_NEGOEX_AND_SPNEGO = Oid.of("1.2.840.113554.1.2.2.5.18");

  /**
   * The display strings of one attribute ({@code gss_display_mech_attr}).
   *
   * @param name the C constant name, e.g. {@code GSS_C_MA_MECH_CONCRETE}
   * @param shortDescription a short token, e.g. {@code concrete-mech}
   * @param longDescription one sentence
   */
  public record MechAttr(String name, String shortDescription, String longDescription) {}

  private static final Map<Oid, MechAttr> KNOWN = new LinkedHashMap<>();

  static {
    put(GSS_C_MA_MECH_CONCRETE, "GSS_C_MA_MECH_CONCRETE", "concrete-mech",
        "Mechanism is neither a pseudo-mechanism nor a composite mechanism.");
    put(GSS_C_MA_MECH_PSEUDO, "GSS_C_MA_MECH_PSEUDO", "pseudo-mech",
        "Mechanism is a pseudo-mechanism.");
    put(GSS_C_MA_MECH_COMPOSITE, "GSS_C_MA_MECH_COMPOSITE", "composite-mech",
        "Mechanism is a composite of other mechanisms.");
    put(GSS_C_MA_MECH_NEGO, "GSS_C_MA_MECH_NEGO", "mech-negotiation-mech",
        "Mechanism negotiates other mechanisms.");
    put(GSS_C_MA_MECH_GLUE, "GSS_C_MA_MECH_GLUE", "mech-glue",
        "OID is not a mechanism but the GSS-API itself.");
    put(GSS_C_MA_NOT_MECH, "GSS_C_MA_NOT_MECH", "not-mech",
        "Known OID but not a mechanism OID.");
    put(GSS_C_MA_DEPRECATED, "GSS_C_MA_DEPRECATED", "mech-deprecated",
        "Mechanism is deprecated.");
    put(GSS_C_MA_NOT_DFLT_MECH, "GSS_C_MA_NOT_DFLT_MECH", "mech-not-default",
        "Mechanism must not be used as a default mechanism.");
    put(GSS_C_MA_ITOK_FRAMED, "GSS_C_MA_ITOK_FRAMED", "initial-is-framed",
        "Mechanism's initial context tokens are framed as RFC 2743 section 3.1 requires.");
    put(GSS_C_MA_AUTH_INIT, "GSS_C_MA_AUTH_INIT", "auth-init-princ",
        "Mechanism authenticates the initiator to the acceptor.");
    put(GSS_C_MA_AUTH_TARG, "GSS_C_MA_AUTH_TARG", "auth-targ-princ",
        "Mechanism authenticates the acceptor to the initiator.");
    put(GSS_C_MA_AUTH_INIT_INIT, "GSS_C_MA_AUTH_INIT_INIT", "auth-init-princ-initial",
        "Mechanism authenticates the initiator using initial credentials.");
    put(GSS_C_MA_AUTH_TARG_INIT, "GSS_C_MA_AUTH_TARG_INIT", "auth-targ-princ-initial",
        "Mechanism authenticates the acceptor using initial credentials.");
    put(GSS_C_MA_AUTH_INIT_ANON, "GSS_C_MA_AUTH_INIT_ANON", "auth-init-princ-anon",
        "Mechanism supports GSS_C_NT_ANONYMOUS as an initiator name.");
    put(GSS_C_MA_AUTH_TARG_ANON, "GSS_C_MA_AUTH_TARG_ANON", "auth-targ-princ-anon",
        "Mechanism supports GSS_C_NT_ANONYMOUS as an acceptor name.");
    put(GSS_C_MA_DELEG_CRED, "GSS_C_MA_DELEG_CRED", "deleg-cred",
        "Mechanism supports credential delegation.");
    put(GSS_C_MA_INTEG_PROT, "GSS_C_MA_INTEG_PROT", "integ-prot",
        "Mechanism supports per-message integrity protection.");
    put(GSS_C_MA_CONF_PROT, "GSS_C_MA_CONF_PROT", "conf-prot",
        "Mechanism supports per-message confidentiality protection.");
    put(GSS_C_MA_MIC, "GSS_C_MA_MIC", "mic",
        "Mechanism supports Message Integrity Code (MIC) tokens.");
    put(GSS_C_MA_WRAP, "GSS_C_MA_WRAP", "wrap", "Mechanism supports wrap tokens.");
    put(GSS_C_MA_PROT_READY, "GSS_C_MA_PROT_READY", "prot-ready",
        "Mechanism supports per-message protection before context establishment completes.");
    put(GSS_C_MA_REPLAY_DET, "GSS_C_MA_REPLAY_DET", "replay-detection",
        "Mechanism supports replay detection.");
    put(GSS_C_MA_OOS_DET, "GSS_C_MA_OOS_DET", "oos-detection",
        "Mechanism supports out-of-sequence detection.");
    put(GSS_C_MA_CBINDINGS, "GSS_C_MA_CBINDINGS", "channel-bindings",
        "Mechanism supports channel bindings.");
    put(GSS_C_MA_PFS, "GSS_C_MA_PFS", "pfs", "Mechanism supports perfect forward secrecy.");
    put(GSS_C_MA_COMPRESS, "GSS_C_MA_COMPRESS", "compress",
        "Mechanism supports compression of data before protection.");
    put(GSS_C_MA_CTX_TRANS, "GSS_C_MA_CTX_TRANS", "context-transfer",
        "Mechanism supports security context export and import.");
    put(GSS_C_MA_NEGOEX_AND_SPNEGO, "GSS_C_MA_NEGOEX_AND_SPNEGO", "negoex-and-spnego",
        "NegoEx mechanism that may also be negotiated directly by SPNEGO.");
  }

  private Rfc5587() {}

  /**
   * Looks up the display strings of a known attribute.
   *
   * @param attr the attribute OID; not null
   * @return the strings, or empty for an unknown OID
   */
  public static Optional<MechAttr> describe(Oid attr) {
    return Optional.ofNullable(KNOWN.get(attr));
  }

  /** @return every attribute this library knows, in RFC order */
  public static OidSet knownAttrs() {
    return OidSet.of(KNOWN.keySet());
  }

  private static Oid ma(int n) {
    return Oid.of("1.3.6.1.5.5.13." + n);
  }

  private static void put(Oid oid, String name, String shortDesc, String longDesc) {
    KNOWN.put(oid, new MechAttr(name, shortDesc, longDesc));
  }
}
