package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import java.util.List;

/** Registers {@link PskInterposer} in front of the PSK mechanism "alpha". */
public final class PskInterposerProvider implements Interposer {

  @Override
  public String name() {
    return "psk-interposer";
  }

  @Override
  public List<Oid> oids() {
    return List.of(TestOids.INTERPOSER);
  }

  @Override
  public int priority() {
    return -100;
  }

  @Override
  public OidSet interposedMechs(Oid interposerOid) {
    return OidSet.of(TestOids.ALPHA);
  }

  @Override
  public Mechanism create(String options) {
    return new PskInterposer(TestOids.INTERPOSER);
  }
}
