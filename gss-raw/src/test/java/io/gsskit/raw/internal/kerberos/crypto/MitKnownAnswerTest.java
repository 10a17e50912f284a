package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Known answers from MIT krb5's crypto regression tests (t_decrypt.c, t_cksums.c, t_cf2) and the
 * RFC 4757 NT hash: decryption of fixed ciphertexts (including arcfour-hmac with its usage
 * mapping), checksums of every implemented type, PRF and KRB-FX-CF2.
 */
class MitKnownAnswerTest {

  @Test
  void decryptKnownCiphertexts() throws Exception {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load("mit/decrypt.txt")) {
      KerberosKey key = new KerberosKey(r.integer("enctype"), r.bytes("key"));
      byte[] plain = r.has("plaintext") ? r.bytes("plaintext") : new byte[0];
      byte[] got = KerberosCrypto.decrypt(key, r.integer("usage"), r.bytes("ciphertext"));
      assertThat(VectorFile.hex(got)).as(r.toString()).isEqualTo(VectorFile.hex(plain));
      n++;
    }
    assertThat(n).isEqualTo(15);
  }

  @Test
  void knownChecksums() throws Exception {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load("mit/checksums.txt")) {
      ChecksumType type = ChecksumType.byNumber(r.integer("cksumtype"));
      KerberosKey key = r.integer("enctype") == 0 ? null
          : new KerberosKey(r.integer("enctype"), r.bytes("key"));
      byte[] data = r.has("plaintext") ? r.bytes("plaintext") : new byte[0];
      byte[] got = KerberosCrypto.checksum(type, key, r.integer("usage"), data);
      assertThat(VectorFile.hex(got)).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("checksum")));
      assertThat(got).hasSize(type.length());
      n++;
    }
    assertThat(n).isEqualTo(7);
  }

  @Test
  void cf2() throws Exception {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load("mit/cf2.txt")) {
      EncType t = EncType.byNumber(r.integer("enctype"));
      KerberosKey k1 = KerberosCrypto.stringToKey(t, "key1".toCharArray(), bytes("key1"), null);
      KerberosKey k2 = KerberosCrypto.stringToKey(t, "key2".toCharArray(), bytes("key2"), null);
      KerberosKey out = KerberosCrypto.cf2(k1, bytes("a"), k2, bytes("b"));
      assertThat(out.encType()).isEqualTo(t);
      assertThat(VectorFile.hex(out.copyBytes())).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("cf2")));
      n++;
    }
    assertThat(n).isEqualTo(3);
  }

  @Test
  void prfBlocks() throws Exception {
    for (VectorFile.Record r : VectorFile.load("mit/prf.txt")) {
      EncType t = EncType.byNumber(r.integer("enctype"));
      byte[] pw = r.bytes("password");
      KerberosKey k = KerberosCrypto.stringToKey(t, pw, pw, null);
      assertThat(VectorFile.hex(KerberosCrypto.prf(k, r.bytes("input")))).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("output")));
    }
  }

  @Test
  void arcfourStringToKeyIsTheNtHash() throws Exception {
    for (VectorFile.Record r : VectorFile.load("rfc4757/nt-hash.txt")) {
      KerberosKey k = KerberosCrypto.stringToKey(EncType.ARCFOUR_HMAC,
          r.text("password").toCharArray(), bytes("ignored salt"), null);
      assertThat(VectorFile.hex(k.copyBytes())).isEqualTo(VectorFile.hex(r.bytes("key")));
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
