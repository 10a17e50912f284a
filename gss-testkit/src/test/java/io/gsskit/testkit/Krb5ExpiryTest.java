package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.Credentials;
import io.gsskit.MechType;
import io.gsskit.Name;
import io.gsskit.RequirementFlag;
import io.gsskit.SecurityContext;
import io.gsskit.Usage;
import io.gsskit.exceptions.ExpiredContextException;
import io.gsskit.exceptions.ExpiredCredentialsException;
import io.gsskit.ext.CredStoreKeys;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ExpiredContextException} and {@link ExpiredCredentialsException} from real expired
 * tickets: a KDC of its own that grants at most 4 seconds (Kerby's TGS does not cap a service
 * ticket at the TGT's end, so a short TGT alone would leave the context valid for a day; and two
 * Kerby KDCs in one JVM interfere, so this realm has its own test class).
 */
class Krb5ExpiryTest {

  @RegisterExtension
  static GssTestKdc kdc = GssTestKdc.create().realm("SHORT.TEST")
      .ticketLifetimes(Duration.ofSeconds(1), Duration.ofSeconds(4));

  private static final String HOST = "server.gsskit.test";
  private static final String SERVICE = "HTTP/" + HOST;

  @BeforeAll
  static void realm() {
    kdc.addPrincipal("carol");
    kdc.addPrincipal(SERVICE);
  }

  @Test
  void expiredTicketsGiveExpiredContextAndExpiredCredentials() throws InterruptedException {
    Map<String, String> store = kdc.initiatorStore("carol");
    try (Credentials carol = Credentials.acquire().mechs(MechType.KERBEROS)
        .usage(Usage.INITIATE).store(store).acquire().credentials();
        Credentials server = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.ACCEPT)
            .store(kdc.acceptorStore(SERVICE)).acquire().credentials();
        SecurityContext i = SecurityContext.initiator(Name.hostbasedService("HTTP", HOST))
            .credentials(carol).mech(MechType.KERBEROS)
            .flags(RequirementFlag.MUTUAL_AUTHENTICATION).build();
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      assertThat(carol.lifetime()).isLessThanOrEqualTo(Duration.ofSeconds(4));
      TokenExchange.run(i, a);
      assertThat(i.lifetime()).isLessThanOrEqualTo(Duration.ofSeconds(4));
      a.unwrap(i.wrap(new byte[] {1}, true).message());
      Thread.sleep(i.lifetime().toMillis() + 1100);
      assertThatThrownBy(() -> i.wrap(new byte[] {1}, true))
          .isExactlyInstanceOf(ExpiredContextException.class);
      assertThatThrownBy(() -> a.getSignature(new byte[] {1}))
          .isExactlyInstanceOf(ExpiredContextException.class);
      Map<String, String> ccacheOnly =
          Map.of(CredStoreKeys.CCACHE, store.get(CredStoreKeys.CCACHE));
      assertThatThrownBy(() -> Credentials.acquire().mechs(MechType.KERBEROS)
          .usage(Usage.INITIATE).store(ccacheOnly).acquire())
          .isExactlyInstanceOf(ExpiredCredentialsException.class)
          .hasMessageContaining("expired");
    }
  }
}
