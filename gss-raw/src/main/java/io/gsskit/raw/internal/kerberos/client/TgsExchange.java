package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import io.gsskit.raw.internal.kerberos.iana.PaDataType;
import io.gsskit.raw.internal.kerberos.proto.ApReq;
import io.gsskit.raw.internal.kerberos.proto.Authenticator;
import io.gsskit.raw.internal.kerberos.proto.Checksum;
import io.gsskit.raw.internal.kerberos.proto.EncKdcRepPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KdcRep;
import io.gsskit.raw.internal.kerberos.proto.KdcReq;
import io.gsskit.raw.internal.kerberos.proto.KdcReqBody;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import io.gsskit.raw.internal.kerberos.proto.PaData;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One TGS exchange (RFC 4120 §3.3): the AP-REQ in PA-TGS-REQ carries an authenticator (key usage
 * 7) with a checksum over the exact KDC-REQ-BODY bytes (usage 6, the session key's mandatory
 * checksum) and a fresh random subkey; the TGS-REP is decrypted with the subkey (usage 9) or,
 * failing that, the session key (usage 8, what Kerby uses) and then checked by {@link
 * ReplyChecks}. Stateless apart from the random source; thread-safe.
 */
final class TgsExchange {

  private final KdcClientSettings settings;
  private final KdcCaller caller;
  private final SecureRandom random;

  TgsExchange(KdcClientSettings settings, KdcCaller caller, SecureRandom random) {
    this.settings = settings;
    this.caller = caller;
    this.random = random;
  }

  /**
   * Runs the exchange.
   *
   * @param kdcRealm the realm whose KDC is asked
   * @param tgt the ticket in the AP-REQ (a TGT, or the ticket to renew)
   * @param server the requested server (its realm goes into the body)
   * @param options KDC options, MIT int layout
   * @param till requested end time
   * @param rtime requested renew-till, or null
   * @param inheritedFlags ticket flags the reply may carry unasked
   * @param allowReferral accept a referral TGT
   */
  TicketGrant run(String kdcRealm, TicketGrant tgt, KerberosPrincipal server, int options,
      Instant till, @Nullable Instant rtime, int inheritedFlags, boolean allowReferral)
      throws KerberosException {
    KerberosKey session = KerberosKey.of(tgt.sessionKey());
    EncType etype = session.encType();
    KerberosKey subkey = null;
    try {
      if (!etype.isSupported()) {
        throw KerberosException.local("the session key of " + tgt.server() + " has enctype "
            + etype.name() + ", which is not implemented", KerberosLocalError.KRB5_PROG_ETYPE_NOSUPP,
            null);
      }
      Instant now = Instant.now(settings.clock());
      KdcReqBody body = new KdcReqBody(options, null, server.realm(), server.name(), null, till,
          rtime, AsExchange.nonce(random), settings.enctypes().tgs(), null, null, null);
      subkey = KerberosCrypto.generateKey(etype, random);
      byte[] cksum = KerberosCrypto.checksum(session, KeyUsage.TGS_REQ_AUTH_CKSUM, body.encode());
      byte[] subkeyBytes = subkey.copyBytes();
      Authenticator auth = new Authenticator(tgt.client().realm(), tgt.client().name(),
          new Checksum(etype.checksumType().number(), cksum), now.getNano() / 1000,
          now.truncatedTo(ChronoUnit.SECONDS), new EncryptionKey(etype.number(), subkeyBytes),
          null, null);
      Arrays.fill(subkeyBytes, (byte) 0);
      byte[] authPlain = auth.encode();
      byte[] encAuth = KerberosCrypto.encrypt(session, KeyUsage.TGS_REQ_AUTH, authPlain);
      Arrays.fill(authPlain, (byte) 0);
      auth.subkey().destroy();
      ApReq ap = new ApReq(0, tgt.ticket(), new EncryptedData(etype.number(), null, encAuth));
      byte[] request = new KdcReq(MessageType.TGS_REQ,
          List.of(new PaData(PaDataType.PA_TGS_REQ, ap.encode())), body).encode();

      KdcCaller.Answer answer = caller.call(kdcRealm, request, MessageType.TGS_REP);
      KrbError err = answer.error();
      if (err != null) {
        throw KdcErrors.of(kdcRealm, err, tgt.client(), server);
      }
      KdcRep rep = answer.reply();
      byte[] plain = decrypt(kdcRealm, rep, subkey, session);
      EncKdcRepPart part;
      try {
        part = EncKdcRepPart.decode(plain);
      } catch (DerException e) {
        throw KerberosException.local("KDC reply from " + kdcRealm + ": malformed EncTGSRepPart: "
            + e.getMessage(), KerberosLocalError.KRB5_KDCREP_MODIFIED, e);
      } finally {
        Arrays.fill(plain, (byte) 0);
      }
      return ReplyChecks.check(kdcRealm, rep, part, body,
          new ReplyChecks.Expectation(tgt.client(), server, inheritedFlags, allowReferral),
          Instant.now(settings.clock()), settings.clockSkew(), settings.enctypes());
    } catch (KrbCryptoException e) {
      throw KerberosException.local("TGS request for " + server + ": " + e.getMessage(),
          KerberosLocalError.KRB5_CRYPTO_INTERNAL, e);
    } finally {
      session.destroy();
      if (subkey != null) {
        subkey.destroy();
      }
    }
  }

  private static byte[] decrypt(String realm, KdcRep rep, KerberosKey subkey,
      KerberosKey session) throws KerberosException {
    byte[] cipher = rep.encPart().cipher();
    if (rep.encPart().etype() != subkey.keyType()) {
      throw KerberosException.local("KDC reply from " + realm + " is encrypted with enctype "
          + rep.encPart().etype() + ", not the session key's " + subkey.keyType(),
          KerberosLocalError.KRB5_WRONG_ETYPE, null);
    }
    try {
      return KerberosCrypto.decrypt(subkey, KeyUsage.TGS_REP_ENC_PART_SUBKEY, cipher);
    } catch (KrbCryptoException first) {
      try {
        return KerberosCrypto.decrypt(session, KeyUsage.TGS_REP_ENC_PART_SESSION_KEY, cipher);
      } catch (KrbCryptoException second) {
        second.addSuppressed(first);
        throw KerberosException.code("KDC reply from " + realm + " decrypts neither with the "
            + "subkey (usage 9) nor with the session key (usage 8)",
            KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY, second);
      }
    }
  }
}
