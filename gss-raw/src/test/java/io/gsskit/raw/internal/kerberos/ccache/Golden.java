package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test helpers: golden files and principals. */
final class Golden {

  static final List<String> CCACHES = List.of("mit-kinit-kvno-v1.ccache",
      "mit-kinit-kvno-v2.ccache", "mit-kinit-kvno-v3.ccache", "mit-kinit-kvno-v4.ccache");

  private Golden() {}

  static byte[] bytes(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("golden/" + name)) {
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
