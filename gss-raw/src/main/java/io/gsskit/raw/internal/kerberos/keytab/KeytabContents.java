package io.gsskit.raw.internal.kerberos.keytab;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The entries of a keytab in file order, the file format version, and a note on damaged records.
 *
 * <p>A record whose length fits in the file but whose content is malformed is skipped (its
 * framing is intact, so later records still read); a record length beyond the end stops the
 * scan. In both cases {@code damage} says what happened; the other entries are usable.
 *
 * @param version 0x0501 or 0x0502
 * @param entries the entries; copied, unmodifiable
 * @param damage what was skipped or where reading stopped, or null when the file was clean
 */
public record KeytabContents(int version, List<KeytabEntry> entries, @Nullable String damage) {

  /** Copies the list. */
  public KeytabContents {
    entries = List.copyOf(entries);
  }

  /** @return the damage note, if any */
  public Optional<String> damageDescription() {
    return Optional.ofNullable(damage);
  }
}
