package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded properties of {@link UsageKeys#encryptIov}/{@link UsageKeys#decryptIov} for every CTS
 * enctype: equivalence with plain encryption when there is no SIGN_ONLY buffer; the MAC input of
 * each profile checked against an independent construction (RFC 3961 simplified profile: the
 * plain encryption of the interleaved plaintext; RFC 8009: HMAC computed here with the JCE over
 * IV | ciphertext with SIGN_ONLY in place); round trips over random layouts; and every byte flip
 * rejected without releasing plaintext.
 */
class IovEncryptionProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x1f0L);

  /** A random layout: kinds and contents, each buffer inside a larger array at an offset. */
  private record Layout(List<CryptoIov> bufs) {

    static Layout random(Random r, int maxBufs, int maxLen) {
      int n = r.nextInt(maxBufs + 1);
      List<CryptoIov> bufs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int len = r.nextInt(4) == 0 ? 0 : r.nextInt(maxLen + 1);
        int pre = r.nextInt(5);
        byte[] a = new byte[pre + len + r.nextInt(5)];
        r.nextBytes(a);
        bufs.add(r.nextBoolean() ? CryptoIov.signOnly(a, pre, len) : CryptoIov.data(a, pre, len));
      }
      return new Layout(bufs);
    }

    CryptoIov[] array() {
      return bufs.toArray(new CryptoIov[0]);
    }

    /** The buffers' bytes concatenated, only DATA, or all in order. */
    byte[] concat(boolean withSignOnly) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      for (CryptoIov b : bufs) {
        if (withSignOnly || !b.isSignOnly()) {
          o.write(b.array(), b.offset(), b.length());
        }
      }
      return o.toByteArray();
    }

    /** Deep copy of the arrays. */
    Layout copy() {
      List<CryptoIov> c = new ArrayList<>();
      for (CryptoIov b : bufs) {
        byte[] a = b.array().clone();
        c.add(b.isSignOnly() ? CryptoIov.signOnly(a, b.offset(), b.length())
            : CryptoIov.data(a, b.offset(), b.length()));
      }
      return new Layout(c);
    }

    @Override
    public String toString() {
      return bufs.toString();
    }
  }

  private static KerberosKey key(EncType t, Random r) {
    byte[] k = new byte[t.keyLength()];
    r.nextBytes(k);
    return new KerberosKey(t, k);
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 25, 26})
  void withoutSignOnlyItIsPlainEncryption(int enctype) throws Exception {
    Random r = new Random(SEED + enctype);
    EncType t = EncType.byNumber(enctype);
    KerberosKey key = key(t, r);
    for (int round = 0; round < 40; round++) {
      Layout l = Layout.random(r, 5, 40);
      List<CryptoIov> dataOnly = new ArrayList<>();
      for (CryptoIov b : l.bufs()) {
        if (!b.isSignOnly()) {
          dataOnly.add(b);
        }
      }
      Layout d = new Layout(dataOnly);
      byte[] plain = d.concat(false);
      byte[] conf = new byte[16];
      r.nextBytes(conf);
      byte[] expected = UsageKeys.create(key, 24, new FixedConfounder(conf)).encrypt(plain);
      UsageKeys k = UsageKeys.create(key, 24, new FixedConfounder(conf));
      byte[] header = new byte[16];
      byte[] trailer = new byte[k.macLength()];
      k.encryptIov(d.array(), header, 0, trailer, 0);
      byte[] got = concat(header, d.concat(false), trailer);
      assertThat(got).as("seed %d %s round %d %s", SEED, t, round, d).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 25, 26})
  void simplifiedProfileMacsThePlaintextWithSignOnlyInOrder(int enctype) throws Exception {
    Random r = new Random(SEED + enctype);
    EncType t = EncType.byNumber(enctype);
    KerberosKey key = key(t, r);
    for (int round = 0; round < 40; round++) {
      Layout l = Layout.random(r, 6, 40);
      String what = "seed " + SEED + " " + t + " round " + round + " " + l;
      byte[] conf = new byte[16];
      r.nextBytes(conf);
      // E(conf | interleaved) carries H(Ki, conf | interleaved) as its tag ...
      byte[] all = UsageKeys.create(key, 22, new FixedConfounder(conf)).encrypt(l.concat(true));
      // ... and E(conf | DATA only) the ciphertext the IOV encryption must produce.
      byte[] dataOnly = UsageKeys.create(key, 22, new FixedConfounder(conf))
          .encrypt(l.concat(false));
      UsageKeys k = UsageKeys.create(key, 22, new FixedConfounder(conf));
      int h = k.macLength();
      byte[] header = new byte[16];
      byte[] trailer = new byte[h];
      byte[] signBefore = l.concat(true);
      k.encryptIov(l.array(), header, 0, trailer, 0);
      assertThat(trailer).as(what).isEqualTo(Arrays.copyOfRange(all, all.length - h, all.length));
      assertThat(concat(header, l.concat(false)))
          .as(what).isEqualTo(Arrays.copyOf(dataOnly, dataOnly.length - h));
      assertSignOnlyUnchanged(l, signBefore, what);
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {19, 20})
  void rfc8009MacsIvAndCiphertextWithSignOnlyInOrder(int enctype) throws Exception {
    Random r = new Random(SEED + enctype);
    EncType t = EncType.byNumber(enctype);
    KerberosKey key = key(t, r);
    String alg = enctype == 19 ? "HmacSHA256" : "HmacSHA384";
    int h = enctype == 19 ? 16 : 24;
    byte[] ki = Rfc8009Kdf.kdf(alg, key.bytes(), Rfc3961Dk.usageConstant(23, Rfc3961Dk.KI),
        new byte[0], h);
    for (int round = 0; round < 40; round++) {
      Layout l = Layout.random(r, 6, 40);
      String what = "seed " + SEED + " " + t + " round " + round + " " + l;
      UsageKeys k = UsageKeys.create(key, 23);
      byte[] header = new byte[16];
      byte[] trailer = new byte[h];
      byte[] signBefore = l.concat(true);
      k.encryptIov(l.array(), header, 0, trailer, 0);
      Mac mac = Mac.getInstance(alg);
      mac.init(new SecretKeySpec(ki, alg));
      mac.update(new byte[16]); // IV (zero)
      mac.update(header); // C(confounder)
      for (CryptoIov b : l.bufs()) {
        mac.update(b.array(), b.offset(), b.length()); // DATA now ciphertext, SIGN_ONLY as is
      }
      assertThat(trailer).as(what).isEqualTo(Arrays.copyOf(mac.doFinal(), h));
      assertSignOnlyUnchanged(l, signBefore, what);
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 25, 26})
  void decryptInvertsEncryptOverRandomLayouts(int enctype) throws Exception {
    Random r = new Random(SEED + enctype);
    EncType t = EncType.byNumber(enctype);
    KerberosKey key = key(t, r);
    UsageKeys enc = UsageKeys.create(key, 24);
    UsageKeys dec = UsageKeys.create(key, 24);
    for (int round = 0; round < 200; round++) {
      Layout l = Layout.random(r, 8, round < 190 ? 70 : 5000);
      String what = "seed " + SEED + " " + t + " round " + round + " " + l;
      byte[] plain = l.concat(true);
      int hOff = r.nextInt(8);
      int tOff = r.nextInt(8);
      byte[] header = new byte[hOff + 16 + r.nextInt(4)];
      byte[] trailer = new byte[tOff + enc.macLength() + r.nextInt(4)];
      enc.encryptIov(l.array(), header, hOff, trailer, tOff);
      dec.decryptIov(header, hOff, l.array(), trailer, tOff);
      assertThat(l.concat(true)).as(what).isEqualTo(plain);
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 25, 26})
  void everyFlippedByteIsRejectedAndNoPlaintextIsReleased(int enctype) throws Exception {
    Random r = new Random(SEED + enctype);
    EncType t = EncType.byNumber(enctype);
    KerberosKey key = key(t, r);
    UsageKeys enc = UsageKeys.create(key, 25);
    UsageKeys dec = UsageKeys.create(key, 25);
    byte[] d1 = new byte[21];
    byte[] s1 = new byte[7];
    byte[] d2 = new byte[16];
    byte[] s2 = new byte[3];
    r.nextBytes(d1);
    r.nextBytes(s1);
    r.nextBytes(d2);
    r.nextBytes(s2);
    Layout sent = new Layout(List.of(CryptoIov.signOnly(s1, 0, 7), CryptoIov.data(d1, 0, 21),
        CryptoIov.signOnly(s2, 0, 3), CryptoIov.data(d2, 0, 16)));
    byte[] header = new byte[16];
    byte[] trailer = new byte[enc.macLength()];
    enc.encryptIov(sent.array(), header, 0, trailer, 0);
    byte[] wire = concat(header, sent.concat(true), trailer); // header | buffers | trailer
    for (int i = 0; i < wire.length; i++) {
      for (int bit : new int[] {0x01, 0x80}) {
        byte[] w = wire.clone();
        w[i] ^= (byte) bit;
        Layout got = split(w, sent);
        byte[] before = got.concat(true);
        String what = "seed " + SEED + " " + t + " flip byte " + i + " bit " + bit;
        assertThatThrownBy(() -> dec.decryptIov(w, 0, got.array(), w, w.length - trailer.length))
            .as(what).isInstanceOfSatisfying(KrbCryptoException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY_FAILED));
        assertThat(got.concat(true)).as(what + ": buffers unchanged").isEqualTo(before);
      }
    }
    // SIGN_ONLY moved to another position, dropped, or turned into DATA: rejected too
    Layout moved = new Layout(List.of(CryptoIov.data(d1, 0, 21), CryptoIov.signOnly(s1, 0, 7),
        CryptoIov.signOnly(s2, 0, 3), CryptoIov.data(d2, 0, 16)));
    Layout dropped = new Layout(List.of(CryptoIov.data(d1, 0, 21), CryptoIov.data(d2, 0, 16)));
    for (Layout wrong : List.of(moved, dropped)) {
      Layout c = wrong.copy();
      assertThatThrownBy(() -> dec.decryptIov(header, 0, c.array(), trailer, 0))
          .isInstanceOfSatisfying(KrbCryptoException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY_FAILED));
    }
    // the untouched message still decrypts with the same engine
    Layout ok = sent.copy();
    dec.decryptIov(header, 0, ok.array(), trailer, 0);
  }

  @Test
  void badArgumentsGiveDefinedErrors() throws Exception {
    Random r = new Random(SEED);
    UsageKeys k = UsageKeys.create(key(EncType.AES128_CTS_HMAC_SHA1_96, r), 22);
    byte[] h = new byte[16];
    byte[] tr = new byte[12];
    byte[] d = new byte[10];
    assertReason(() -> k.encryptIov(new CryptoIov[] {CryptoIov.data(d, 5, 6)}, h, 0, tr, 0),
        Reason.BAD_BUFFER);
    assertReason(() -> k.encryptIov(new CryptoIov[] {CryptoIov.signOnly(d, -1, 2)}, h, 0, tr, 0),
        Reason.BAD_BUFFER);
    assertReason(() -> k.encryptIov(new CryptoIov[] {null}, h, 0, tr, 0), Reason.BAD_BUFFER);
    assertReason(() -> k.encryptIov(new CryptoIov[0], h, 1, tr, 0), Reason.BAD_BUFFER);
    assertReason(() -> k.encryptIov(new CryptoIov[0], h, 0, tr, 1), Reason.BAD_BUFFER);
    assertReason(() -> k.decryptIov(h, 0, new CryptoIov[] {CryptoIov.data(d, 0, 11)}, tr, 0),
        Reason.BAD_BUFFER);
    UsageKeys rc4 = UsageKeys.create(key(EncType.byNumber(23), r), 22);
    assertReason(() -> rc4.encryptIov(new CryptoIov[0], new byte[16], 0, new byte[16], 0),
        Reason.UNSUPPORTED);
    k.destroy();
    assertReason(() -> k.encryptIov(new CryptoIov[0], h, 0, tr, 0), Reason.BAD_KEY);
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void assertReason(Call c, Reason reason) {
    assertThatThrownBy(c::run).isInstanceOfSatisfying(KrbCryptoException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  /** The buffers of {@code shape}, filled from {@code wire[16..]} in order, in fresh arrays. */
  private static Layout split(byte[] wire, Layout shape) {
    List<CryptoIov> out = new ArrayList<>();
    int pos = 16;
    for (CryptoIov b : shape.bufs()) {
      byte[] a = Arrays.copyOfRange(wire, pos, pos + b.length());
      pos += b.length();
      out.add(b.isSignOnly() ? CryptoIov.signOnly(a, 0, a.length) : CryptoIov.data(a, 0, a.length));
    }
    return new Layout(out);
  }

  private static void assertSignOnlyUnchanged(Layout l, byte[] before, String what) {
    // DATA changed (ciphertext), SIGN_ONLY did not: compare only SIGN_ONLY positions
    int pos = 0;
    for (CryptoIov b : l.bufs()) {
      if (b.isSignOnly()) {
        assertThat(Arrays.copyOfRange(b.array(), b.offset(), b.offset() + b.length()))
            .as(what).isEqualTo(Arrays.copyOfRange(before, pos, pos + b.length()));
      }
      pos += b.length();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      o.write(p, 0, p.length);
    }
    return o.toByteArray();
  }
}
