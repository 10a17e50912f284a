package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import java.util.List;

/** Registers the PSK test mechanism "beta" through ServiceLoader. */
public final class PskBetaProvider implements MechanismProvider {

  @Override
  public String name() {
    return "beta";
  }

  @Override
  public List<Oid> oids() {
    return List.of(TestOids.BETA);
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public Mechanism create(String options) {
    return new PskMechanism("beta", TestOids.BETA);
  }
}
