package io.gsskit.samples.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import org.junit.jupiter.api.Test;

class FrameIoTest {

  private static FrameIo reading(byte[] bytes) {
    return new FrameIo(new ByteArrayInputStream(bytes), new ByteArrayOutputStream());
  }

  @Test
  void writesMitFramingAndReadsItBack() throws Exception {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    FrameIo out = new FrameIo(new ByteArrayInputStream(new byte[0]), wire);
    out.write(Frame.TOKEN_NOOP | Frame.TOKEN_CONTEXT_NEXT, new byte[0]);
    out.write(0xe4, new byte[] {1, 2, 3});
    assertThat(wire.toByteArray())
        .containsExactly(0x11, 0, 0, 0, 0, 0xe4 - 256, 0, 0, 0, 3, 1, 2, 3);
    FrameIo in = reading(wire.toByteArray());
    assertThat(in.read().flags()).isEqualTo(0x11);
    Frame data = in.read();
    assertThat(data.flags()).isEqualTo(0xe4);
    assertThat(data.payload()).containsExactly(1, 2, 3);
  }

  @Test
  void rejectsLengthsOverOneMebibyteBeforeAllocating() {
    byte[] huge = {0x04, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    assertThatThrownBy(() -> reading(huge).read())
        .isInstanceOf(FrameException.class).hasMessageContaining("over the 1 MiB limit");
    byte[] negative = {0x04, (byte) 0x80, 0, 0, 0};
    assertThatThrownBy(() -> reading(negative).read())
        .isInstanceOf(FrameException.class).hasMessageContaining("2147483648");
    byte[] justOver = {0x04, 0x00, 0x10, 0x00, 0x01};
    assertThatThrownBy(() -> reading(justOver).read()).isInstanceOf(FrameException.class);
  }

  @Test
  void shortReadsAreEndOfFileAtEveryCut() {
    byte[] frame = {0x02, 0, 0, 0, 4, 9, 9, 9, 9};
    for (int cut = 0; cut < frame.length; cut++) {
      byte[] part = java.util.Arrays.copyOf(frame, cut);
      assertThatThrownBy(() -> reading(part).read()).as("cut at %d", cut)
          .isInstanceOf(EOFException.class);
    }
  }

  @Test
  void refusesToSendAnOversizedPayload() {
    FrameIo out = new FrameIo(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
    assertThatThrownBy(() -> out.write(Frame.TOKEN_DATA, new byte[Frame.MAX_PAYLOAD + 1]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
