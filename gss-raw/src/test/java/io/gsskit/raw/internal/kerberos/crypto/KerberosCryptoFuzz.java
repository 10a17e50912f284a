package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;

/**
 * Coverage-guided fuzzing of decryption and checksum verification with fixed keys of every
 * implemented enctype: arbitrary ciphertexts, usages and trailer lengths may only fail with
 * TOO_SHORT or INTEGRITY_FAILED (never another exception). In a normal test run only the
 * committed corpus is replayed.
 */
class KerberosCryptoFuzz {

  private static final int[] ENCTYPES = {17, 18, 19, 20, 23, 25, 26};

  private static KerberosKey key(int enctype) {
    EncType t = EncType.byNumber(enctype);
    byte[] k = new byte[t.keyLength()];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) (i * 7 + enctype);
    }
    return new KerberosKey(t, k);
  }

  @FuzzTest
  void decrypt(FuzzedDataProvider data) throws KrbCryptoException {
    KerberosKey key = key(ENCTYPES[data.consumeInt(0, ENCTYPES.length - 1)]);
    int usage = data.consumeInt(0, 64);
    int trailerLen = data.consumeInt(0, 16);
    byte[] ct = data.consumeRemainingAsBytes();
    UsageKeys k = UsageKeys.create(key, usage);
    try {
      int n = k.decrypt(ct, 0, ct.length, new byte[ct.length], 0, new byte[16], 0, trailerLen);
      assertThat(n).isEqualTo(ct.length - k.overhead() - trailerLen);
    } catch (KrbCryptoException e) {
      assertThat(e.reason()).isIn(Reason.TOO_SHORT, Reason.INTEGRITY_FAILED);
    }
  }

  @FuzzTest
  void verifyChecksum(FuzzedDataProvider data) throws KrbCryptoException {
    KerberosKey key = key(ENCTYPES[data.consumeInt(0, ENCTYPES.length - 1)]);
    UsageKeys k = UsageKeys.create(key, data.consumeInt(0, 64));
    byte[] cksum = data.consumeBytes(data.consumeInt(0, 30));
    byte[] msg = data.consumeRemainingAsBytes();
    try {
      k.verifyChecksum(msg, 0, msg.length, cksum, 0, cksum.length);
    } catch (KrbCryptoException e) {
      assertThat(e.reason()).isEqualTo(Reason.INTEGRITY_FAILED);
    }
  }
}
