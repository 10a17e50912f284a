package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.internal.mech.krb5.token.MessageProtector;
import io.gsskit.raw.internal.mech.krb5.token.MessageProtectors;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The krb5 mechanism's interprocess token for {@code gss_export_sec_context} /
 * {@code gss_import_sec_context} (RFC 2743 §2.2.8-9; the format is GSSKit's own, as MIT's is
 * MIT's). Versioned and bounded; all integers big-endian:
 *
 * <pre>
 * "GK5C" magic (4) | version 0x01 (1) | role (1): 1 initiator, 0 acceptor
 * mech OID content: length (1, 1..32) | bytes              (a krb5 mechanism OID)
 * GSS flags (4) | end time, epoch seconds (8) | ticket flags (4)
 * key presence (1): bit0 session key, bit1 initiator subkey, bit2 acceptor subkey; others 0
 * each present key: enctype (4) | length (2, = the enctype's key length) | bytes
 * source, target: realm length (2, 0..1024) | UTF-8 realm | PrincipalName DER length (2,
 *     1..8192) | DER PrincipalName (RFC 4120)
 * per-message state: length (2, 1..1024) | the engine's export (versioned: RFC 4121 or RFC 4757)
 * </pre>
 *
 * <p>Version 0x02 carries a DCE-style context in the middle of its three-leg establishment
 * ({@link Krb5DceReply}): after the role byte a phase byte (1: initiator waiting for the
 * acceptor's AP-REP, role 1; 2: acceptor waiting for the initiator's AP-REP, role 0), the same
 * fields up to the names, and instead of the per-message state:
 *
 * <pre>
 * authenticator ctime, epoch seconds (8) | cusec (4, 0..999999) | initiator seq (4) |
 * acceptor seq (4) | acceptor clock skew, seconds (4, 0..86400)
 * </pre>
 *
 * The GSS flags must hold DCE_STYLE; phase 1 needs the session key and the initiator subkey,
 * phase 2 the session key and the acceptor subkey. A delegated credential an acceptor holds
 * for completion is not exported (its DELEG flag is cleared).
 *
 * <p>Version 0x03, the one written now, adds what the {@code Krb5Inquiry} authtime and
 * authorization-data inquiries answer, so an imported context answers them as the original:
 * after the role byte always a phase byte (0: established, then the per-message state of version
 * 0x01; 1 or 2: between DCE legs, then the tail of version 0x02), and after the names
 *
 * <pre>
 * authtime presence (1: 0 or 1) | authtime, epoch seconds (8) when present
 * authorization data: element count (2, 0..{@value #MAX_AUTHZ_ELEMENTS}) | each element: ad-type
 *     (4, signed) | length (4) | ad-data; the ad-data together at most
 *     {@value #MAX_AUTHZ_BYTES} bytes
 * </pre>
 *
 * A context whose authorization data exceed these caps is not exported
 * ({@link #unexportable}). Versions 0x01 and 0x02 are still read; their contexts do not know the
 * authtime or authorization data.
 *
 * Nothing may follow; the whole token is at most {@link #MAX_TOKEN} bytes. Decoding checks every
 * length against what remains before copying and reports any defect as one {@link Defect}. The
 * token holds key material: callers zero it. Stateless; thread-safe.
 */
final class Krb5ContextExport {

  /** Most authorization-data elements a token carries. */
  static final int MAX_AUTHZ_ELEMENTS = 256;
  /** Most ad-data bytes, all elements together, a token carries. */
  static final int MAX_AUTHZ_BYTES = 65536;
  /** Largest token accepted: the keys, names and state, plus the authorization data. */
  static final int MAX_TOKEN = 16384 + MAX_AUTHZ_BYTES + 8 * MAX_AUTHZ_ELEMENTS;

  private static final byte[] MAGIC = {'G', 'K', '5', 'C'};
  /** Version of an established context without authtime and authorization data (read only). */
  private static final int VERSION_ESTABLISHED = 1;
  /** Version of the DCE mid-establishment token (read only). */
  private static final int VERSION_DCE_PARTIAL = 2;
  /** Version written: either phase, with authtime and authorization data. */
  private static final int VERSION = 3;
  private static final int PHASE_ESTABLISHED = 0;
  private static final int PHASE_INITIATOR = 1;
  private static final int PHASE_ACCEPTOR = 2;
  private static final int MAX_SKEW_SECONDS = 86400;
  private static final int MAX_OID = 32;
  private static final int MAX_REALM = 1024;
  private static final int MAX_NAME_DER = 8192;
  private static final int MAX_STATE = 1024;
  private static final int MAX_KEY = 64;

  /** A malformed or inconsistent token. Carries no stack trace. */
  static final class Defect extends Exception {
    private static final long serialVersionUID = 1L;

    Defect(String message) {
      super(message, null, false, false);
    }
  }

  private Krb5ContextExport() {}

  /**
   * @param ctx a context
   * @return whether it is a DCE-style context between its legs, exportable as version 0x02
   */
  static boolean isDcePartial(Krb5Context ctx) {
    return ctx.isDce() && (ctx.isInitiator() ? ctx.state == Krb5Context.State.AWAIT_AP_REP
        : ctx.state == Krb5Context.State.AWAIT_DCE_AP_REP);
  }

  /**
   * Whether the token could not carry the context's authorization data.
   *
   * @param ctx a context
   * @return why it cannot be exported, or null when {@link #encode} may be called
   */
  static @Nullable String unexportable(Krb5Context ctx) {
    List<AuthorizationDataEntry> ad = ctx.authorizationData();
    if (ad.size() > MAX_AUTHZ_ELEMENTS) {
      return "the context has " + ad.size() + " authorization-data elements; an exported"
          + " context carries at most " + MAX_AUTHZ_ELEMENTS;
    }
    long bytes = 0;
    for (AuthorizationDataEntry e : ad) {
      bytes += e.adData().length;
    }
    return bytes > MAX_AUTHZ_BYTES ? "the context's authorization data have " + bytes
        + " bytes; an exported context carries at most " + MAX_AUTHZ_BYTES : null;
  }

  /**
   * Encodes an open context with its per-message engine, or a DCE-style context between its
   * legs ({@link #isDcePartial}), as version 0x03.
   *
   * @param ctx the context; open with an engine, or DCE partial; {@link #unexportable} null
   * @return the token (holds keys)
   */
  static byte[] encode(Krb5Context ctx) {
    boolean partial = isDcePartial(ctx);
    MessageProtector p = ctx.protector();
    Krb5Name source = ctx.source();
    Krb5Name target = ctx.target();
    if ((p == null && !partial) || source == null || target == null) {
      throw new IllegalStateException("not an open context");
    }
    String tooBig = unexportable(ctx);
    if (tooBig != null) {
      throw new IllegalStateException(tooBig);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    out.writeBytes(MAGIC);
    out.write(VERSION);
    out.write(ctx.isInitiator() ? 1 : 0);
    out.write(!partial ? PHASE_ESTABLISHED
        : ctx.isInitiator() ? PHASE_INITIATOR : PHASE_ACCEPTOR);
    byte[] oid = ctx.mech().content();
    out.write(oid.length);
    out.writeBytes(oid);
    putInt(out, partial ? ctx.flags() & ~io.gsskit.raw.Gss.GSS_C_DELEG_FLAG : ctx.flags());
    putLong(out, ctx.endTime().getEpochSecond());
    putInt(out, ctx.ticketFlags());
    KerberosKey[] keys = {ctx.sessionKey(), ctx.initiatorSubkey(), ctx.acceptorSubkey()};
    int present = 0;
    for (int i = 0; i < keys.length; i++) {
      present |= keys[i] != null ? 1 << i : 0;
    }
    out.write(present);
    for (KerberosKey k : keys) {
      if (k != null) {
        putInt(out, k.keyType());
        byte[] b = k.copyBytes();
        putShort(out, b.length);
        out.writeBytes(b);
        Arrays.fill(b, (byte) 0);
      }
    }
    putName(out, source.principal());
    putName(out, target.principal());
    putAuthorization(out, ctx);
    if (p == null) { // DCE partial
      putLong(out, ctx.authCtime.getEpochSecond());
      putInt(out, ctx.authCusec);
      putInt(out, (int) ctx.initiatorSeq);
      putInt(out, (int) ctx.acceptorSeq);
      putInt(out, (int) Math.min(ctx.clockSkew.getSeconds(), MAX_SKEW_SECONDS));
      return out.toByteArray();
    }
    byte[] state = p.export();
    putShort(out, state.length);
    out.writeBytes(state);
    Arrays.fill(state, (byte) 0);
    return out.toByteArray();
  }

  /**
   * Decodes a token into a fresh open context with its engine.
   *
   * @param in the token; not modified
   * @return the context
   * @throws Defect when the token is malformed, too long or inconsistent
   */
  static Krb5Context decode(byte[] in) throws Defect {
    if (in.length > MAX_TOKEN) {
      throw new Defect("token longer than " + MAX_TOKEN + " bytes");
    }
    Reader r = new Reader(in);
    if (!Arrays.equals(r.bytes(4), MAGIC)) {
      throw new Defect("not a GSSKit krb5 context token");
    }
    int version = r.u8();
    if (version != VERSION_ESTABLISHED && version != VERSION_DCE_PARTIAL
        && version != VERSION) {
      throw new Defect("unknown version");
    }
    int role = r.u8();
    if (role > 1) {
      throw new Defect("bad role");
    }
    boolean partial = false;
    if (version != VERSION_ESTABLISHED) {
      int phase = r.u8();
      partial = phase != PHASE_ESTABLISHED;
      if ((version == VERSION_DCE_PARTIAL && !partial)
          || (partial && phase != (role == 1 ? PHASE_INITIATOR : PHASE_ACCEPTOR))) {
        throw new Defect("bad establishment phase");
      }
    }
    int oidLen = r.u8();
    if (oidLen == 0 || oidLen > MAX_OID) {
      throw new Defect("bad mechanism OID length");
    }
    Oid mech = Oid.fromContent(r.bytes(oidLen)).orElse(null);
    if (mech == null || !Krb5MechanismProvider.isKrb5(mech)) {
      throw new Defect("not a krb5 mechanism OID");
    }
    int flags = r.i32();
    long end = r.i64();
    if (end < 0 || end > Instant.MAX.getEpochSecond()) {
      throw new Defect("bad end time");
    }
    int ticketFlags = r.i32();
    int present = r.u8();
    if ((present & ~7) != 0) {
      throw new Defect("bad key presence bits");
    }
    Krb5Context ctx = new Krb5Context(role == 1, mech, Instant.ofEpochSecond(end));
    boolean ok = false;
    try {
      ctx.flags = flags;
      ctx.ticketFlags = ticketFlags;
      ctx.sessionKey = (present & 1) != 0 ? r.key() : null;
      ctx.initiatorSubkey = (present & 2) != 0 ? r.key() : null;
      ctx.acceptorSubkey = (present & 4) != 0 ? r.key() : null;
      ctx.source = new Krb5Name(r.name());
      ctx.target = new Krb5Name(r.name());
      if (version == VERSION) {
        readAuthorization(r, ctx);
      }
      if (partial) {
        readDcePartial(r, ctx);
        ok = true;
        return ctx;
      }
      int stateLen = r.u16();
      if (stateLen == 0 || stateLen > MAX_STATE) {
        throw new Defect("bad per-message state length");
      }
      byte[] state = r.bytes(stateLen);
      if (r.remaining() != 0) {
        Arrays.fill(state, (byte) 0);
        throw new Defect("trailing bytes");
      }
      AtomicReference<@Nullable MessageProtector> ref = new AtomicReference<>();
      int major = MessageProtectors.importState(new MinorStatus(), state, ref);
      Arrays.fill(state, (byte) 0);
      MessageProtector p = ref.get();
      if (major != 0 || p == null) {
        throw new Defect("malformed per-message state");
      }
      if (p.localIsAcceptor() == ctx.isInitiator()
          || p.acceptorSubkey() != (ctx.acceptorSubkey != null)
          || p.dceStyle() != ctx.isDce()) {
        p.destroy();
        throw new Defect("per-message state does not match the context");
      }
      ctx.adoptProtector(p);
      ctx.state = Krb5Context.State.OPEN;
      ok = true;
      return ctx;
    } finally {
      if (!ok) {
        ctx.release();
      }
    }
  }

  /** The tail of a version 0x02 token; leaves {@code ctx} between its legs. */
  private static void readDcePartial(Reader r, Krb5Context ctx) throws Defect {
    long ctime = r.i64();
    int cusec = r.i32();
    long initiatorSeq = r.i32() & 0xFFFF_FFFFL;
    long acceptorSeq = r.i32() & 0xFFFF_FFFFL;
    int skew = r.i32();
    if (r.remaining() != 0) {
      throw new Defect("trailing bytes");
    }
    if (ctime < 0 || ctime > Instant.MAX.getEpochSecond() || cusec < 0 || cusec > 999_999
        || skew < 0 || skew > MAX_SKEW_SECONDS) {
      throw new Defect("bad establishment state");
    }
    boolean keys = ctx.sessionKey != null && (ctx.isInitiator()
        ? ctx.initiatorSubkey != null : ctx.acceptorSubkey != null);
    if (!ctx.isDce() || !keys) {
      throw new Defect("establishment state does not match the context");
    }
    ctx.authCtime = Instant.ofEpochSecond(ctime);
    ctx.authCusec = cusec;
    ctx.initiatorSeq = initiatorSeq;
    ctx.acceptorSeq = acceptorSeq;
    ctx.clockSkew = java.time.Duration.ofSeconds(skew);
    ctx.state = ctx.isInitiator() ? Krb5Context.State.AWAIT_AP_REP
        : Krb5Context.State.AWAIT_DCE_AP_REP;
  }

  /** The authtime and authorization-data fields of version 0x03. */
  private static void putAuthorization(ByteArrayOutputStream out, Krb5Context ctx) {
    Instant authtime = ctx.authtime();
    out.write(authtime == null ? 0 : 1);
    if (authtime != null) {
      putLong(out, authtime.getEpochSecond());
    }
    List<AuthorizationDataEntry> ad = ctx.authorizationData();
    putShort(out, ad.size());
    for (AuthorizationDataEntry e : ad) {
      putInt(out, e.adType());
      byte[] data = e.adData();
      putInt(out, data.length);
      out.writeBytes(data);
    }
  }

  /** Reads what {@link #putAuthorization} wrote, within the caps. */
  private static void readAuthorization(Reader r, Krb5Context ctx) throws Defect {
    int present = r.u8();
    if (present > 1) {
      throw new Defect("bad authtime presence");
    }
    if (present == 1) {
      long authtime = r.i64();
      if (authtime < 0 || authtime > Instant.MAX.getEpochSecond()) {
        throw new Defect("bad authtime");
      }
      ctx.authtime = Instant.ofEpochSecond(authtime);
    }
    int count = r.u16();
    if (count > MAX_AUTHZ_ELEMENTS) {
      throw new Defect("more than " + MAX_AUTHZ_ELEMENTS + " authorization-data elements");
    }
    int budget = MAX_AUTHZ_BYTES;
    List<AuthorizationDataEntry> ad = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int type = r.i32();
      int len = r.i32();
      if (len < 0 || len > budget) {
        throw new Defect("authorization data longer than " + MAX_AUTHZ_BYTES + " bytes");
      }
      budget -= len;
      ad.add(new AuthorizationDataEntry(type, r.bytes(len)));
    }
    ctx.authorizationData = List.copyOf(ad);
  }

  private static void putName(ByteArrayOutputStream out, KerberosPrincipal p) {
    byte[] realm = p.realm().getBytes(StandardCharsets.UTF_8);
    putShort(out, realm.length);
    out.writeBytes(realm);
    byte[] der = p.name().encode();
    putShort(out, der.length);
    out.writeBytes(der);
  }

  private static void putShort(ByteArrayOutputStream out, int v) {
    out.write(v >>> 8);
    out.write(v);
  }

  private static void putInt(ByteArrayOutputStream out, int v) {
    putShort(out, v >>> 16);
    putShort(out, v & 0xFFFF);
  }

  private static void putLong(ByteArrayOutputStream out, long v) {
    putInt(out, (int) (v >>> 32));
    putInt(out, (int) v);
  }

  /** A bounded cursor over the token. */
  private static final class Reader {
    private final byte[] in;
    private int pos;

    Reader(byte[] in) {
      this.in = in;
    }

    int remaining() {
      return in.length - pos;
    }

    byte[] bytes(int n) throws Defect {
      if (n < 0 || n > remaining()) {
        throw new Defect("truncated token");
      }
      byte[] b = Arrays.copyOfRange(in, pos, pos + n);
      pos += n;
      return b;
    }

    int u8() throws Defect {
      if (remaining() < 1) {
        throw new Defect("truncated token");
      }
      return in[pos++] & 0xFF;
    }

    int u16() throws Defect {
      return (u8() << 8) | u8();
    }

    int i32() throws Defect {
      return (u16() << 16) | u16();
    }

    long i64() throws Defect {
      return ((long) i32() << 32) | (i32() & 0xFFFF_FFFFL);
    }

    KerberosKey key() throws Defect {
      int type = i32();
      int len = u16();
      EncType et = EncType.byNumber(type);
      if (len == 0 || len > MAX_KEY || !et.isSupported() || len != et.keyLength()) {
        throw new Defect("bad key");
      }
      byte[] b = bytes(len);
      try {
        return new KerberosKey(type, b);
      } finally {
        Arrays.fill(b, (byte) 0);
      }
    }

    KerberosPrincipal name() throws Defect {
      int realmLen = u16();
      if (realmLen > MAX_REALM) {
        throw new Defect("realm too long");
      }
      String realm;
      try {
        realm = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes(realmLen))).toString();
      } catch (CharacterCodingException e) {
        throw new Defect("realm is not UTF-8");
      }
      int derLen = u16();
      if (derLen == 0 || derLen > MAX_NAME_DER) {
        throw new Defect("bad name length");
      }
      try {
        return new KerberosPrincipal(realm, PrincipalName.decode(bytes(derLen)));
      } catch (DerException e) {
        throw new Defect("malformed principal name");
      }
    }
  }
}
