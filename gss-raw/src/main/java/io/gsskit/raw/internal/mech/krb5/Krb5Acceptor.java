package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_BINDINGS;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.Gss;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.client.EnctypePolicy;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.crypto.ChecksumType;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeysCache;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.iana.ApOption;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.keytab.KeytabException;
import io.gsskit.raw.internal.kerberos.keytab.KeytabMatch;
import io.gsskit.raw.internal.kerberos.proto.ApRep;
import io.gsskit.raw.internal.kerberos.proto.ApReq;
import io.gsskit.raw.internal.kerberos.proto.Authenticator;
import io.gsskit.raw.internal.kerberos.proto.Checksum;
import io.gsskit.raw.internal.kerberos.proto.EncApRepPart;
import io.gsskit.raw.internal.kerberos.proto.EncTicketPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.GssChecksumBody;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCache;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCacheException;
import io.gsskit.raw.internal.kerberos.rcache.ReplayStatus;
import io.gsskit.raw.internal.kerberos.rcache.ReplayTag;
import io.gsskit.raw.internal.token.TokenException;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The acceptor side of RFC 4121 §4.1: verifies an AP-REQ as RFC 4120 §3.2.3 (keytab key for the
 * ticket's kvno and enctype, ticket and authenticator decryption, client name match, clock skew,
 * replay cache, ticket times), checks the 0x8003 checksum and channel bindings, stores delegated
 * credentials and answers with an AP-REP carrying an acceptor subkey (of the enctype RFC 4537
 * negotiation picks, {@link EtypeNegotiation}), or with a KRB-ERROR token.
 * Never trusts the ticket's unencrypted server name for more than choosing the key. A raw
 * (unframed) AP-REQ is a DCE-style one and must carry the DCE flag in its checksum; such
 * contexts complete with the initiator's AP-REP ({@link Krb5DceAcceptor}). Thread-safe; one
 * context is established by one thread.
 */
final class Krb5Acceptor {

  /**
   * Ticket decryption (usage 2) engines of recently used keytab keys, kept across contexts so the
   * Ke/Ki derivation and cipher set-up are not repeated per AP-REQ. Looked up by the key read from
   * the keytab for this AP-REQ, so a changed keytab never uses stale keys; evicted engines are
   * destroyed.
   */
  private static final UsageKeysCache TICKET_KEYS =
      new UsageKeysCache(KeyUsage.KDC_REP_TICKET, 32);

  /**
   * Authenticator decryption (usage 11) and AP-REP encryption (usage 12) engines of recent ticket
   * session keys: a client with a cached ticket sends every context's AP-REQ under the same
   * session key. Looked up by the whole key; evicted engines are destroyed.
   */
  private static final UsageKeysCache AUTHENTICATOR_KEYS =
      new UsageKeysCache(KeyUsage.AP_REQ_AUTH, 32);
  private static final UsageKeysCache AP_REP_KEYS =
      new UsageKeysCache(KeyUsage.AP_REP_ENC_PART, 32);

  /** Flags the acceptor takes from the checksum (MIT {@code kg_accept_krb5}). */
  private static final int FROM_CHECKSUM = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG
      | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG
      | Gss.GSS_C_IDENTIFY_FLAG | Gss.GSS_C_EXTENDED_ERROR_FLAG | Gss.GSS_C_DELEG_FLAG
      | Gss.GSS_C_DCE_STYLE;

  private final Krb5Settings settings;
  private final Krb5Creds creds;

  Krb5Acceptor(Krb5Settings settings, Krb5Creds creds) {
    this.settings = settings;
    this.creds = creds;
  }

  /** A failure that also sends a KRB-ERROR token. */
  private static final class Reject extends Exception {
    private static final long serialVersionUID = 1L;
    final int major;
    final KerberosErrorCode wire;
    final int minorCode;

    Reject(int major, KerberosErrorCode wire, int minorCode, String facts) {
      super(facts, null, false, false);
      this.major = major;
      this.wire = wire;
      this.minorCode = minorCode;
    }

    Reject(int major, KerberosErrorCode wire, String facts) {
      this(major, wire, wire.mitCode(), facts);
    }
  }

  int accept(MinorStatus minor, Holder<MechContext> context, @Nullable Krb5Cred cred,
      byte[] input, @Nullable ChannelBindings bindings, Holder<MechName> srcName,
      OidHolder mechType, Buffer output, IntHolder retFlags, IntHolder timeRec,
      Holder<MechCred> delegatedCred) {
    if (context.get() instanceof Krb5Context dce
        && dce.state == Krb5Context.State.AWAIT_DCE_AP_REP) {
      return new Krb5DceAcceptor(settings).thirdLeg(minor, dce, input, srcName, mechType,
          output, retFlags, timeRec, delegatedCred);
    }
    if (context.get() != null) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_CONTEXT_ESTABLISHED,
          "the krb5 acceptor takes one token");
    }
    Krb5Tokens.Parsed parsed;
    boolean raw = Krb5DceReply.isRawApReq(input); // DCE style: an unframed AP-REQ
    try {
      parsed = raw ? new Krb5Tokens.Parsed(Gss.GSS_MECH_KRB5, Krb5Tokens.AP_REQ, input.clone())
          : Krb5Tokens.parse(input);
    } catch (TokenException e) {
      return Krb5Minor.fail(minor, e.kind() == TokenException.Kind.BAD_OID ? GSS_S_BAD_MECH
          : GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH, e.getMessage());
    }
    if (!Krb5MechanismProvider.isKrb5(parsed.mech())) {
      return Krb5Minor.fail(minor, GSS_S_BAD_MECH, Krb5Minor.KG_BAD_LENGTH,
          "token is for mechanism " + parsed.mech());
    }
    mechType.set(parsed.mech());
    if (parsed.tokId() != Krb5Tokens.AP_REQ) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH,
          "expected an AP-REQ token, TOK_ID 0x" + Integer.toHexString(parsed.tokId()));
    }
    ApReq apReq;
    try {
      apReq = ApReq.decode(parsed.body());
    } catch (DerException e) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN,
          KerberosLocalError.mitCodeFor(e.reason()), "malformed AP-REQ: " + e.getMessage());
    }
    if (cred == null) {
      Holder<MechCred> h = new Holder<>();
      int major = creds.acquire(minor, null, 0, Gss.GSS_C_ACCEPT, Map.of(), h, new IntHolder());
      if (major != GSS_S_COMPLETE) {
        return major;
      }
      cred = (Krb5Cred) h.get();
    }
    if (cred == null || !cred.canAccept() || cred.isReleased()) {
      return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CRED,
          "the credential cannot accept");
    }
    KerberosPrincipal ticketServer = new KerberosPrincipal(apReq.ticket().realm(),
        apReq.ticket().sname());
    Instant now = settings.clock().instant();
    try {
      return verify(minor, cred, apReq, ticketServer, now, bindings, context, srcName, output,
          retFlags, timeRec, delegatedCred, parsed, raw);
    } catch (Reject r) {
      output.set(Krb5ErrorTokens.build(parsed.mech(), r.wire, ticketServer, now));
      return Krb5Minor.fail(minor, r.major, r.minorCode, r.getMessage());
    }
  }

  private int verify(MinorStatus minor, Krb5Cred cred, ApReq apReq,
      KerberosPrincipal ticketServer, Instant now, @Nullable ChannelBindings bindings,
      Holder<MechContext> context, Holder<MechName> srcName, Buffer output, IntHolder retFlags,
      IntHolder timeRec, Holder<MechCred> delegatedCred, Krb5Tokens.Parsed parsed, boolean raw)
      throws Reject {
    Krb5Config cfg;
    Duration skew;
    List<Integer> permitted;
    try {
      cfg = cred.config(settings);
      skew = cfg.libDefaults().clockSkew();
      permitted = EnctypePolicy.from(cfg.libDefaults()).permitted(); // krb5_get_permitted_enctypes
    } catch (Krb5ConfigException e) {
      throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_ERR_GENERIC,
          KerberosLocalError.KRB5_CONFIG_BADFORMAT.mitCode(), e.getMessage());
    }
    if (FlagBits.isSet(apReq.apOptions(), ApOption.USE_SESSION_KEY)) {
      throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_METHOD,
          "user-to-user AP-REQ needs a user-to-user acceptor");
    }
    // Which key: a fixed acceptor name decides the principal; the unencrypted sname only
    // chooses among keytab principals when any is acceptable.
    Krb5Name fixed = cred.acceptorName();
    KerberosPrincipal keyPrincipal = ticketServer;
    if (fixed != null) {
      if (!fixed.matches(ticketServer)) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_NOT_US,
            KerberosLocalError.KRB5KRB_AP_WRONG_PRINC.mitCode(), "the ticket is for "
                + ticketServer + ", this acceptor is " + fixed);
      }
      if (!fixed.principal().realm().isEmpty()) {
        keyPrincipal = fixed.principal();
      }
    }
    EncryptedData tktEnc = apReq.ticket().encPart();
    long kvno = tktEnc.kvno() == null ? 0 : tktEnc.kvno();
    var keytab = cred.keytab();
    if (keytab == null) {
      throw new Reject(GSS_S_NO_CRED, KerberosErrorCode.KRB_AP_ERR_NOKEY, "no keytab");
    }
    KeytabMatch match;
    try {
      match = keytab.find(keyPrincipal, kvno, tktEnc.etype());
    } catch (KeytabException e) {
      throw new Reject(GSS_S_NO_CRED, KerberosErrorCode.KRB_AP_ERR_NOKEY,
          KerberosLocalError.KRB5_KT_NOTFOUND.mitCode(), e.getMessage());
    }
    if (match.entry() == null) {
      throw keyFailure(match, keytab.name(), keyPrincipal, kvno, tktEnc.etype());
    }
    if (match.entry().key().keyType() != tktEnc.etype()) {
      // RFC 4120 §5.3: the ticket is encrypted in the service key of the stated etype.
      throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY,
          KerberosLocalError.KRB5_BAD_ENCTYPE.mitCode(), "ticket enc-part etype "
              + EncType.byNumber(tktEnc.etype()) + " does not match the keytab key of "
              + keyPrincipal);
    }
    KerberosKey serviceKey = KerberosKey.of(match.entry().key());
    EncTicketPart tkt;
    try {
      tkt = EncTicketPart.decode(TICKET_KEYS.decrypt(serviceKey, tktEnc.cipher()));
    } catch (KrbCryptoException e) {
      throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY,
          "the ticket did not decrypt with the " + EncType.byNumber(tktEnc.etype())
              + " key kvno " + match.entry().kvno() + " of " + keyPrincipal + " in keytab "
              + keytab.name());
    } catch (DerException e) {
      throw new Reject(GSS_S_DEFECTIVE_TOKEN, KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY,
          "malformed ticket: " + e.getMessage());
    } finally {
      serviceKey.destroy();
    }
    KerberosKey sessionKey = KerberosKey.of(tkt.key());
    boolean ok = false;
    try {
      Authenticator auth;
      if (apReq.authenticator().etype() != sessionKey.keyType()) {
        // RFC 4120 §5.5.1: the authenticator is encrypted in the ticket session key.
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY,
            KerberosLocalError.KRB5_BAD_ENCTYPE.mitCode(), "authenticator etype "
                + EncType.byNumber(apReq.authenticator().etype())
                + " is not the ticket session key's " + sessionKey.encType());
      }
      try {
        auth = Authenticator.decode(AUTHENTICATOR_KEYS.decrypt(sessionKey,
            apReq.authenticator().cipher()));
      } catch (KrbCryptoException e) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY,
            "the authenticator did not decrypt with the ticket session key");
      } catch (DerException e) {
        throw new Reject(GSS_S_DEFECTIVE_TOKEN, KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY,
            "malformed authenticator: " + e.getMessage());
      }
      KerberosPrincipal client = new KerberosPrincipal(tkt.crealm(), tkt.cname());
      if (!auth.crealm().equals(tkt.crealm())
          || !auth.cname().components().equals(tkt.cname().components())) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_BADMATCH,
            "the authenticator names " + auth.cname() + "@" + auth.crealm()
                + ", the ticket " + client);
      }
      Duration off = Duration.between(auth.ctime(), now).abs();
      if (off.compareTo(skew) > 0) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_SKEW,
            "the initiator's clock is " + off.getSeconds() + " s off (allowed "
                + skew.getSeconds() + " s)");
      }
      ReplayCache rc = cred.rcache();
      if (rc == null) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_ERR_GENERIC,
            KerberosLocalError.KRB5_RC_IO.mitCode(), "no replay cache");
      }
      try {
        int macLen = EncType.byNumber(apReq.authenticator().etype()).checksumType().length();
        ReplayTag tag = ReplayTag.fromCiphertext(apReq.authenticator().cipher(), macLen);
        if (rc.checkAndStore(tag) == ReplayStatus.REPLAY) {
          throw new Reject(GSS_S_DUPLICATE_TOKEN, KerberosErrorCode.KRB_AP_ERR_REPEAT,
              "authenticator of " + client + " replayed (replay cache " + rc.name() + ")");
        }
      } catch (ReplayCacheException e) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_ERR_GENERIC,
            KerberosLocalError.KRB5_RC_IO.mitCode(), "replay cache " + rc.name() + ": "
                + e.getMessage());
      }
      Instant start = tkt.starttime() != null ? tkt.starttime() : tkt.authtime();
      if (start.minus(skew).isAfter(now)
          || FlagBits.isSet(tkt.flags(), TicketFlag.INVALID)) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_TKT_NYV,
            "the ticket is valid from " + start);
      }
      if (tkt.endtime().plus(skew).isBefore(now)) {
        throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_TKT_EXPIRED,
            "the ticket expired at " + tkt.endtime());
      }
      Krb5Context ctx = new Krb5Context(false, parsed.mech(), tkt.endtime());
      ctx.sessionKey = sessionKey;
      ctx.source = new Krb5Name(client);
      ctx.target = new Krb5Name(match.entry().principal());
      ctx.ticketFlags = tkt.flags();
      ctx.authtime = tkt.authtime();
      ctx.authorizationData = Krb5ContextInquiries.merge(tkt.authorizationData(),
          auth.authorizationData());
      ctx.authCtime = auth.ctime();
      ctx.authCusec = auth.cusec();
      EncryptionKey sub = auth.subkey();
      if (sub != null) {
        EncType et = EncType.byNumber(sub.keyType());
        if (!et.isSupported() || sub.length() != et.keyLength()) {
          throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_MODIFIED,
              KerberosLocalError.KRB5_PROG_ETYPE_NOSUPP.mitCode(),
              "authenticator subkey enctype " + et + " is unusable");
        }
        ctx.initiatorSubkey = KerberosKey.of(sub);
      }
      int negotiated;
      int flags;
      try {
        negotiated = negotiateEnctype(auth, sessionKey, permitted);
        Long seq = auth.seqNumber();
        ctx.initiatorSeq = seq == null ? 0 : seq & 0xFFFF_FFFFL;
        flags = checksumFlags(cred, auth, ctx, bindings, delegatedCred);
        requireBindingsIfPromised(auth, bindings, flags);
      } catch (AuthenticatorDataInvalid e) {
        throw new Reject(GSS_S_FAILURE, e.wire, e.minorCode, e.getMessage());
      }
      if (FlagBits.isSet(apReq.apOptions(), ApOption.MUTUAL_REQUIRED)) {
        flags |= Gss.GSS_C_MUTUAL_FLAG;
      }
      boolean dce = (flags & Gss.GSS_C_DCE_STYLE) != 0;
      if (raw != dce) { // MIT: only DCE_STYLE initiators send raw AP-REQs, and they must
        throw new Reject(GSS_S_DEFECTIVE_TOKEN, KerberosErrorCode.KRB_AP_ERR_MSG_TYPE, raw
            ? "an unframed AP-REQ without the DCE_STYLE checksum flag"
            : "a DCE_STYLE AP-REQ must not be framed");
      }
      flags |= Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_TRANS_FLAG
          | Gss.GSS_C_PROT_READY_FLAG;
      if (ctx.source.isAnonymous()) {
        flags |= Gss.GSS_C_ANON_FLAG;
      }
      ctx.flags = flags;
      if (dce) {
        ctx.flags = (flags | Gss.GSS_C_MUTUAL_FLAG) & ~Gss.GSS_C_PROT_READY_FLAG;
        ctx.clockSkew = skew;
        byte[] rep = apRep(ctx, sessionKey, negotiated);
        ok = true;
        return Krb5DceAcceptor.awaitThirdLeg(minor, ctx, rep, now, context, output, retFlags,
            timeRec, delegatedCred);
      }
      if ((flags & Gss.GSS_C_MUTUAL_FLAG) != 0) {
        output.set(Krb5Tokens.frame(parsed.mech(), Krb5Tokens.AP_REP, apRep(ctx, sessionKey, negotiated)));
      } else {
        ctx.acceptorSeq = ctx.initiatorSeq;
      }
      ctx.markOpen();
      context.set(ctx);
      srcName.set(ctx.source);
      retFlags.set(flags);
      timeRec.set(Krb5Times.remaining(now, ctx.endTime));
      minor.set(0);
      ok = true;
      return GSS_S_COMPLETE;
    } finally {
      if (!ok) {
        sessionKey.destroy();
        Krb5Cred d = (Krb5Cred) delegatedCred.get();
        if (d != null) {
          d.release();
          delegatedCred.set(null);
        }
      }
    }
  }

  /**
   * The AP-REP, with a new subkey of the negotiated enctype when MIT would send one
   * ({@link EtypeNegotiation#acceptorSubkeyEnctype}): always for an RFC 4121 context key or
   * DCE_STYLE; for a legacy (rc4-hmac) context key only when RFC 4537 negotiated a newer
   * enctype, since legacy tokens do not say which key protects them (TokenFormat).
   */
  private byte[] apRep(Krb5Context ctx, KerberosKey sessionKey, int negotiated) throws Reject {
    KerberosKey basis = ctx.initiatorSubkey != null ? ctx.initiatorSubkey : sessionKey;
    try {
      int subEnctype = EtypeNegotiation.acceptorSubkeyEnctype(basis.keyType(),
          sessionKey.keyType(), negotiated, (ctx.flags & Gss.GSS_C_DCE_STYLE) != 0);
      KerberosKey sub = subEnctype == 0 ? null
          : KerberosCrypto.generateKey(EncType.byNumber(subEnctype), settings.random());
      ctx.acceptorSubkey = sub;
      ctx.acceptorSeq = settings.random().nextInt() & 0x3FFF_FFFFL;
      byte[] kb = sub == null ? null : sub.copyBytes();
      EncApRepPart part = new EncApRepPart(ctx.authCtime, ctx.authCusec,
          sub == null ? null : new EncryptionKey(sub.keyType(), kb), ctx.acceptorSeq);
      if (kb != null) {
        Arrays.fill(kb, (byte) 0);
      }
      byte[] enc = AP_REP_KEYS.encrypt(sessionKey, part.encode());
      return new ApRep(new EncryptedData(sessionKey.keyType(), null, enc)).encode();
    } catch (KrbCryptoException e) {
      throw new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_ERR_GENERIC,
          KerberosLocalError.KRB5_CRYPTO_INTERNAL.mitCode(), e.getMessage());
    }
  }

  /**
   * MIT {@code rd_req_decoded_opt} ({@code src/lib/krb5/krb/rd_req_dec.c}): the enctype for the
   * AP-REP subkey from the initiator's RFC 4537 list, its subkey and the session key, checked
   * against {@code permitted_enctypes} ({@link EtypeNegotiation}).
   */
  private static int negotiateEnctype(Authenticator auth, KerberosKey sessionKey,
      List<Integer> permitted) throws AuthenticatorDataInvalid {
    EncryptionKey sub = auth.subkey();
    return EtypeNegotiation.negotiate(EtypeNegotiation.requested(auth.authorizationData()),
        sub == null ? null : sub.keyType(), sessionKey.keyType(), permitted);
  }

  /** The flags from the authenticator checksum (RFC 4121 §4.1.1); none without a checksum. */
  private int checksumFlags(Krb5Cred cred, Authenticator auth, Krb5Context ctx,
      @Nullable ChannelBindings bindings, Holder<MechCred> delegatedCred) throws Reject {
    Checksum ck = auth.cksum();
    if (ck == null) {
      return 0; // MS-KILE 3.4.5.2.1 / MIT: no checksum, no flags
    }
    if (ck.cksumtype() != Checksum.GSS_CHECKSUM_TYPE) {
      ChecksumType t = ChecksumType.byNumber(ck.cksumtype());
      if (!t.isKeyed()) {
        throw new Reject(GSS_S_BAD_SIG, KerberosErrorCode.KRB_AP_ERR_INAPP_CKSUM,
            "unkeyed authenticator checksum " + t);
      }
      return 0; // a keyed application checksum (krb5_mk_req): no GSS flags
    }
    GssChecksumBody body;
    try {
      body = GssChecksumBody.decode(ck.checksum());
    } catch (DerException e) {
      throw new Reject(GSS_S_DEFECTIVE_TOKEN, KerberosErrorCode.KRB_AP_ERR_MODIFIED,
          KerberosLocalError.mitCodeFor(e.reason()),
          "malformed 0x8003 checksum: " + e.getMessage());
    }
    int flags = body.flags() & FROM_CHECKSUM;
    byte[] bnd = body.channelBinding();
    if (bindings != null && !ChannelBindingHash.isZero(bnd)) {
      if (!java.security.MessageDigest.isEqual(bnd, ChannelBindingHash.of(bindings))) {
        throw new Reject(GSS_S_BAD_BINDINGS, KerberosErrorCode.KRB_AP_ERR_MODIFIED,
            "channel bindings do not match the initiator's");
      }
      flags |= Gss.GSS_C_CHANNEL_BOUND_FLAG;
    }
    flags &= ~Gss.GSS_C_DELEG_FLAG;
    byte[] deleg = body.delegation();
    if ((body.flags() & Gss.GSS_C_DELEG_FLAG) != 0 && deleg != null) {
      Krb5Cred d = Krb5Delegation.receive(deleg, ctx, settings, cred);
      if (d != null) {
        delegatedCred.set(d);
        ctx.delegated = d;
        flags |= Gss.GSS_C_DELEG_FLAG;
      }
    }
    return flags;
  }

  /**
   * MIT 1.19+ ({@code process_checksum}, {@code accept_sec_context.c}): when the authenticator
   * asserts KERB_AP_OPTIONS_CBT ({@link ApOptionsCbt}) and this acceptor was given channel
   * bindings, the initiator's bindings must have matched, whatever the checksum was (none, a
   * plain checksum, or a 0x8003 checksum with an all-zero or different hash).
   */
  private static void requireBindingsIfPromised(Authenticator auth,
      @Nullable ChannelBindings bindings, int flags) throws Reject, AuthenticatorDataInvalid {
    boolean cbt = ApOptionsCbt.asserted(auth.authorizationData());
    if (cbt && bindings != null && (flags & Gss.GSS_C_CHANNEL_BOUND_FLAG) == 0) {
      throw new Reject(GSS_S_BAD_BINDINGS, KerberosErrorCode.KRB_AP_ERR_MODIFIED,
          "the initiator asserted KERB_AP_OPTIONS_CBT but sent no channel bindings matching"
              + " the acceptor's");
    }
  }

  private static Reject keyFailure(KeytabMatch match, String keytab, KerberosPrincipal principal,
      long kvno, int etype) {
    String et = EncType.byNumber(etype).name();
    return switch (match.failure() == null ? KeytabMatch.Failure.NO_PRINCIPAL
        : match.failure()) {
      case NO_PRINCIPAL -> new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_NOKEY,
          KerberosLocalError.KRB5_KT_NOTFOUND.mitCode(), "keytab " + keytab
              + " has no key for " + principal);
      case NO_KVNO -> new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_BADKEYVER,
          "keytab " + keytab + " has kvno " + match.kvnosForPrincipal().stream()
              .map(String::valueOf).collect(Collectors.joining(", ")) + " for " + principal
              + ", ticket needs kvno " + kvno);
      case NO_ENCTYPE -> new Reject(GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_NOKEY,
          "keytab " + keytab + " has no " + et + " key for " + principal + " kvno " + kvno
              + " (has " + match.enctypesForKvno().stream()
              .map(n -> EncType.byNumber(n).name()).collect(Collectors.joining(", ")) + ")");
    };
  }

  static int noContext(MinorStatus minor) {
    return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
  }
}
