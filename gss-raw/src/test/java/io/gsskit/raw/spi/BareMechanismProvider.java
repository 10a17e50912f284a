package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import java.util.List;

/** A mechanism that implements nothing: every SPI default applies. */
public final class BareMechanismProvider implements MechanismProvider {

  @Override
  public String name() {
    return "bare";
  }

  @Override
  public List<Oid> oids() {
    return List.of(TestOids.BARE);
  }

  @Override
  public int priority() {
    return -200;
  }

  @Override
  public Mechanism create(String options) {
    return new Mechanism() {};
  }
}
