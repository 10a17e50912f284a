package io.gsskit.raw.internal.kerberos.rcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCacheResolverTest {

  @TempDir Path tmp;

  private static ReplayCacheResolver resolver(Map<String, String> env) {
    return new ReplayCacheResolver(
        env, new MutableClock(1_700_000_000L), Duration.ofSeconds(300), OptionalLong.of(1234));
  }

  @Test
  void defaultIsDflUnderVarTmpNamedAfterTheEffectiveUid() throws Exception {
    ReplayCacheResolver r = resolver(Map.of());
    ReplayCache rc = r.resolveDefault(null);
    assertThat(rc).isInstanceOf(File2ReplayCache.class);
    assertThat(rc.name()).isEqualTo("dfl:");
    assertThat(((File2ReplayCache) rc).path()).isEqualTo(Path.of("/var/tmp/krb5_1234.rcache2"));
  }

  @Test
  void dflDirectoryComesFromKrb5RcacheDirThenTmpDir() throws Exception {
    assertThat(resolver(Map.of("KRB5RCACHEDIR", "/a", "TMPDIR", "/b")).defaultFile())
        .isEqualTo(Path.of("/a/krb5_1234.rcache2"));
    assertThat(resolver(Map.of("TMPDIR", "/b")).defaultFile())
        .isEqualTo(Path.of("/b/krb5_1234.rcache2"));
    ReplayCacheResolver noUid =
        new ReplayCacheResolver(
            Map.of(), new MutableClock(1), Duration.ofSeconds(300), OptionalLong.empty());
    assertThat(noUid.defaultFile()).isEqualTo(Path.of("/var/tmp/krb5.rcache2"));
  }

  @Test
  void nameVariableWinsOverTypeVariableAndConfiguration() throws Exception {
    Path file = tmp.resolve("x.rcache2");
    ReplayCacheResolver r =
        resolver(Map.of("KRB5RCACHENAME", "file2:" + file, "KRB5RCACHETYPE", "none"));
    ReplayCache rc = r.resolveDefault("memory:cfg");
    assertThat(rc.name()).isEqualTo("file2:" + file);
    assertThat(((File2ReplayCache) rc).path()).isEqualTo(file);
  }

  @Test
  void typeVariableResolvesWithAnEmptyResidual() throws Exception {
    assertThat(resolver(Map.of("KRB5RCACHETYPE", "none")).resolveDefault("memory:cfg"))
        .isSameAs(NoneReplayCache.INSTANCE);
    assertThat(resolver(Map.of("KRB5RCACHETYPE", "dfl")).resolveDefault(null).name())
        .isEqualTo("dfl:");
    assertThatThrownBy(() -> resolver(Map.of("KRB5RCACHETYPE", "file2")).resolveDefault(null))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(e -> ((ReplayCacheException) e).reason())
        .isEqualTo(ReplayCacheException.Reason.INVALID_NAME);
  }

  @Test
  void configuredNameIsUsedWhenTheEnvironmentIsSilent() throws Exception {
    assertThat(resolver(Map.of()).resolveDefault("none:")).isSameAs(NoneReplayCache.INSTANCE);
  }

  @Test
  void memoryCachesAreSharedPerNameWithinOneResolver() throws Exception {
    ReplayCacheResolver r = resolver(Map.of());
    ReplayCache a = r.resolve("memory:acceptor");
    ReplayCache b = r.resolve("memory:acceptor");
    ReplayCache c = r.resolve("memory:other");
    assertThat(a).isSameAs(b).isNotSameAs(c);
    byte[] t = new byte[12];
    t[0] = 1;
    assertThat(a.checkAndStore(ReplayTag.of(t))).isEqualTo(ReplayStatus.FRESH);
    assertThat(b.checkAndStore(ReplayTag.of(t))).isEqualTo(ReplayStatus.REPLAY);
    assertThat(c.checkAndStore(ReplayTag.of(t))).isEqualTo(ReplayStatus.FRESH);
    assertThat(a.name()).isEqualTo("memory:acceptor");
  }

  @Test
  void malformedNamesAndUnknownTypesAreDefinedErrors() {
    ReplayCacheResolver r = resolver(Map.of());
    for (String bad : List.of("", "file2", "/var/tmp/x", "none")) {
      assertThatThrownBy(() -> r.resolve(bad))
          .as(bad)
          .isInstanceOf(ReplayCacheException.class)
          .extracting(e -> ((ReplayCacheException) e).reason())
          .isEqualTo(ReplayCacheException.Reason.INVALID_NAME);
    }
    for (String bad : List.of("FILE2:/x", "rcache:/x", ":/x", "DFL:", "file:/x")) {
      assertThatThrownBy(() -> r.resolve(bad))
          .as(bad)
          .isInstanceOf(ReplayCacheException.class)
          .extracting(e -> ((ReplayCacheException) e).reason())
          .isEqualTo(ReplayCacheException.Reason.UNKNOWN_TYPE);
    }
    assertThatThrownBy(() -> r.resolve("file2:bad\0path"))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(e -> ((ReplayCacheException) e).reason())
        .isEqualTo(ReplayCacheException.Reason.INVALID_NAME);
  }

  @Test
  void file2ResidualMayContainColons() throws Exception {
    ReplayCache rc = resolver(Map.of()).resolve("file2:" + tmp.resolve("a:b"));
    assertThat(((File2ReplayCache) rc).path()).isEqualTo(tmp.resolve("a:b"));
    assertThat(rc.checkAndStore(ReplayTag.of(new byte[] {4}))).isEqualTo(ReplayStatus.FRESH);
  }

  @Test
  void effectiveUidIsTheSecondUidFieldOfProcStatus() {
    assertThat(EffectiveUid.parseStatusLines(List.of("Name:\tjava", "Uid:\t1000\t0\t1000\t1000")))
        .hasValue(0);
    assertThat(EffectiveUid.parseStatusLines(List.of("Uid:\t5\t6\t7\t8"))).hasValue(6);
    assertThat(EffectiveUid.parseStatusLines(List.of("Uid:\t5"))).isEmpty();
    assertThat(EffectiveUid.parseStatusLines(List.of("Uid:\tx\ty"))).isEmpty();
    assertThat(EffectiveUid.parseStatusLines(List.of("Uid:\t1\t99999999999"))).isEmpty();
    assertThat(EffectiveUid.parseStatusLines(List.of("Gid:\t1\t2"))).isEmpty();
    assertThat(EffectiveUid.current()).isPresent(); // Linux CI and dev machines
  }
}
