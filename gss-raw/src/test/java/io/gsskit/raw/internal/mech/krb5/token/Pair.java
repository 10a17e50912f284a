package io.gsskit.raw.internal.mech.krb5.token;

import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import java.security.SecureRandom;
import java.util.List;

/** Test helper: an initiator and an acceptor engine over one random key. */
record Pair(Rfc4121Protector initiator, Rfc4121Protector acceptor, KerberosKey key) {

  static final List<EncType> ENCTYPES = List.of(EncType.AES128_CTS_HMAC_SHA1_96,
      EncType.AES256_CTS_HMAC_SHA1_96, EncType.AES128_CTS_HMAC_SHA256_128,
      EncType.AES256_CTS_HMAC_SHA384_192, EncType.CAMELLIA128_CTS_CMAC,
      EncType.CAMELLIA256_CTS_CMAC);

  static KerberosKey key(EncType t) throws KrbCryptoException {
    return KerberosCrypto.generateKey(t, new SecureRandom());
  }

  static Pair of(EncType t, boolean subkey, boolean replay, boolean sequence)
      throws KrbCryptoException {
    KerberosKey k = key(t);
    Rfc4121Protector i = Rfc4121Protector.builder(k, false).acceptorSubkey(subkey)
        .replayDetection(replay).sequenceDetection(sequence).sendSeq(1000).recvSeq(5000).build();
    Rfc4121Protector a = Rfc4121Protector.builder(k, true).acceptorSubkey(subkey)
        .replayDetection(replay).sequenceDetection(sequence).sendSeq(5000).recvSeq(1000).build();
    return new Pair(i, a, k);
  }

  static Pair of(EncType t) throws KrbCryptoException {
    return of(t, true, true, true);
  }
}
