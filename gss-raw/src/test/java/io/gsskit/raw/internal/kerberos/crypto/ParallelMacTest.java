package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large encryptions whose MAC runs on a worker ({@link ParallelMac}): round trips at and around
 * the threshold (and across pipeline chunks) for every CTS enctype, in the separate and the
 * in-place layout, with a two-segment input; every flipped MAC byte and ciphertext bytes at chunk
 * boundaries are rejected; concurrent callers (more than there are workers) all get correct
 * ciphertexts. Decryption is sequential, so it checks the parallel MAC independently.
 */
class ParallelMacTest {

  private static final int T = ParallelMac.THRESHOLD;
  private static final int USAGE = KeyUsage.KG_USAGE_INITIATOR_SEAL;
  private final SecureRandom random = new SecureRandom();

  private KerberosKey key(int etype) throws KrbCryptoException {
    return KerberosCrypto.generateKey(EncType.byNumber(etype), random);
  }

  @ParameterizedTest
  @ValueSource(ints = {17, 18, 19, 20, 25, 26})
  void roundTripsAroundTheThreshold(int etype) throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    KerberosKey k = key(etype);
    try (UsageKeys enc = UsageKeys.create(k, USAGE); UsageKeys dec = UsageKeys.create(k, USAGE)) {
      // Ciphertext (confounder + plaintext) lengths T-1, T, T+1, and across chunk boundaries.
      int[] plainLengths = {T - 17, T - 16, T - 15, T - 1, T + CbcCts.CHUNK - 16,
          T + CbcCts.CHUNK - 15, T + 2 * CbcCts.CHUNK + 5};
      for (int len : plainLengths) {
        byte[] plain = new byte[len];
        r.nextBytes(plain);
        String what = "seed " + seed + ", etype " + etype + ", " + len + " bytes";
        // Separate arrays, two segments (data | 16-byte trailer, as RFC 4121 wrap).
        int split = len - 16;
        byte[] trailer = Arrays.copyOfRange(plain, split, len);
        byte[] c = new byte[enc.encryptedLength(len)];
        enc.encrypt(plain, 0, split, trailer, 0, 16, c, 0);
        byte[] body = new byte[split];
        byte[] tail = new byte[16];
        assertThat(dec.decrypt(c, 0, c.length, body, 0, tail, 0, 16)).as(what).isEqualTo(split);
        assertThat(body).as(what).isEqualTo(Arrays.copyOf(plain, split));
        assertThat(tail).as(what).isEqualTo(trailer);
        // In place: ciphertext starts bodyOffset() bytes before the plaintext.
        byte[] buf = new byte[enc.encryptedLength(len)];
        System.arraycopy(plain, 0, buf, enc.bodyOffset(), len);
        enc.encrypt(buf, enc.bodyOffset(), len, buf, 0);
        assertThat(dec.decrypt(buf)).as(what + " in place").isEqualTo(plain);
      }
    }
  }

  @Test
  void aWorkerComputesTheMacOfLargeMessages() throws Exception {
    assumeTrue(ParallelMac.worthIt(T), "parallel MAC off: one processor or "
        + ParallelMac.PROPERTY + "=false");
    try (UsageKeys enc = UsageKeys.create(key(20), USAGE)) {
      enc.encrypt(new byte[2 * T]);
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .anyMatch(t -> t.getName().startsWith("gsskit-krb5-mac-") && t.isDaemon());
  }

  @ParameterizedTest
  @ValueSource(ints = {17, 18, 19, 20, 25, 26})
  void everyFlippedMacByteAndChunkBoundaryByteIsRejected(int etype) throws Exception {
    KerberosKey k = key(etype);
    byte[] plain = new byte[T + CbcCts.CHUNK + 3];
    new Random(etype).nextBytes(plain);
    try (UsageKeys enc = UsageKeys.create(k, USAGE); UsageKeys dec = UsageKeys.create(k, USAGE)) {
      byte[] c = enc.encrypt(plain);
      assertThat(dec.decrypt(c)).isEqualTo(plain);
      List<Integer> positions = new ArrayList<>();
      for (int i = c.length - dec.macLength(); i < c.length; i++) {
        positions.add(i); // every MAC byte
      }
      for (int b = CbcCts.CHUNK; b < c.length - dec.macLength(); b += CbcCts.CHUNK) {
        positions.addAll(List.of(b - 1, b, b + 16)); // around every pipeline chunk boundary
      }
      positions.addAll(List.of(0, 15, 16, c.length - dec.macLength() - 1));
      for (int pos : positions) {
        c[pos] ^= 0x01;
        byte[] out = new byte[plain.length];
        int p = pos;
        assertThatThrownBy(() -> dec.decrypt(c, 0, c.length, out, 0))
            .as("etype %d, flipped byte %d", etype, p)
            .isInstanceOfSatisfying(KrbCryptoException.class,
                e -> assertThat(e.reason()).isEqualTo(KrbCryptoException.Reason.INTEGRITY_FAILED));
        assertThat(out).as("output zeroed after flip at %d", p).isEqualTo(new byte[out.length]);
        c[pos] ^= 0x01;
      }
      assertThat(dec.decrypt(c)).isEqualTo(plain);
    }
  }

  @Test
  void concurrentLargeEncryptionsAreAllCorrect() throws Exception {
    KerberosKey sha384 = key(20);
    KerberosKey sha1 = key(18);
    int threads = 2 * ParallelMac.WORKERS + 2; // some find no idle worker and MAC themselves
    ExecutorService ex = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Boolean>> fs = new ArrayList<>();
      for (int i = 0; i < 3 * threads; i++) {
        int n = i;
        fs.add(ex.submit(() -> {
          KerberosKey k = n % 2 == 0 ? sha384 : sha1;
          byte[] plain = new byte[T + 1000 * n];
          new Random(n).nextBytes(plain);
          try (UsageKeys enc = UsageKeys.create(k, USAGE)) {
            for (int j = 0; j < 2; j++) {
              byte[] c = enc.encrypt(plain);
              if (!Arrays.equals(KerberosCrypto.decrypt(k, USAGE, c), plain)) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : fs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      ex.shutdownNow();
    }
  }
}
