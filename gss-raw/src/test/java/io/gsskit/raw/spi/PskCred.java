package io.gsskit.raw.spi;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** A PSK credential: an optional principal and the shared secret. Release zeroes the secret. */
final class PskCred implements MechCred {
  final @Nullable PskName name;
  final byte[] psk;
  final int usage;
  volatile boolean released;

  PskCred(@Nullable PskName name, byte[] psk, int usage) {
    this.name = name;
    this.psk = psk;
    this.usage = usage;
  }

  @Override
  public void release() {
    Arrays.fill(psk, (byte) 0);
    released = true;
  }

  @Override
  public String toString() {
    return "PskCred[" + (name == null ? "default" : name.principal) + "]";
  }
}
