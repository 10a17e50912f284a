package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import java.util.List;

/**
 * A PSK provider meant for mechanism config files: {@code [label=NAME]} in the options sets the
 * label; the OID comes from the config line. Not registered with ServiceLoader.
 */
public final class PskConfigProvider implements MechanismProvider {

  /** Public no-argument constructor, as config-file classes need. */
  public PskConfigProvider() {}

  @Override
  public String name() {
    return "psk-config";
  }

  @Override
  public List<Oid> oids() {
    return List.of(Oid.of(TestOids.ARC + ".20"));
  }

  @Override
  public Mechanism create(String options) {
    String label = "config";
    for (String kv : options.split("[,\\s]+")) {
      if (kv.startsWith("label=")) {
        label = kv.substring(6);
      }
    }
    return new PskMechanism(label, oids().get(0));
  }
}
