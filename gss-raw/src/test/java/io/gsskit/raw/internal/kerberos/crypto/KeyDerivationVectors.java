package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared check for the "Sample results for key derivation" files (Kc, Ke, Ki). */
final class KeyDerivationVectors {

  private KeyDerivationVectors() {}

  static void check(String file, int usage) throws KrbCryptoException {
    for (VectorFile.Record r : VectorFile.load(file)) {
      KerberosKey base = new KerberosKey(r.integer("enctype"), r.bytes("base"));
      assertThat(VectorFile.hex(KerberosCrypto.deriveUsageKey(base, usage, Rfc3961Dk.KC)))
          .as("Kc " + r).isEqualTo(VectorFile.hex(r.bytes("kc")));
      assertThat(VectorFile.hex(KerberosCrypto.deriveUsageKey(base, usage, Rfc3961Dk.KE)))
          .as("Ke " + r).isEqualTo(VectorFile.hex(r.bytes("ke")));
      assertThat(VectorFile.hex(KerberosCrypto.deriveUsageKey(base, usage, Rfc3961Dk.KI)))
          .as("Ki " + r).isEqualTo(VectorFile.hex(r.bytes("ki")));
    }
  }
}
