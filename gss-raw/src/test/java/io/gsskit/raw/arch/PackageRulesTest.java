package io.gsskit.raw.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md §2, checked on the compiled production classes. */
class PackageRulesTest {

  private static JavaClasses imported;

  @BeforeAll
  static void importClasses() {
    imported = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.gsskit.raw");
  }

  @Test
  void derCodecDependsOnNothingElseInTheProject() {
    noClasses().that().resideInAPackage("io.gsskit.raw.internal.asn1..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.gsskit.raw", "io.gsskit.raw.ext..", "io.gsskit.raw.spi..",
            "io.gsskit.raw.internal.glue..", "io.gsskit.raw.internal.token..",
            "io.gsskit.raw.internal.kerberos..", "io.gsskit.raw.internal.mech..")
        .allowEmptyShould(true)
        .check(imported);
  }

  @Test
  void kerberosProtocolNeverReachesUpIntoGssLayers() {
    noClasses().that().resideInAPackage("io.gsskit.raw.internal.kerberos..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.gsskit.raw.internal.glue..", "io.gsskit.raw.internal.mech..",
            "io.gsskit.raw.spi..")
        .allowEmptyShould(true)
        .check(imported);
  }

  @Test
  void spnegoReachesInnerMechanismsOnlyThroughTheGlue() {
    noClasses().that().resideInAPackage("io.gsskit.raw.internal.mech.spnego..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.gsskit.raw.internal.mech.krb5..", "io.gsskit.raw.internal.kerberos..")
        .allowEmptyShould(true)
        .check(imported);
  }

  @Test
  void theGlueNeverNamesAMechanismImplementation() {
    noClasses().that().resideInAPackage("io.gsskit.raw.internal.glue..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.gsskit.raw.internal.mech..", "io.gsskit.raw.internal.kerberos..")
        .allowEmptyShould(true)
        .check(imported);
  }

  @Test
  void publicSignaturesExposeNoInternalTypes() {
    classes().that().resideInAnyPackage("io.gsskit.raw", "io.gsskit.raw.ext..",
            "io.gsskit.raw.spi..")
        .and().arePublic()
        .should(new ArchCondition<JavaClass>("expose no io.gsskit.raw.internal type in a public "
            + "or protected signature") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            List<JavaClass> exposed = new ArrayList<>();
            type.getRawSuperclass().ifPresent(exposed::add);
            exposed.addAll(type.getRawInterfaces());
            for (JavaMember m : type.getMembers()) {
              if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                  && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                continue;
              }
              if (m instanceof JavaField f) {
                exposed.add(f.getRawType());
              } else if (m instanceof JavaCodeUnit c) {
                exposed.add(c.getRawReturnType());
                exposed.addAll(c.getRawParameterTypes());
              }
            }
            for (JavaClass t : exposed) {
              if (t.getPackageName().startsWith("io.gsskit.raw.internal")) {
                events.add(SimpleConditionEvent.violated(type,
                    type.getName() + " exposes internal type " + t.getName()));
              }
            }
          }
        })
        .allowEmptyShould(true)
        .check(imported);
  }
}
