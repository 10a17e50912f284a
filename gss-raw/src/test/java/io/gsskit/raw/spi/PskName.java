package io.gsskit.raw.spi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A PSK mechanism name: a principal text plus mutable RFC 6680 attributes. */
final class PskName implements MechName {
  final String principal;
  final Map<String, byte[]> attributes = new ConcurrentHashMap<>();

  PskName(String principal) {
    this.principal = principal;
  }

  PskName copy() {
    PskName n = new PskName(principal);
    attributes.forEach((k, v) -> n.attributes.put(k, v.clone()));
    return n;
  }

  @Override
  public String toString() {
    return "PskName[" + principal + "]";
  }
}
