package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_GAP_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_OLD_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_UNSEQ_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Model-based property test of the window against a set-based reference (RFC 2743 §1.2.3). */
class SequenceWindowProperties {

  /** The reference: the set of all accepted numbers and the highest one. */
  static final class Model {
    final boolean replay;
    final boolean sequence;
    long next;
    final Set<Long> seen = new HashSet<>();

    Model(boolean replay, boolean sequence, long next) {
      this.replay = replay;
      this.sequence = sequence;
      this.next = next;
    }

    int check(long s) {
      if (!replay && !sequence) {
        return GSS_S_COMPLETE;
      }
      if (s - next >= 0) {
        boolean gap = s != next;
        seen.add(s);
        next = s + 1;
        return gap && sequence ? GSS_S_GAP_TOKEN : GSS_S_COMPLETE;
      }
      if (next - s > SequenceWindow.SIZE) {
        return GSS_S_OLD_TOKEN;
      }
      if (!seen.add(s)) {
        return GSS_S_DUPLICATE_TOKEN;
      }
      return sequence ? GSS_S_UNSEQ_TOKEN : GSS_S_COMPLETE;
    }
  }

  @Test
  void windowMatchesModel() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int run = 0; run < 300; run++) {
      boolean replay = r.nextBoolean();
      boolean sequence = r.nextBoolean();
      long start = switch (r.nextInt(3)) {
        case 0 -> 0;
        case 1 -> -1L - r.nextInt(100); // wraps through 2^64
        default -> r.nextLong();
      };
      SequenceWindow w = new SequenceWindow(replay, sequence, start, false);
      Model m = new Model(replay, sequence, start);
      long cursor = start;
      for (int step = 0; step < 400; step++) {
        long s;
        int kind = r.nextInt(10);
        if (kind < 4) {
          s = cursor++;
        } else if (kind < 6) {
          s = cursor - 1 - r.nextInt(80); // replays and late tokens, some beyond the window
        } else if (kind < 8) {
          cursor += 1 + r.nextInt(70);
          s = cursor++;
        } else {
          s = m.next - 1 - r.nextInt(70);
        }
        assertThat(w.check(s)).as("seed " + seed + " run " + run + " step " + step + " seq " + s)
            .isEqualTo(m.check(s));
      }
    }
  }

  @Test
  void learnModeTakesTheFirstNumber() {
    SequenceWindow w = new SequenceWindow(true, true, 0, true);
    assertThat(w.check(123456789L)).isEqualTo(GSS_S_COMPLETE);
    assertThat(w.check(123456790L)).isEqualTo(GSS_S_COMPLETE);
    assertThat(w.check(123456789L)).isEqualTo(GSS_S_DUPLICATE_TOKEN);
    assertThat(w.check(123456800L)).isEqualTo(GSS_S_GAP_TOKEN);
    assertThat(w.check(123456795L)).isEqualTo(GSS_S_UNSEQ_TOKEN);
    assertThat(w.check(1L)).isEqualTo(GSS_S_OLD_TOKEN);
  }
}
