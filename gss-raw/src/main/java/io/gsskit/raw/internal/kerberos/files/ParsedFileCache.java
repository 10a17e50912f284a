package io.gsskit.raw.internal.kerberos.files;

import io.gsskit.raw.internal.kerberos.config.FileStamp;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The parsed contents of files (ccaches, keytabs) per path, re-read only when the file changed.
 *
 * <p>A hit needs one {@code stat} and no lock: the entry is used when the path's {@link FileStamp}
 * (size, modification time, file key) equals the stamp taken <em>before</em> the entry was read,
 * so the cached content is never older than its stamp. Atomic rewrites (ours and {@code ktutil}'s)
 * change the file key, MIT's in-place appends change the size. A file whose modification time was
 * less than {@link #RACY_MARGIN_NANOS} before the read is not cached (as git's "racy clean"
 * rule): an in-place change in the same timestamp tick could otherwise keep the stamp. Every miss
 * reads through the caller's loader, which takes the shared lock.
 *
 * <p>Values hold key material: the cache keeps its own deep copy ({@code copy}), hands out fresh
 * deep copies, and zeroes its copy ({@code destroy}) when the entry is replaced, invalidated or
 * evicted (least recently used beyond the capacity).
 *
 * <p>Thread-safe.
 *
 * @param <V> the parsed contents
 */
public final class ParsedFileCache<V> {

  /** How long before the read a file must have been modified for its contents to be cached. */
  public static final long RACY_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** Reads and parses the file (under its lock). */
  @FunctionalInterface
  public interface Loader<V, E extends Exception> {
    /**
     * @return the freshly parsed contents, owned by the caller, or null when there is no file
     * @throws E when reading or parsing fails (nothing is cached)
     */
    @Nullable V load() throws E;
  }

  private final int capacity;
  private final UnaryOperator<V> copy;
  private final Consumer<V> destroy;
  private final LinkedHashMap<Path, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

  /**
   * Creates an empty cache.
   *
   * @param capacity how many paths are kept at most; positive
   * @param copy makes a deep copy sharing no mutable state (keys) with its argument; not null
   * @param destroy zeroes the key material of a copy made by {@code copy}; not null
   */
  public ParsedFileCache(int capacity, UnaryOperator<V> copy, Consumer<V> destroy) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.copy = Objects.requireNonNull(copy, "copy");
    this.destroy = Objects.requireNonNull(destroy, "destroy");
  }

  /**
   * The contents of a file: a copy of the cached contents when the file is unchanged, otherwise
   * what {@code loader} reads (which is then cached when the file is old enough).
   *
   * @param path the file; not null
   * @param loader reads and parses the file; not null
   * @param <E> the loader's exception type
   * @return contents owned by the caller, or null when the loader found no file
   * @throws E when the loader fails
   */
  public <E extends Exception> @Nullable V get(Path path, Loader<V, E> loader) throws E {
    Path key = key(path);
    long now = System.currentTimeMillis() * 1_000_000L; // before the stamp: see the class doc
    FileStamp stamp = FileStamp.of(path);
    Entry<V> hit = lookup(key, stamp);
    if (hit != null) {
      V out = hit.copyOut(copy);
      if (out != null) {
        return out;
      }
    }
    V fresh = loader.load();
    if (fresh != null && stamp.exists() && !stamp.directory() && stamp.fileKey() != null
        && now - stamp.modifiedNanos() >= RACY_MARGIN_NANOS) {
      put(key, new Entry<>(stamp, copy.apply(fresh)));
    }
    return fresh;
  }

  /**
   * Forgets a path and zeroes its cached contents; called after every change through this
   * process.
   *
   * @param path the file; not null
   */
  public void invalidate(Path path) {
    Entry<V> old;
    synchronized (entries) {
      old = entries.remove(key(path));
    }
    if (old != null) {
      old.destroy(destroy);
    }
  }

  /** Forgets every path and zeroes all cached contents. */
  public void clear() {
    Entry<?>[] all;
    synchronized (entries) {
      all = entries.values().toArray(new Entry<?>[0]);
      entries.clear();
    }
    for (Entry<?> e : all) {
      @SuppressWarnings("unchecked")
      Entry<V> v = (Entry<V>) e;
      v.destroy(destroy);
    }
  }

  /** @return how many paths are cached */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private @Nullable Entry<V> lookup(Path key, FileStamp stamp) {
    Entry<V> stale;
    synchronized (entries) {
      Entry<V> e = entries.get(key);
      if (e == null) {
        return null;
      }
      if (e.stamp.equals(stamp)) {
        return e;
      }
      stale = entries.remove(key);
    }
    stale.destroy(destroy);
    return null;
  }

  private void put(Path key, Entry<V> entry) {
    Entry<V> replaced;
    Entry<V> evicted = null;
    synchronized (entries) {
      replaced = entries.put(key, entry);
      if (entries.size() > capacity) {
        Iterator<Map.Entry<Path, Entry<V>>> it = entries.entrySet().iterator();
        evicted = it.next().getValue();
        it.remove();
      }
    }
    if (replaced != null) {
      replaced.destroy(destroy);
    }
    if (evicted != null) {
      evicted.destroy(destroy);
    }
  }

  private static Path key(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** One cached file; copying out and destroying exclude each other. */
  private static final class Entry<V> {
    final FileStamp stamp;
    private final V value;
    private boolean destroyed;

    Entry(FileStamp stamp, V value) {
      this.stamp = stamp;
      this.value = value;
    }

    synchronized @Nullable V copyOut(UnaryOperator<V> copy) {
      return destroyed ? null : copy.apply(value);
    }

    synchronized void destroy(Consumer<V> destroy) {
      if (!destroyed) {
        destroyed = true;
        destroy.accept(value);
      }
    }
  }
}
