package io.gsskit;

import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Conversions between {@code Set<MechType>} and the raw {@link OidSet}. */
final class Mechs {

  private Mechs() {}

  /**
   * The raw set, or null (every mechanism) for null.
   *
   * @param mechs the mechanisms, or null
   * @return the OID set or null
   */
  static @Nullable OidSet toRaw(@Nullable Set<MechType> mechs) {
    if (mechs == null) {
      return null;
    }
    OidSet.Builder b = OidSet.builder();
    for (MechType m : mechs) {
      b.add(Objects.requireNonNull(m, "mechs element").oid());
    }
    return b.build();
  }

  /**
   * The mechanisms of a raw set, in its order; empty for null.
   *
   * @param set the raw set, or null
   * @return an unmodifiable set
   */
  static Set<MechType> fromRaw(@Nullable OidSet set) {
    Set<MechType> out = new LinkedHashSet<>();
    if (set != null) {
      for (Oid o : set) {
        out.add(MechType.of(o));
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
