package io.gsskit.raw;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exported packages ({@code io.gsskit.raw}, {@code .ext}, {@code .spi}) never mention an
 * {@code internal} type in a public or protected signature, and the mechglue never names a
 * mechanism class.
 */
class PublicApiTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.gsskit.raw");

  private static boolean exported(JavaClass c) {
    return Set.of("io.gsskit.raw", "io.gsskit.raw.ext", "io.gsskit.raw.spi")
        .contains(c.getPackageName());
  }

  private static boolean visible(Set<JavaModifier> m) {
    return m.contains(JavaModifier.PUBLIC) || m.contains(JavaModifier.PROTECTED);
  }

  @Test
  void noInternalTypeInAPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      if (!exported(c) || !visible(c.getModifiers())) {
        continue;
      }
      for (JavaCodeUnit u : c.getCodeUnits()) {
        if (!visible(u.getModifiers())) {
          continue;
        }
        List<JavaType> types = new ArrayList<>(u.getParameterTypes());
        types.add(u.getReturnType());
        u.getThrowsClause().forEach(t -> types.add(t.getRawType()));
        check(u.getFullName(), types, leaks);
      }
      for (JavaField f : c.getFields()) {
        if (visible(f.getModifiers())) {
          check(f.getFullName(), List.of(f.getType()), leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void check(String where, List<JavaType> types, List<String> leaks) {
    for (JavaType t : types) {
      for (JavaClass raw : t.getAllInvolvedRawTypes()) {
        if (raw.getPackageName().startsWith("io.gsskit.raw.internal")) {
          leaks.add(where + " mentions " + raw.getName());
        }
      }
    }
  }

  @Test
  void theGlueNeverNamesAMechanismImplementation() {
    for (JavaClass c : CLASSES) {
      if (!c.getPackageName().equals("io.gsskit.raw.internal.glue")) {
        continue;
      }
      c.getDirectDependenciesFromSelf().forEach(d -> assertThat(d.getTargetClass()
          .getPackageName()).as(d.getDescription())
          .doesNotStartWith("io.gsskit.raw.internal.mech")
          .doesNotStartWith("io.gsskit.raw.internal.kerberos"));
    }
  }
}
