package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import org.junit.jupiter.api.Test;

/** Cross-realm paths: {@code [capaths]} first, else the hierarchical path (RFC 4120 §3.3.1). */
class RealmPathsTest {

  @Test
  void hierarchicalPaths() throws Exception {
    Krb5Config c = Krb5Config.parse("", "empty");
    assertThat(RealmPaths.path(c, "A.EXAMPLE.COM", "B.EXAMPLE.COM"))
        .containsExactly("EXAMPLE.COM", "B.EXAMPLE.COM");
    assertThat(RealmPaths.path(c, "EXAMPLE.COM", "B.EXAMPLE.COM")).containsExactly("B.EXAMPLE.COM");
    assertThat(RealmPaths.path(c, "B.EXAMPLE.COM", "EXAMPLE.COM")).containsExactly("EXAMPLE.COM");
    assertThat(RealmPaths.path(c, "X.A.EXAMPLE.COM", "Y.B.EXAMPLE.COM")).containsExactly(
        "A.EXAMPLE.COM", "EXAMPLE.COM", "B.EXAMPLE.COM", "Y.B.EXAMPLE.COM");
    assertThat(RealmPaths.path(c, "ONE.TEST", "TWO.ORG")).containsExactly("TWO.ORG");
  }

  @Test
  void capathsWinAndDotMeansDirect() throws Exception {
    Krb5Config c = Krb5Config.parse("""
        [capaths]
         A.TEST = {
          C.TEST = B.TEST
          D.TEST = .
         }
        """, "capaths");
    assertThat(RealmPaths.path(c, "A.TEST", "C.TEST")).containsExactly("B.TEST", "C.TEST");
    assertThat(RealmPaths.path(c, "A.TEST", "D.TEST")).containsExactly("D.TEST");
  }
}
