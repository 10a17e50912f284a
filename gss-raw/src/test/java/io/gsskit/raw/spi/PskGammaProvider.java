package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import java.util.List;

/** Registers the PSK test mechanism "gamma" through ServiceLoader. */
public final class PskGammaProvider implements MechanismProvider {

  @Override
  public String name() {
    return "gamma";
  }

  @Override
  public List<Oid> oids() {
    return List.of(TestOids.GAMMA);
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public Mechanism create(String options) {
    return new PskMechanism("gamma", TestOids.GAMMA);
  }
}
