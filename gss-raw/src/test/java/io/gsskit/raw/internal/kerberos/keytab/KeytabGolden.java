package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test helpers: golden keytabs and principals. */
final class KeytabGolden {

  static final List<String> FILES = List.of("mit-ktadd.keytab", "mit-ktutil.keytab",
      "mit-hole.keytab", "mit-hole-reused.keytab");

  private KeytabGolden() {}

  static byte[] bytes(String name) {
    try (InputStream in = KeytabGolden.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static KerberosPrincipal principal(String text) {
    return KerberosPrincipal.parse(text, "", PrincipalName.NT_PRINCIPAL).orElseThrow();
  }
}
