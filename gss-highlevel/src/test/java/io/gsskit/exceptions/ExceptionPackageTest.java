package io.gsskit.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.GssStatus;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every exception class of the package is reachable from {@link GssException#of} or is one of the
 * high-level-only {@link GeneralException} classes; abstract ones are reachable through a subclass.
 */
class ExceptionPackageTest {

  /** The classes of {@code io.gsskit.exceptions}, read from the compiled output directory. */
  static List<Class<?>> packageClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path root = Path.of(GssException.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path dir = root.resolve("io/gsskit/exceptions");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String file = f.getFileName().toString();
        if (file.endsWith(".class") && !file.contains("$") && !file.startsWith("package-info")) {
          out.add(Class.forName("io.gsskit.exceptions." + file.replace(".class", "")));
        }
      }
    }
    return out;
  }

  /** Every class the mapping produces, over every field value and every typed Kerberos code. */
  static Set<Class<?>> produced() {
    Set<Class<?>> out = new HashSet<>();
    for (int calling = 0; calling < 256; calling++) {
      for (int routine = 0; routine < 256; routine++) {
        out.add(GssException.of((calling << 24) | (routine << 16), 0, null, "", null).getClass());
      }
    }
    for (int supplementary = 0; supplementary <= 0xffff; supplementary++) {
      out.add(GssException.of(supplementary, 0, null, "", null).getClass());
    }
    for (int position = 0; position < 256; position++) {
      int minor = KerberosMinorCodes.ERROR_TABLE_BASE_KRB5 + position;
      out.add(GssException.of(GssStatus.GSS_S_FAILURE, minor, null, "", null).getClass());
      out.add(GssException.of(GssStatus.GSS_S_DUPLICATE_TOKEN, minor, null, "", null).getClass());
    }
    return out;
  }

  @Test
  void everyExceptionClassIsReachableOrHighLevelOnly() throws Exception {
    Set<Class<?>> produced = produced();
    List<Class<?>> throwables = new ArrayList<>();
    for (Class<?> c : packageClasses()) {
      if (!Throwable.class.isAssignableFrom(c)) {
        continue;
      }
      throwables.add(c);
      if (GeneralException.class.isAssignableFrom(c)) {
        assertThat(produced).as("%s is high-level only", c.getSimpleName()).doesNotContain(c);
      } else if (Modifier.isAbstract(c.getModifiers())) {
        assertThat(produced).as("%s reachable through a subclass", c.getSimpleName())
            .anyMatch(c::isAssignableFrom);
      } else {
        assertThat(produced).as("%s reachable from GssException.of", c.getSimpleName())
            .contains(c);
      }
    }
    // 1 root, 3 family bases, 1 abstract, 19 routine, 3 calling, 4 supplementary,
    // 7 python combinations, 7 Kerberos, 3 high-level only.
    assertThat(throwables).hasSize(48);
  }

  @Test
  void statusExceptionsCannotBeBuiltOutsideTheMapping() throws Exception {
    for (Class<?> c : packageClasses()) {
      if (GssException.class.isAssignableFrom(c)) {
        assertThat(c.getConstructors()).as(c.getSimpleName()).isEmpty();
        assertThat(Modifier.isPublic(c.getModifiers())).as(c.getSimpleName()).isTrue();
      }
    }
  }

  @Test
  void markerInterfacesCoverExactlyPythonsParameterErrors() throws Exception {
    Set<String> reads = new HashSet<>();
    Set<String> writes = new HashSet<>();
    for (Class<?> c : packageClasses()) {
      if (ParameterReadFailure.class.isAssignableFrom(c) && !c.isInterface()) {
        reads.add(c.getSimpleName());
      }
      if (ParameterWriteFailure.class.isAssignableFrom(c) && !c.isInterface()) {
        writes.add(c.getSimpleName());
      }
    }
    // python: ParameterReadError and its subclasses ContextReadError, CredentialsReadError,
    // NameReadError, NameTypeReadError, TokenReadError; ParameterWriteError with
    // ContextWriteError and CredentialsWriteError.
    assertThat(reads).containsExactlyInAnyOrder("ParameterReadException", "ContextReadException",
        "CredentialsReadException", "NameReadException", "NameTypeReadException",
        "TokenReadException");
    assertThat(writes).containsExactlyInAnyOrder("ParameterWriteException",
        "ContextWriteException", "CredentialsWriteException");
  }
}
