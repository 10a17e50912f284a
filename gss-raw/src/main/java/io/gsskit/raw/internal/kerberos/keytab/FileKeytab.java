package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.files.LockedFile;
import io.gsskit.raw.internal.kerberos.files.ParsedFileCache;
import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A keytab file ({@code FILE:path} or {@code WRFILE:path}; both are writable here). Reads take a
 * shared {@code fcntl} lock; changes rewrite the file as version 0x0502 without holes, atomically
 * under an exclusive lock, after checking that the new file decodes to the intended entries. A
 * failed write leaves the old file intact. New files get mode 0600; a rewritten file keeps its
 * mode (and, when permitted, owner and group). Damaged records of the old file are dropped by a
 * rewrite.
 *
 * <p>Parsed contents are cached per path for the process ({@link ParsedFileCache}): a read of an
 * unchanged file (same size, modification time and inode) costs one {@code stat} and a copy of
 * the entries; a changed file is read again under the lock. Every change through this class drops
 * the cached contents of its path. Callers always get their own copies of the keys.
 *
 * <p>Thread-safe.
 */
public final class FileKeytab extends Keytab {

  /** Parsed keytabs per path, shared by all instances (other processes are seen by the stamp). */
  static final ParsedFileCache<KeytabContents> CACHE =
      new ParsedFileCache<>(64, FileKeytab::copy, FileKeytab::destroyKeys);
  /** How many times a file's bytes were decoded (for tests of the cache). */
  static final AtomicLong DECODES = new AtomicLong();

  private final Path path;
  private final String type;
  private final LockedFile.@Nullable BeforeCommit extraCheck;

  FileKeytab(Path path, String type, LockedFile.@Nullable BeforeCommit extraCheck) {
    this.path = path;
    this.type = type;
    this.extraCheck = extraCheck;
  }

  /**
   * A {@code FILE:} keytab.
   *
   * @param path the file; not null
   * @return the keytab (nothing is read or created yet)
   */
  public static FileKeytab of(Path path) {
    return new FileKeytab(path, "FILE", null);
  }

  static FileKeytab of(Path path, String type) {
    return new FileKeytab(path, type, null);
  }

  /** @return the file */
  public Path path() {
    return path;
  }

  @Override
  public String name() {
    return type + ":" + path;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public Optional<KeytabContents> read() throws KeytabException {
    return Optional.ofNullable(CACHE.get(path, this::load));
  }

  private @Nullable KeytabContents load() throws KeytabException {
    byte[] b;
    try {
      b = LockedFile.read(path, KeytabCodec.MAX_FILE_BYTES);
    } catch (LockedFile.TooLargeException e) {
      throw new KeytabException(Kind.FORMAT, name() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new KeytabException(Kind.IO, name() + ": " + e.getMessage(), e);
    }
    return b == null ? null : decode(b);
  }

  private static KeytabContents copy(KeytabContents c) {
    List<KeytabEntry> out = new java.util.ArrayList<>(c.entries().size());
    for (KeytabEntry e : c.entries()) {
      out.add(e.copy());
    }
    return new KeytabContents(c.version(), out, c.damage());
  }

  private static void destroyKeys(KeytabContents c) {
    for (KeytabEntry e : c.entries()) {
      e.destroy();
    }
  }

  private KeytabContents decode(byte[] b) throws KeytabException {
    DECODES.incrementAndGet();
    try {
      return KeytabCodec.decode(b);
    } catch (KeytabException e) {
      throw new KeytabException(e.kind(), name() + ": " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(b, (byte) 0); // the raw file holds long-term keys
    }
  }

  @Override
  void replace(Change change) throws KeytabException {
    List<List<KeytabEntry>> written = new java.util.ArrayList<>(1);
    try {
      LockedFile.update(path, KeytabCodec.MAX_FILE_BYTES, LockedFile.OWNER_ONLY, cur -> {
        List<KeytabEntry> next = change.apply(cur == null ? null : decode(cur));
        if (next == null) {
          return null;
        }
        written.add(next);
        return KeytabCodec.encode(next);
      }, temp -> verify(temp, written.get(0)));
    } catch (LockedFile.TooLargeException e) {
      throw new KeytabException(Kind.FORMAT, name() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new KeytabException(Kind.IO, name() + ": " + e.getMessage(), e);
    } finally {
      CACHE.invalidate(path);
    }
  }

  private void verify(Path temp, List<KeytabEntry> expected) throws IOException {
    byte[] b = Files.readAllBytes(temp);
    try {
      KeytabContents c = KeytabCodec.decode(b);
      boolean same = c.damage() == null && c.entries().equals(expected);
      for (KeytabEntry e : c.entries()) {
        e.destroy();
      }
      if (!same) {
        throw new IOException("the new keytab does not read back as written");
      }
    } catch (KeytabException e) {
      throw new IOException("the new keytab does not decode: " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(b, (byte) 0);
    }
    if (extraCheck != null) {
      extraCheck.check(temp);
    }
  }
}
