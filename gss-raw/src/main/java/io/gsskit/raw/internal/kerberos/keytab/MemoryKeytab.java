package io.gsskit.raw.internal.kerberos.keytab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A process-global named in-memory keytab ({@code MEMORY:name}), as in MIT: the same name gives
 * the same keytab everywhere in the process; it exists once an entry was added, until
 * {@link #destroy()}. Keys are copied in and out, so destroying never zeroes a caller's key.
 *
 * <p>Thread-safe: changes are serialized per keytab.
 */
public final class MemoryKeytab extends Keytab {

  private static final ConcurrentHashMap<String, MemoryKeytab> TABLES = new ConcurrentHashMap<>();

  private final String residual;
  private @Nullable List<KeytabEntry> entries;

  private MemoryKeytab(String residual) {
    this.residual = residual;
  }

  /**
   * The process-global keytab of that name.
   *
   * @param residual the name after {@code MEMORY:}; not null
   * @return the keytab
   */
  public static MemoryKeytab named(String residual) {
    return TABLES.computeIfAbsent(residual, MemoryKeytab::new);
  }

  @Override
  public String name() {
    return "MEMORY:" + residual;
  }

  @Override
  public String type() {
    return "MEMORY";
  }

  @Override
  public synchronized Optional<KeytabContents> read() {
    return entries == null ? Optional.empty()
        : Optional.of(new KeytabContents(KeytabCodec.VERSION_2, copy(entries), null));
  }

  @Override
  synchronized void replace(Change change) throws KeytabException {
    List<KeytabEntry> next = change.apply(read().orElse(null));
    if (next != null) {
      List<KeytabEntry> old = entries;
      entries = copy(next);
      TABLES.putIfAbsent(residual, this);
      destroyKeys(old);
    }
  }

  /**
   * Empties the keytab, zeroes its keys and forgets the name.
   *
   * @return true when it held entries
   */
  public synchronized boolean destroy() {
    List<KeytabEntry> old = entries;
    entries = null;
    TABLES.remove(residual, this);
    destroyKeys(old);
    return old != null;
  }

  private static List<KeytabEntry> copy(List<KeytabEntry> list) {
    List<KeytabEntry> out = new ArrayList<>(list.size());
    for (KeytabEntry e : list) {
      out.add(e.copy());
    }
    return out;
  }

  private static void destroyKeys(@Nullable List<KeytabEntry> list) {
    if (list != null) {
      for (KeytabEntry e : list) {
        e.destroy();
      }
    }
  }
}
