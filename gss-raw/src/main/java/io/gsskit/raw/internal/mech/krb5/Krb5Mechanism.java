package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CONTEXT_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_ELEMENT;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.Gss;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.ext.CredStore;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.internal.kerberos.ccache.CcacheException;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.token.TokenException;
import io.gsskit.raw.spi.CredStoreSupport;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.spi.Mechanism;
import io.gsskit.raw.spi.PasswordSupport;
import io.gsskit.raw.spi.PrfSupport;
import io.gsskit.raw.spi.IovSupport;
import io.gsskit.raw.spi.AeadSupport;
import io.gsskit.raw.ext.IovBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Kerberos v5 GSS-API mechanism: names, credentials from ccaches and keytabs, context
 * establishment (RFC 4121 §4.1), the context-level calls, and the per-message calls and PRF
 * through each context's RFC 4121 engine (sub-package {@code token}, see {@link Krb5Messages}).
 * One instance serves all OIDs of {@link Krb5MechanismProvider}. Thread-safe; one context is
 * established by one thread at a time (mechglue contract); per-message calls on one context may
 * run concurrently.
 */
final class Krb5Mechanism implements Mechanism, CredStoreSupport, PrfSupport,
    PasswordSupport, IovSupport, AeadSupport {

  /** MIT {@code GSS_KRB5_SESSION_KEY_ENCTYPE_OID} base; the enctype is appended as an arc. */
  static final Oid SESSION_KEY_ENCTYPE = Oid.of("1.2.840.113554.1.2.2.5.4");

  private final Krb5Settings settings;
  private final Krb5Names names;
  private final Krb5Creds creds;
  private final Krb5Initiator initiator;
  private final Krb5Acceptor acceptor;
  private final Krb5Messages messages;

  Krb5Mechanism(Krb5Settings settings) {
    this.settings = settings;
    this.names = new Krb5Names(settings);
    Krb5Kdc kdc = new Krb5Kdc(settings);
    this.creds = new Krb5Creds(settings, kdc);
    this.initiator = new Krb5Initiator(settings, creds, kdc);
    this.acceptor = new Krb5Acceptor(settings, creds);
    this.messages = new Krb5Messages(settings);
  }

  // ------------------------------------------------------------------ names

  @Override
  public int importName(MinorStatus minor, byte[] name, @Nullable Oid nameType,
      Holder<MechName> out) {
    return names.importName(minor, name, nameType, out);
  }

  @Override
  public int displayName(MinorStatus minor, MechName name, StringHolder text,
      OidHolder nameType) {
    if (!(name instanceof Krb5Name n)) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          null);
    }
    text.set(n.principal().toString());
    nameType.set(n.displayType());
    return GSS_S_COMPLETE;
  }

  @Override
  public int compareName(MinorStatus minor, MechName a, MechName b, BooleanHolder equal) {
    if (!(a instanceof Krb5Name x) || !(b instanceof Krb5Name y)) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          null);
    }
    equal.set(x.sameAs(y.principal()));
    return GSS_S_COMPLETE;
  }

  @Override
  public int exportName(MinorStatus minor, MechName name, Buffer out) {
    if (!(name instanceof Krb5Name n)) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          null);
    }
    out.set(n.principal().toString().getBytes(StandardCharsets.UTF_8));
    return GSS_S_COMPLETE;
  }

  @Override
  public int duplicateName(MinorStatus minor, MechName name, Holder<MechName> out) {
    out.set(name);
    return GSS_S_COMPLETE;
  }

  @Override
  public int canonicalizeName(MinorStatus minor, MechName name, Oid mech,
      Holder<MechName> out) {
    out.set(name);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireNamesForMech(MinorStatus minor, Oid mech, OidSetHolder nameTypes) {
    nameTypes.set(Krb5Names.NAME_TYPES);
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------ credentials

  @Override
  public int acquireCred(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
      Oid mech, int credUsage, Holder<MechCred> out, IntHolder timeRec) {
    return creds.acquire(minor, desiredName, timeReq, credUsage, Map.of(), out, timeRec);
  }

  @Override
  public int acquireCredFrom(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
      Oid mech, int credUsage, Map<String, String> credStore, Holder<MechCred> out,
      IntHolder timeRec) {
    return creds.acquire(minor, desiredName, timeReq, credUsage, credStore, out, timeRec);
  }

  @Override
  public int acquireCredWithPassword(MinorStatus minor, MechName desiredName, byte[] password,
      int timeReq, Oid mech, int credUsage, Holder<MechCred> out, IntHolder timeRec) {
    java.nio.CharBuffer cb;
    try {
      cb = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(password));
    } catch (java.nio.charset.CharacterCodingException e) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_PARSE_MALFORMED,
          "the password is not UTF-8");
    }
    char[] chars = new char[cb.remaining()];
    cb.get(chars);
    Arrays.fill(cb.array(), '\0');
    try {
      return creds.acquire(minor, desiredName, timeReq, credUsage, Map.of(), chars, out,
          timeRec);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  @Override
  public int storeCredInto(MinorStatus minor, MechCred cred, int credUsage, Oid mech,
      boolean overwrite, boolean defaultCred, @Nullable Map<String, String> credStore,
      IntHolder credUsageStored) {
    if (!(cred instanceof Krb5Cred c) || !c.canInitiate() || c.ccache() == null
        || c.initiatorName() == null) {
      return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CRED,
          "only initiator credentials can be stored");
    }
    try {
      String name = credStore == null ? null : credStore.get(CredStore.CCACHE);
      CredentialCache target = name != null ? CredentialCaches.resolve(name)
          : CredentialCaches.resolveDefault(settings.env(), settings.config());
      if (!overwrite && target.exists() && !target.credentials().isEmpty()) {
        return Krb5Minor.fail(minor, GSS_S_DUPLICATE_ELEMENT, Krb5Minor.KG_CCACHE_NOMATCH,
            "ccache " + target.name() + " already holds credentials");
      }
      var list = c.ccache().credentials();
      target.initialize(c.initiatorName().principal());
      target.storeAll(list);
    } catch (CcacheException e) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CC_WRITE,
          e.getMessage());
    } catch (Krb5ConfigException e) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
          e.getMessage());
    }
    credUsageStored.set(Gss.GSS_C_INITIATE);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireCred(MinorStatus minor, @Nullable MechCred cred, Holder<MechName> name,
      IntHolder lifetime, IntHolder credUsage) {
    Krb5Cred c = credOrDefault(minor, cred);
    if (c == null) {
      return minor.value() == 0 ? Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CRED, null)
          : GSS_S_NO_CRED;
    }
    name.set(c.name());
    lifetime.set(creds.lifetime(c));
    credUsage.set(c.usage());
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireCredByMech(MinorStatus minor, @Nullable MechCred cred, Oid mech,
      Holder<MechName> name, IntHolder initiatorLifetime, IntHolder acceptorLifetime,
      IntHolder credUsage) {
    Krb5Cred c = credOrDefault(minor, cred);
    if (c == null) {
      return GSS_S_NO_CRED;
    }
    name.set(c.name());
    initiatorLifetime.set(c.canInitiate() ? creds.lifetime(c) : 0);
    acceptorLifetime.set(c.canAccept() ? Gss.GSS_C_INDEFINITE : 0);
    credUsage.set(c.usage());
    return GSS_S_COMPLETE;
  }

  private @Nullable Krb5Cred credOrDefault(MinorStatus minor, @Nullable MechCred cred) {
    if (cred instanceof Krb5Cred c) {
      return c;
    }
    Holder<MechCred> h = new Holder<>();
    int major = creds.acquire(minor, null, 0, Gss.GSS_C_INITIATE, Map.of(), h, new IntHolder());
    if (major != GSS_S_COMPLETE) {
      major = creds.acquire(minor, null, 0, Gss.GSS_C_ACCEPT, Map.of(), h, new IntHolder());
    }
    return major == GSS_S_COMPLETE ? (Krb5Cred) h.get() : null;
  }

  // ------------------------------------------------------------------ contexts

  @Override
  public int initSecContext(MinorStatus minor, @Nullable MechCred cred,
      Holder<MechContext> context, MechName target, Oid mech, int reqFlags, int timeReq,
      @Nullable ChannelBindings bindings, byte @Nullable [] inputToken, OidHolder actualMech,
      Buffer outputToken, IntHolder retFlags, IntHolder timeRec) {
    if (!(target instanceof Krb5Name t)) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          null);
    }
    if (cred != null && !(cred instanceof Krb5Cred)) {
      return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CRED, null);
    }
    return initiator.init(minor, (Krb5Cred) cred, context, t, mech, reqFlags, timeReq,
        bindings, inputToken, actualMech, outputToken, retFlags, timeRec);
  }

  @Override
  public int acceptSecContext(MinorStatus minor, Holder<MechContext> context,
      @Nullable MechCred cred, byte[] inputToken, @Nullable ChannelBindings bindings,
      Holder<MechName> srcName, OidHolder mechType, Buffer outputToken, IntHolder retFlags,
      IntHolder timeRec, Holder<MechCred> delegatedCred) {
    if (cred != null && !(cred instanceof Krb5Cred)) {
      return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CRED, null);
    }
    return acceptor.accept(minor, context, (Krb5Cred) cred, inputToken, bindings, srcName,
        mechType, outputToken, retFlags, timeRec, delegatedCred);
  }

  @Override
  public int deleteSecContext(MinorStatus minor, MechContext context, Buffer outputToken) {
    context.release();
    outputToken.set(new byte[0]);
    return GSS_S_COMPLETE;
  }

  @Override
  public int processContextToken(MinorStatus minor, MechContext context, byte[] token) {
    if (!(context instanceof Krb5Context ctx) || ctx.state == Krb5Context.State.DEAD) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
    }
    Krb5Tokens.Parsed p;
    try {
      p = Krb5Tokens.parse(token);
    } catch (TokenException e) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH,
          e.getMessage());
    }
    if (p.tokId() != Krb5Tokens.KRB_ERROR || !Krb5MechanismProvider.isKrb5(p.mech())) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH,
          "only KRB-ERROR tokens are processed here");
    }
    int major = Krb5ErrorTokens.toStatus(minor, p.body());
    if (major == GSS_S_FAILURE) {
      ctx.release(); // MIT: a KRB-ERROR kills the context; the handle stays deletable
    }
    return major;
  }

  @Override
  public int contextTime(MinorStatus minor, MechContext context, IntHolder timeRec) {
    if (!(context instanceof Krb5Context ctx) || ctx.state == Krb5Context.State.DEAD) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
    }
    int left = Krb5Times.remaining(settings.clock().instant(), ctx.endTime());
    timeRec.set(left);
    if (left == 0) {
      return Krb5Minor.fail(minor, GSS_S_CONTEXT_EXPIRED, Krb5Minor.KG_CONTEXT,
          "the context expired at " + ctx.endTime());
    }
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireContext(MinorStatus minor, MechContext context, Holder<MechName> srcName,
      Holder<MechName> targName, IntHolder lifetime, OidHolder mechType, IntHolder ctxFlags,
      BooleanHolder locallyInitiated, BooleanHolder open) {
    if (!(context instanceof Krb5Context ctx) || ctx.state == Krb5Context.State.DEAD) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
    }
    srcName.set(ctx.source());
    targName.set(ctx.target());
    lifetime.set(Krb5Times.remaining(settings.clock().instant(), ctx.endTime()));
    mechType.set(ctx.mech());
    ctxFlags.set(ctx.flags());
    locallyInitiated.set(ctx.isInitiator());
    open.set(ctx.isOpen());
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireSecContextByOid(MinorStatus minor, MechContext context, Oid desiredObject,
      BufferSet data) {
    if (!(context instanceof Krb5Context ctx) || ctx.state == Krb5Context.State.DEAD) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
    }
    if (Krb5ContextInquiries.handles(desiredObject)) {
      return Krb5ContextInquiries.answer(minor, ctx, desiredObject, data);
    }
    if (Inquiry.GSS_C_INQ_SSPI_SESSION_KEY.equals(desiredObject)) {
      // MIT gss_krb5int_inq_session_key: the acceptor subkey if any, else the initiator subkey;
      // then the enctype as the last arc of GSS_KRB5_SESSION_KEY_ENCTYPE_OID.
      if (!ctx.isOpen()) {
        return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CTX_INCOMPLETE, null);
      }
      KerberosKey k = ctx.protocolKey();
      if (k == null) {
        return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
      }
      data.add(k.copyBytes()); // the caller owns (and should zero) the copy
      data.add(Oid.of(SESSION_KEY_ENCTYPE + "." + k.keyType()).content());
      return GSS_S_COMPLETE;
    }
    return Krb5Minor.fail(minor, GSS_S_UNAVAILABLE, Krb5Minor.KG_CONTEXT,
        "inquiry " + desiredObject + " is not supported by the krb5 mechanism");
  }

  // ------------------------------------------------------------------ export / import

  /**
   * {@code gss_export_sec_context}: an open context with a per-message engine, or a DCE-style
   * context between its legs ({@link Krb5ContextExport}); on success the context is released
   * (its keys zeroed), as RFC 2743 §2.2.8 requires.
   */
  @Override
  public int exportSecContext(MinorStatus minor, MechContext context, Buffer token) {
    if (!(context instanceof Krb5Context ctx) || ctx.state == Krb5Context.State.DEAD) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
    }
    boolean dcePartial = Krb5ContextExport.isDcePartial(ctx); // DCE style between its legs
    if (!ctx.isOpen() && !dcePartial) {
      return Krb5Minor.fail(minor, GSS_S_UNAVAILABLE, Krb5Minor.KG_CTX_INCOMPLETE,
          "only established contexts can be exported");
    }
    if ((ctx.protector() == null && !dcePartial) || ctx.source() == null
        || ctx.target() == null) {
      return Krb5Minor.fail(minor, GSS_S_UNAVAILABLE, Krb5Minor.KG_CONTEXT,
          "this context has no per-message state to export");
    }
    String tooBig = Krb5ContextExport.unexportable(ctx);
    if (tooBig != null) {
      return Krb5Minor.fail(minor, GSS_S_UNAVAILABLE, Krb5Minor.KG_CONTEXT, tooBig);
    }
    token.set(Krb5ContextExport.encode(ctx)); // the buffer owns (and later zeroes) the bytes
    ctx.release();
    minor.set(0);
    return GSS_S_COMPLETE;
  }

  /** {@code gss_import_sec_context}: hostile tokens give {@code GSS_S_DEFECTIVE_TOKEN}. */
  @Override
  public int importSecContext(MinorStatus minor, byte[] token, Holder<MechContext> out) {
    try {
      out.set(Krb5ContextExport.decode(token));
      minor.set(0);
      return GSS_S_COMPLETE;
    } catch (Krb5ContextExport.Defect e) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.TOKEN_BASE
          + io.gsskit.raw.internal.mech.krb5.token.Rfc4121Minor.BAD_EXPORT,
          "malformed exported krb5 context: " + e.getMessage());
    }
  }

  // ------------------------------------------------------------------ per-message

  @Override
  public int getMic(MinorStatus minor, MechContext context, int qopReq, byte[] message,
      Buffer token) {
    return messages.getMic(minor, context, qopReq, message, token);
  }

  @Override
  public int verifyMic(MinorStatus minor, MechContext context, byte[] message, byte[] token,
      IntHolder qopState) {
    return messages.verifyMic(minor, context, message, token, qopState);
  }

  @Override
  public int wrap(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      byte[] input, BooleanHolder confState, Buffer output) {
    return messages.wrap(minor, context, confReq, qopReq, input, confState, output);
  }

  @Override
  public int unwrap(MinorStatus minor, MechContext context, byte[] input, Buffer output,
      BooleanHolder confState, IntHolder qopState) {
    return messages.unwrap(minor, context, input, output, confState, qopState);
  }

  @Override
  public int wrapSizeLimit(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      int reqOutputSize, IntHolder maxInputSize) {
    return messages.wrapSizeLimit(minor, context, confReq, qopReq, reqOutputSize,
        maxInputSize);
  }

  @Override
  public int wrapIov(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      BooleanHolder confState, IovBuffer[] iov) {
    return messages.wrapIov(minor, context, confReq, qopReq, confState, iov);
  }

  @Override
  public int unwrapIov(MinorStatus minor, MechContext context, BooleanHolder confState,
      IntHolder qopState, IovBuffer[] iov) {
    return messages.unwrapIov(minor, context, confState, qopState, iov);
  }

  @Override
  public int wrapIovLength(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      BooleanHolder confState, IovBuffer[] iov) {
    return messages.wrapIovLength(minor, context, confReq, qopReq, confState, iov);
  }

  @Override
  public int getMicIov(MinorStatus minor, MechContext context, int qopReq, IovBuffer[] iov) {
    return messages.getMicIov(minor, context, qopReq, iov);
  }

  @Override
  public int verifyMicIov(MinorStatus minor, MechContext context, IntHolder qopState,
      IovBuffer[] iov) {
    return messages.verifyMicIov(minor, context, qopState, iov);
  }

  @Override
  public int getMicIovLength(MinorStatus minor, MechContext context, int qopReq,
      IovBuffer[] iov) {
    return messages.getMicIovLength(minor, context, qopReq, iov);
  }

  @Override
  public int wrapAead(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      byte @Nullable [] assocData, byte @Nullable [] input, BooleanHolder confState,
      Buffer output) {
    return messages.wrapAead(minor, context, confReq, qopReq, assocData, input, confState,
        output);
  }

  @Override
  public int unwrapAead(MinorStatus minor, MechContext context, byte[] input,
      byte @Nullable [] assocData, Buffer output, BooleanHolder confState, IntHolder qopState) {
    return messages.unwrapAead(minor, context, input, assocData, output, confState, qopState);
  }

  @Override
  public int pseudoRandom(MinorStatus minor, MechContext context, int prfKey, byte[] prfIn,
      int desiredOutputLen, Buffer prfOut) {
    return messages.pseudoRandom(minor, context, prfKey, prfIn, desiredOutputLen, prfOut);
  }

  // ------------------------------------------------------------------ status

  @Override
  public int displayStatus(MinorStatus minor, int mechStatus, IntHolder messageContext,
      StringHolder text) {
    text.set(Krb5Minor.describe(mechStatus));
    messageContext.set(0);
    return GSS_S_COMPLETE;
  }

  /** @return the settings (tests) */
  Krb5Settings settings() {
    return settings;
  }

}
