package io.gsskit.raw.spi;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import org.jspecify.annotations.Nullable;

/**
 * A GSS-API mechanism as the mechglue sees it: the RFC 2743/2744 calls with the C signatures
 * (MIT's {@code struct gss_config}), on mechanism-level handles. Every method returns a major
 * status ({@link io.gsskit.raw.GssStatus}) and may store a mechanism minor code with {@link
 * MinorStatus#set(int)}; the mechglue maps minor codes so they never collide with other
 * mechanisms' and hands the original back to {@link #displayStatus}.
 *
 * <p>Every method has a default that returns {@code GSS_S_UNAVAILABLE} (the mechglue's answer for
 * a missing function), except {@link #deleteSecContext}, which releases the context. The mechglue
 * never passes null holders; parameters documented as nullable are {@code GSS_C_NO_*} inputs.
 * Where a call names a mechanism OID, it is the public OID the application selected (one of the
 * provider's OIDs, e.g. the Microsoft krb5 OID for krb5), never an interposer's concatenated OID.
 *
 * <p>The mechglue synthesises {@code add_cred} from {@link #acquireCred}, computes OID sets such
 * as {@code inquire_cred}'s mechanism list, frames exported names ({@code 04 01}) and
 * interprocess context tokens, and checks context-establishment leg counts. Implementations must
 * be thread-safe: one instance serves every thread.
 */
public interface Mechanism {

  // ---------------------------------------------------------------- names (RFC 2743 §2.4)

  /**
   * Imports a name ({@code gss_import_name}). For {@code GSS_C_NT_EXPORT_NAME} and {@code
   * GSS_C_NT_COMPOSITE_EXPORT} the mechglue has already removed and checked the RFC 2743 §3.2 /
   * RFC 6680 §8 framing: {@code name} is the mechanism's NAME field.
   *
   * @param minor minor status out
   * @param name the name bytes (UTF-8 text for string name types); not null
   * @param nameType the name type, or null for the mechanism's default type
   * @param out receives the name
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_NAMETYPE}, {@code GSS_S_BAD_NAME}, ...
   */
  default int importName(MinorStatus minor, byte[] name, @Nullable Oid nameType,
      Holder<MechName> out) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * {@code gssspi_import_name_by_mech}: {@link #importName} with the selected mechanism OID, so an
   * {@link Interposer} serving several mechanisms knows which one is meant. The mechglue always
   * calls this method; the default delegates to {@link #importName}.
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param name the name bytes; not null
   * @param nameType the name type, or null
   * @param out receives the name
   * @return as {@link #importName}
   */
  default int importNameByMech(MinorStatus minor, Oid mech, byte[] name, @Nullable Oid nameType,
      Holder<MechName> out) {
    return importName(minor, name, nameType, out);
  }

  /**
   * Displays a name ({@code gss_display_name}).
   *
   * @param minor minor status out
   * @param name the name
   * @param text receives the printable form
   * @param nameType receives the name type
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int displayName(MinorStatus minor, MechName name, StringHolder text,
      OidHolder nameType) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Compares two names of this mechanism ({@code gss_compare_name}).
   *
   * @param minor minor status out
   * @param a first name
   * @param b second name
   * @param equal receives the result
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int compareName(MinorStatus minor, MechName a, MechName b, BooleanHolder equal) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Exports a mechanism name ({@code gss_export_name}): only the mechanism-specific NAME field of
   * RFC 2743 §3.2; the mechglue adds the {@code 04 01} framing with the mechanism OID.
   *
   * @param minor minor status out
   * @param name the name
   * @param out receives the NAME field
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int exportName(MinorStatus minor, MechName name, Buffer out) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Copies a name ({@code gss_duplicate_name}). Without it the mechglue shares the element
   * between the handles, which is right for immutable names.
   *
   * @param minor minor status out
   * @param name the name
   * @param out receives the copy
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int duplicateName(MinorStatus minor, MechName name, Holder<MechName> out) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Canonicalizes a name this mechanism imported into a mechanism name ({@code
   * gss_canonicalize_name}). Without it the imported element itself is the MN.
   *
   * @param minor minor status out
   * @param name the imported name
   * @param mech the public mechanism OID
   * @param out receives the MN
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int canonicalizeName(MinorStatus minor, MechName name, Oid mech,
      Holder<MechName> out) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Lists the name types this mechanism imports ({@code gss_inquire_names_for_mech}).
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param nameTypes receives the set
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int inquireNamesForMech(MinorStatus minor, Oid mech, OidSetHolder nameTypes) {
    return GSS_S_UNAVAILABLE;
  }

  // ---------------------------------------------------------------- credentials (§2.1)

  /**
   * Acquires a credential element for one mechanism ({@code gss_acquire_cred} with a single
   * desired mechanism). The mechglue builds {@code gss_add_cred} from this method.
   *
   * @param minor minor status out
   * @param desiredName the principal, or null for the default
   * @param timeReq requested lifetime in seconds, {@code GSS_C_INDEFINITE} for the maximum
   * @param mech the public mechanism OID
   * @param credUsage {@code GSS_C_BOTH}, {@code GSS_C_INITIATE} or {@code GSS_C_ACCEPT}
   * @param out receives the element
   * @param timeRec receives the actual lifetime
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_CREDENTIALS_EXPIRED}, ...
   */
  default int acquireCred(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
      Oid mech, int credUsage, Holder<MechCred> out, IntHolder timeRec) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Describes a credential element ({@code gss_inquire_cred}); the mechglue computes the
   * mechanism set.
   *
   * @param minor minor status out
   * @param cred the element, or null for the mechanism's default credential
   * @param name receives the principal
   * @param lifetime receives the remaining lifetime
   * @param credUsage receives the usage
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int inquireCred(MinorStatus minor, @Nullable MechCred cred, Holder<MechName> name,
      IntHolder lifetime, IntHolder credUsage) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Describes a credential element for one mechanism ({@code gss_inquire_cred_by_mech}).
   *
   * @param minor minor status out
   * @param cred the element, or null for the mechanism's default credential
   * @param mech the public mechanism OID
   * @param name receives the principal
   * @param initiatorLifetime receives the initiator lifetime
   * @param acceptorLifetime receives the acceptor lifetime
   * @param credUsage receives the usage
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int inquireCredByMech(MinorStatus minor, @Nullable MechCred cred, Oid mech,
      Holder<MechName> name, IntHolder initiatorLifetime, IntHolder acceptorLifetime,
      IntHolder credUsage) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Serialises a credential element ({@code gss_export_cred}); the mechglue adds the OID.
   *
   * @param minor minor status out
   * @param cred the element
   * @param token receives the mechanism token
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int exportCred(MinorStatus minor, MechCred cred, Buffer token) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Restores a credential element ({@code gss_import_cred}). The token is untrusted.
   *
   * @param minor minor status out
   * @param token the mechanism token
   * @param out receives the element
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, ...
   */
  default int importCred(MinorStatus minor, byte[] token, Holder<MechCred> out) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * {@code gssspi_import_cred_by_mech}; the mechglue always calls this method, the default
   * delegates to {@link #importCred}.
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param token the mechanism token
   * @param out receives the element
   * @return as {@link #importCred}
   */
  default int importCredByMech(MinorStatus minor, Oid mech, byte[] token,
      Holder<MechCred> out) {
    return importCred(minor, token, out);
  }

  /**
   * Answers an OID-keyed credential inquiry ({@code gss_inquire_cred_by_oid}).
   *
   * @param minor minor status out
   * @param cred the element
   * @param desiredObject what to return
   * @param data receives the answer
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_UNAVAILABLE} for an unknown OID
   */
  default int inquireCredByOid(MinorStatus minor, MechCred cred, Oid desiredObject,
      BufferSet data) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Sets an OID-keyed credential option ({@code gssspi_set_cred_option}).
   *
   * @param minor minor status out
   * @param cred the element
   * @param option the option OID
   * @param value the option value, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_UNAVAILABLE} for an unknown option
   */
  default int setCredOption(MinorStatus minor, MechCred cred, Oid option,
      byte @Nullable [] value) {
    return GSS_S_UNAVAILABLE;
  }

  // ---------------------------------------------------------------- contexts (§2.2)

  /**
   * One initiator leg ({@code gss_init_sec_context}). On the first call {@code context} is
   * empty and the mechanism stores its new context there; the mechglue counts legs and fails a
   * context that keeps returning {@code GSS_S_CONTINUE_NEEDED}.
   *
   * @param minor minor status out
   * @param cred the initiator credential element, or null for the default
   * @param context in/out context
   * @param target the target name, imported by this mechanism
   * @param mech the public mechanism OID
   * @param reqFlags requested {@code GSS_C_*_FLAG} bits
   * @param timeReq requested lifetime in seconds, 0 for the default
   * @param bindings channel bindings, or null
   * @param inputToken the peer's token, or null on the first call
   * @param actualMech receives the mechanism actually used
   * @param outputToken receives the token for the peer (empty for none)
   * @param retFlags receives the context flags
   * @param timeRec receives the context lifetime
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTINUE_NEEDED} or an error
   */
  default int initSecContext(MinorStatus minor, @Nullable MechCred cred,
      Holder<MechContext> context, MechName target, Oid mech, int reqFlags, int timeReq,
      @Nullable ChannelBindings bindings, byte @Nullable [] inputToken, OidHolder actualMech,
      Buffer outputToken, IntHolder retFlags, IntHolder timeRec) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * One acceptor leg ({@code gss_accept_sec_context}). The mechglue chose this mechanism from the
   * RFC 2743 §3.1 framing of the first token or from the credential.
   *
   * @param minor minor status out
   * @param context in/out context
   * @param cred the acceptor credential element, or null for the default
   * @param inputToken the initiator's token
   * @param bindings channel bindings, or null
   * @param srcName receives the initiator's name
   * @param mechType receives the mechanism OID
   * @param outputToken receives the reply token (empty for none)
   * @param retFlags receives the context flags
   * @param timeRec receives the context lifetime
   * @param delegatedCred receives a delegated credential, if any
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTINUE_NEEDED} or an error
   */
  default int acceptSecContext(MinorStatus minor, Holder<MechContext> context,
      @Nullable MechCred cred, byte[] inputToken, @Nullable ChannelBindings bindings,
      Holder<MechName> srcName, OidHolder mechType, Buffer outputToken, IntHolder retFlags,
      IntHolder timeRec, Holder<MechCred> delegatedCred) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Deletes a context ({@code gss_delete_sec_context}) and zeroes its keys. The default calls
   * {@link MechContext#release()} and returns {@code GSS_S_COMPLETE}.
   *
   * @param minor minor status out
   * @param context the context
   * @param outputToken receives a (legacy) context deletion token; usually left empty
   * @return {@code GSS_S_COMPLETE}
   */
  default int deleteSecContext(MinorStatus minor, MechContext context, Buffer outputToken) {
    context.release();
    return GSS_S_COMPLETE;
  }

  /**
   * Processes an asynchronous context token, e.g. an error token after establishment ({@code
   * gss_process_context_token}).
   *
   * @param minor minor status out
   * @param context the context
   * @param token the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, ...
   */
  default int processContextToken(MinorStatus minor, MechContext context, byte[] token) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Remaining context lifetime ({@code gss_context_time}).
   *
   * @param minor minor status out
   * @param context the context
   * @param timeRec receives seconds, {@code GSS_C_INDEFINITE} for unlimited
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_CONTEXT_EXPIRED}
   */
  default int contextTime(MinorStatus minor, MechContext context, IntHolder timeRec) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Describes a context ({@code gss_inquire_context}).
   *
   * @param minor minor status out
   * @param context the context
   * @param srcName receives the initiator's name
   * @param targName receives the acceptor's name
   * @param lifetime receives the remaining lifetime
   * @param mechType receives the mechanism OID
   * @param ctxFlags receives the flags
   * @param locallyInitiated receives whether this side initiated
   * @param open receives whether establishment is complete
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int inquireContext(MinorStatus minor, MechContext context, Holder<MechName> srcName,
      Holder<MechName> targName, IntHolder lifetime, OidHolder mechType, IntHolder ctxFlags,
      BooleanHolder locallyInitiated, BooleanHolder open) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Largest message whose wrap token fits in {@code reqOutputSize} ({@code gss_wrap_size_limit}).
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether confidentiality is requested
   * @param qopReq the QOP
   * @param reqOutputSize the token size limit
   * @param maxInputSize receives the largest message size
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int wrapSizeLimit(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      int reqOutputSize, IntHolder maxInputSize) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Serialises an established context ({@code gss_export_sec_context}); on success the context is
   * no longer used and the mechglue adds its OID header.
   *
   * @param minor minor status out
   * @param context the context
   * @param token receives the mechanism's interprocess token
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int exportSecContext(MinorStatus minor, MechContext context, Buffer token) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Restores an exported context ({@code gss_import_sec_context}). The token is untrusted: check
   * every length (CVE-2015-2698).
   *
   * @param minor minor status out
   * @param token the mechanism's interprocess token (the mechglue header removed)
   * @param out receives the context
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, ...
   */
  default int importSecContext(MinorStatus minor, byte[] token, Holder<MechContext> out) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * {@code gssspi_import_sec_context_by_mech}; the mechglue always calls this method, the default
   * delegates to {@link #importSecContext}.
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param token the mechanism token
   * @param out receives the context
   * @return as {@link #importSecContext}
   */
  default int importSecContextByMech(MinorStatus minor, Oid mech, byte[] token,
      Holder<MechContext> out) {
    return importSecContext(minor, token, out);
  }

  /**
   * Answers an OID-keyed context inquiry ({@code gss_inquire_sec_context_by_oid}), e.g. the
   * NegoEx keys of {@link io.gsskit.raw.ext.Inquiry}.
   *
   * @param minor minor status out
   * @param context the context
   * @param desiredObject what to return
   * @param data receives the answer
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_UNAVAILABLE} for an unknown OID
   */
  default int inquireSecContextByOid(MinorStatus minor, MechContext context, Oid desiredObject,
      BufferSet data) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Sets an OID-keyed context option ({@code gss_set_sec_context_option}).
   *
   * @param minor minor status out
   * @param context in/out context; empty when the application has none yet
   * @param option the option OID
   * @param value the value, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_UNAVAILABLE} for an unknown option
   */
  default int setSecContextOption(MinorStatus minor, Holder<MechContext> context, Oid option,
      byte @Nullable [] value) {
    return GSS_S_UNAVAILABLE;
  }

  // ---------------------------------------------------------------- per-message (§2.3)

  /**
   * Computes a MIC token ({@code gss_get_mic}).
   *
   * @param minor minor status out
   * @param context the context
   * @param qopReq the QOP ({@code GSS_C_QOP_DEFAULT} = 0)
   * @param message the message
   * @param token receives the MIC token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTEXT_EXPIRED}, {@code GSS_S_BAD_QOP}, ...
   */
  default int getMic(MinorStatus minor, MechContext context, int qopReq, byte[] message,
      Buffer token) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Verifies a MIC token ({@code gss_verify_mic}), comparing checksums in constant time.
   *
   * @param minor minor status out
   * @param context the context
   * @param message the message
   * @param token the MIC token
   * @param qopState receives the QOP used
   * @return {@code GSS_S_COMPLETE} possibly with supplementary bits, {@code GSS_S_BAD_SIG},
   *     {@code GSS_S_DEFECTIVE_TOKEN}, ...
   */
  default int verifyMic(MinorStatus minor, MechContext context, byte[] message, byte[] token,
      IntHolder qopState) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Protects a message ({@code gss_wrap}).
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param input the message
   * @param confState receives whether it was encrypted
   * @param output receives the wrap token
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int wrap(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      byte[] input, BooleanHolder confState, Buffer output) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Verifies and decrypts a wrap token ({@code gss_unwrap}).
   *
   * @param minor minor status out
   * @param context the context
   * @param input the wrap token
   * @param output receives the message
   * @param confState receives whether it was encrypted
   * @param qopState receives the QOP used
   * @return {@code GSS_S_COMPLETE} possibly with supplementary bits, {@code GSS_S_BAD_SIG},
   *     {@code GSS_S_DEFECTIVE_TOKEN}, ...
   */
  default int unwrap(MinorStatus minor, MechContext context, byte[] input, Buffer output,
      BooleanHolder confState, IntHolder qopState) {
    return GSS_S_UNAVAILABLE;
  }

  // ---------------------------------------------------------------- status and mechanism info

  /**
   * Describes one of this mechanism's minor codes ({@code gss_display_status} with {@code
   * GSS_C_MECH_CODE}); the mechglue has already mapped the code back to the original.
   *
   * @param minor minor status out
   * @param mechStatus the mechanism's code
   * @param messageContext in/out: 0 on the first call; set to 0 when no more messages follow
   * @param text receives one message
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_STATUS}
   */
  default int displayStatus(MinorStatus minor, int mechStatus, IntHolder messageContext,
      StringHolder text) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * RFC 5587 attributes of the mechanism ({@code gss_inquire_attrs_for_mech}).
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param mechAttrs receives the attributes the mechanism has
   * @param knownMechAttrs receives the attributes it knows about (may be left empty)
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int inquireAttrsForMech(MinorStatus minor, Oid mech, OidSetHolder mechAttrs,
      OidSetHolder knownMechAttrs) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * RFC 5801 SASL names ({@code gss_inquire_saslname_for_mech}).
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param saslMechName receives the SASL name, e.g. {@code GS2-KRB5}
   * @param mechName receives a short mechanism name
   * @param mechDescription receives a description
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int inquireSaslnameForMech(MinorStatus minor, Oid mech, StringHolder saslMechName,
      StringHolder mechName, StringHolder mechDescription) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * RFC 5801 reverse lookup ({@code gss_inquire_mech_for_saslname}).
   *
   * @param minor minor status out
   * @param saslMechName the SASL name
   * @param mech receives the mechanism OID when this mechanism owns the name
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_BAD_MECH} when the name is not this
   *     mechanism's
   */
  default int inquireMechForSaslname(MinorStatus minor, String saslMechName, OidHolder mech) {
    return GSS_S_UNAVAILABLE;
  }

  // ---------------------------------------------------------------- local accounts (MIT)

  /**
   * Maps a mechanism name to a local account name ({@code gss_localname}).
   *
   * @param minor minor status out
   * @param name the MN
   * @param mech the public mechanism OID
   * @param localName receives the account name
   * @return {@code GSS_S_COMPLETE} or an error
   */
  default int localname(MinorStatus minor, MechName name, Oid mech, StringHolder localName) {
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Decides whether a mechanism name may log in as a local user ({@code
   * gss_authorize_localname}). Without it the mechglue compares {@link #localname}'s answer.
   *
   * @param minor minor status out
   * @param name the MN
   * @param localUser the local account name
   * @return {@code GSS_S_COMPLETE} when authorized, {@code GSS_S_UNAUTHORIZED} when not
   */
  default int authorizeLocalname(MinorStatus minor, MechName name, String localUser) {
    return GSS_S_UNAVAILABLE;
  }
}
