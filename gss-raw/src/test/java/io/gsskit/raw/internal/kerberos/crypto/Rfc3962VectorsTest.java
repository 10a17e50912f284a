package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.modes.NISTCTSBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** RFC 3962 Appendix B (string-to-key, CTS) and CBC-CS3 cross-checks. */
class Rfc3962VectorsTest {

  @Test
  void appendixBStringToKey() throws Exception {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load("rfc3962/string-to-key.txt")) {
      byte[] params = Rfc6803Kdf.be32(r.integer("iterations"));
      KerberosKey k128 = KerberosCrypto.stringToKey(EncType.AES128_CTS_HMAC_SHA1_96,
          r.bytes("password"), r.bytes("salt"), params);
      KerberosKey k256 = KerberosCrypto.stringToKey(EncType.AES256_CTS_HMAC_SHA1_96,
          r.bytes("password"), r.bytes("salt"), params);
      assertThat(VectorFile.hex(k128.copyBytes())).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("aes128")));
      assertThat(VectorFile.hex(k256.copyBytes())).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("aes256")));
      n++;
    }
    assertThat(n).isEqualTo(7);
  }

  @Test
  void gClefPasswordAsChars() throws Exception {
    char[] gclef = Character.toChars(0x1D11E);
    KerberosKey k = KerberosCrypto.stringToKey(EncType.AES128_CTS_HMAC_SHA1_96, gclef,
        "EXAMPLE.COMpianist".getBytes(), Rfc6803Kdf.be32(50));
    assertThat(VectorFile.hex(k.copyBytes())).isEqualTo("f149c1f2e154a73452d43e7fe62a56e5");
  }

  @Test
  void appendixBCiphertextStealing() throws Exception {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load("rfc3962/cts.txt")) {
      byte[] in = r.bytes("input");
      byte[] out = ctsEncrypt(new JceAesCipher(r.bytes("key")), in);
      assertThat(VectorFile.hex(out)).as(r.toString()).isEqualTo(VectorFile.hex(r.bytes("output")));
      assertThat(ctsDecrypt(new JceAesCipher(r.bytes("key")), out)).isEqualTo(in);
      n++;
    }
    assertThat(n).isEqualTo(6);
  }

  /** Our CS3 over JCE AES-CBC agrees with the JDK's AES/CTS/NoPadding at every length. */
  @Test
  void ctsMatchesJdkAesCts() throws Exception {
    long seed = 3962;
    Random rnd = new Random(seed);
    for (int keyLen : new int[] {16, 32}) {
      byte[] key = new byte[keyLen];
      rnd.nextBytes(key);
      Cipher jdk = Cipher.getInstance("AES/CTS/NoPadding");
      jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
          new IvParameterSpec(new byte[16]));
      JceAesCipher ours = new JceAesCipher(key);
      for (int len = 17; len <= 200; len++) {
        byte[] in = new byte[len];
        rnd.nextBytes(in);
        byte[] expected = jdk.doFinal(in);
        assertThat(ctsEncrypt(ours, in)).as("len %d seed %d", len, seed).isEqualTo(expected);
        assertThat(ctsDecrypt(ours, expected)).as("len %d", len).isEqualTo(in);
      }
    }
  }

  /** CS3 over Camellia agrees with Bouncy Castle's NIST CTS (CS3) mode. */
  @Test
  void camelliaCtsMatchesBouncyCastleCs3() throws Exception {
    long seed = 6803;
    Random rnd = new Random(seed);
    byte[] key = new byte[32];
    rnd.nextBytes(key);
    BcCamelliaCipher ours = new BcCamelliaCipher(key);
    for (int len = 16; len <= 120; len++) {
      byte[] in = new byte[len];
      rnd.nextBytes(in);
      NISTCTSBlockCipher bc = new NISTCTSBlockCipher(NISTCTSBlockCipher.CS3, new CamelliaEngine());
      bc.init(true, new KeyParameter(key));
      byte[] expected = new byte[len];
      int o = bc.processBytes(in, 0, len, expected, 0);
      bc.doFinal(expected, o);
      assertThat(ctsEncrypt(ours, in)).as("len %d seed %d", len, seed).isEqualTo(expected);
      assertThat(ctsDecrypt(ours, expected)).isEqualTo(in);
    }
  }

  /** Our PBKDF2 on the JDK's Mac equals the JDK's PBKDF2WithHmacSHA* factories. */
  @Test
  void pbkdf2MatchesJdkFactories() throws Exception {
    String[][] algs = {{"HmacSHA1", "PBKDF2WithHmacSHA1"}, {"HmacSHA256", "PBKDF2WithHmacSHA256"},
        {"HmacSHA384", "PBKDF2WithHmacSHA384"}};
    for (String[] a : algs) {
      for (int len : new int[] {16, 32, 45}) {
        byte[] ours = Pbkdf2.derive(a[0], "pässword".getBytes("UTF-8"), "NaCl".getBytes(), 7, len);
        byte[] jdk = SecretKeyFactory.getInstance(a[1]).generateSecret(
            new PBEKeySpec("pässword".toCharArray(), "NaCl".getBytes(), 7, len * 8)).getEncoded();
        assertThat(ours).as(a[0] + " " + len).isEqualTo(jdk);
      }
    }
  }

  /** Encrypts through CbcCts with the first block as head, the rest split into two segments. */
  static byte[] ctsEncrypt(BlockCipher c, byte[] in) throws KrbCryptoException {
    CbcCts cts = new CbcCts(c);
    byte[] head = Arrays.copyOf(in, 16);
    int rest = in.length - 16;
    int t = Math.min(rest, 5);
    byte[] out = new byte[in.length];
    cts.encrypt(head, in, 16, rest - t, in, in.length - t, t, out, 0);
    return out;
  }

  static byte[] ctsDecrypt(BlockCipher c, byte[] ct) throws KrbCryptoException {
    CbcCts cts = new CbcCts(c);
    byte[] head = new byte[16];
    int rest = ct.length - 16;
    int t = Math.min(rest, 5);
    byte[] body = new byte[rest - t];
    byte[] trailer = new byte[t];
    cts.decrypt(ct, 0, ct.length, head, body, 0, body.length, trailer, 0, t);
    byte[] out = new byte[ct.length];
    System.arraycopy(head, 0, out, 0, 16);
    System.arraycopy(body, 0, out, 16, body.length);
    System.arraycopy(trailer, 0, out, 16 + body.length, t);
    return out;
  }
}
