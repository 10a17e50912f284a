package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property tests over every implemented enctype: decrypt(encrypt(m)) == m for sizes
 * 0..64 and edges up to 1 MiB + 1; the two-segment and scatter APIs are equivalent to the
 * concatenated ones; the in-place layout and arbitrary overlaps give the same results.
 */
class RoundTripProperties {

  private static final int[] EDGES = {255, 256, 1000, 4095, 4096, 4097, 65535, 65536,
      (1 << 20) - 1, 1 << 20, (1 << 20) + 1};

  private static KerberosKey randomKey(EncType t, Random rnd) {
    byte[] k = new byte[t.keyLength()];
    rnd.nextBytes(k);
    return new KerberosKey(t, k);
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void decryptInvertsEncrypt(int enctype) throws Exception {
    long seed = Long.getLong("gsskit.seed", 0x3961L) + enctype;
    Random rnd = new Random(seed);
    EncType t = EncType.byNumber(enctype);
    UsageKeys k = UsageKeys.create(randomKey(t, rnd), rnd.nextInt(1024));
    int[] sizes = new int[65 + EDGES.length];
    for (int i = 0; i <= 64; i++) {
      sizes[i] = i;
    }
    System.arraycopy(EDGES, 0, sizes, 65, EDGES.length);
    for (int size : sizes) {
      if (size > 65536 && t.family() == EncFamily.CAMELLIA && size != 1 << 20) {
        continue; // Camellia runs in pure Java (Bouncy Castle): one MiB case is enough
      }
      String ctx = "seed " + seed + " " + t + " size " + size;
      byte[] m = new byte[size];
      rnd.nextBytes(m);
      byte[] c = k.encrypt(m);
      assertThat(c.length).as(ctx).isEqualTo(k.encryptedLength(size));
      assertThat(k.plaintextLength(c.length)).as(ctx).isEqualTo(size);
      assertThat(k.decrypt(c)).as(ctx).isEqualTo(m);
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void segmentsAreEquivalentToConcatenation(int enctype) throws Exception {
    long seed = Long.getLong("gsskit.seed", 0x3961L) + enctype;
    Random rnd = new Random(seed);
    EncType t = EncType.byNumber(enctype);
    KerberosKey key = randomKey(t, rnd);
    int usage = 22 + rnd.nextInt(4);
    byte[] conf = new byte[64];
    for (int iter = 0; iter < 300; iter++) {
      int len1 = rnd.nextInt(3) == 0 ? rnd.nextInt(5000) : rnd.nextInt(80);
      int len2 = rnd.nextInt(17);
      String ctx = "seed " + seed + " " + t + " len1 " + len1 + " len2 " + len2;
      byte[] a = new byte[len1 + 7];
      byte[] b = new byte[len2 + 3];
      rnd.nextBytes(a);
      rnd.nextBytes(b);
      rnd.nextBytes(conf);
      byte[] whole = new byte[len1 + len2];
      System.arraycopy(a, 5, whole, 0, len1);
      System.arraycopy(b, 2, whole, len1, len2);
      // Same confounder: two-segment encryption is byte-identical to encrypting the whole.
      UsageKeys k1 = UsageKeys.create(key, usage, new FixedConfounder(conf));
      UsageKeys k2 = UsageKeys.create(key, usage, new FixedConfounder(conf));
      byte[] c1 = new byte[k1.encryptedLength(whole.length) + 9];
      int n = k1.encrypt(a, 5, len1, b, 2, len2, c1, 9);
      byte[] c2 = k2.encrypt(whole);
      assertThat(Arrays.copyOfRange(c1, 9, 9 + n)).as(ctx).isEqualTo(c2);
      // Scatter decryption: body and trailer apart.
      byte[] body = new byte[len1 + 4];
      byte[] trailer = new byte[20];
      int got = k1.decrypt(c2, 0, c2.length, body, 4, trailer, 3, len2);
      assertThat(got).as(ctx).isEqualTo(len1);
      assertThat(Arrays.copyOfRange(body, 4, 4 + len1)).as(ctx)
          .isEqualTo(Arrays.copyOfRange(whole, 0, len1));
      assertThat(Arrays.copyOfRange(trailer, 3, 3 + len2)).as(ctx)
          .isEqualTo(Arrays.copyOfRange(whole, len1, len1 + len2));
      // Checksums over two segments equal the checksum of the concatenation.
      byte[] s1 = new byte[k1.checksumLength()];
      k1.checksum(a, 5, len1, b, 2, len2, s1, 0);
      assertThat(s1).as(ctx).isEqualTo(k2.checksum(whole));
      k2.verifyChecksum(a, 5, len1, b, 2, len2, s1, 0, s1.length);
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void inPlaceAndOverlappingBuffers(int enctype) throws Exception {
    long seed = Long.getLong("gsskit.seed", 0x3961L) + enctype;
    Random rnd = new Random(seed);
    EncType t = EncType.byNumber(enctype);
    UsageKeys k = UsageKeys.create(randomKey(t, rnd), 7);
    for (int iter = 0; iter < 200; iter++) {
      int len = rnd.nextInt(300);
      String ctx = "seed " + seed + " " + t + " len " + len;
      byte[] m = new byte[len];
      rnd.nextBytes(m);
      int ctLen = k.encryptedLength(len);
      // The in-place layout: ciphertext starts bodyOffset() bytes before the plaintext.
      byte[] buf = new byte[ctLen + 40];
      int base = rnd.nextInt(20);
      System.arraycopy(m, 0, buf, base + k.bodyOffset(), len);
      k.encrypt(buf, base + k.bodyOffset(), len, buf, base);
      byte[] ct = Arrays.copyOfRange(buf, base, base + ctLen);
      assertThat(k.decrypt(ct)).as(ctx).isEqualTo(m);
      // In-place decryption over the ciphertext.
      int pl = k.decrypt(buf, base, ctLen, buf, base);
      assertThat(Arrays.copyOfRange(buf, base, base + pl)).as(ctx).isEqualTo(m);
      // Arbitrary overlap in both directions.
      int shift = rnd.nextInt(61) - 30;
      byte[] buf2 = new byte[ctLen + 140];
      int inOff = 70;
      System.arraycopy(m, 0, buf2, inOff, len);
      k.encrypt(buf2, inOff, len, buf2, inOff + shift);
      byte[] ct2 = Arrays.copyOfRange(buf2, inOff + shift, inOff + shift + ctLen);
      assertThat(k.decrypt(ct2)).as(ctx + " shift " + shift).isEqualTo(m);
      int decShift = rnd.nextInt(61) - 30;
      int n = k.decrypt(buf2, inOff + shift, ctLen, buf2, inOff + shift + decShift);
      assertThat(Arrays.copyOfRange(buf2, inOff + shift + decShift, inOff + shift + decShift + n))
          .as(ctx + " decrypt shift " + decShift).isEqualTo(m);
    }
  }
}
