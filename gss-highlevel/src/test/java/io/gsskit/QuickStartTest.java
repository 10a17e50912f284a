package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.exceptions.GssException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The README quick start, run for real with the PSK test mechanism. The region between the
 * {@code @start}/{@code @end} markers is quoted verbatim in README.md (checked by {@link
 * ReadmeTest}).
 */
class QuickStartTest {

  private final Deque<byte[]> toAcceptor = new ArrayDeque<>();
  private final Deque<byte[]> toInitiator = new ArrayDeque<>();

  @Test
  void initiatorAndAcceptorStepLoops() {
    try (Credentials clientCreds = Psk.initiatorCreds("alice");
        Credentials serverCreds = Psk.acceptorCreds()) {
      Name target = Name.hostbasedService("host", "server.example");
      // @start region=loop
      SecurityContext client = SecurityContext.initiator(target)
          .credentials(clientCreds)          // or leave out for the default credentials
          .mech(Psk.MECH)                    // e.g. MechType.KERBEROS or MechType.SPNEGO
          .flags(RequirementFlag.MUTUAL_AUTHENTICATION, RequirementFlag.CONFIDENTIALITY)
          .build();
      SecurityContext server = SecurityContext.acceptor(serverCreds).build();

      // Initiator: step until complete, sending every token it produces.
      byte[] in = null;
      while (!client.isComplete()) {
        Optional<byte[]> out = client.step(in);
        out.ifPresent(this::sendToAcceptor);
        if (client.isComplete()) {
          break;
        }
        // Acceptor: step with each token it receives, sending back what it produces.
        try {
          server.step(receiveAtAcceptor()).ifPresent(this::sendToInitiator);
        } catch (GssException e) {
          e.errorToken().ifPresent(this::sendToInitiator); // the peer must still see it
          throw e;
        }
        in = receiveAtInitiator();
      }
      if (!server.isComplete()) {
        server.step(receiveAtAcceptor()).ifPresent(this::sendToInitiator);
      }

      byte[] token = client.encrypt("hello".getBytes(StandardCharsets.UTF_8));
      byte[] plain = server.decrypt(token);
      // @end
      assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("hello");
      assertThat(server.isComplete()).isTrue();
      assertThat(server.initiatorName().orElseThrow().toString()).isEqualTo("alice");
      client.close();
      server.close();
    }
  }

  private void sendToAcceptor(byte[] token) {
    toAcceptor.add(token);
  }

  private void sendToInitiator(byte[] token) {
    toInitiator.add(token);
  }

  private byte[] receiveAtAcceptor() {
    return toAcceptor.remove();
  }

  private byte[] receiveAtInitiator() {
    return toInitiator.remove();
  }
}
