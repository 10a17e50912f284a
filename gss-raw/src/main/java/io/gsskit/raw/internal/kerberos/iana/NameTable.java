package io.gsskit.raw.internal.kerberos.iana;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An immutable number-to-name table of one registry. Thread-safe once built. */
final class NameTable {

  private final String registry;
  private final Map<Integer, String> names = new HashMap<>();

  NameTable(String registry) {
    this.registry = registry;
  }

  NameTable add(int value, String name) {
    if (names.putIfAbsent(value, name) != null) {
      throw new IllegalStateException(registry + ": duplicate value " + value);
    }
    return this;
  }

  Optional<String> known(int value) {
    return Optional.ofNullable(names.get(value));
  }

  String name(int value) {
    String n = names.get(value);
    return n != null ? n : registry + "(" + value + ")";
  }

  int size() {
    return names.size();
  }
}
