package io.gsskit.raw.internal.kerberos.kdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 4120 §7.2.2 framing: round trips, every truncation, random bytes, bad lengths. */
class TcpFrameReaderProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x7CF2L);

  private static byte[] frame(byte[] msg) {
    return ByteBuffer.allocate(4 + msg.length).putInt(msg.length).put(msg).array();
  }

  /** Drives the reader until it returns a message or throws; bounded by the input size. */
  private static byte[] readAll(TcpFrameReader r, ChunkedChannel ch) throws IOException {
    for (int i = 0; i < 1_000_000; i++) {
      byte[] m = r.readFrom(ch);
      if (m != null) {
        return m;
      }
    }
    throw new AssertionError("reader did not finish");
  }

  @Test
  void messagesSurviveAnyChunking() throws IOException {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 500; i++) {
      byte[] msg = new byte[1 + rnd.nextInt(5000)];
      rnd.nextBytes(msg);
      byte[] got = readAll(new TcpFrameReader(1 << 20), new ChunkedChannel(frame(msg), rnd));
      assertThat(got).as("seed %d case %d", SEED, i).isEqualTo(msg);
    }
  }

  @Test
  void everyTruncationIsAFramingError() {
    Random rnd = new Random(SEED);
    byte[] msg = new byte[37];
    rnd.nextBytes(msg);
    byte[] f = frame(msg);
    for (int cut = 0; cut < f.length; cut++) {
      byte[] part = java.util.Arrays.copyOf(f, cut);
      int c = cut;
      assertThatThrownBy(() -> readAll(new TcpFrameReader(1000), new ChunkedChannel(part, rnd)))
          .as("cut at %d", cut)
          .isInstanceOf(TcpFramingException.class)
          .hasMessage(
              c < 4
                  ? "connection closed after " + c + " of 4 length-prefix bytes"
                  : "connection closed after " + (c - 4) + " of 37 reply bytes");
    }
  }

  @Test
  void randomBytesGiveAMessageOrAFramingErrorOnly() {
    Random rnd = new Random(SEED + 1);
    int messages = 0;
    for (int i = 0; i < 5000; i++) {
      byte[] junk = new byte[rnd.nextInt(300)];
      rnd.nextBytes(junk);
      if (rnd.nextBoolean() && junk.length >= 4) {
        junk[0] = 0; // plausible lengths too
        junk[1] = 0;
        junk[2] = (byte) rnd.nextInt(2);
      }
      try {
        byte[] m = readAll(new TcpFrameReader(1000), new ChunkedChannel(junk, rnd));
        int len = ByteBuffer.wrap(junk).getInt();
        assertThat(m.length).as("seed %d case %d", SEED + 1, i).isEqualTo(len).isLessThanOrEqualTo(1000);
        messages++;
      } catch (TcpFramingException expected) {
        assertThat(expected.getMessage()).isNotEmpty();
      } catch (IOException | RuntimeException e) {
        throw new AssertionError("seed " + (SEED + 1) + " case " + i + ": " + e, e);
      }
    }
    assertThat(messages).isPositive();
  }

  @Test
  void reservedBitZeroAndOversizedLengthsAreRejectedBeforeAllocation() {
    Random rnd = new Random(SEED);
    int[] bad = {0x80000000, 0xffffffff, 0x80000001, 0};
    for (int raw : bad) {
      byte[] f = ByteBuffer.allocate(4).putInt(raw).array();
      assertThatThrownBy(() -> readAll(new TcpFrameReader(1 << 20), new ChunkedChannel(f, rnd)))
          .isInstanceOf(TcpFramingException.class)
          .hasMessageContaining(raw == 0 ? "empty reply" : "reserved high bit");
    }
    byte[] big = ByteBuffer.allocate(4).putInt(0x7fffffff).array();
    assertThatThrownBy(() -> readAll(new TcpFrameReader(1 << 20), new ChunkedChannel(big, rnd)))
        .isInstanceOf(TcpFramingException.class)
        .hasMessage("reply length 2147483647 exceeds the limit of 1048576 bytes");
    byte[] justOver = ByteBuffer.allocate(4).putInt(1001).array();
    assertThatThrownBy(() -> readAll(new TcpFrameReader(1000), new ChunkedChannel(justOver, rnd)))
        .hasMessage("reply length 1001 exceeds the limit of 1000 bytes");
  }

  @Test
  void trailingBytesAfterTheMessageAreNotConsumed() throws IOException {
    byte[] f = frame(new byte[] {1, 2, 3});
    byte[] withTail = java.util.Arrays.copyOf(f, f.length + 5);
    assertThat(readAll(new TcpFrameReader(10), new ChunkedChannel(withTail, new Random(SEED))))
        .containsExactly(1, 2, 3);
  }
}
