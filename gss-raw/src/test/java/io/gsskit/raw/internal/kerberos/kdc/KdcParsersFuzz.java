package io.gsskit.raw.internal.kerberos.kdc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Random;

/**
 * Coverage-guided fuzz targets for the transport's parsers. In a normal build they replay the
 * committed inputs under {@code KdcParsersFuzzInputs/<method>/}; with {@code JAZZER_FUZZ=1} they
 * fuzz. Each target fails on any exception other than the parser's defined one.
 */
class KdcParsersFuzz {

  @FuzzTest
  void tcpFrame(byte[] data) throws IOException {
    TcpFrameReader reader = new TcpFrameReader(4096);
    ChunkedChannel ch = new ChunkedChannel(data, new Random(data.length));
    try {
      for (int i = 0; i < 4 * data.length + 16; i++) {
        byte[] m = reader.readFrom(ch);
        if (m != null) {
          if (m.length > 4096 || m.length > data.length - 4) {
            throw new AssertionError("message of " + m.length + " bytes from " + data.length);
          }
          return;
        }
      }
      throw new AssertionError("reader neither finished nor failed");
    } catch (TcpFramingException expected) {
      // defined outcome
    }
  }

  @FuzzTest
  void krbErrorCode(byte[] data) {
    ReplyClassifier.kerberos().classify(data, KdcProtocol.UDP);
    ReplyClassifier.kerberos().classify(data, KdcProtocol.TCP);
  }
}
