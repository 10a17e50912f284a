package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KdcOption;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import io.gsskit.raw.internal.kerberos.iana.PaDataType;
import io.gsskit.raw.internal.kerberos.proto.EncKdcRepPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.EtypeInfo;
import io.gsskit.raw.internal.kerberos.proto.EtypeInfo2;
import io.gsskit.raw.internal.kerberos.proto.EtypeInfo2Entry;
import io.gsskit.raw.internal.kerberos.proto.EtypeInfoEntry;
import io.gsskit.raw.internal.kerberos.proto.KdcRep;
import io.gsskit.raw.internal.kerberos.proto.KdcReq;
import io.gsskit.raw.internal.kerberos.proto.KdcReqBody;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import io.gsskit.raw.internal.kerberos.proto.MethodData;
import io.gsskit.raw.internal.kerberos.proto.PaData;
import io.gsskit.raw.internal.kerberos.proto.PaEncTsEnc;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One AS exchange (RFC 4120 §3.1) as MIT's client runs it: a first AS-REQ without padata; on
 * KDC_ERR_PREAUTH_REQUIRED the enctype, salt and s2kparams are taken from the METHOD-DATA
 * (ETYPE-INFO2, else ETYPE-INFO, else PW-SALT, else the default salt) and the request is sent again
 * with PA-ENC-TIMESTAMP (key usage 1) and the KDC's PA-FX-COOKIE echoed; the AS-REP is decrypted
 * with the reply key (usage 3) and checked by {@link ReplyChecks}. With canonicalize, a
 * KDC_ERR_WRONG_REALM client referral is followed up to the hop limit. With {@code kdc_timesync}
 * (MIT's {@code KRB5_LIBOPT_SYNC_KDCTIME}), a KRB_AP_ERR_SKEW error's {@code stime}/{@code susec}
 * (RFC 4120 §5.9.1) sets the KDC time offset and the request is sent once more with corrected
 * times, and the authenticated {@code authtime} of the AS reply sets the offset (whole seconds,
 * as MIT's {@code krb5_set_real_time(authtime, -1)}) before the reply's time checks. Not
 * thread-safe: one instance per request.
 */
final class AsExchange {

  private static final int MAX_ROUNDS = 4;

  private final KdcClientSettings settings;
  private final KdcCaller caller;
  private final SecureRandom random;
  private final Clock baseClock;
  private final Consumer<Duration> offsetSink;
  private Clock clock;

  /**
   * @param settings the settings; their clock already carries any known KDC offset
   * @param offsetSink receives a new KDC time offset (relative to {@code baseClock})
   * @param baseClock the clock without offset
   */
  AsExchange(KdcClientSettings settings, KdcCaller caller, SecureRandom random,
      Clock baseClock, Consumer<Duration> offsetSink) {
    this.settings = settings;
    this.caller = caller;
    this.random = random;
    this.baseClock = baseClock;
    this.offsetSink = offsetSink;
    this.clock = settings.clock();
  }

  private void adjust(Duration offset) {
    clock = Clock.offset(baseClock, offset);
    offsetSink.accept(offset);
  }

  TicketGrant run(KerberosPrincipal client, ReplyKeySource keys, TicketOptions opts)
      throws KerberosException {
    String realm = client.realm();
    List<PaData> padata = null;
    KerberosKey preauthKey = null;
    MethodData hints = null;
    int referrals = 0;
    boolean skewRetried = false;
    try {
      for (int round = 0; round < MAX_ROUNDS + settings.maxHops(); round++) {
        KerberosPrincipal server = new KerberosPrincipal(realm, ReplyChecks.tgsName(realm));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        KdcReqBody body = body(client, realm, server.name(), opts, now);
        byte[] request = new KdcReq(MessageType.AS_REQ, padata, body).encode();
        KdcCaller.Answer answer = caller.call(realm, request, MessageType.AS_REP);
        KrbError err = answer.error();
        if (err != null) {
          KerberosErrorCode code = err.code();
          if (code.equals(KerberosErrorCode.KDC_ERR_PREAUTH_REQUIRED) && preauthKey == null) {
            hints = methodData(realm, err);
            Choice choice = choose(realm, client, hints, keys);
            preauthKey = keys.key(choice.etype, choice.salt, choice.s2kparams);
            padata = preauthPadata(preauthKey, hints);
            continue;
          }
          if (code.equals(KerberosErrorCode.KRB_AP_ERR_SKEW) && settings.kdcTimesync()
              && !skewRetried) {
            // RFC 4120 §5.9.1 stime/susec: the KDC's time when it answered (unauthenticated, as
            // in MIT; the retry still needs the client's key, and the reply is checked)
            skewRetried = true;
            Instant kdcNow = err.stime().plusNanos(Math.floorMod(err.susec(), 1_000_000) * 1000L);
            adjust(Duration.between(Instant.now(baseClock), kdcNow));
            if (preauthKey != null && hints != null) {
              padata = preauthPadata(preauthKey, hints);
            }
            continue;
          }
          if (code.equals(KerberosErrorCode.KDC_ERR_WRONG_REALM) && opts.canonicalize()
              && err.crealm() != null && !err.crealm().equals(realm)
              && ++referrals <= settings.maxHops()) {
            realm = err.crealm();
            padata = null;
            destroy(preauthKey);
            preauthKey = null;
            continue;
          }
          throw KdcErrors.of(realm, err, client, server);
        }
        KdcRep rep = answer.reply();
        return finish(realm, client, server, keys, rep, body, preauthKey, hints);
      }
      throw KerberosException.local("AS exchange for " + client + " did not finish after "
          + MAX_ROUNDS + " rounds", KerberosLocalError.KRB5_GET_IN_TKT_LOOP, null);
    } finally {
      destroy(preauthKey);
    }
  }

  private KdcReqBody body(KerberosPrincipal client, String realm, PrincipalName server,
      TicketOptions opts, Instant now) {
    int options = 0;
    if (opts.forwardable()) {
      options |= FlagBits.mask(KdcOption.FORWARDABLE);
    }
    if (opts.proxiable()) {
      options |= FlagBits.mask(KdcOption.PROXIABLE);
    }
    if (opts.canonicalize()) {
      options |= FlagBits.mask(KdcOption.CANONICALIZE);
    }
    Instant rtime = null;
    if (opts.renewLifetime() != null) {
      options |= FlagBits.mask(KdcOption.RENEWABLE);
      rtime = now.plus(opts.renewLifetime());
    }
    return new KdcReqBody(options, client.name(), realm, server, null, now.plus(opts.lifetime()),
        rtime, nonce(random), settings.enctypes().tkt(), null, null, null);
  }

  static long nonce(SecureRandom random) {
    return random.nextInt() & 0x7fff_ffffL;
  }

  private TicketGrant finish(String realm, KerberosPrincipal client, KerberosPrincipal server,
      ReplyKeySource keys, KdcRep rep, KdcReqBody body, @Nullable KerberosKey preauthKey,
      @Nullable MethodData hints) throws KerberosException {
    int etype = rep.encPart().etype();
    if (!settings.enctypes().isPermitted(etype) || !body.etypes().contains(etype)) {
      throw KerberosException.local("KDC reply from " + realm + " is encrypted with enctype "
          + EncType.byNumber(etype).name() + ", which was not requested",
          KerberosLocalError.KRB5_WRONG_ETYPE, null);
    }
    KerberosKey replyKey;
    boolean own = false;
    if (preauthKey != null && preauthKey.keyType() == etype) {
      replyKey = preauthKey;
    } else {
      Choice c = saltFor(etype, rep.padata(), hints);
      replyKey = keys.key(etype, c.salt, c.s2kparams);
      own = true;
    }
    try {
      byte[] plain;
      try {
        plain = KerberosCrypto.decrypt(replyKey, KeyUsage.AS_REP_ENC_PART, rep.encPart().cipher());
      } catch (KrbCryptoException e) {
        throw KerberosException.code("KDC reply from " + realm + " for " + client
            + " does not decrypt with the client's key (wrong password or key?): "
            + e.getMessage(), KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY, e);
      }
      EncKdcRepPart part;
      try {
        part = EncKdcRepPart.decode(plain);
      } catch (DerException e) {
        throw KerberosException.local("KDC reply from " + realm + ": malformed EncASRepPart: "
            + e.getMessage(), KerberosLocalError.KRB5_KDCREP_MODIFIED, e);
      } finally {
        java.util.Arrays.fill(plain, (byte) 0);
      }
      @Nullable Duration offset = null;
      Clock checkClock = clock;
      if (settings.kdcTimesync()) {
        // the reply decrypted with the client's key: its authtime is the KDC's clock
        Instant local = Instant.now(baseClock);
        offset = Duration.ofSeconds(part.authtime().getEpochSecond() - local.getEpochSecond());
        checkClock = Clock.offset(baseClock, offset);
      }
      TicketGrant checked = ReplyChecks.check(realm, rep, part, body,
          new ReplyChecks.Expectation(client, server, 0, false),
          Instant.now(checkClock), settings.clockSkew(), settings.enctypes());
      if (offset != null) {
        adjust(offset);
      }
      return checked;
    } finally {
      if (own) {
        replyKey.destroy();
      }
    }
  }

  private static MethodData methodData(String realm, KrbError err) throws KerberosException {
    try {
      return err.methodData().orElse(new MethodData(List.of()));
    } catch (DerException e) {
      throw KerberosException.local("KDC for " + realm + " asked for pre-authentication with "
          + "malformed METHOD-DATA: " + e.getMessage(), KerberosLocalError.KRB5_PREAUTH_FAILED, e);
    }
  }

  /** The enctype, salt and parameters for the pre-authentication key. */
  private record Choice(int etype, byte @Nullable [] salt, byte @Nullable [] s2kparams) {}

  private Choice choose(String realm, KerberosPrincipal client, MethodData hints,
      ReplyKeySource keys) throws KerberosException {
    List<Integer> wanted = settings.enctypes().tkt();
    List<Integer> offered = new ArrayList<>();
    try {
      Optional<PaData> info2 = hints.find(PaDataType.PA_ETYPE_INFO2);
      if (info2.isPresent()) {
        for (EtypeInfo2Entry e : EtypeInfo2.decode(info2.get().value()).entries()) {
          offered.add(e.etype());
          if (wanted.contains(e.etype()) && keys.canProduce(e.etype())) {
            return new Choice(e.etype(), utf8(e.salt()), e.s2kparams());
          }
        }
        throw noEtype(realm, client, offered);
      }
      Optional<PaData> info = hints.find(PaDataType.PA_ETYPE_INFO);
      if (info.isPresent()) {
        for (EtypeInfoEntry e : EtypeInfo.decode(info.get().value()).entries()) {
          offered.add(e.etype());
          if (wanted.contains(e.etype()) && keys.canProduce(e.etype())) {
            return new Choice(e.etype(), e.salt(), null);
          }
        }
        throw noEtype(realm, client, offered);
      }
    } catch (DerException e) {
      throw KerberosException.local("KDC for " + realm + " sent malformed ETYPE-INFO: "
          + e.getMessage(), KerberosLocalError.KRB5_PREAUTH_FAILED, e);
    }
    byte[] pwSalt = hints.find(PaDataType.PA_PW_SALT).map(PaData::value).orElse(null);
    for (int etype : wanted) {
      if (keys.canProduce(etype)) {
        return new Choice(etype, pwSalt, null);
      }
    }
    throw noEtype(realm, client, wanted);
  }

  private static Choice saltFor(int etype, @Nullable List<PaData> replyPadata,
      @Nullable MethodData hints) throws KerberosException {
    List<PaData> all = new ArrayList<>();
    if (replyPadata != null) {
      all.addAll(replyPadata);
    }
    if (hints != null) {
      all.addAll(hints.entries());
    }
    try {
      for (PaData p : all) {
        if (p.type() == PaDataType.PA_ETYPE_INFO2) {
          for (EtypeInfo2Entry e : EtypeInfo2.decode(p.value()).entries()) {
            if (e.etype() == etype) {
              return new Choice(etype, utf8(e.salt()), e.s2kparams());
            }
          }
        } else if (p.type() == PaDataType.PA_ETYPE_INFO) {
          for (EtypeInfoEntry e : EtypeInfo.decode(p.value()).entries()) {
            if (e.etype() == etype) {
              return new Choice(etype, e.salt(), null);
            }
          }
        } else if (p.type() == PaDataType.PA_PW_SALT) {
          return new Choice(etype, p.value(), null);
        }
      }
    } catch (DerException e) {
      throw KerberosException.local("malformed ETYPE-INFO in the KDC reply: " + e.getMessage(),
          KerberosLocalError.KRB5_KDCREP_MODIFIED, e);
    }
    return new Choice(etype, null, null);
  }

  private KerberosException noEtype(String realm, KerberosPrincipal client, List<Integer> offered) {
    return KerberosException.code("KDC for " + realm + " offers enctypes " + names(offered)
        + " for " + client + "; none is permitted here (" + names(settings.enctypes().tkt())
        + ") with an available key", KerberosErrorCode.KDC_ERR_ETYPE_NOSUPP, null);
  }

  private static String names(List<Integer> etypes) {
    return etypes.stream().map(n -> EncType.byNumber(n).name()).toList().toString();
  }

  private static byte @Nullable [] utf8(@Nullable String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private List<PaData> preauthPadata(KerberosKey key, MethodData hints)
      throws KerberosException {
    Instant now = Instant.now(clock);
    PaEncTsEnc ts = new PaEncTsEnc(now.truncatedTo(ChronoUnit.SECONDS), now.getNano() / 1000);
    byte[] enc;
    try {
      enc = KerberosCrypto.encrypt(key, KeyUsage.AS_REQ_PA_ENC_TIMESTAMP, ts.encode());
    } catch (KrbCryptoException e) {
      throw KerberosException.local("cannot encrypt PA-ENC-TIMESTAMP: " + e.getMessage(),
          KerberosLocalError.KRB5_PREAUTH_FAILED, e);
    }
    List<PaData> out = new ArrayList<>();
    out.add(new PaData(PaDataType.PA_ENC_TIMESTAMP,
        new EncryptedData(key.keyType(), null, enc).encode()));
    hints.find(PaDataType.PA_FX_COOKIE).ifPresent(out::add);
    return out;
  }

  private static void destroy(@Nullable KerberosKey k) {
    if (k != null) {
      k.destroy();
    }
  }
}
