package io.gsskit.raw;

import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.ext.Rfc4401;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.glue.Handles;
import io.gsskit.raw.internal.glue.StatusCalls;
import io.gsskit.raw.internal.token.InitialContextToken;
import io.gsskit.raw.internal.token.TokenException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The raw GSS-API: every call of RFC 2743 in the shape of its RFC 2744 C binding, plus the
 * extensions MIT krb5 and Heimdal provide, dispatched by the mechglue to the registered
 * mechanisms (see {@link io.gsskit.raw.spi}).
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Every call returns the major status ({@link GssStatus}) and fills the {@link
 *       MinorStatus} passed first; outputs go into holders ({@link NameHandle.Ref}, {@link
 *       Buffer}, {@link IntHolder}, {@link OidSetHolder}, ...). Integer times and flags are
 *       unsigned 32-bit values in an {@code int}; {@link #GSS_C_INDEFINITE} is {@code -1}.
 *   <li>Calls never throw for protocol, input or mechanism problems, and never throw {@link
 *       NullPointerException}: as in the C binding, a null where a required output belongs gives
 *       {@code GSS_S_CALL_INACCESSIBLE_WRITE}, a null required input {@code
 *       GSS_S_CALL_INACCESSIBLE_READ} (combined with the routine error the RFC names, e.g. {@code
 *       GSS_S_NO_CONTEXT}). Parameters documented as nullable mean {@code GSS_C_NO_NAME}, {@code
 *       GSS_C_NO_CREDENTIAL}, {@code GSS_C_NO_OID}, {@code GSS_C_NO_OID_SET}, {@code
 *       GSS_C_NO_BUFFER} or {@code GSS_C_NO_CHANNEL_BINDINGS}; optional output holders may be
 *       null when the caller does not want that output.
 *   <li>A call the selected mechanism does not implement returns {@code GSS_S_UNAVAILABLE}. A
 *       mechanism that throws is contained: the call returns {@code GSS_S_FAILURE} and the minor
 *       status names the mechanism and exception.
 *   <li>Minor codes are mapped so that different mechanisms' codes never collide; {@link
 *       #displayStatus(MinorStatus, int, int, Oid, IntHolder, StringHolder)} maps them back.
 *   <li>Input arrays are not modified and not retained; output arrays belong to the caller.
 * </ul>
 *
 * <h2>Thread safety</h2>
 *
 * All methods are thread-safe. Handles may be shared between threads; per-message calls on one
 * context run concurrently without a lock in the mechglue. Context establishment, export and
 * deletion of one context, and in-place {@link #addCred} on one credential, must not race with
 * other calls on the same handle. Holders are not thread-safe: do not share one holder between
 * concurrent calls.
 *
 * <p>Specifications: RFC 2743, RFC 2744 (§3.9.1 status codes, §5 calls, Appendix A constants),
 * RFC 4401, RFC 5587, RFC 5588, RFC 5801, RFC 6680, MIT krb5 {@code gssapi_ext.h}.
 */
public final class Gss {

  static {
    Handles.install(new HandleBridge());
  }

  private Gss() {}

  private static Glue g() {
    return Glue.global();
  }

  // =====================================================================================
  // Constants (RFC 2744 Appendix A; MIT gssapi.h / gssapi_ext.h where noted)
  // =====================================================================================

  /** Request delegation of credentials ({@code GSS_C_DELEG_FLAG}). */
  public static final int GSS_C_DELEG_FLAG = 1;
  /** Request mutual authentication. */
  public static final int GSS_C_MUTUAL_FLAG = 2;
  /** Request replay detection. */
  public static final int GSS_C_REPLAY_FLAG = 4;
  /** Request out-of-sequence detection. */
  public static final int GSS_C_SEQUENCE_FLAG = 8;
  /** Confidentiality is available / requested. */
  public static final int GSS_C_CONF_FLAG = 16;
  /** Integrity is available / requested. */
  public static final int GSS_C_INTEG_FLAG = 32;
  /** Request anonymous authentication. */
  public static final int GSS_C_ANON_FLAG = 64;
  /** Per-message protection is available before establishment completes. */
  public static final int GSS_C_PROT_READY_FLAG = 128;
  /** The context can be exported. */
  public static final int GSS_C_TRANS_FLAG = 256;
  /** Channel bindings were verified (MIT extension). */
  public static final int GSS_C_CHANNEL_BOUND_FLAG = 2048;
  /** DCE-style establishment (MIT / Microsoft extension). */
  public static final int GSS_C_DCE_STYLE = 0x1000;
  /** Identify-level impersonation (MIT / Microsoft extension). */
  public static final int GSS_C_IDENTIFY_FLAG = 0x2000;
  /** Extended error reporting (MIT / Microsoft extension). */
  public static final int GSS_C_EXTENDED_ERROR_FLAG = 0x4000;
  /** Delegate only when policy (e.g. ok-as-delegate) allows (RFC 5896). */
  public static final int GSS_C_DELEG_POLICY_FLAG = 32768;

  /** Credential usable to initiate and accept. */
  public static final int GSS_C_BOTH = 0;
  /** Credential usable to initiate. */
  public static final int GSS_C_INITIATE = 1;
  /** Credential usable to accept. */
  public static final int GSS_C_ACCEPT = 2;

  /** {@code displayStatus} type: a major status. */
  public static final int GSS_C_GSS_CODE = StatusCalls.GSS_CODE;
  /** {@code displayStatus} type: a minor status. */
  public static final int GSS_C_MECH_CODE = StatusCalls.MECH_CODE;

  /** Unlimited lifetime (0xffffffff as an unsigned 32-bit value). */
  public static final int GSS_C_INDEFINITE = 0xffffffff;
  /** The default quality of protection. */
  public static final int GSS_C_QOP_DEFAULT = 0;
  /** RFC 4401 PRF with the full key; same as {@link Rfc4401#GSS_C_PRF_KEY_FULL}. */
  public static final int GSS_C_PRF_KEY_FULL = Rfc4401.GSS_C_PRF_KEY_FULL;
  /** RFC 4401 PRF with the partial key; same as {@link Rfc4401#GSS_C_PRF_KEY_PARTIAL}. */
  public static final int GSS_C_PRF_KEY_PARTIAL = Rfc4401.GSS_C_PRF_KEY_PARTIAL;

  /** RFC 2743 §4.1: a user name, e.g. {@code alice}. */
  public static final Oid GSS_C_NT_USER_NAME = Oid.of("1.2.840.113554.1.2.1.1");
  /** RFC 2743 §4.2: a numeric uid in host byte order (four bytes). */
  public static final Oid GSS_C_NT_MACHINE_UID_NAME = Oid.of("1.2.840.113554.1.2.1.2");
  /** RFC 2743 §4.3: a decimal uid as text. */
  public static final Oid GSS_C_NT_STRING_UID_NAME = Oid.of("1.2.840.113554.1.2.1.3");
  /** RFC 2743 §4.1: {@code service@host}, or {@code service} for the local host. */
  public static final Oid GSS_C_NT_HOSTBASED_SERVICE = Oid.of("1.2.840.113554.1.2.1.4");
  /** The pre-RFC 2743 host-based service OID (RFC 2078). */
  public static final Oid GSS_C_NT_HOSTBASED_SERVICE_X = Oid.of("1.3.6.1.5.6.2");
  /** RFC 2743 §4.6: the anonymous name. */
  public static final Oid GSS_C_NT_ANONYMOUS = Oid.of("1.3.6.1.5.6.3");
  /** RFC 2743 §4.7 / §3.2: an exported mechanism name token ({@code 04 01}). */
  public static final Oid GSS_C_NT_EXPORT_NAME = Oid.of("1.3.6.1.5.6.4");
  /** RFC 6680 §8: a composite exported name token ({@code 04 02}). */
  public static final Oid GSS_C_NT_COMPOSITE_EXPORT = Oid.of("1.3.6.1.5.6.6");
  /** RFC 1964 §2.1.1: a Kerberos principal name, {@code primary/instance@REALM}. */
  public static final Oid GSS_KRB5_NT_PRINCIPAL_NAME = Oid.of("1.2.840.113554.1.2.2.1");
  /** MIT: a Kerberos enterprise principal name (RFC 6806). */
  public static final Oid GSS_KRB5_NT_ENTERPRISE_NAME = Oid.of("1.2.840.113554.1.2.2.6");
  /** MIT: a DER X.509 certificate naming the principal (S4U2Self by certificate). */
  public static final Oid GSS_KRB5_NT_X509_CERT = Oid.of("1.2.840.113554.1.2.2.7");

  /** The Kerberos v5 mechanism, RFC 1964 / RFC 4121. */
  public static final Oid GSS_MECH_KRB5 = Oid.of("1.2.840.113554.1.2.2");
  /** The Kerberos v5 OID as Microsoft writes it (MIT {@code gss_mech_krb5_wrong}). */
  public static final Oid GSS_MECH_KRB5_MS = Oid.of("1.2.840.48018.1.2.2");
  /** The pre-RFC 1964 Kerberos v5 OID (MIT {@code gss_mech_krb5_old}). */
  public static final Oid GSS_MECH_KRB5_OLD = Oid.of("1.3.5.1.5.2");
  /** IAKERB, RFC draft-ietf-kitten-iakerb. */
  public static final Oid GSS_MECH_IAKERB = Oid.of("1.3.6.1.5.2.5");
  /** SPNEGO, RFC 4178. */
  public static final Oid GSS_MECH_SPNEGO = Oid.of("1.3.6.1.5.5.2");
  /** NegoEx, MS-NEGOEX. */
  public static final Oid GSS_MECH_NEGOEX = Oid.of("1.3.6.1.4.1.311.2.2.30");

  // =====================================================================================
  // Credentials (RFC 2743 §2.1)
  // =====================================================================================

  /**
   * {@code gss_acquire_cred} (RFC 2744 §5.2): acquires a credential with one element per
   * mechanism that succeeds.
   *
   * @param minor minor status out
   * @param desiredName the principal, or null for the default
   * @param timeReq requested lifetime in seconds, {@link #GSS_C_INDEFINITE} for the maximum
   * @param desiredMechs the mechanisms, or null for every registered mechanism
   * @param credUsage {@link #GSS_C_BOTH}, {@link #GSS_C_INITIATE} or {@link #GSS_C_ACCEPT}
   * @param outputCred receives the credential
   * @param actualMechs receives the mechanisms acquired, or null
   * @param timeRec receives the shortest element lifetime, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_BAD_NAMETYPE}, {@code
   *     GSS_S_BAD_NAME}, {@code GSS_S_NO_CRED}, {@code GSS_S_CREDENTIALS_EXPIRED}, ... (when no
   *     mechanism succeeds, the last mechanism's status)
   */
  public static int acquireCred(MinorStatus minor, @Nullable NameHandle desiredName, int timeReq,
      @Nullable OidSet desiredMechs, int credUsage, CredHandle.Ref outputCred,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder timeRec) {
    return g().creds.acquireCred(minor, desiredName, timeReq, desiredMechs, credUsage,
        outputCred, actualMechs, timeRec);
  }

  /**
   * {@code gss_add_cred} (RFC 2744 §5.3): adds one mechanism's element, built from the
   * mechanism's acquire function. With {@code outputCred} null the element is added to {@code
   * inputCred} in place; otherwise a new credential holds {@code inputCred}'s elements plus the
   * new one.
   *
   * @param minor minor status out
   * @param inputCred the credential to extend, or null to start from none
   * @param desiredName the principal, or null for the default
   * @param desiredMech the mechanism; required
   * @param credUsage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param outputCred receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the resulting credential's mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DUPLICATE_ELEMENT}, {@code GSS_S_BAD_MECH},
   *     {@code GSS_S_NO_CRED}, ...
   */
  public static int addCred(MinorStatus minor, @Nullable CredHandle inputCred,
      @Nullable NameHandle desiredName, Oid desiredMech, int credUsage, int initiatorTimeReq,
      int acceptorTimeReq, CredHandle.@Nullable Ref outputCred,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder initiatorTimeRec,
      @Nullable IntHolder acceptorTimeRec) {
    return g().creds.addCred(minor, inputCred, desiredName, desiredMech, credUsage,
        initiatorTimeReq, acceptorTimeReq, outputCred, actualMechs, initiatorTimeRec,
        acceptorTimeRec);
  }

  /**
   * {@code gss_inquire_cred} (RFC 2744 §5.21).
   *
   * @param minor minor status out
   * @param cred the credential, or null for the default mechanism's default credential
   * @param name receives the principal (an MN), or null
   * @param lifetime receives the shortest remaining lifetime, or null
   * @param credUsage receives the usage ({@link #GSS_C_BOTH} when elements differ), or null
   * @param mechanisms receives the credential's mechanisms, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_DEFECTIVE_CREDENTIAL},
   *     {@code GSS_S_CREDENTIALS_EXPIRED}, ...
   */
  public static int inquireCred(MinorStatus minor, @Nullable CredHandle cred,
      NameHandle.@Nullable Ref name, @Nullable IntHolder lifetime,
      @Nullable IntHolder credUsage, @Nullable OidSetHolder mechanisms) {
    return g().creds.inquireCred(minor, cred, name, lifetime, credUsage, mechanisms);
  }

  /**
   * {@code gss_inquire_cred_by_mech} (RFC 2744 §5.22).
   *
   * @param minor minor status out
   * @param cred the credential, or null for the mechanism's default credential
   * @param mech the mechanism; required
   * @param name receives the principal, or null
   * @param initiatorLifetime receives the initiator lifetime, or null
   * @param acceptorLifetime receives the acceptor lifetime, or null
   * @param credUsage receives the usage, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_BAD_MECH}, ...
   */
  public static int inquireCredByMech(MinorStatus minor, @Nullable CredHandle cred, Oid mech,
      NameHandle.@Nullable Ref name, @Nullable IntHolder initiatorLifetime,
      @Nullable IntHolder acceptorLifetime, @Nullable IntHolder credUsage) {
    return g().creds.inquireCredByMech(minor, cred, mech, name, initiatorLifetime,
        acceptorLifetime, credUsage);
  }

  /**
   * {@code gss_release_cred} (RFC 2744 §5.27): releases the held credential, zeroing its keys,
   * and empties the holder. An empty holder is not an error.
   *
   * @param minor minor status out
   * @param cred the credential holder
   * @return {@code GSS_S_COMPLETE}
   */
  public static int releaseCred(MinorStatus minor, CredHandle.Ref cred) {
    return g().creds.releaseCred(minor, cred);
  }

  // =====================================================================================
  // Context-level calls (RFC 2743 §2.2)
  // =====================================================================================

  /**
   * {@code gss_init_sec_context} (RFC 2744 §5.19): one initiator leg. Pass an empty {@code
   * context} holder on the first call; the mechanism ({@code mechType}, or the default
   * mechanism) is fixed from then on. Loop while the result has {@code GSS_S_CONTINUE_NEEDED},
   * sending {@code outputToken} when it is not empty. A context that asks for more than 64 legs
   * fails with {@code GSS_S_FAILURE} and is deleted.
   *
   * @param minor minor status out
   * @param initiatorCred the credential, or null for the default
   * @param context in/out context holder; required
   * @param targetName the acceptor's name; required
   * @param mechType the mechanism, or null for the default
   * @param reqFlags requested {@code GSS_C_*_FLAG} bits
   * @param timeReq requested lifetime in seconds, 0 for the default
   * @param inputChanBindings channel bindings, or null
   * @param inputToken the acceptor's last token, or null on the first call
   * @param actualMechType receives the mechanism used, or null
   * @param outputToken receives the token to send (empty when none); required
   * @param retFlags receives the context's flags, or null
   * @param timeRec receives the context lifetime, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTINUE_NEEDED}, {@code GSS_S_DEFECTIVE_TOKEN},
   *     {@code GSS_S_NO_CRED}, {@code GSS_S_BAD_NAME}, {@code GSS_S_BAD_MECH}, {@code
   *     GSS_S_BAD_BINDINGS}, {@code GSS_S_FAILURE}, ...
   */
  public static int initSecContext(MinorStatus minor, @Nullable CredHandle initiatorCred,
      ContextHandle.Ref context, NameHandle targetName, @Nullable Oid mechType, int reqFlags,
      int timeReq, @Nullable ChannelBindings inputChanBindings, byte @Nullable [] inputToken,
      @Nullable OidHolder actualMechType, Buffer outputToken, @Nullable IntHolder retFlags,
      @Nullable IntHolder timeRec) {
    return g().contexts.initSecContext(minor, initiatorCred, context, targetName, mechType,
        reqFlags, timeReq, inputChanBindings, inputToken, actualMechType, outputToken, retFlags,
        timeRec);
  }

  /**
   * {@code gss_accept_sec_context} (RFC 2744 §5.1): one acceptor leg. On the first call the
   * mechanism is chosen from the RFC 2743 §3.1 framing of the token (an unknown OID gives {@code
   * GSS_S_BAD_MECH}); an unframed first token is accepted only when {@code acceptorCred} has
   * exactly one element.
   *
   * @param minor minor status out
   * @param context in/out context holder; required
   * @param acceptorCred the credential, or null for the default
   * @param inputToken the initiator's token; required
   * @param inputChanBindings channel bindings, or null
   * @param srcName receives the initiator's name (an MN), or null
   * @param mechType receives the mechanism, or null
   * @param outputToken receives the reply token (empty when none); required
   * @param retFlags receives the context's flags, or null
   * @param timeRec receives the context lifetime, or null
   * @param delegatedCredHandle receives a delegated credential when {@link #GSS_C_DELEG_FLAG}
   *     is in the flags, or null to discard it
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTINUE_NEEDED}, {@code GSS_S_DEFECTIVE_TOKEN},
   *     {@code GSS_S_DUPLICATE_TOKEN}, {@code GSS_S_NO_CRED}, {@code GSS_S_BAD_MECH}, ...
   */
  public static int acceptSecContext(MinorStatus minor, ContextHandle.Ref context,
      @Nullable CredHandle acceptorCred, byte[] inputToken,
      @Nullable ChannelBindings inputChanBindings, NameHandle.@Nullable Ref srcName,
      @Nullable OidHolder mechType, Buffer outputToken, @Nullable IntHolder retFlags,
      @Nullable IntHolder timeRec, CredHandle.@Nullable Ref delegatedCredHandle) {
    return g().contexts.acceptSecContext(minor, context, acceptorCred, inputToken,
        inputChanBindings, srcName, mechType, outputToken, retFlags, timeRec,
        delegatedCredHandle);
  }

  /**
   * {@code gss_delete_sec_context} (RFC 2744 §5.9): deletes the context, zeroing its keys, and
   * empties the holder; other references to the handle then see {@code GSS_S_NO_CONTEXT}.
   *
   * @param minor minor status out
   * @param context the context holder
   * @param outputToken receives a legacy context-deletion token, or null (recommended)
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_NO_CONTEXT}
   */
  public static int deleteSecContext(MinorStatus minor, ContextHandle.Ref context,
      @Nullable Buffer outputToken) {
    return g().contexts.deleteSecContext(minor, context, outputToken);
  }

  /**
   * {@code gss_process_context_token} (RFC 2744 §5.25): passes an asynchronous token (e.g. an
   * error token sent after establishment) to the mechanism.
   *
   * @param minor minor status out
   * @param context the context
   * @param token the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_NO_CONTEXT}
   */
  public static int processContextToken(MinorStatus minor, ContextHandle context,
      byte[] token) {
    return g().contexts.processContextToken(minor, context, token);
  }

  /**
   * {@code gss_context_time} (RFC 2744 §5.7).
   *
   * @param minor minor status out
   * @param context the context
   * @param timeRec receives the remaining lifetime in seconds
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTEXT_EXPIRED}, {@code GSS_S_NO_CONTEXT}
   */
  public static int contextTime(MinorStatus minor, ContextHandle context, IntHolder timeRec) {
    return g().contexts.contextTime(minor, context, timeRec);
  }

  /**
   * {@code gss_inquire_context} (RFC 2744 §5.20).
   *
   * @param minor minor status out
   * @param context the context
   * @param srcName receives the initiator's name, or null
   * @param targName receives the acceptor's name, or null
   * @param lifetimeRec receives the remaining lifetime, or null
   * @param mechType receives the mechanism, or null
   * @param ctxFlags receives the flags, or null
   * @param locallyInitiated receives whether this side initiated, or null
   * @param open receives whether establishment is complete, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_NO_CONTEXT}
   */
  public static int inquireContext(MinorStatus minor, ContextHandle context,
      NameHandle.@Nullable Ref srcName, NameHandle.@Nullable Ref targName,
      @Nullable IntHolder lifetimeRec, @Nullable OidHolder mechType,
      @Nullable IntHolder ctxFlags, @Nullable BooleanHolder locallyInitiated,
      @Nullable BooleanHolder open) {
    return g().contexts.inquireContext(minor, context, srcName, targName, lifetimeRec, mechType,
        ctxFlags, locallyInitiated, open);
  }

  /**
   * {@code gss_wrap_size_limit} (RFC 2744 §5.34).
   *
   * @param minor minor status out
   * @param context the context
   * @param confReqFlag whether confidentiality is wanted
   * @param qopReq the QOP, usually {@link #GSS_C_QOP_DEFAULT}
   * @param reqOutputSize the largest token the caller can send
   * @param maxInputSize receives the largest message that fits
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_BAD_QOP}, ...
   */
  public static int wrapSizeLimit(MinorStatus minor, ContextHandle context, boolean confReqFlag,
      int qopReq, int reqOutputSize, IntHolder maxInputSize) {
    return g().contexts.wrapSizeLimit(minor, context, confReqFlag, qopReq, reqOutputSize,
        maxInputSize);
  }

  /**
   * {@code gss_export_sec_context} (RFC 2744 §5.14): serialises the context into an
   * interprocess token (four-byte OID length, OID, mechanism token) and deactivates it; on
   * success the holder is emptied.
   *
   * @param minor minor status out
   * @param context the context holder
   * @param interprocessToken receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_UNAVAILABLE}
   */
  public static int exportSecContext(MinorStatus minor, ContextHandle.Ref context,
      Buffer interprocessToken) {
    return g().contexts.exportSecContext(minor, context, interprocessToken);
  }

  /**
   * {@code gss_import_sec_context} (RFC 2744 §5.17). The token is untrusted: malformed tokens
   * give {@code GSS_S_DEFECTIVE_TOKEN}. A token whose OID is an interposer's concatenated OID
   * goes to the original mechanism (doc/plugindev/gssapi.rst).
   *
   * @param minor minor status out
   * @param interprocessToken the token
   * @param context receives the context
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_BAD_MECH}, {@code
   *     GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}
   */
  public static int importSecContext(MinorStatus minor, byte[] interprocessToken,
      ContextHandle.Ref context) {
    return g().contexts.importSecContext(minor, interprocessToken, context);
  }

  // =====================================================================================
  // Per-message calls (RFC 2743 §2.3)
  // =====================================================================================

  /**
   * {@code gss_get_mic} (RFC 2744 §5.15).
   *
   * @param minor minor status out
   * @param context the context
   * @param qopReq the QOP, usually {@link #GSS_C_QOP_DEFAULT}
   * @param message the message (null is empty)
   * @param msgToken receives the MIC token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTEXT_EXPIRED}, {@code GSS_S_NO_CONTEXT},
   *     {@code GSS_S_BAD_QOP}
   */
  public static int getMic(MinorStatus minor, ContextHandle context, int qopReq,
      byte @Nullable [] message, Buffer msgToken) {
    return g().messages.getMic(minor, context, qopReq, message, msgToken);
  }

  /**
   * {@code gss_verify_mic} (RFC 2744 §5.32).
   *
   * @param minor minor status out
   * @param context the context
   * @param message the message (null is empty)
   * @param token the MIC token
   * @param qopState receives the QOP, or null
   * @return {@code GSS_S_COMPLETE} (possibly with {@code GSS_S_DUPLICATE_TOKEN}, {@code
   *     GSS_S_OLD_TOKEN}, {@code GSS_S_UNSEQ_TOKEN}, {@code GSS_S_GAP_TOKEN}), {@code
   *     GSS_S_BAD_SIG}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_CONTEXT_EXPIRED}, ...
   */
  public static int verifyMic(MinorStatus minor, ContextHandle context,
      byte @Nullable [] message, byte[] token, @Nullable IntHolder qopState) {
    return g().messages.verifyMic(minor, context, message, token, qopState);
  }

  /**
   * {@code gss_wrap} (RFC 2744 §5.33).
   *
   * @param minor minor status out
   * @param context the context
   * @param confReqFlag whether to encrypt
   * @param qopReq the QOP
   * @param inputMessage the message (null is empty)
   * @param confState receives whether it was encrypted, or null
   * @param outputMessage receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTEXT_EXPIRED}, {@code GSS_S_NO_CONTEXT},
   *     {@code GSS_S_BAD_QOP}
   */
  public static int wrap(MinorStatus minor, ContextHandle context, boolean confReqFlag,
      int qopReq, byte @Nullable [] inputMessage, @Nullable BooleanHolder confState,
      Buffer outputMessage) {
    return g().messages.wrap(minor, context, confReqFlag, qopReq, inputMessage, confState,
        outputMessage);
  }

  /**
   * {@code gss_unwrap} (RFC 2744 §5.31).
   *
   * @param minor minor status out
   * @param context the context
   * @param inputMessage the token
   * @param outputMessage receives the message
   * @param confState receives whether it was encrypted, or null
   * @param qopState receives the QOP, or null
   * @return as {@link #verifyMic}
   */
  public static int unwrap(MinorStatus minor, ContextHandle context, byte[] inputMessage,
      Buffer outputMessage, @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    return g().messages.unwrap(minor, context, inputMessage, outputMessage, confState, qopState);
  }

  /**
   * The GSS-API v1 name of {@link #getMic} ({@code gss_sign}).
   *
   * @param minor minor status out
   * @param context the context
   * @param qopReq the QOP
   * @param message the message
   * @param msgToken receives the token
   * @return as {@link #getMic}
   */
  public static int sign(MinorStatus minor, ContextHandle context, int qopReq,
      byte @Nullable [] message, Buffer msgToken) {
    return getMic(minor, context, qopReq, message, msgToken);
  }

  /**
   * The GSS-API v1 name of {@link #verifyMic} ({@code gss_verify}).
   *
   * @param minor minor status out
   * @param context the context
   * @param message the message
   * @param token the token
   * @param qopState receives the QOP, or null
   * @return as {@link #verifyMic}
   */
  public static int verify(MinorStatus minor, ContextHandle context, byte @Nullable [] message,
      byte[] token, @Nullable IntHolder qopState) {
    return verifyMic(minor, context, message, token, qopState);
  }

  /**
   * The GSS-API v1 name of {@link #wrap} ({@code gss_seal}).
   *
   * @param minor minor status out
   * @param context the context
   * @param confReqFlag whether to encrypt
   * @param qopReq the QOP
   * @param inputMessage the message
   * @param confState receives whether it was encrypted, or null
   * @param outputMessage receives the token
   * @return as {@link #wrap}
   */
  public static int seal(MinorStatus minor, ContextHandle context, boolean confReqFlag,
      int qopReq, byte @Nullable [] inputMessage, @Nullable BooleanHolder confState,
      Buffer outputMessage) {
    return wrap(minor, context, confReqFlag, qopReq, inputMessage, confState, outputMessage);
  }

  /**
   * The GSS-API v1 name of {@link #unwrap} ({@code gss_unseal}).
   *
   * @param minor minor status out
   * @param context the context
   * @param inputMessage the token
   * @param outputMessage receives the message
   * @param confState receives whether it was encrypted, or null
   * @param qopState receives the QOP, or null
   * @return as {@link #unwrap}
   */
  public static int unseal(MinorStatus minor, ContextHandle context, byte[] inputMessage,
      Buffer outputMessage, @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    return unwrap(minor, context, inputMessage, outputMessage, confState, qopState);
  }

  // =====================================================================================
  // Status, names, OID sets, buffers (RFC 2743 §2.4)
  // =====================================================================================

  /**
   * {@code gss_display_status} (RFC 2744 §5.11): one message per call. Start with {@code
   * messageContext} 0 and call again while it is non-zero. For {@link #GSS_C_GSS_CODE} each
   * set field of a major status gives one message (calling error, routine error, each
   * supplementary bit). For {@link #GSS_C_MECH_CODE} the (mapped) minor value is traced back to
   * the mechanism that produced it, which describes its original code; codes of the mechglue
   * itself have their own messages.
   *
   * @param minor minor status out
   * @param statusValue the status to describe
   * @param statusType {@link #GSS_C_GSS_CODE} or {@link #GSS_C_MECH_CODE}
   * @param mechType the mechanism to ask about a minor code the mechglue never handed out, or
   *     null (such a code is then reported as unknown)
   * @param messageContext in/out iteration state; required
   * @param statusString receives one message; required
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_STATUS} (bad type or message context),
   *     {@code GSS_S_BAD_MECH}
   */
  public static int displayStatus(MinorStatus minor, int statusValue, int statusType,
      @Nullable Oid mechType, IntHolder messageContext, StringHolder statusString) {
    return g().status.displayStatus(minor, statusValue, statusType, mechType, messageContext,
        statusString);
  }

  /**
   * Every message for a major status and its minor status on one line, e.g. {@code "A token was
   * invalid: Mechanism alpha: bad MAC"}: the major messages joined with {@code "; "}, then, when
   * the minor value is non-zero, {@code ": "} and its messages. Never throws.
   *
   * @param major the major status
   * @param minor the minor status, or null
   * @return the text
   */
  public static String displayStatus(int major, @Nullable MinorStatus minor) {
    return g().status.describe(major, minor);
  }

  /**
   * {@code gss_indicate_mechs} (RFC 2744 §5.18): the registered mechanisms in preference order
   * (interposers are not listed).
   *
   * @param minor minor status out
   * @param mechSet receives the set
   * @return {@code GSS_S_COMPLETE}
   */
  public static int indicateMechs(MinorStatus minor, OidSetHolder mechSet) {
    return g().info.indicateMechs(minor, mechSet);
  }

  /**
   * {@code gss_compare_name} (RFC 2744 §5.6). Names of the same type compare by their text;
   * otherwise both are converted to a mechanism name of one mechanism (the MN's, or the default)
   * and the mechanism compares them. Anonymous names never compare equal (RFC 2743 §2.4.3).
   *
   * @param minor minor status out
   * @param name1 first name
   * @param name2 second name
   * @param nameEqual receives the result
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_NAMETYPE}, {@code GSS_S_BAD_NAME}
   */
  public static int compareName(MinorStatus minor, NameHandle name1, NameHandle name2,
      BooleanHolder nameEqual) {
    return g().names.compareName(minor, name1, name2, nameEqual);
  }

  /**
   * {@code gss_display_name} (RFC 2744 §5.10): the imported text and type, or for a mechanism
   * name the mechanism's printable form.
   *
   * @param minor minor status out
   * @param inputName the name
   * @param outputNameBuffer receives the text
   * @param outputNameType receives the name type (null = {@code GSS_C_NO_OID}), or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_NAME}
   */
  public static int displayName(MinorStatus minor, NameHandle inputName,
      StringHolder outputNameBuffer, @Nullable OidHolder outputNameType) {
    return g().names.displayName(minor, inputName, outputNameBuffer, outputNameType);
  }

  /**
   * {@code gss_import_name} (RFC 2744 §5.16) for text name types; the text is encoded as UTF-8.
   *
   * @param minor minor status out
   * @param name the text
   * @param nameType the name type, or null for the mechanism default
   * @param outputName receives the name
   * @return as {@link #importName(MinorStatus, byte[], Oid, NameHandle.Ref)}
   */
  public static int importName(MinorStatus minor, String name, @Nullable Oid nameType,
      NameHandle.Ref outputName) {
    return g().names.importName(minor,
        name == null ? null : name.getBytes(StandardCharsets.UTF_8), nameType, outputName);
  }

  /**
   * {@code gss_import_name} (RFC 2744 §5.16). Name types checked here: {@link
   * #GSS_C_NT_HOSTBASED_SERVICE} ({@code service@host}; {@code service} alone gets the local
   * host name), {@link #GSS_C_NT_USER_NAME} (non-empty UTF-8), {@link
   * #GSS_C_NT_STRING_UID_NAME} (decimal), {@link #GSS_C_NT_MACHINE_UID_NAME} (four bytes),
   * {@link #GSS_C_NT_ANONYMOUS}, and {@link #GSS_C_NT_EXPORT_NAME} / {@link
   * #GSS_C_NT_COMPOSITE_EXPORT} tokens (RFC 2743 §3.2, RFC 6680 §8), which are parsed strictly
   * and give a mechanism name at once. Other types are checked by the mechanism on first use.
   *
   * @param minor minor status out
   * @param name the name bytes (UTF-8 text, or a token)
   * @param nameType the name type, or null for the mechanism default
   * @param outputName receives the name
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_NAME} (malformed text or token), {@code
   *     GSS_S_BAD_NAMETYPE}, {@code GSS_S_BAD_MECH} (exported name of an unknown mechanism)
   */
  public static int importName(MinorStatus minor, byte[] name, @Nullable Oid nameType,
      NameHandle.Ref outputName) {
    return g().names.importName(minor, name, nameType, outputName);
  }

  /**
   * {@code gss_release_name} (RFC 2744 §5.29): releases the held name and empties the holder.
   *
   * @param minor minor status out
   * @param name the holder
   * @return {@code GSS_S_COMPLETE}
   */
  public static int releaseName(MinorStatus minor, NameHandle.Ref name) {
    return g().names.releaseName(minor, name);
  }

  /**
   * {@code gss_export_name} (RFC 2744 §5.13): the RFC 2743 §3.2 token ({@code 04 01}) of a
   * mechanism name.
   *
   * @param minor minor status out
   * @param inputName a mechanism name (from canonicalize, accept, or an imported exported name)
   * @param exportedName receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NAME_NOT_MN}, {@code GSS_S_BAD_NAME}, {@code
   *     GSS_S_UNAVAILABLE}
   */
  public static int exportName(MinorStatus minor, NameHandle inputName, Buffer exportedName) {
    return g().names.exportName(minor, inputName, exportedName);
  }

  /**
   * {@code gss_duplicate_name} (RFC 2744 §5.12).
   *
   * @param minor minor status out
   * @param srcName the name
   * @param destName receives an independent copy
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_NAME}
   */
  public static int duplicateName(MinorStatus minor, NameHandle srcName,
      NameHandle.Ref destName) {
    return g().names.duplicateName(minor, srcName, destName);
  }

  /**
   * {@code gss_canonicalize_name} (RFC 2744 §5.5): the mechanism name the mechanism would
   * authenticate for {@code inputName}.
   *
   * @param minor minor status out
   * @param inputName the name
   * @param mechType the mechanism; required
   * @param outputName receives the MN
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_BAD_NAMETYPE}, {@code
   *     GSS_S_BAD_NAME}
   */
  public static int canonicalizeName(MinorStatus minor, NameHandle inputName, Oid mechType,
      NameHandle.Ref outputName) {
    return g().names.canonicalizeName(minor, inputName, mechType, outputName);
  }

  /**
   * {@code gss_inquire_names_for_mech} (RFC 2744 §5.24).
   *
   * @param minor minor status out
   * @param mechanism the mechanism; required
   * @param nameTypes receives the name types
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_UNAVAILABLE}
   */
  public static int inquireNamesForMech(MinorStatus minor, Oid mechanism,
      OidSetHolder nameTypes) {
    return g().names.inquireNamesForMech(minor, mechanism, nameTypes);
  }

  /**
   * {@code gss_inquire_mechs_for_name} (RFC 2744 §5.23): the mechanisms whose name types include
   * the name's type (every mechanism for a null type; the MN's mechanism for an MN).
   *
   * @param minor minor status out
   * @param inputName the name
   * @param mechTypes receives the mechanisms
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_NAME}
   */
  public static int inquireMechsForName(MinorStatus minor, NameHandle inputName,
      OidSetHolder mechTypes) {
    return g().names.inquireMechsForName(minor, inputName, mechTypes);
  }

  /**
   * {@code gss_create_empty_oid_set} (RFC 2744 §5.8).
   *
   * @param minor minor status out
   * @param oidSet receives the empty set
   * @return {@code GSS_S_COMPLETE}
   */
  public static int createEmptyOidSet(MinorStatus minor, OidSetHolder oidSet) {
    if (minor == null || oidSet == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    oidSet.set(OidSet.empty());
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_add_oid_set_member} (RFC 2744 §5.4): replaces the held set with one that also
   * contains {@code memberOid}; a member already present is not added twice.
   *
   * @param minor minor status out
   * @param memberOid the OID; required
   * @param oidSet the set holder; an empty holder is treated as the empty set
   * @return {@code GSS_S_COMPLETE}
   */
  public static int addOidSetMember(MinorStatus minor, Oid memberOid, OidSetHolder oidSet) {
    if (minor == null || oidSet == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (memberOid == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
    }
    OidSet current = oidSet.get();
    oidSet.set((current == null ? OidSet.empty() : current).with(memberOid));
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_test_oid_set_member} (RFC 2744 §5.30).
   *
   * @param minor minor status out
   * @param member the OID
   * @param set the set
   * @param present receives whether {@code member} is in {@code set}
   * @return {@code GSS_S_COMPLETE}
   */
  public static int testOidSetMember(MinorStatus minor, Oid member, OidSet set,
      BooleanHolder present) {
    if (minor == null || present == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (member == null || set == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
    }
    present.set(set.contains(member));
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_release_oid_set} (RFC 2744 §5.28): empties the holder.
   *
   * @param minor minor status out
   * @param set the holder
   * @return {@code GSS_S_COMPLETE}
   */
  public static int releaseOidSet(MinorStatus minor, OidSetHolder set) {
    if (minor == null || set == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    set.set(null);
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_release_buffer} (RFC 2744 §5.26): zeroes and empties the buffer.
   *
   * @param minor minor status out
   * @param buffer the buffer
   * @return {@code GSS_S_COMPLETE}
   */
  public static int releaseBuffer(MinorStatus minor, Buffer buffer) {
    if (minor == null || buffer == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    buffer.release();
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_release_buffer_set} (MIT): zeroes and empties the set.
   *
   * @param minor minor status out
   * @param bufferSet the set
   * @return {@code GSS_S_COMPLETE}
   */
  public static int releaseBufferSet(MinorStatus minor, BufferSet bufferSet) {
    if (minor == null || bufferSet == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    bufferSet.release();
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_release_iov_buffer} (MIT): releases every mechanism-allocated buffer of an IOV
   * array.
   *
   * @param minor minor status out
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE}
   */
  public static int releaseIovBuffer(MinorStatus minor, IovBuffer[] iov) {
    if (minor == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (iov == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
    }
    for (IovBuffer b : iov) {
      if (b != null) {
        b.release();
      }
    }
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_encapsulate_token} (MIT, RFC 2743 §3.1): frames an inner token as {@code 60 len 06
   * len oid inner}.
   *
   * @param inputToken the inner token
   * @param tokenOid the mechanism OID
   * @param outputToken receives the framed token
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_CALL_INACCESSIBLE_*} for null arguments
   */
  public static int encapsulateToken(byte[] inputToken, Oid tokenOid, Buffer outputToken) {
    if (outputToken == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    if (inputToken == null || tokenOid == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
    }
    outputToken.set(InitialContextToken.encode(tokenOid, inputToken));
    return GssStatus.GSS_S_COMPLETE;
  }

  /**
   * {@code gss_decapsulate_token} (MIT, RFC 2743 §3.1): checks the framing and the OID and
   * returns the inner token.
   *
   * @param inputToken the framed token
   * @param tokenOid the expected mechanism OID
   * @param outputToken receives the inner token
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_DEFECTIVE_TOKEN} when the framing is
   *     malformed or the OID differs
   */
  public static int decapsulateToken(byte[] inputToken, Oid tokenOid, Buffer outputToken) {
    if (outputToken == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    if (inputToken == null || tokenOid == null) {
      return GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
    }
    try {
      InitialContextToken t = InitialContextToken.parse(inputToken);
      if (!t.mech().equals(tokenOid)) {
        return GssStatus.GSS_S_DEFECTIVE_TOKEN;
      }
      outputToken.set(t.inner());
      return GssStatus.GSS_S_COMPLETE;
    } catch (TokenException e) {
      return GssStatus.GSS_S_DEFECTIVE_TOKEN;
    }
  }

  // =====================================================================================
  // Credential extensions: RFC 5588 store, MIT credential stores, S4U, passwords, export
  // =====================================================================================

  /**
   * {@code gss_store_cred} (RFC 5588 §5): stores the credential's elements in their default
   * locations (e.g. the default ccache).
   *
   * @param minor minor status out
   * @param inputCred the credential
   * @param credUsage which usage to store
   * @param desiredMech the mechanism to store, or null for every element
   * @param overwriteCred whether existing credentials may be replaced
   * @param defaultCred whether to make them the default
   * @param elementsStored receives the mechanisms stored, or null
   * @param credUsageStored receives the usage stored, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_DUPLICATE_ELEMENT},
   *     {@code GSS_S_UNAVAILABLE}, ...
   */
  public static int storeCred(MinorStatus minor, CredHandle inputCred, int credUsage,
      @Nullable Oid desiredMech, boolean overwriteCred, boolean defaultCred,
      @Nullable OidSetHolder elementsStored, @Nullable IntHolder credUsageStored) {
    return g().creds.storeCredInto(minor, inputCred, credUsage, desiredMech, overwriteCred,
        defaultCred, null, elementsStored, credUsageStored);
  }

  /**
   * {@code gss_store_cred_into} (MIT): {@link #storeCred} into a credential store.
   *
   * @param minor minor status out
   * @param inputCred the credential
   * @param credUsage which usage to store
   * @param desiredMech the mechanism, or null for every element
   * @param overwriteCred whether existing credentials may be replaced
   * @param defaultCred whether to make them the default
   * @param credStore store keys and values ({@link io.gsskit.raw.ext.CredStore}), or null for
   *     the defaults
   * @param elementsStored receives the mechanisms stored, or null
   * @param credUsageStored receives the usage stored, or null
   * @return as {@link #storeCred}
   */
  public static int storeCredInto(MinorStatus minor, CredHandle inputCred, int credUsage,
      @Nullable Oid desiredMech, boolean overwriteCred, boolean defaultCred,
      @Nullable Map<String, String> credStore, @Nullable OidSetHolder elementsStored,
      @Nullable IntHolder credUsageStored) {
    return g().creds.storeCredInto(minor, inputCred, credUsage, desiredMech, overwriteCred,
        defaultCred, credStore, elementsStored, credUsageStored);
  }

  /**
   * {@code gss_acquire_cred_from} (MIT): {@link #acquireCred} from a credential store.
   *
   * @param minor minor status out
   * @param desiredName the principal, or null
   * @param timeReq requested lifetime
   * @param desiredMechs the mechanisms, or null for all
   * @param credUsage the usage
   * @param credStore store keys and values ({@link io.gsskit.raw.ext.CredStore}), or null
   * @param outputCred receives the credential
   * @param actualMechs receives the mechanisms, or null
   * @param timeRec receives the lifetime, or null
   * @return as {@link #acquireCred}
   */
  public static int acquireCredFrom(MinorStatus minor, @Nullable NameHandle desiredName,
      int timeReq, @Nullable OidSet desiredMechs, int credUsage,
      @Nullable Map<String, String> credStore, CredHandle.Ref outputCred,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder timeRec) {
    return g().creds.acquireCredFrom(minor, desiredName, timeReq, desiredMechs, credUsage,
        credStore, outputCred, actualMechs, timeRec);
  }

  /**
   * {@code gss_add_cred_from} (MIT): {@link #addCred} from a credential store.
   *
   * @param minor minor status out
   * @param inputCred the credential to extend, or null
   * @param desiredName the principal, or null
   * @param desiredMech the mechanism; required
   * @param credUsage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param credStore the store, or null
   * @param outputCred receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return as {@link #addCred}
   */
  public static int addCredFrom(MinorStatus minor, @Nullable CredHandle inputCred,
      @Nullable NameHandle desiredName, Oid desiredMech, int credUsage, int initiatorTimeReq,
      int acceptorTimeReq, @Nullable Map<String, String> credStore,
      CredHandle.@Nullable Ref outputCred, @Nullable OidSetHolder actualMechs,
      @Nullable IntHolder initiatorTimeRec, @Nullable IntHolder acceptorTimeRec) {
    return g().creds.addCredFrom(minor, inputCred, desiredName, desiredMech, credUsage,
        initiatorTimeReq, acceptorTimeReq, credStore, outputCred, actualMechs, initiatorTimeRec,
        acceptorTimeRec);
  }

  /**
   * {@code gss_acquire_cred_impersonate_name} (MIT, Kerberos S4U2Self): credentials for {@code
   * desiredName} obtained with the service's own credential.
   *
   * @param minor minor status out
   * @param impersonatorCred the service's credential, or null for its default
   * @param desiredName the user to impersonate; required
   * @param timeReq requested lifetime
   * @param desiredMechs the mechanisms, or null for all
   * @param credUsage the usage
   * @param outputCred receives the credential
   * @param actualMechs receives the mechanisms, or null
   * @param timeRec receives the lifetime, or null
   * @return as {@link #acquireCred}; {@code GSS_S_UNAUTHORIZED} when the KDC refuses
   */
  public static int acquireCredImpersonateName(MinorStatus minor,
      @Nullable CredHandle impersonatorCred, NameHandle desiredName, int timeReq,
      @Nullable OidSet desiredMechs, int credUsage, CredHandle.Ref outputCred,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder timeRec) {
    return g().creds.acquireCredImpersonateName(minor, impersonatorCred, desiredName, timeReq,
        desiredMechs, credUsage, outputCred, actualMechs, timeRec);
  }

  /**
   * {@code gss_add_cred_impersonate_name} (MIT).
   *
   * @param minor minor status out
   * @param inputCred the credential to extend, or null
   * @param impersonatorCred the service's credential, or null for its default
   * @param desiredName the user to impersonate; required
   * @param desiredMech the mechanism; required
   * @param credUsage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param outputCred receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return as {@link #addCred}
   */
  public static int addCredImpersonateName(MinorStatus minor, @Nullable CredHandle inputCred,
      @Nullable CredHandle impersonatorCred, NameHandle desiredName, Oid desiredMech,
      int credUsage, int initiatorTimeReq, int acceptorTimeReq,
      CredHandle.@Nullable Ref outputCred, @Nullable OidSetHolder actualMechs,
      @Nullable IntHolder initiatorTimeRec, @Nullable IntHolder acceptorTimeRec) {
    return g().creds.addCredImpersonateName(minor, inputCred, impersonatorCred, desiredName,
        desiredMech, credUsage, initiatorTimeReq, acceptorTimeReq, outputCred, actualMechs,
        initiatorTimeRec, acceptorTimeRec);
  }

  /**
   * {@code gss_acquire_cred_with_password} (MIT): initial credentials from a password.
   *
   * @param minor minor status out
   * @param desiredName the principal; required
   * @param password the password as UTF-8 bytes; the caller should zero it afterwards
   * @param timeReq requested lifetime
   * @param desiredMechs the mechanisms, or null for all
   * @param credUsage the usage
   * @param outputCred receives the credential
   * @param actualMechs receives the mechanisms, or null
   * @param timeRec receives the lifetime, or null
   * @return as {@link #acquireCred}
   */
  public static int acquireCredWithPassword(MinorStatus minor, NameHandle desiredName,
      byte[] password, int timeReq, @Nullable OidSet desiredMechs, int credUsage,
      CredHandle.Ref outputCred, @Nullable OidSetHolder actualMechs,
      @Nullable IntHolder timeRec) {
    return g().creds.acquireCredWithPassword(minor, desiredName, password, timeReq,
        desiredMechs, credUsage, outputCred, actualMechs, timeRec);
  }

  /**
   * {@code gss_add_cred_with_password} (MIT).
   *
   * @param minor minor status out
   * @param inputCred the credential to extend, or null
   * @param desiredName the principal; required
   * @param desiredMech the mechanism; required
   * @param password the password as UTF-8 bytes
   * @param credUsage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param outputCred receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return as {@link #addCred}
   */
  public static int addCredWithPassword(MinorStatus minor, @Nullable CredHandle inputCred,
      NameHandle desiredName, Oid desiredMech, byte[] password, int credUsage,
      int initiatorTimeReq, int acceptorTimeReq, CredHandle.@Nullable Ref outputCred,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder initiatorTimeRec,
      @Nullable IntHolder acceptorTimeRec) {
    return g().creds.addCredWithPassword(minor, inputCred, desiredName, desiredMech, password,
        credUsage, initiatorTimeReq, acceptorTimeReq, outputCred, actualMechs, initiatorTimeRec,
        acceptorTimeRec);
  }

  /**
   * {@code gss_export_cred} (MIT): serialises every element (repeated four-byte OID length, OID,
   * four-byte token length, token). The token may contain key material: protect it.
   *
   * @param minor minor status out
   * @param cred the credential
   * @param token receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_UNAVAILABLE}
   */
  public static int exportCred(MinorStatus minor, CredHandle cred, Buffer token) {
    return g().creds.exportCred(minor, cred, token);
  }

  /**
   * {@code gss_import_cred} (MIT). The token is untrusted; concatenated interposer OIDs reach the
   * original mechanism.
   *
   * @param minor minor status out
   * @param token the token
   * @param cred receives the credential
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_BAD_MECH}, {@code
   *     GSS_S_UNAVAILABLE}
   */
  public static int importCred(MinorStatus minor, byte[] token, CredHandle.Ref cred) {
    return g().creds.importCred(minor, token, cred);
  }

  /**
   * {@code gss_inquire_cred_by_oid} (MIT): every element's answer, concatenated.
   *
   * @param minor minor status out
   * @param cred the credential
   * @param desiredObject what to return
   * @param dataSet receives the answers
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element answers
   */
  public static int inquireCredByOid(MinorStatus minor, CredHandle cred, Oid desiredObject,
      BufferSet dataSet) {
    return g().creds.inquireCredByOid(minor, cred, desiredObject, dataSet);
  }

  /**
   * {@code gssspi_set_cred_option} (MIT): applies an OID-keyed option to every element that
   * understands it. An empty holder returns {@code GSS_S_UNAVAILABLE}.
   *
   * @param minor minor status out
   * @param cred the credential holder
   * @param option the option OID
   * @param value the value, or null
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element understands it
   */
  public static int setCredOption(MinorStatus minor, CredHandle.Ref cred, Oid option,
      byte @Nullable [] value) {
    return g().creds.setCredOption(minor, cred, option, value);
  }

  /**
   * {@code gss_set_neg_mechs} (MIT, RFC 4178): the mechanisms a negotiating mechanism (SPNEGO)
   * may offer with this credential.
   *
   * @param minor minor status out
   * @param cred the credential
   * @param mechs the mechanisms, in preference order
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element negotiates
   */
  public static int setNegMechs(MinorStatus minor, CredHandle cred, OidSet mechs) {
    return g().creds.setNegMechs(minor, cred, mechs);
  }

  /**
   * {@code gss_get_neg_mechs} (Heimdal).
   *
   * @param minor minor status out
   * @param cred the credential
   * @param mechs receives the mechanisms
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element negotiates
   */
  public static int getNegMechs(MinorStatus minor, CredHandle cred, OidSetHolder mechs) {
    return g().creds.getNegMechs(minor, cred, mechs);
  }

  // =====================================================================================
  // Naming extensions (RFC 6680) and local accounts (MIT)
  // =====================================================================================

  /**
   * {@code gss_inquire_name} (RFC 6680 §7.4). A name that is not an MN reports {@code
   * nameIsMn} false and no attributes.
   *
   * @param minor minor status out
   * @param name the name
   * @param nameIsMn receives whether it is a mechanism name, or null
   * @param mnMech receives its mechanism, or null
   * @param attrs receives the attribute names (UTF-8), or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public static int inquireName(MinorStatus minor, NameHandle name,
      @Nullable BooleanHolder nameIsMn, @Nullable OidHolder mnMech,
      @Nullable BufferSet attrs) {
    return g().names.inquireName(minor, name, nameIsMn, mnMech, attrs);
  }

  /**
   * {@code gss_get_name_attribute} (RFC 6680 §7.5). Set {@code more} to -1 before the first
   * call; it is 0 when no more values follow.
   *
   * @param minor minor status out
   * @param name a mechanism name
   * @param attr the attribute name
   * @param authenticated receives whether the value is authenticated, or null
   * @param complete receives whether the set of values is complete, or null
   * @param value receives the value, or null
   * @param displayValue receives a printable value, or null
   * @param more in/out value iteration state; required
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE} (absent attribute, not an MN, or
   *     not supported)
   */
  public static int getNameAttribute(MinorStatus minor, NameHandle name, String attr,
      @Nullable BooleanHolder authenticated, @Nullable BooleanHolder complete,
      @Nullable Buffer value, @Nullable StringHolder displayValue, IntHolder more) {
    return g().names.getNameAttribute(minor, name, attr, authenticated, complete, value,
        displayValue, more);
  }

  /**
   * {@code gss_set_name_attribute} (RFC 6680 §7.6).
   *
   * @param minor minor status out
   * @param name a mechanism name
   * @param complete whether the value set is complete
   * @param attr the attribute name
   * @param value the value (copied)
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public static int setNameAttribute(MinorStatus minor, NameHandle name, boolean complete,
      String attr, byte[] value) {
    return g().names.setNameAttribute(minor, name, complete, attr, value);
  }

  /**
   * {@code gss_delete_name_attribute} (RFC 6680 §7.7).
   *
   * @param minor minor status out
   * @param name a mechanism name
   * @param attr the attribute name
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public static int deleteNameAttribute(MinorStatus minor, NameHandle name, String attr) {
    return g().names.deleteNameAttribute(minor, name, attr);
  }

  /**
   * {@code gss_display_name_ext} (RFC 6680 §7.3).
   *
   * @param minor minor status out
   * @param name a mechanism name
   * @param displayAsNameType the name type to display as
   * @param displayName receives the text
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public static int displayNameExt(MinorStatus minor, NameHandle name, Oid displayAsNameType,
      StringHolder displayName) {
    return g().names.displayNameExt(minor, name, displayAsNameType, displayName);
  }

  /**
   * {@code gss_export_name_composite} (RFC 6680 §7.8): a {@code 04 02} token carrying the name
   * and its attributes.
   *
   * @param minor minor status out
   * @param name a mechanism name
   * @param exportedName receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NAME_NOT_MN}, {@code GSS_S_UNAVAILABLE}
   */
  public static int exportNameComposite(MinorStatus minor, NameHandle name,
      Buffer exportedName) {
    return g().names.exportNameComposite(minor, name, exportedName);
  }

  /**
   * {@code gss_localname} (MIT): the local account a name maps to.
   *
   * @param minor minor status out
   * @param name the name
   * @param mechType the mechanism, or null for the name's MN mechanism or the default
   * @param localname receives the account name
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_BAD_NAME}, ...
   */
  public static int localname(MinorStatus minor, NameHandle name, @Nullable Oid mechType,
      StringHolder localname) {
    return g().names.localname(minor, name, mechType, localname);
  }

  /**
   * {@code gss_userok} (MIT): whether {@code name} may log in as local user {@code username}.
   * Never throws; false on any error.
   *
   * @param name the (usually accepted) name
   * @param username the local account
   * @return true when authorized
   */
  public static boolean userok(NameHandle name, String username) {
    return g().names.userok(name, username);
  }

  /**
   * {@code gss_authorize_localname} (MIT). When the mechanism has no authorization function,
   * its {@code localname} must equal the user's displayed name.
   *
   * @param minor minor status out
   * @param name the (usually accepted) name
   * @param user a name whose display text is the local account
   * @return {@code GSS_S_COMPLETE} when authorized, {@code GSS_S_UNAUTHORIZED} when not
   */
  public static int authorizeLocalname(MinorStatus minor, NameHandle name, NameHandle user) {
    return g().names.authorizeLocalname(minor, name, user);
  }

  // =====================================================================================
  // Context extensions: PRF, OID-keyed inquiries and options, IOV, AEAD, NegoEx hooks
  // =====================================================================================

  /**
   * {@code gss_pseudo_random} (RFC 4401 §2).
   *
   * @param minor minor status out
   * @param context an established context
   * @param prfKey {@link #GSS_C_PRF_KEY_FULL} or {@link #GSS_C_PRF_KEY_PARTIAL}
   * @param prfIn the input (null is empty)
   * @param desiredOutputLen the output length, at least 0
   * @param prfOut receives exactly {@code desiredOutputLen} bytes
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_UNAVAILABLE}, {@code
   *     GSS_S_FAILURE}
   */
  public static int pseudoRandom(MinorStatus minor, ContextHandle context, int prfKey,
      byte @Nullable [] prfIn, int desiredOutputLen, Buffer prfOut) {
    return g().messages.pseudoRandom(minor, context, prfKey, prfIn, desiredOutputLen, prfOut);
  }

  /**
   * {@code gss_inquire_sec_context_by_oid} (MIT), e.g. with the OIDs of {@link
   * io.gsskit.raw.ext.Inquiry}.
   *
   * @param minor minor status out
   * @param context the context
   * @param desiredObject what to return
   * @param dataSet receives the answer
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}
   */
  public static int inquireSecContextByOid(MinorStatus minor, ContextHandle context,
      Oid desiredObject, BufferSet dataSet) {
    return g().contexts.inquireSecContextByOid(minor, context, desiredObject, dataSet);
  }

  /**
   * {@code gss_set_sec_context_option} (MIT). An empty holder (no context yet) returns {@code
   * GSS_S_UNAVAILABLE}.
   *
   * @param minor minor status out
   * @param context the context holder
   * @param desiredObject the option OID
   * @param value the value, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}
   */
  public static int setSecContextOption(MinorStatus minor, ContextHandle.Ref context,
      Oid desiredObject, byte @Nullable [] value) {
    return g().contexts.setSecContextOption(minor, context, desiredObject, value);
  }

  /**
   * {@code gss_wrap_iov} (MIT): wraps in place; see {@link io.gsskit.raw.ext.Iov} for the layout.
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param confState receives whether the data were encrypted, or null
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}, ...
   */
  public static int wrapIov(MinorStatus minor, ContextHandle context, boolean confReq,
      int qopReq, @Nullable BooleanHolder confState, IovBuffer[] iov) {
    return g().messages.wrapIov(minor, context, confReq, qopReq, confState, iov);
  }

  /**
   * {@code gss_unwrap_iov} (MIT): verifies and decrypts in place; a {@code STREAM} buffer holding
   * a whole token and a {@code DATA} buffer receiving the plaintext may be used instead of the
   * wrap layout.
   *
   * @param minor minor status out
   * @param context the context
   * @param confState receives whether the data were encrypted, or null
   * @param qopState receives the QOP, or null
   * @param iov the buffers
   * @return as {@link #unwrap}
   */
  public static int unwrapIov(MinorStatus minor, ContextHandle context,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState, IovBuffer[] iov) {
    return g().messages.unwrapIov(minor, context, confState, qopState, iov);
  }

  /**
   * {@code gss_wrap_iov_length} (MIT): sets the lengths the HEADER, PADDING and TRAILER buffers
   * need for the DATA and SIGN_ONLY buffers given.
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param confState receives whether the data would be encrypted, or null
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public static int wrapIovLength(MinorStatus minor, ContextHandle context, boolean confReq,
      int qopReq, @Nullable BooleanHolder confState, IovBuffer[] iov) {
    return g().messages.wrapIovLength(minor, context, confReq, qopReq, confState, iov);
  }

  /**
   * {@code gss_get_mic_iov} (MIT).
   *
   * @param minor minor status out
   * @param context the context
   * @param qopReq the QOP
   * @param iov DATA / SIGN_ONLY buffers and one MIC_TOKEN buffer
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public static int getMicIov(MinorStatus minor, ContextHandle context, int qopReq,
      IovBuffer[] iov) {
    return g().messages.getMicIov(minor, context, qopReq, iov);
  }

  /**
   * {@code gss_verify_mic_iov} (MIT).
   *
   * @param minor minor status out
   * @param context the context
   * @param qopState receives the QOP, or null
   * @param iov DATA / SIGN_ONLY buffers and one MIC_TOKEN buffer
   * @return as {@link #verifyMic}
   */
  public static int verifyMicIov(MinorStatus minor, ContextHandle context,
      @Nullable IntHolder qopState, IovBuffer[] iov) {
    return g().messages.verifyMicIov(minor, context, qopState, iov);
  }

  /**
   * {@code gss_get_mic_iov_length} (MIT).
   *
   * @param minor minor status out
   * @param context the context
   * @param qopReq the QOP
   * @param iov the buffers; the MIC_TOKEN buffer's length is set
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public static int getMicIovLength(MinorStatus minor, ContextHandle context, int qopReq,
      IovBuffer[] iov) {
    return g().messages.getMicIovLength(minor, context, qopReq, iov);
  }

  /**
   * {@code gss_wrap_aead} (MIT/Heimdal): wrap with associated data that is protected but not
   * carried. Built from the IOV calls when the mechanism has no AEAD function.
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param inputAssocBuffer the associated data, or null
   * @param inputPayloadBuffer the message, or null
   * @param confState receives whether it was encrypted, or null
   * @param outputMessageBuffer receives the token
   * @return as {@link #wrap}
   */
  public static int wrapAead(MinorStatus minor, ContextHandle context, boolean confReq,
      int qopReq, byte @Nullable [] inputAssocBuffer, byte @Nullable [] inputPayloadBuffer,
      @Nullable BooleanHolder confState, Buffer outputMessageBuffer) {
    return g().messages.wrapAead(minor, context, confReq, qopReq, inputAssocBuffer,
        inputPayloadBuffer, confState, outputMessageBuffer);
  }

  /**
   * {@code gss_unwrap_aead} (MIT/Heimdal).
   *
   * @param minor minor status out
   * @param context the context
   * @param inputMessageBuffer the token
   * @param inputAssocBuffer the associated data, or null
   * @param outputPayloadBuffer receives the message
   * @param confState receives whether it was encrypted, or null
   * @param qopState receives the QOP, or null
   * @return as {@link #unwrap}
   */
  public static int unwrapAead(MinorStatus minor, ContextHandle context,
      byte[] inputMessageBuffer, byte @Nullable [] inputAssocBuffer, Buffer outputPayloadBuffer,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    return g().messages.unwrapAead(minor, context, inputMessageBuffer, inputAssocBuffer,
        outputPayloadBuffer, confState, qopState);
  }

  /**
   * {@code gssspi_query_meta_data} (MIT, for NegoEx): metadata a mechanism wants sent to the
   * peer. May create the context (the holder is then filled) before establishment starts.
   *
   * @param minor minor status out
   * @param mech the mechanism; required
   * @param cred the credential, or null
   * @param context in/out context holder
   * @param targetName the target, or null on the acceptor
   * @param reqFlags the requested flags
   * @param metaData receives the metadata
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public static int queryMetaData(MinorStatus minor, Oid mech, @Nullable CredHandle cred,
      ContextHandle.Ref context, @Nullable NameHandle targetName, int reqFlags,
      Buffer metaData) {
    return g().contexts.queryMetaData(minor, mech, cred, context, targetName, reqFlags,
        metaData);
  }

  /**
   * {@code gssspi_exchange_meta_data} (MIT, for NegoEx): metadata received from the peer.
   *
   * @param minor minor status out
   * @param mech the mechanism; required
   * @param cred the credential, or null
   * @param context in/out context holder
   * @param targetName the target, or null on the acceptor
   * @param reqFlags the requested flags
   * @param metaData the peer's metadata
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public static int exchangeMetaData(MinorStatus minor, Oid mech, @Nullable CredHandle cred,
      ContextHandle.Ref context, @Nullable NameHandle targetName, int reqFlags,
      byte[] metaData) {
    return g().contexts.exchangeMetaData(minor, mech, cred, context, targetName, reqFlags,
        metaData);
  }

  /**
   * {@code gssspi_query_mechanism_info} (MIT, for NegoEx): the mechanism's 16-byte auth scheme.
   *
   * @param minor minor status out
   * @param mech the mechanism; required
   * @param authScheme receives 16 bytes
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_BAD_MECH}
   */
  public static int queryMechanismInfo(MinorStatus minor, Oid mech, Buffer authScheme) {
    return g().contexts.queryMechanismInfo(minor, mech, authScheme);
  }

  // =====================================================================================
  // Mechanism attributes (RFC 5587) and SASL names (RFC 5801)
  // =====================================================================================

  /**
   * {@code gss_indicate_mechs_by_attrs} (RFC 5587 §3.4.3).
   *
   * @param minor minor status out
   * @param desiredMechAttrs attributes every result must have, or null
   * @param exceptMechAttrs attributes no result may have, or null
   * @param criticalMechAttrs attributes every result must know, or null
   * @param mechs receives the mechanisms
   * @return {@code GSS_S_COMPLETE}
   */
  public static int indicateMechsByAttrs(MinorStatus minor, @Nullable OidSet desiredMechAttrs,
      @Nullable OidSet exceptMechAttrs, @Nullable OidSet criticalMechAttrs,
      OidSetHolder mechs) {
    return g().info.indicateMechsByAttrs(minor, desiredMechAttrs, exceptMechAttrs,
        criticalMechAttrs, mechs);
  }

  /**
   * {@code gss_inquire_attrs_for_mech} (RFC 5587 §3.4.4). A mechanism without the inquiry has no
   * attributes.
   *
   * @param minor minor status out
   * @param mech the mechanism, or null for the mechglue itself
   * @param mechAttrs receives its attributes, or null
   * @param knownMechAttrs receives the attributes it knows, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_MECH}
   */
  public static int inquireAttrsForMech(MinorStatus minor, @Nullable Oid mech,
      @Nullable OidSetHolder mechAttrs, @Nullable OidSetHolder knownMechAttrs) {
    return g().info.inquireAttrsForMech(minor, mech, mechAttrs, knownMechAttrs);
  }

  /**
   * {@code gss_display_mech_attr} (RFC 5587 §3.4.5).
   *
   * @param minor minor status out
   * @param mechAttr the attribute
   * @param name receives its C name, or null
   * @param shortDesc receives a short token, or null
   * @param longDesc receives a sentence, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_MECH_ATTR}
   */
  public static int displayMechAttr(MinorStatus minor, Oid mechAttr,
      @Nullable StringHolder name, @Nullable StringHolder shortDesc,
      @Nullable StringHolder longDesc) {
    return g().info.displayMechAttr(minor, mechAttr, name, shortDesc, longDesc);
  }

  /**
   * {@code gss_inquire_saslname_for_mech} (RFC 5801 §10).
   *
   * @param minor minor status out
   * @param desiredMech the mechanism
   * @param saslMechName receives the SASL name, or null
   * @param mechName receives a short name, or null
   * @param mechDescription receives a description, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_UNAVAILABLE}
   */
  public static int inquireSaslnameForMech(MinorStatus minor, Oid desiredMech,
      @Nullable StringHolder saslMechName, @Nullable StringHolder mechName,
      @Nullable StringHolder mechDescription) {
    return g().info.inquireSaslnameForMech(minor, desiredMech, saslMechName, mechName,
        mechDescription);
  }

  /**
   * {@code gss_inquire_mech_for_saslname} (RFC 5801 §11).
   *
   * @param minor minor status out
   * @param saslMechName the SASL name, e.g. {@code GS2-KRB5}
   * @param mechType receives the mechanism
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH} (no mechanism claims it), {@code
   *     GSS_S_UNAVAILABLE} (no mechanism supports the inquiry)
   */
  public static int inquireMechForSaslname(MinorStatus minor, String saslMechName,
      OidHolder mechType) {
    return g().info.inquireMechForSaslname(minor, saslMechName, mechType);
  }
}
