package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6803 §10 vectors, and MIT t_str2key.c's Camellia string-to-key answers. */
class Rfc6803VectorsTest {

  @Test
  void keyDerivation() throws Exception {
    KeyDerivationVectors.check("rfc6803/key-derivation.txt", 2);
  }

  @Test
  void sampleEncryptions() throws Exception {
    assertThat(EncryptionVectors.check("rfc6803/encryption.txt")).isEqualTo(10);
  }

  @Test
  void sampleChecksums() throws Exception {
    assertThat(EncryptionVectors.checkChecksums("rfc6803/checksum.txt")).isEqualTo(4);
  }

  @Test
  void camelliaStringToKey() throws Exception {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load("mit/camellia-string-to-key.txt")) {
      KerberosKey k = KerberosCrypto.stringToKey(EncType.byNumber(r.integer("enctype")),
          r.bytes("password"), r.bytes("salt"), Rfc6803Kdf.be32(r.integer("iterations")));
      assertThat(VectorFile.hex(k.copyBytes())).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("key")));
      n++;
    }
    assertThat(n).isEqualTo(8);
  }
}
