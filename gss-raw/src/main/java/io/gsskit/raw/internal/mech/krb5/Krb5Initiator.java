package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CONTEXT_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_CONTINUE_NEEDED;
import static io.gsskit.raw.GssStatus.GSS_S_CREDENTIALS_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.Gss;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.ccache.CcacheException;
import io.gsskit.raw.internal.kerberos.ccache.Credential;
import io.gsskit.raw.internal.kerberos.client.CcacheTickets;
import io.gsskit.raw.internal.kerberos.client.EnctypePolicy;
import io.gsskit.raw.internal.kerberos.client.KerberosException;
import io.gsskit.raw.internal.kerberos.client.TicketGrant;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeysCache;
import io.gsskit.raw.internal.kerberos.iana.ApOption;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.proto.ApRep;
import io.gsskit.raw.internal.kerberos.proto.ApReq;
import io.gsskit.raw.internal.kerberos.proto.Authenticator;
import io.gsskit.raw.internal.kerberos.proto.Checksum;
import io.gsskit.raw.internal.kerberos.proto.EncApRepPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.GssChecksumBody;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import io.gsskit.raw.internal.token.TokenException;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The initiator side of RFC 4121 §4.1 context establishment: finds the service ticket (in the
 * ccache, else through the KDC client, stored back into the ccache), sends an
 * AP-REQ with a fresh subkey, sequence number and the 0x8003 checksum, and verifies the AP-REP
 * (RFC 4120 §3.2.5) when mutual authentication was requested. With {@code GSS_C_DCE_STYLE} the
 * AP-REQ and AP-REP are unframed and the initiator answers the AP-REP with its own
 * ({@link Krb5DceReply}). The {@code [libdefaults]} relations {@code enforce_ok_as_delegate} and
 * {@code client_aware_channel_bindings} apply as in MIT ({@link InitiatorDefaults}). With mutual
 * authentication the authenticator lists the enctypes preferred over the ticket session key's
 * (RFC 4537, {@link EtypeNegotiation}); an AP-REP subkey of another enctype then protects the
 * tokens ({@link io.gsskit.raw.internal.mech.krb5.token.TokenFormat}).
 * Thread-safe; one context is established by one thread at a time.
 */
final class Krb5Initiator {

  /**
   * Authenticator encryption (usage 11) and AP-REP decryption (usage 12) engines of recent ticket
   * session keys: every context made with a cached ticket uses its session key for both. Looked
   * up by the whole key; evicted engines are destroyed.
   */
  private static final UsageKeysCache AUTHENTICATOR_KEYS =
      new UsageKeysCache(KeyUsage.AP_REQ_AUTH, 32);
  private static final UsageKeysCache AP_REP_KEYS =
      new UsageKeysCache(KeyUsage.AP_REP_ENC_PART, 32);

  /** Flags the initiator copies from the request into the checksum and the context. */
  private static final int REQUESTABLE = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG
      | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG
      | Gss.GSS_C_IDENTIFY_FLAG | Gss.GSS_C_EXTENDED_ERROR_FLAG;

  private final Krb5Settings settings;
  private final Krb5Creds creds;
  private final Krb5Kdc kdc;

  Krb5Initiator(Krb5Settings settings, Krb5Creds creds, Krb5Kdc kdc) {
    this.settings = settings;
    this.creds = creds;
    this.kdc = kdc;
  }

  int init(MinorStatus minor, @Nullable Krb5Cred cred, Holder<MechContext> context,
      Krb5Name target, Oid mech, int reqFlags, int timeReq, @Nullable ChannelBindings bindings,
      byte @Nullable [] input, OidHolder actualMech, Buffer output, IntHolder retFlags,
      IntHolder timeRec) {
    actualMech.set(mech);
    MechContext existing = context.get();
    if (existing != null) {
      if (!(existing instanceof Krb5Context ctx) || !ctx.isInitiator()) {
        return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
      }
      return continueWith(minor, ctx, input, output, retFlags, timeRec);
    }
    if (cred == null) {
      Holder<io.gsskit.raw.spi.MechCred> h = new Holder<>();
      int major = creds.acquire(minor, null, 0, Gss.GSS_C_INITIATE, java.util.Map.of(), h,
          new IntHolder());
      if (major != GSS_S_COMPLETE) {
        return major;
      }
      cred = (Krb5Cred) h.get();
    }
    if (cred == null || !cred.canInitiate() || cred.isReleased()) {
      return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CRED,
          "the credential cannot initiate");
    }
    Instant now = settings.clock().instant();
    Instant credExpiry = cred.initiatorExpiry();
    if (credExpiry != null && !credExpiry.isAfter(now)) {
      return Krb5Minor.fail(minor, GSS_S_CREDENTIALS_EXPIRED, Krb5Minor.KG_TGT_MISSING,
          "initiator credentials expired at " + credExpiry);
    }
    Krb5Name client = cred.initiatorName();
    var ccache = cred.ccache();
    if (client == null || ccache == null) {
      return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CRED, null);
    }
    if (target.isAnonymous()) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          "cannot initiate to the anonymous name");
    }
    KerberosPrincipal server;
    try {
      // The realm of a host-based or realm-less target comes from the credential's own profile
      // when it has one (cred-store key krb5_config), else from the process profile.
      server = cred.targetPrincipal(target);
    } catch (Krb5ConfigException e) {
      return Krb5Kdc.configFailure(minor, e);
    }
    if (server.realm().isEmpty()) {
      server = new KerberosPrincipal(client.principal().realm(), server.name());
    }
    InitiatorDefaults defaults;
    List<Integer> desiredEnctypes;
    try {
      var cfg = cred.config(settings);
      defaults = InitiatorDefaults.of(cfg);
      // RFC 4537 list (MIT krb5_mk_req_extended: krb5_get_tgs_ktypes), read only when mutual
      // authentication asks for negotiation (EtypeNegotiation).
      desiredEnctypes = (reqFlags & (Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DCE_STYLE)) != 0
          ? EnctypePolicy.from(cfg.libDefaults()).tgs() : List.of();
    } catch (Krb5ConfigException e) {
      return Krb5Kdc.configFailure(minor, e);
    }
    reqFlags = defaults.requestFlags(reqFlags); // enforce_ok_as_delegate
    Optional<Credential> found;
    try {
      KerberosPrincipal s = server;
      found = ccache.find(c -> !c.isConfigEntry() && Krb5Name.same(c.server(), s)
          && c.endTime() > now.getEpochSecond());
    } catch (CcacheException e) {
      return Krb5Minor.fail(minor, GSS_S_NO_CRED, KerberosLocalError.KRB5_CC_FORMAT,
          "ccache " + ccache.name() + ": " + e.getMessage());
    }
    Ticket ticket;
    KerberosKey sessionKey;
    long endTime;
    int ticketFlags;
    Instant authtime;
    if (found.isPresent()) {
      Credential st = found.get();
      try {
        ticket = Ticket.decode(st.ticket());
      } catch (DerException e) {
        return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CC_FORMAT,
            "the ticket for " + server + " in ccache " + ccache.name() + " is malformed");
      }
      sessionKey = KerberosKey.of(st.key());
      endTime = st.endTime();
      ticketFlags = st.ticketFlags();
      authtime = Instant.ofEpochSecond(st.authTime());
    } else {
      // Not cached: a TGS exchange with the cached TGT (referrals and cross-realm paths are the
      // KDC client's), stored in the ccache as krb5_get_credentials does.
      TicketGrant g;
      try {
        CcacheTickets tickets = kdc.tickets(cred);
        g = tickets.getServiceTicket(ccache, server, tickets.client().settings().defaultOptions());
      } catch (Krb5ConfigException e) {
        return Krb5Kdc.configFailure(minor, e);
      } catch (KerberosException e) {
        return Krb5Kdc.fail(minor, e, "getting a ticket for " + server + " with ccache "
            + ccache.name());
      }
      ticket = g.ticket();
      sessionKey = KerberosKey.of(g.sessionKey());
      endTime = g.endTime().getEpochSecond();
      ticketFlags = g.flags();
      authtime = g.authTime();
      server = g.server();
    }
    KerberosKey subkey;
    try {
      subkey = KerberosCrypto.generateKey(sessionKey.encType(), settings.random());
    } catch (KrbCryptoException e) {
      sessionKey.destroy();
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_PROG_ETYPE_NOSUPP,
          "ticket session key enctype " + sessionKey.encType() + " is not supported");
    }
    int flags = reqFlags & REQUESTABLE;
    if ((reqFlags & Gss.GSS_C_DCE_STYLE) != 0) {
      // DCE style implies mutual; the flag goes into the checksum (Krb5DceReply).
      flags |= Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DCE_STYLE;
    }
    flags |= Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_TRANS_FLAG;
    if ((reqFlags & Gss.GSS_C_ANON_FLAG) != 0 && client.isAnonymous()) {
      flags |= Gss.GSS_C_ANON_FLAG;
    }
    long seq = settings.random().nextInt() & 0x3FFF_FFFFL;
    Instant nowMicros = now;
    Instant ctime = Instant.ofEpochSecond(nowMicros.getEpochSecond());
    int cusec = nowMicros.getNano() / 1000;
    int cksumFlags = flags & ~(Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG
        | Gss.GSS_C_TRANS_FLAG | Gss.GSS_C_ANON_FLAG);
    cksumFlags |= flags & (Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG);
    byte[] krbCred = delegation(cred, reqFlags, ticketFlags, ccache, sessionKey, now);
    if (krbCred != null) {
      flags |= Gss.GSS_C_DELEG_FLAG;
      cksumFlags |= Gss.GSS_C_DELEG_FLAG;
      if ((reqFlags & Gss.GSS_C_DELEG_POLICY_FLAG) != 0
          && FlagBits.isSet(ticketFlags, TicketFlag.OK_AS_DELEGATE)) {
        flags |= Gss.GSS_C_DELEG_POLICY_FLAG; // MIT reports the policy that was satisfied
      }
    }
    GssChecksumBody body = new GssChecksumBody(ChannelBindingHash.of(bindings), cksumFlags,
        krbCred == null ? 0 : GssChecksumBody.DELEGATION_OPTION_KRB_CRED, krbCred, List.of());
    byte[] subkeyBytes = subkey.copyBytes();
    Authenticator auth = new Authenticator(client.principal().realm(),
        client.principal().name(), new Checksum(Checksum.GSS_CHECKSUM_TYPE, body.encode()),
        cusec, ctime, new EncryptionKey(subkey.keyType(), subkeyBytes), seq,
        EtypeNegotiation.apAuthdata((flags & Gss.GSS_C_MUTUAL_FLAG) != 0
            ? EtypeNegotiation.initiatorList(desiredEnctypes, sessionKey.keyType()) : null,
            defaults.clientAwareChannelBindings()));
    java.util.Arrays.fill(subkeyBytes, (byte) 0);
    byte[] encAuth;
    try {
      encAuth = AUTHENTICATOR_KEYS.encrypt(sessionKey, auth.encode());
    } catch (KrbCryptoException e) {
      sessionKey.destroy();
      subkey.destroy();
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CRYPTO_INTERNAL,
          e.getMessage());
    }
    boolean mutual = (flags & Gss.GSS_C_MUTUAL_FLAG) != 0;
    int apOptions = mutual ? FlagBits.mask(ApOption.MUTUAL_REQUIRED) : 0;
    ApReq apReq = new ApReq(apOptions, ticket,
        new EncryptedData(sessionKey.keyType(), null, encAuth));
    Krb5Context ctx = new Krb5Context(true, mech, Instant.ofEpochSecond(endTime));
    ctx.flags = flags;
    ctx.source = client;
    ctx.target = new Krb5Name(server);
    ctx.sessionKey = sessionKey;
    ctx.initiatorSubkey = subkey;
    ctx.initiatorSeq = seq;
    ctx.acceptorSeq = seq; // RFC 4121 §4.1: without an AP-REP the acceptor starts at ours
    ctx.authCtime = ctime;
    ctx.authCusec = cusec;
    ctx.ticketFlags = ticketFlags;
    ctx.authtime = authtime;
    output.set((flags & Gss.GSS_C_DCE_STYLE) != 0 ? apReq.encode() // DCE: a raw AP-REQ
        : Krb5Tokens.frame(mech, Krb5Tokens.AP_REQ, apReq.encode()));
    context.set(ctx);
    if (mutual) {
      ctx.state = Krb5Context.State.AWAIT_AP_REP;
      retFlags.set(ctx.flags);
      timeRec.set(Krb5Times.remaining(now, ctx.endTime));
      minor.set(0);
      return GSS_S_CONTINUE_NEEDED;
    }
    ctx.markOpen();
    retFlags.set(ctx.flags);
    timeRec.set(Krb5Times.remaining(now, ctx.endTime));
    minor.set(0);
    return GSS_S_COMPLETE;
  }

  /**
   * The KRB-CRED to delegate, or null: with {@code GSS_C_DELEG_FLAG}, or with {@code
   * GSS_C_DELEG_POLICY_FLAG} when the service ticket is OK-AS-DELEGATE (RFC 5896). As MIT, a
   * failure to get a forwarded TGT (e.g. a TGT that is not forwardable) only drops delegation.
   */
  private byte @Nullable [] delegation(Krb5Cred cred, int reqFlags, int ticketFlags,
      io.gsskit.raw.internal.kerberos.ccache.CredentialCache ccache, KerberosKey sessionKey,
      Instant now) {
    boolean wanted = (reqFlags & Gss.GSS_C_DELEG_FLAG) != 0
        || ((reqFlags & Gss.GSS_C_DELEG_POLICY_FLAG) != 0
            && FlagBits.isSet(ticketFlags, TicketFlag.OK_AS_DELEGATE));
    if (!wanted) {
      return null;
    }
    TicketGrant fwd = null;
    try {
      fwd = kdc.tickets(cred).forwardedTgt(ccache);
      return Krb5Delegation.forward(fwd, sessionKey, now, settings.random().nextInt());
    } catch (KerberosException | Krb5ConfigException | KrbCryptoException e) {
      return null;
    } finally {
      if (fwd != null) {
        fwd.destroy();
      }
    }
  }

  private int continueWith(MinorStatus minor, Krb5Context ctx, byte @Nullable [] input,
      Buffer output, IntHolder retFlags, IntHolder timeRec) {
    if (ctx.state != Krb5Context.State.AWAIT_AP_REP) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_CONTEXT_ESTABLISHED,
          null);
    }
    if (input == null || input.length == 0) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH,
          "no AP-REP token");
    }
    Instant now = settings.clock().instant();
    if (!ctx.endTime.isAfter(now)) {
      ctx.state = Krb5Context.State.DEAD;
      return Krb5Minor.fail(minor, GSS_S_CONTEXT_EXPIRED,
          KerberosErrorCode.KRB_AP_ERR_TKT_EXPIRED, null);
    }
    Krb5Tokens.Parsed parsed;
    try {
      parsed = ctx.isDce() ? Krb5DceReply.parseSecondLeg(ctx.mech(), input)
          : Krb5Tokens.parse(input);
    } catch (TokenException e) {
      return dead(ctx, Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH,
          e.getMessage()));
    }
    if (parsed.tokId() == Krb5Tokens.KRB_ERROR) {
      return dead(ctx, Krb5ErrorTokens.toStatus(minor, parsed.body()));
    }
    if (parsed.tokId() != Krb5Tokens.AP_REP || !Krb5MechanismProvider.isKrb5(parsed.mech())) {
      return dead(ctx, Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH,
          "expected an AP-REP token"));
    }
    EncApRepPart part;
    KerberosKey sk = ctx.sessionKey;
    if (sk == null) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
    }
    try {
      ApRep rep = ApRep.decode(parsed.body());
      if (rep.encPart().etype() != sk.keyType()) {
        // RFC 4120 §5.5.2: enc-part is encrypted in the session key; MIT krb5_c_decrypt rejects
        // an EncryptedData whose etype differs from the key's enctype (KRB5_BAD_ENCTYPE).
        return dead(ctx, Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_BAD_ENCTYPE,
            "AP-REP enc-part etype " + EncType.byNumber(rep.encPart().etype())
                + " is not the session key's " + sk.encType()));
      }
      byte[] plain = AP_REP_KEYS.decrypt(sk, rep.encPart().cipher());
      part = EncApRepPart.decode(plain);
    } catch (DerException e) {
      return dead(ctx, Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN,
          KerberosLocalError.mitCodeFor(e.reason()), "malformed AP-REP: " + e.getMessage()));
    } catch (KrbCryptoException e) {
      return dead(ctx, Krb5Minor.fail(minor, GSS_S_FAILURE,
          KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY, "AP-REP did not decrypt with the session key"));
    }
    if (!part.ctime().equals(ctx.authCtime) || part.cusec() != ctx.authCusec) {
      return dead(ctx, Krb5Minor.fail(minor, GSS_S_FAILURE,
          KerberosErrorCode.KRB_AP_ERR_MUT_FAIL, "AP-REP time does not echo the authenticator"));
    }
    EncryptionKey ak = part.subkey();
    if (ak != null) {
      EncType et = EncType.byNumber(ak.keyType());
      if (!et.isSupported() || ak.length() != et.keyLength()) {
        return dead(ctx, Krb5Minor.fail(minor, GSS_S_FAILURE,
            KerberosLocalError.KRB5_PROG_ETYPE_NOSUPP, "AP-REP subkey enctype " + et));
      }
      ctx.acceptorSubkey = KerberosKey.of(ak);
    }
    Long seq = part.seqNumber();
    if (seq == null && (ctx.flags & (Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG)) != 0) {
      return dead(ctx, Krb5Minor.fail(minor, GSS_S_FAILURE,
          KerberosErrorCode.KRB_AP_ERR_MUT_FAIL, "AP-REP has no sequence number"));
    }
    ctx.acceptorSeq = seq == null ? 0 : seq & 0xFFFF_FFFFL;
    byte[] reply = new byte[0];
    if (ctx.isDce()) {
      try {
        reply = Krb5DceReply.build(sk, ctx.acceptorSeq, now); // the third leg
      } catch (KrbCryptoException e) {
        return dead(ctx, Krb5Minor.fail(minor, GSS_S_FAILURE,
            KerberosLocalError.KRB5_CRYPTO_INTERNAL, e.getMessage()));
      }
    }
    ctx.markOpen();
    output.set(reply);
    retFlags.set(ctx.flags);
    timeRec.set(Krb5Times.remaining(now, ctx.endTime));
    minor.set(0);
    return GSS_S_COMPLETE;
  }

  private static int dead(Krb5Context ctx, int major) {
    ctx.state = Krb5Context.State.DEAD;
    return major;
  }
}
