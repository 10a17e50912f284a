package io.gsskit.raw.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.spi.Interposer;
import io.gsskit.raw.spi.Mechanism;
import io.gsskit.raw.spi.MechanismProvider;
import io.gsskit.raw.spi.PskBetaProvider;
import io.gsskit.raw.spi.PskGammaProvider;
import io.gsskit.raw.spi.TestOids;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry building: ordering, default mechanism, duplicates, interposer rules, config files. */
class MechRegistryTest {

  private static MechanismProvider provider(String name, int priority, Oid... oids) {
    return new MechanismProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Oid> oids() {
        return List.of(oids);
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public Mechanism create(String options) {
        return new Mechanism() {};
      }
    };
  }

  private static Interposer interposer(String name, Oid own, Oid... targets) {
    return new Interposer() {
      @Override
      public OidSet interposedMechs(Oid interposerOid) {
        return OidSet.of(targets);
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Oid> oids() {
        return List.of(own);
      }

      @Override
      public Mechanism create(String options) {
        return new Mechanism() {};
      }
    };
  }

  private static Oid oid(int n) {
    return Oid.of(TestOids.ARC + ".100." + n);
  }

  @Test
  void ordersByPriorityThenRegistrationAndPrefersKrb5AsDefault() {
    MechRegistry r = MechRegistry.of(List.of(provider("low", -1, oid(1)),
        provider("high", 5, oid(2), oid(3)), provider("mid", 0, oid(4))));
    assertThat(r.mechOids().asList()).containsExactly(oid(2), oid(3), oid(4), oid(1));
    assertThat(r.defaultMech().publicOid()).isEqualTo(oid(2));
    assertThat(r.lookup(oid(3)).mech()).isSameAs(r.lookup(oid(2)).mech());

    MechRegistry withKrb5 = MechRegistry.of(List.of(provider("high", 5, oid(2)),
        provider("krb5", -10, Gss.GSS_MECH_KRB5)));
    assertThat(withKrb5.defaultMech().publicOid()).isEqualTo(Gss.GSS_MECH_KRB5);
    assertThat(MechRegistry.of(List.of()).defaultMech()).isNull();
  }

  @Test
  void firstRegistrationOfAnOidWinsAndBadProvidersAreSkipped() {
    MechanismProvider throwsOnCreate = new MechanismProvider() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public List<Oid> oids() {
        return List.of(oid(9));
      }

      @Override
      public Mechanism create(String options) {
        throw new IllegalStateException("no");
      }
    };
    MechanismProvider throwsOnName = provider("x", 0, oid(8));
    MechanismProvider nameless = new MechanismProvider() {
      @Override
      public String name() {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<Oid> oids() {
        return List.of(oid(8));
      }

      @Override
      public Mechanism create(String options) {
        return new Mechanism() {};
      }
    };
    MechRegistry r = MechRegistry.of(List.of(provider("first", 0, oid(1)),
        provider("second", 0, oid(1)), throwsOnCreate, nameless, throwsOnName));
    assertThat(r.mechs()).extracting(Dispatch::name).containsExactly("first", "x");
    assertThat(r.problems()).anyMatch(p -> p.contains("already registered by first"))
        .anyMatch(p -> p.contains("broken failed to initialise: java.lang.IllegalStateException"))
        .anyMatch(p -> p.contains("UnsupportedOperationException"));
  }

  @Test
  void interposersRouteThePublicOidAndExposeTheConcatenatedOid() {
    Oid i = oid(50);
    MechRegistry r = MechRegistry.of(List.of(provider("krb", 0, oid(1)), provider("other", 0,
        oid(2)), interposer("proxy", i, oid(1))));
    Dispatch pub = r.lookup(oid(1));
    Dispatch orig = r.lookup(i.concat(oid(1)));
    assertThat(pub.name()).isEqualTo("proxy>krb");
    assertThat(orig.name()).isEqualTo("krb");
    assertThat(pub.mech()).isNotSameAs(orig.mech());
    assertThat(orig.publicOid()).isEqualTo(oid(1));
    assertThat(orig.handleOid()).isEqualTo(i.concat(oid(1)));
    assertThat(r.original(oid(1))).isEqualTo(orig);
    assertThat(r.lookup(i)).isNull(); // interposers are not mechanisms
    assertThat(r.mechOids().asList()).containsExactly(oid(1), oid(2));
    assertThat(r.lookup(oid(2)).name()).isEqualTo("other");
  }

  @Test
  void interposerCannotTargetItselfAnotherInterposerAnUnknownMechOrAClaimedMech() {
    Oid a = oid(60);
    Oid b = oid(61);
    MechRegistry r = MechRegistry.of(List.of(provider("krb", 0, oid(1)),
        interposer("a", a, oid(1), a, b, oid(99)),
        interposer("b", b, oid(1))));
    assertThat(r.lookup(oid(1)).name()).isEqualTo("a>krb");
    assertThat(r.problems())
        .anyMatch(p -> p.contains("cannot interpose interposer " + a))
        .anyMatch(p -> p.contains("cannot interpose interposer " + b))
        .anyMatch(p -> p.contains(oid(99) + " is not registered"))
        .anyMatch(p -> p.contains("already interposed by a"));
  }

  @Test
  void configFileAddsMechanismsWithOptionsAndReportsBadLines(@TempDir Path dir)
      throws Exception {
    Path conf = dir.resolve("mech");
    Oid delta = oid(70);
    Files.writeString(conf, String.join("\n",
        "# test config",
        "delta " + delta + " io.gsskit.raw.spi.PskConfigProvider [label=delta]",
        "dup " + delta + " io.gsskit.raw.spi.PskConfigProvider",
        "missing " + oid(71) + " com.example.DoesNotExist",
        "notprovider " + oid(72) + " java.lang.String",
        "fakeinterposer " + oid(73) + " io.gsskit.raw.spi.PskConfigProvider <interposer>",
        "garbage line"));
    Files.createDirectory(dir.resolve("mech.d"));
    Files.writeString(dir.resolve("mech.d/epsilon.conf"),
        "epsilon " + oid(74) + " io.gsskit.raw.spi.PskConfigProvider [label=epsilon]\n");
    MechRegistry r = MechRegistry.load(getClass().getClassLoader(), conf);
    assertThat(r.lookup(delta)).isNotNull();
    assertThat(r.lookup(delta).name()).isEqualTo("delta");
    assertThat(r.lookup(oid(74))).isNotNull();
    assertThat(r.lookup(oid(71))).isNull();
    assertThat(r.problems())
        .anyMatch(p -> p.contains("already registered by delta"))
        .anyMatch(p -> p.contains("com.example.DoesNotExist not found"))
        .anyMatch(p -> p.contains("java.lang.String is not a MechanismProvider"))
        .anyMatch(p -> p.contains("does not implement Interposer"))
        .anyMatch(p -> p.contains("malformed line"));

    // The config-loaded mechanism works end to end, and its options reached create().
    Glue glue = new Glue(r);
    MinorStatus minor = new MinorStatus();
    CredHandle.Ref cred = new CredHandle.Ref();
    assertThat(glue.creds.acquireCred(minor, null, 0, OidSet.of(delta), Gss.GSS_C_INITIATE,
        cred, null, null)).isEqualTo(GssStatus.GSS_S_NO_CRED);
    assertThat(glue.status.describe(GssStatus.GSS_S_NO_CRED, minor))
        .contains("delta: no shared secret");
    assertThat(glue.creds.acquireCredFrom(minor, null, 0, OidSet.of(delta), Gss.GSS_C_INITIATE,
        Map.of("psk", io.gsskit.raw.spi.Exchange.PSK), cred, null, null))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    NameHandle.Ref target = new NameHandle.Ref();
    glue.names.importName(minor, "svc@host".getBytes(), Gss.GSS_C_NT_HOSTBASED_SERVICE, target);
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    Buffer out = new Buffer();
    assertThat(glue.contexts.initSecContext(minor, cred.orElseThrow(), ctx,
        target.orElseThrow(), delta, 0, 0, null, null, null, out, null, null))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    assertThat(out.value()[0]).isEqualTo((byte) 0x60);
    OidSetHolder mechs = new OidSetHolder();
    glue.info.indicateMechs(minor, mechs);
    assertThat(mechs.get().asList()).contains(delta, oid(74));
  }

  @Test
  void configuredPathPrefersTheSystemProperty() {
    String old = System.getProperty(MechRegistry.CONFIG_PROPERTY);
    try {
      System.setProperty(MechRegistry.CONFIG_PROPERTY, "/nonexistent/gss/mech");
      assertThat(MechRegistry.configuredPath()).isEqualTo(Path.of("/nonexistent/gss/mech"));
      MechRegistry r = MechRegistry.load(getClass().getClassLoader(),
          MechRegistry.configuredPath());
      assertThat(r.problems()).anyMatch(p -> p.contains("not found"));
      // ServiceLoader providers are still there.
      assertThat(r.lookup(TestOids.BETA)).isNotNull();
    } finally {
      if (old == null) {
        System.clearProperty(MechRegistry.CONFIG_PROPERTY);
      } else {
        System.setProperty(MechRegistry.CONFIG_PROPERTY, old);
      }
    }
  }

  @Test
  void serviceLoaderFindsTheTestProviders() {
    MechRegistry r = MechRegistry.load(getClass().getClassLoader(), null);
    assertThat(r.mechOids().asList()).contains(TestOids.ALPHA, TestOids.BETA, TestOids.GAMMA,
        TestOids.MINIMAL, TestOids.BARE);
    assertThat(r.lookup(TestOids.ALPHA).name()).isEqualTo("psk-interposer>alpha");
    assertThat(r.lookup(TestOids.INTERPOSER.concat(TestOids.ALPHA)).name()).isEqualTo("alpha");
    assertThat(new PskBetaProvider().priority()).isEqualTo(new PskGammaProvider().priority());
  }
}
