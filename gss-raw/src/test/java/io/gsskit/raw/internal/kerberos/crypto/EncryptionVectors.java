package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared checks for sample-encryption and sample-checksum files. */
final class EncryptionVectors {

  private EncryptionVectors() {}

  /**
   * Encrypts each plaintext with the given confounder and compares the ciphertext, then decrypts
   * it back. Usage 2 unless the record names one.
   *
   * @return the number of records checked
   */
  static int check(String file) throws KrbCryptoException {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load(file)) {
      int usage = r.has("usage") ? r.integer("usage") : 2;
      KerberosKey key = new KerberosKey(r.integer("enctype"), r.bytes("base"));
      byte[] plain = r.has("plaintext") ? r.bytes("plaintext") : new byte[0];
      UsageKeys k = UsageKeys.create(key, usage, new FixedConfounder(r.bytes("confounder")));
      byte[] ct = k.encrypt(plain);
      assertThat(VectorFile.hex(ct)).as(r.toString())
          .isEqualTo(VectorFile.hex(r.bytes("ciphertext")));
      assertThat(UsageKeys.create(key, usage).decrypt(ct)).as(r.toString()).isEqualTo(plain);
      n++;
    }
    return n;
  }

  /**
   * Checks each checksum with the one-shot and the cached API, and its verification.
   *
   * @return the number of records checked
   */
  static int checkChecksums(String file) throws KrbCryptoException {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load(file)) {
      int usage = r.has("usage") ? r.integer("usage") : 2;
      KerberosKey key = new KerberosKey(r.integer("enctype"), r.bytes("base"));
      byte[] data = r.bytes("plaintext");
      byte[] expected = r.bytes("checksum");
      assertThat(VectorFile.hex(KerberosCrypto.checksum(key, usage, data))).as(r.toString())
          .isEqualTo(VectorFile.hex(expected));
      KerberosCrypto.verifyChecksum(key.encType().checksumType(), key, usage, data, expected);
      UsageKeys k = UsageKeys.create(key, usage);
      k.verifyChecksum(data, 0, data.length, expected, 0, expected.length);
      n++;
    }
    return n;
  }
}
