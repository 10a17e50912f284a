package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile tokens (reliability.md §4.4): only BAD_SIG / DEFECTIVE_TOKEN, never an exception. */
class Rfc4121HostileTokenTest {

  static Iterable<EncType> enctypes() {
    return Pair.ENCTYPES;
  }

  private static final MinorStatus MINOR = new MinorStatus();

  static int unwrap(Rfc4121Protector p, byte[] tok) {
    return p.unwrap(MINOR, tok, new Buffer(), null, null);
  }

  static byte[] wrap(Rfc4121Protector p, boolean conf, byte[] msg) {
    Buffer b = new Buffer();
    assertThat(p.wrap(MINOR, conf, 0, msg, null, b)).isEqualTo(GSS_S_COMPLETE);
    return b.value();
  }

  static byte[] mic(Rfc4121Protector p, byte[] msg) {
    Buffer b = new Buffer();
    assertThat(p.getMic(MINOR, 0, msg, b)).isEqualTo(GSS_S_COMPLETE);
    return b.value();
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void truncationAndByteFlipsAreRejectedWithoutStateChange(EncType t) throws Exception {
    Pair p = Pair.of(t);
    byte[] msg = "seventeen bytes!!".getBytes();
    for (boolean conf : new boolean[] {true, false}) {
      byte[] tok = wrap(p.initiator(), conf, msg);
      for (int n = 0; n < tok.length; n++) {
        int s = unwrap(p.acceptor(), Arrays.copyOf(tok, n));
        assertThat(s).as(t + " conf " + conf + " truncated at " + n)
            .isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
      }
      for (int n = 0; n < tok.length; n++) {
        for (int bit = 0; bit < 8; bit++) {
          byte[] bad = tok.clone();
          bad[n] ^= (byte) (1 << bit);
          int rrc = TokenLayout.getShort(bad, 6);
          Buffer out = new Buffer();
          int s = p.acceptor().unwrap(MINOR, bad, out, null, null);
          if ((n == 6 || n == 7) && rrc % (tok.length - 16) == 0) {
            continue; // an RRC that is a multiple of the body length is no rotation (RFC 4121)
          }
          if (n == 2 && bit >= 3) {
            // reserved flag bits are MAC-covered: sealed -> header mismatch, else checksum
            assertThat(s).as("flag bit " + bit).isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
            continue;
          }
          assertThat(s).as(t + " conf " + conf + " flip byte " + n + " bit " + bit)
              .isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
        }
      }
      // No rejected token touched the window: the original is still fresh.
      assertThat(unwrap(p.acceptor(), tok)).isEqualTo(GSS_S_COMPLETE);
      assertThat(unwrap(p.acceptor(), tok)).isEqualTo(GSS_S_DUPLICATE_TOKEN);
    }
    byte[] m = mic(p.acceptor(), msg);
    for (int n = 0; n < m.length; n++) {
      assertThat(p.initiator().verifyMic(MINOR, msg, Arrays.copyOf(m, n), null))
          .isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
      for (int bit = 0; bit < 8; bit++) {
        byte[] bad = m.clone();
        bad[n] ^= (byte) (1 << bit);
        assertThat(p.initiator().verifyMic(MINOR, msg, bad, null)).as("mic flip " + n)
            .isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
      }
    }
    for (int n = 0; n < msg.length; n++) {
      byte[] bad = msg.clone();
      bad[n] ^= 1;
      assertThat(p.initiator().verifyMic(MINOR, bad, m, null)).isEqualTo(GSS_S_BAD_SIG);
    }
    assertThat(p.initiator().verifyMic(MINOR, msg, m, null)).isEqualTo(GSS_S_COMPLETE);
  }

  @Test
  void wrongTokenIdsReflectionsAndForeignKeys() throws Exception {
    Pair p = Pair.of(EncType.AES256_CTS_HMAC_SHA1_96);
    Pair other = Pair.of(EncType.AES256_CTS_HMAC_SHA1_96);
    byte[] msg = {1, 2, 3};
    byte[] w = wrap(p.initiator(), true, msg);
    byte[] m = mic(p.initiator(), msg);
    assertThat(unwrap(p.acceptor(), m)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(MINOR.value()).isEqualTo(Rfc4121Minor.BAD_TOKEN_ID);
    assertThat(p.acceptor().verifyMic(MINOR, msg, w, null)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    // RFC 1964 token ids on a CFX context
    byte[] legacy = w.clone();
    legacy[0] = 0x02;
    legacy[1] = 0x01;
    assertThat(unwrap(p.acceptor(), legacy)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    // reflection: our own token back to us
    assertThat(unwrap(p.initiator(), w)).isEqualTo(GSS_S_BAD_SIG);
    assertThat(MINOR.value()).isEqualTo(Rfc4121Minor.REFLECTED_TOKEN);
    assertThat(p.initiator().verifyMic(MINOR, msg, m, null)).isEqualTo(GSS_S_BAD_SIG);
    // token of another context (other key)
    assertThat(unwrap(other.acceptor(), w)).isEqualTo(GSS_S_BAD_SIG);
    assertThat(MINOR.value()).isEqualTo(Rfc4121Minor.INTEGRITY_FAILED);
    assertThat(other.acceptor().verifyMic(MINOR, msg, m, null)).isEqualTo(GSS_S_BAD_SIG);
    // AcceptorSubkey flag inconsistent with the context
    Rfc4121Protector noSubkey = Rfc4121Protector.builder(p.key(), true).build();
    assertThat(unwrap(noSubkey, w)).isEqualTo(GSS_S_BAD_SIG);
    assertThat(MINOR.value()).isEqualTo(Rfc4121Minor.ACCEPTOR_SUBKEY_MISMATCH);
    // filler != FF
    byte[] f = w.clone();
    f[3] = 0;
    assertThat(unwrap(p.acceptor(), f)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(MINOR.value()).isEqualTo(Rfc4121Minor.BAD_FILLER);
    for (int i = 3; i < 8; i++) {
      byte[] g = m.clone();
      g[i] = 0x7F;
      assertThat(p.acceptor().verifyMic(MINOR, msg, g, null)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    }
    // Sealed flag cleared on a sealed token / set on an integrity-only token
    byte[] s = w.clone();
    s[2] &= ~TokenLayout.FLAG_SEALED;
    assertThat(unwrap(p.acceptor(), s)).isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
    byte[] i = wrap(p.initiator(), false, msg);
    i[2] |= TokenLayout.FLAG_SEALED;
    assertThat(unwrap(p.acceptor(), i)).isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
  }

  /** Builds a sealed initiator token by hand with chosen EC values and RRC. */
  static byte[] craftSealed(KerberosKey key, byte[] msg, int outerEc, int innerEc, int fillerLen,
      int rrc, long seq) throws Exception {
    byte[] hdr = new byte[16];
    hdr[0] = 5;
    hdr[1] = 4;
    hdr[2] = TokenLayout.FLAG_SEALED | TokenLayout.FLAG_ACCEPTOR_SUBKEY;
    hdr[3] = (byte) 0xFF;
    TokenLayout.putLong(hdr, 8, seq);
    byte[] inner = hdr.clone();
    TokenLayout.putShort(inner, 4, innerEc);
    byte[] plain = new byte[msg.length + fillerLen + 16];
    System.arraycopy(msg, 0, plain, 0, msg.length);
    Arrays.fill(plain, msg.length, msg.length + fillerLen, (byte) 0xFF);
    System.arraycopy(inner, 0, plain, msg.length + fillerLen, 16);
    byte[] ct;
    try (UsageKeys k = UsageKeys.create(key, KeyUsage.KG_USAGE_INITIATOR_SEAL)) {
      ct = k.encrypt(plain);
    }
    byte[] tok = new byte[16 + ct.length];
    System.arraycopy(hdr, 0, tok, 0, 16);
    TokenLayout.putShort(tok, 4, outerEc);
    TokenLayout.putShort(tok, 6, rrc);
    System.arraycopy(ct, 0, tok, 16, ct.length);
    if (ct.length > 0) {
      TokenLayout.rotateRightInPlace(tok, 16, ct.length, rrc % ct.length);
    }
    return tok;
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void ecAndRrcEdges(EncType t) throws Exception {
    Pair p = Pair.of(t, true, false, false);
    byte[] msg = "hello, ec and rrc".getBytes();
    long seq = 1000;
    // Peer's EC (filler) accepted; any RRC undone.
    for (int ec : new int[] {0, 1, 5, 16}) {
      int ctLen = msg.length + ec + 16 + p.acceptor().overhead();
      for (int rrc : new int[] {0, 12, 16, 28, ctLen, ctLen + 5, 2 * ctLen, 0xFFFF}) {
        byte[] tok = craftSealed(p.key(), msg, ec, ec, ec, rrc, seq++);
        Buffer out = new Buffer();
        assertThat(p.acceptor().unwrap(MINOR, tok, out, null, null))
            .as(t + " ec " + ec + " rrc " + rrc).isEqualTo(GSS_S_COMPLETE);
        assertThat(out.value()).isEqualTo(msg);
      }
    }
    // CVE-2024-37370: outer EC differs from the encrypted copy
    assertThat(unwrap(p.acceptor(), craftSealed(p.key(), msg, 0, 4, 4, 0, seq++)))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(MINOR.value()).isEqualTo(Rfc4121Minor.HEADER_MISMATCH);
    assertThat(unwrap(p.acceptor(), craftSealed(p.key(), msg, 4, 0, 0, 0, seq++)))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    // EC larger than the plaintext can hold (CVE-2024-37371), incl. 0xFFFF
    for (int ec : new int[] {msg.length + 1, 0xFFFF}) {
      assertThat(unwrap(p.acceptor(), craftSealed(p.key(), msg, ec, ec, 0, 0, seq++)))
          .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
      assertThat(MINOR.value()).isEqualTo(Rfc4121Minor.BAD_EC);
    }
    // Plaintext shorter than the 16-byte header copy
    byte[] shortTok = craftSealed(p.key(), new byte[0], 0, 0, 0, 0, seq++);
    byte[] cut;
    try (UsageKeys k = UsageKeys.create(p.key(), KeyUsage.KG_USAGE_INITIATOR_SEAL)) {
      byte[] ct = k.encrypt(new byte[10]);
      cut = new byte[16 + ct.length];
      System.arraycopy(shortTok, 0, cut, 0, 16);
      System.arraycopy(ct, 0, cut, 16, ct.length);
    }
    assertThat(unwrap(p.acceptor(), cut)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    // Integrity-only: EC must be the checksum length
    byte[] integ = wrap(p.initiator(), false, msg);
    for (int ec : new int[] {0, p.acceptor().checksumLength() - 1, 0xFFFF}) {
      byte[] bad = integ.clone();
      TokenLayout.putShort(bad, 4, ec);
      assertThat(unwrap(p.acceptor(), bad)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    }
    // Integrity-only with RRC from a rotating sender and arbitrary extra rotation
    for (int rrc : new int[] {1, 12, 28, msg.length + 12, 0xFFFF}) {
      byte[] r = integ.clone();
      int body = r.length - 16;
      byte[] rot = Arrays.copyOf(r, r.length);
      TokenLayout.rotateRightInPlace(rot, 16, body, rrc % body);
      TokenLayout.putShort(rot, 6, rrc);
      Buffer out = new Buffer();
      assertThat(p.acceptor().unwrap(MINOR, rot, out, null, null)).as("rrc " + rrc)
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(out.value()).isEqualTo(msg);
    }
  }

  @Test
  void replayedTokenAcrossThreadsIsAcceptedExactlyOnce() throws Exception {
    Pair p = Pair.of(EncType.AES128_CTS_HMAC_SHA1_96);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        byte[] tok = wrap(p.initiator(), round % 2 == 0, new byte[round]);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
          results.add(pool.submit(() -> {
            go.await();
            return p.acceptor().unwrap(new MinorStatus(), tok, new Buffer(), null, null);
          }));
        }
        go.countDown();
        int complete = 0;
        int dup = 0;
        for (Future<Integer> f : results) {
          int s = f.get();
          if (s == GSS_S_COMPLETE) {
            complete++;
          } else if (s == GSS_S_DUPLICATE_TOKEN) {
            dup++;
          }
        }
        assertThat(complete).as("round " + round).isEqualTo(1);
        assertThat(dup).isEqualTo(7);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentWrapGivesUniqueContiguousSequenceNumbers() throws Exception {
    Pair p = Pair.of(EncType.AES256_CTS_HMAC_SHA384_192);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> toks = new ArrayList<>();
      for (int n = 0; n < 400; n++) {
        int k = n;
        toks.add(pool.submit(() -> wrap(p.initiator(), k % 2 == 0, new byte[k % 50])));
      }
      java.util.Set<Long> seqs = new java.util.HashSet<>();
      for (Future<byte[]> f : toks) {
        seqs.add(TokenLayout.getLong(f.get(), 8));
      }
      assertThat(seqs).hasSize(400);
      assertThat(java.util.Collections.min(seqs)).isEqualTo(1000);
      assertThat(java.util.Collections.max(seqs)).isEqualTo(1399);
      // The acceptor unwraps them concurrently out of order: no duplicates reported.
      List<Future<Integer>> st = new ArrayList<>();
      for (Future<byte[]> f : toks) {
        byte[] tok = f.get();
        st.add(pool.submit(() -> p.acceptor().unwrap(new MinorStatus(), tok, new Buffer(), null,
            null)));
      }
      for (Future<Integer> s : st) {
        assertThat(s.get() & 0xFFFF0000).isZero();
        assertThat(s.get() & GSS_S_DUPLICATE_TOKEN).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
