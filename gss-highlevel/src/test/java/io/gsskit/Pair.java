package io.gsskit;

import java.util.Optional;

/** Test helper: runs an initiator and an acceptor to completion in memory. */
final class Pair {

  private Pair() {}

  static void establish(SecurityContext client, SecurityContext server) {
    byte[] token = null;
    for (int legs = 0; legs < 16 && !(client.isComplete() && server.isComplete()); legs++) {
      if (!client.isComplete()) {
        Optional<byte[]> out = client.step(token);
        if (out.isEmpty()) {
          continue;
        }
        token = out.get();
      }
      if (!server.isComplete()) {
        token = server.step(token).orElse(null);
      }
    }
    if (!client.isComplete() || !server.isComplete()) {
      throw new AssertionError("exchange did not complete");
    }
  }
}
