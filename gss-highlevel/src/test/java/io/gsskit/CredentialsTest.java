package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.exceptions.DefectiveTokenException;
import io.gsskit.exceptions.DuplicateElementException;
import io.gsskit.exceptions.NoCredentialsException;
import io.gsskit.exceptions.UnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

  @Test
  void acquireAndInquire() {
    AcquireResult r = Credentials.acquire().name(Name.of("alice", NameType.USER))
        .mechs(Psk.MECH).usage(Usage.INITIATE).store(Psk.STORE).acquire();
    try (Credentials c = r.credentials()) {
      assertThat(r.mechs()).containsExactly(Psk.MECH);
      assertThat(r.lifetime()).isEqualTo(GssKit.INDEFINITE);
      assertThat(c.name().orElseThrow().toString()).isEqualTo("alice");
      assertThat(c.usage()).isEqualTo(Usage.INITIATE);
      assertThat(c.mechs()).containsExactly(Psk.MECH);
      assertThat(c.lifetime()).isEqualTo(GssKit.INDEFINITE);
      InquireResult all = c.inquire();
      assertThat(all.name()).isPresent();
      InquireResult some = c.inquire(false, true, false, false);
      assertThat(some.name()).isEmpty();
      assertThat(some.usage()).isEmpty();
      assertThat(some.lifetime()).contains(GssKit.INDEFINITE);
      InquireByMechResult byMech = c.inquireByMech(Psk.MECH);
      assertThat(byMech.usage()).contains(Usage.INITIATE);
      assertThat(byMech.initLifetime()).contains(GssKit.INDEFINITE);
      assertThat(c.toString()).doesNotContain(Psk.PSK);
    }
  }

  @Test
  void noSecretMeansNoCredentials() {
    assertThatThrownBy(() -> Credentials.acquire().mechs(Psk.MECH).acquire())
        .isInstanceOf(NoCredentialsException.class);
  }

  @Test
  void exportImportRoundTrip() {
    try (Credentials c = Psk.initiatorCreds("alice");
        Credentials back = Credentials.importToken(c.export())) {
      assertThat(back.name().orElseThrow()).isEqualTo(Name.of("alice", NameType.USER));
      assertThat(back.mechs()).containsExactly(Psk.MECH);
      assertThat(back.usage()).isEqualTo(Usage.INITIATE);
    }
    assertThatThrownBy(() -> Credentials.importToken(new byte[] {0, 0, 0, 1}))
        .isInstanceOf(DefectiveTokenException.class);
  }

  @Test
  void addBuildsANewSet() {
    try (Credentials c = Psk.initiatorCreds("alice");
        Credentials both = c.add(Name.of("alice", NameType.USER), Psk.MECH2)
            .usage(Usage.INITIATE).store(Psk.STORE).add()) {
      assertThat(both.mechs()).containsExactlyInAnyOrder(Psk.MECH, Psk.MECH2);
      assertThat(c.mechs()).containsExactly(Psk.MECH);
      assertThatThrownBy(() -> both.add(Name.of("alice", NameType.USER), Psk.MECH2)
          .store(Psk.STORE).add()).isInstanceOf(DuplicateElementException.class);
      assertThatThrownBy(() -> c.add(Name.of("a"), Psk.MECH2).store(Psk.STORE).impersonator(c)
          .add()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void storeIntoAStore(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("psk.hex");
    try (Credentials c = Psk.initiatorCreds("alice")) {
      StoreResult r = c.store().into(Map.of("psk_file", file.toString())).mech(Psk.MECH)
          .usage(Usage.INITIATE).apply();
      assertThat(r.mechs()).containsExactly(Psk.MECH);
      assertThat(r.usage()).isEqualTo(Usage.INITIATE);
      assertThat(Files.readString(file)).isEqualTo(Psk.PSK);
      assertThatThrownBy(() -> c.store().into(Map.of("psk_file", file.toString()))
          .mech(Psk.MECH).apply()).isInstanceOf(DuplicateElementException.class);
      c.store().into(Map.of("psk_file", file.toString())).mech(Psk.MECH).overwrite(true)
          .setDefault(true).apply();
      assertThatThrownBy(() -> c.store().mech(Psk.MECH).apply())
          .isInstanceOf(UnavailableException.class);
    }
    // The stored secret is usable again.
    try (Credentials again = Credentials.acquire().mechs(Psk.MECH)
        .store(Map.of("psk_file", file.toString())).acquire().credentials()) {
      assertThat(again.mechs()).containsExactly(Psk.MECH);
    }
  }

  @Test
  void impersonationIsUnavailableForPsk() {
    try (Credentials c = Psk.initiatorCreds("svc")) {
      assertThatThrownBy(() -> c.impersonate(Name.of("alice", NameType.USER)).mechs(Psk.MECH)
          .acquire()).isInstanceOf(io.gsskit.exceptions.GssException.class);
    }
  }

  @Test
  void closedCredentialsAreRejected() {
    Credentials c = Psk.initiatorCreds("alice");
    c.close();
    c.close();
    assertThat(c.isClosed()).isTrue();
    assertThatThrownBy(c::mechs).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(c::export).isInstanceOf(IllegalStateException.class);
    assertThat(c.toString()).contains("closed");
  }
}
