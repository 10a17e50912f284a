package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KdcOption;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KeyUsage;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import io.gsskit.raw.internal.kerberos.iana.NameType;
import io.gsskit.raw.internal.kerberos.iana.PaDataType;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kerby.kerberos.kerb.crypto.CheckSumHandler;
import org.apache.kerby.kerberos.kerb.crypto.EncryptionHandler;
import org.apache.kerby.kerberos.kerb.type.base.EncryptionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live interop with the embedded Apache Kerby KDC on 127.0.0.1: requests built with GSSKit's
 * encoders are accepted by a real KDC and its replies decode. Encryption and checksums use
 * Kerby's kerb-crypto as the oracle (GSSKit's own crypto is another package).
 */
class KerbyKdcInteropTest {

  private static final int AES256 = 18;
  private static final int HMAC_SHA1_96_AES256 = 16;
  private static KerbyKdc kdc;
  private static final SecureRandom RANDOM = new SecureRandom();

  @BeforeAll
  static void start() {
    kdc = KerbyKdc.start();
    kdc.addPrincipal("alice", "alice-pw");
    kdc.addPrincipal("HTTP/localhost");
  }

  @AfterAll
  static void stop() {
    kdc.close();
  }

  @Test
  void asAndTgsExchangesWithGssKitMessages() throws Exception {
    String realm = kdc.realm();
    PrincipalName alice = PrincipalName.of(NameType.NT_PRINCIPAL, "alice");
    PrincipalName krbtgt = PrincipalName.of(NameType.NT_SRV_INST, "krbtgt", realm);
    byte[] aliceKey = keyOf("alice@" + realm);
    Instant till = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    long nonce = RANDOM.nextInt() & 0x7fffffffL;
    KdcReqBody asBody = new KdcReqBody(FlagBits.mask(KdcOption.FORWARDABLE), alice, realm,
        krbtgt, null, till, null, nonce, List.of(AES256), null, null, null);

    // 1. no pre-authentication: the KDC asks for it and lists ETYPE-INFO2
    KrbError err = KrbError.decode(send(new KdcReq(MessageType.AS_REQ, null, asBody).encode()));
    assertThat(err.code()).isEqualTo(KerberosErrorCode.KDC_ERR_PREAUTH_REQUIRED);
    EtypeInfo2 info = EtypeInfo2.decode(err.methodData().orElseThrow()
        .find(PaDataType.PA_ETYPE_INFO2).orElseThrow().value());
    assertThat(info.entries()).extracting(EtypeInfo2Entry::etype).contains(AES256);

    // 2. PA-ENC-TIMESTAMP built with GSSKit types: the KDC issues a TGT
    byte[] ts = new PaEncTsEnc(Instant.now().truncatedTo(ChronoUnit.SECONDS), 123).encode();
    EncryptedData encTs = new EncryptedData(AES256, null, EncryptionHandler.getEncHandler(AES256)
        .encrypt(ts, aliceKey, KeyUsage.AS_REQ_PA_ENC_TS));
    KdcReq asReq = new KdcReq(MessageType.AS_REQ,
        List.of(new PaData(PaDataType.PA_ENC_TIMESTAMP, encTs.encode()),
            new PaData(PaDataType.PA_PAC_REQUEST, new PaPacRequest(false).encode())), asBody);
    KdcRep asRep = KdcRep.decode(send(asReq.encode()));
    assertThat(asRep.isAsRep()).isTrue();
    assertThat(asRep.cname()).isEqualTo(alice);
    EncKdcRepPart asPart = EncKdcRepPart.decode(decrypt(asRep.encPart(), aliceKey,
        KeyUsage.AS_REP_ENC_PART));
    assertThat(asPart.nonce()).isEqualTo(nonce);
    assertThat(asPart.sname()).isEqualTo(krbtgt);
    byte[] tgsKey = asPart.key().keyValue();

    // 3. TGS-REQ with a GSSKit Authenticator whose checksum covers the exact body bytes
    PrincipalName http = PrincipalName.of(NameType.NT_SRV_HST, "HTTP", "localhost");
    long nonce2 = RANDOM.nextInt() & 0x7fffffffL;
    KdcReqBody tgsBody = new KdcReqBody(0, null, realm, http, null, till, null, nonce2,
        List.of(AES256), null, null, null);
    byte[] cksum = CheckSumHandler.getCheckSumHandler(HMAC_SHA1_96_AES256)
        .checksumWithKey(tgsBody.encode(), tgsKey, KeyUsage.TGS_REQ_AUTH_CKSUM);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Authenticator auth = new Authenticator(realm, alice,
        new Checksum(HMAC_SHA1_96_AES256, cksum), 4242, now, null, null, null);
    EncryptedData encAuth = new EncryptedData(AES256, null, EncryptionHandler
        .getEncHandler(AES256).encrypt(auth.encode(), tgsKey, KeyUsage.TGS_REQ_AUTH));
    ApReq apReq = new ApReq(0, asRep.ticket(), encAuth);
    KdcReq tgsReq = new KdcReq(MessageType.TGS_REQ,
        List.of(new PaData(PaDataType.PA_TGS_REQ, apReq.encode())), tgsBody);
    KdcRep tgsRep = KdcRep.decode(send(tgsReq.encode()));
    assertThat(tgsRep.isAsRep()).isFalse();
    EncKdcRepPart tgsPart = EncKdcRepPart.decode(decrypt(tgsRep.encPart(), tgsKey,
        KeyUsage.TGS_REP_ENC_PART_SESSKEY));
    assertThat(tgsPart.nonce()).isEqualTo(nonce2);
    assertThat(tgsPart.sname()).isEqualTo(http);
    EncTicketPart ticket = EncTicketPart.decode(decrypt(tgsRep.ticket().encPart(),
        keyOf("HTTP/localhost@" + realm), KeyUsage.KDC_REP_TICKET));
    assertThat(ticket.cname()).isEqualTo(alice);
    assertThat(ticket.key()).isEqualTo(tgsPart.key());
  }

  private static byte[] keyOf(String principal) throws Exception {
    return kdc.server().getIdentityService().getIdentity(principal)
        .getKey(EncryptionType.AES256_CTS_HMAC_SHA1_96).getKeyData();
  }

  private static byte[] decrypt(EncryptedData ed, byte[] key, int usage) throws Exception {
    return EncryptionHandler.getEncHandler(ed.etype()).decrypt(ed.cipher(), key, usage);
  }

  /** One Kerberos-over-TCP exchange (RFC 4120 §7.2.2). */
  private static byte[] send(byte[] request) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), kdc.port())) {
      s.setSoTimeout(10_000);
      DataOutputStream out = new DataOutputStream(s.getOutputStream());
      out.writeInt(request.length);
      out.write(request);
      out.flush();
      DataInputStream in = new DataInputStream(s.getInputStream());
      int len = in.readInt();
      assertThat(len).isBetween(1, 1 << 20);
      byte[] reply = new byte[len];
      in.readFully(reply);
      return reply;
    }
  }
}
