package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import java.util.List;

/** Registers the PSK test mechanism "alpha" through ServiceLoader. */
public final class PskAlphaProvider implements MechanismProvider {

  @Override
  public String name() {
    return "alpha";
  }

  @Override
  public List<Oid> oids() {
    return List.of(TestOids.ALPHA);
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public Mechanism create(String options) {
    return new PskMechanism("alpha", TestOids.ALPHA);
  }
}
