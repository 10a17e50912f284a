package io.gsskit.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.GssStatus.CallingError;
import io.gsskit.raw.GssStatus.RoutineError;
import io.gsskit.raw.GssStatus.SupplementaryInfo;
import io.gsskit.raw.Oid;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusDetailsTest {

  @Test
  void derivedFieldsSplitTheMajorStatus() {
    StatusDetails s = StatusDetails.builder()
        .major(GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE | GssStatus.GSS_S_BAD_QOP
            | GssStatus.GSS_S_GAP_TOKEN | (1 << 9))
        .minor(3)
        .minorText("t")
        .build();
    assertThat(s.callingError()).contains(CallingError.CALL_INACCESSIBLE_WRITE);
    assertThat(s.routineError()).contains(RoutineError.BAD_QOP);
    assertThat(s.supplementaryInfo()).containsExactly(SupplementaryInfo.GAP_TOKEN);
    assertThat(s.mechanism()).isEmpty();
    assertThat(s.majorText()).isEqualTo("A required output parameter could not be written -- "
        + "The quality-of-protection requested could not be provided -- "
        + "An expected per-message token was not received -- Unknown supplementary status bit 9");
  }

  @Test
  void isAValueWithCopyMethods() {
    Oid spnego = Oid.of("1.3.6.1.5.5.2");
    StatusDetails a = StatusDetails.builder().major(1).minor(2).minorText("x").mechanism(spnego)
        .build();
    StatusDetails b = StatusDetails.builder().major(1).minor(2).minorText("x")
        .mechanism(Optional.of(spnego)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.withMinor(5)).isNotEqualTo(a).extracting(StatusDetails::minor).isEqualTo(5);
    assertThat(a.toString()).contains("minorText=x").contains("1.3.6.1.5.5.2");
    assertThatThrownBy(() -> StatusDetails.builder().major(1).minor(2).minorText(null))
        .isInstanceOf(NullPointerException.class);
  }

  /**
   * The Immutables and JSpecify annotations are compile-time only: load the module's classes and
   * gss-raw's in a class loader that sees neither jar, and use them.
   */
  @Test
  void runsWithoutImmutablesOrJspecifyOnTheClassPath() throws Exception {
    URL highlevel = GssException.class.getProtectionDomain().getCodeSource().getLocation();
    URL raw = Oid.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader isolated = new URLClassLoader(new URL[] {highlevel, raw},
        ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> isolated.loadClass("org.immutables.value.Value"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> isolated.loadClass("org.jspecify.annotations.Nullable"))
          .isInstanceOf(ClassNotFoundException.class);

      Class<?> oidClass = isolated.loadClass("io.gsskit.raw.Oid");
      Object krb5 = oidClass.getMethod("of", String.class).invoke(null, "1.2.840.113554.1.2.2");
      Class<?> gssException = isolated.loadClass("io.gsskit.exceptions.GssException");
      assertThat(gssException).isNotSameAs(GssException.class);
      Method of = gssException.getMethod("of", int.class, int.class, oidClass, String.class,
          byte[].class);
      Object e = of.invoke(null, GssStatus.GSS_S_FAILURE, -1765328347, krb5,
          "Clock skew too great", new byte[] {1});
      assertThat(e.getClass().getName()).isEqualTo("io.gsskit.exceptions.ClockSkewException");
      assertThat(((Throwable) e).getMessage()).endsWith("Minor (2529638949): Clock skew too great");
      Object status = gssException.getMethod("status").invoke(e);
      assertThat(status.getClass().getName()).isEqualTo("io.gsskit.exceptions.StatusDetails");
      assertThat(status.toString()).contains("Clock skew too great");
      for (Class<?> c : ExceptionPackageTest.packageClasses()) {
        Class.forName(c.getName(), true, isolated);
      }
    }
  }
}
