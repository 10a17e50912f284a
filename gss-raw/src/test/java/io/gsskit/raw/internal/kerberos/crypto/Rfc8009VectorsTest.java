package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 8009 Appendix A vectors. */
class Rfc8009VectorsTest {

  @Test
  void stringToKey() throws Exception {
    for (VectorFile.Record r : VectorFile.load("rfc8009/string-to-key.txt")) {
      KerberosKey k = KerberosCrypto.stringToKey(EncType.byNumber(r.integer("enctype")),
          r.bytes("password"), r.bytes("salt"), Rfc6803Kdf.be32(r.integer("iterations")));
      assertThat(VectorFile.hex(k.copyBytes())).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("key")));
      // 32768 is the default: null params give the same key.
      KerberosKey d = KerberosCrypto.stringToKey(EncType.byNumber(r.integer("enctype")),
          r.bytes("password"), r.bytes("salt"), null);
      assertThat(d).isEqualTo(k);
    }
  }

  @Test
  void keyDerivation() throws Exception {
    KeyDerivationVectors.check("rfc8009/key-derivation.txt", 2);
  }

  @Test
  void sampleEncryptions() throws Exception {
    assertThat(EncryptionVectors.check("rfc8009/encryption.txt")).isEqualTo(8);
  }

  @Test
  void sampleChecksums() throws Exception {
    assertThat(EncryptionVectors.checkChecksums("rfc8009/checksum.txt")).isEqualTo(2);
  }

  @Test
  void samplePrf() throws Exception {
    for (VectorFile.Record r : VectorFile.load("rfc8009/prf.txt")) {
      KerberosKey k = new KerberosKey(r.integer("enctype"), r.bytes("base"));
      assertThat(VectorFile.hex(KerberosCrypto.prf(k, r.bytes("input")))).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("output")));
    }
  }
}
