package io.gsskit.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Gss#displayStatus} walking the message context, as gss_display_status does. */
class StatusDisplayTest {

  private static List<String> walk(int value, int type) {
    List<String> out = new ArrayList<>();
    IntHolder ctx = new IntHolder();
    StringHolder s = new StringHolder();
    do {
      assertThat(Gss.displayStatus(new MinorStatus(), value, type, null, ctx, s))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      out.add(s.get());
    } while (ctx.get() != 0 && out.size() < 10);
    return out;
  }

  @Test
  void multiFieldMajorGivesOneMessagePerCallThenContextZero() {
    int major = GssStatus.GSS_S_CALL_INACCESSIBLE_READ | GssStatus.GSS_S_NO_CONTEXT
        | GssStatus.GSS_S_DUPLICATE_TOKEN | GssStatus.GSS_S_GAP_TOKEN;
    assertThat(walk(major, Gss.GSS_C_GSS_CODE)).containsExactly(
        "A required input parameter could not be read",
        "No context has been established",
        "The token was a duplicate of an earlier token",
        "An expected per-message token was not received");
    assertThat(walk(GssStatus.GSS_S_COMPLETE, Gss.GSS_C_GSS_CODE))
        .containsExactly("The routine completed successfully");
  }

  @Test
  void badTypeOrContextIsBadStatus() {
    StringHolder s = new StringHolder();
    assertThat(Gss.displayStatus(new MinorStatus(), 0, 3, null, new IntHolder(), s))
        .isEqualTo(GssStatus.GSS_S_BAD_STATUS);
    assertThat(Gss.displayStatus(new MinorStatus(), GssStatus.GSS_S_FAILURE, Gss.GSS_C_GSS_CODE,
        null, new IntHolder(5), s)).isEqualTo(GssStatus.GSS_S_BAD_STATUS);
    assertThat(Gss.displayStatus(null, 0, 1, null, new IntHolder(), s))
        .isEqualTo(GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE);
  }

  @Test
  void unknownMinorCodesAreDescribedNotDropped() {
    List<String> m = walk(0x7eadbeef, Gss.GSS_C_MECH_CODE);
    assertThat(m).hasSize(1);
    assertThat(m.get(0)).contains("2125315823");
    assertThat(Gss.displayStatus(GssStatus.GSS_S_FAILURE, null))
        .isEqualTo("Miscellaneous failure (see text)");
  }
}
