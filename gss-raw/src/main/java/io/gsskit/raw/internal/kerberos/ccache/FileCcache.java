package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.files.LockedFile;
import io.gsskit.raw.internal.kerberos.files.ParsedFileCache;
import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A ccache in one file in MIT's FILE format ({@code FILE:path}, or a member of a {@code DIR:}
 * collection). Reads take a shared {@code fcntl} lock; every change rewrites the file atomically
 * under an exclusive lock ({@link LockedFile}), verifying that the new file decodes before it
 * replaces the old one. A new cache is written in the configured version (4 unless MIT's
 * {@code ccache_type} says otherwise); an existing cache keeps its version, as MIT's in-place
 * appends do. An empty file counts as no cache. New files are created with mode 0600.
 *
 * <p>Parsed contents are cached per path for the process ({@link ParsedFileCache}): a read of an
 * unchanged file (same size, modification time and inode) costs one {@code stat} and a copy of
 * the credentials; a changed file is read again under the lock. Every change through this class
 * drops the cached contents of its path. Callers always get their own copies of the keys.
 *
 * <p>Thread-safe.
 */
public final class FileCcache extends CredentialCache {

  /** Parsed caches per path, shared by all instances (other processes are seen by the stamp). */
  static final ParsedFileCache<CcacheContents> CACHE =
      new ParsedFileCache<>(64, FileCcache::copy, FileCcache::destroyKeys);
  /** How many times a file's bytes were decoded (for tests of the cache). */
  static final AtomicLong DECODES = new AtomicLong();

  private final Path path;
  private final String name;
  private final String type;
  private final int newVersion;
  private final @Nullable Prepare beforeWrite;
  private final LockedFile.@Nullable BeforeCommit extraCheck;

  FileCcache(Path path, String name, String type, int newVersion, @Nullable Prepare beforeWrite,
      LockedFile.@Nullable BeforeCommit extraCheck) {
    if (newVersion < 1 || newVersion > 4) {
      throw new IllegalArgumentException("ccache version must be 1-4: " + newVersion);
    }
    this.path = path;
    this.name = name;
    this.type = type;
    this.newVersion = newVersion;
    this.beforeWrite = beforeWrite;
    this.extraCheck = extraCheck;
  }

  /** Work done before every write (a {@code DIR:} member creates its directory). */
  @FunctionalInterface
  interface Prepare {
    void run() throws CcacheException;
  }

  /**
   * A {@code FILE:} cache writing version 4.
   *
   * @param path the file; not null
   * @return the cache (nothing is read or created yet)
   */
  public static FileCcache of(Path path) {
    return new FileCcache(path, "FILE:" + path, "FILE", 4, null, null);
  }

  /**
   * A {@code FILE:} cache writing a given version when it creates the file.
   *
   * @param path the file; not null
   * @param version 1–4 (MIT {@code ccache_type})
   * @return the cache
   * @throws IllegalArgumentException when the version is not 1–4
   */
  public static FileCcache of(Path path, int version) {
    return new FileCcache(path, "FILE:" + path, "FILE", version, null, null);
  }

  /** @return the file */
  public Path path() {
    return path;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public Optional<CcacheContents> read() throws CcacheException {
    return Optional.ofNullable(CACHE.get(path, this::load));
  }

  private @Nullable CcacheContents load() throws CcacheException {
    byte[] bytes;
    try {
      bytes = LockedFile.read(path, CcacheCodec.MAX_FILE_BYTES);
    } catch (LockedFile.TooLargeException e) {
      throw new CcacheException(Kind.FORMAT, name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CcacheException(Kind.IO, name + ": " + e.getMessage(), e);
    }
    return decode(bytes).orElse(null);
  }

  private static CcacheContents copy(CcacheContents c) {
    List<Credential> creds = new ArrayList<>(c.credentials().size());
    for (Credential cred : c.credentials()) {
      creds.add(cred.copy());
    }
    return new CcacheContents(c.version(), c.kdcOffset(), c.principal(), creds, c.damage());
  }

  private static void destroyKeys(CcacheContents c) {
    for (Credential cred : c.credentials()) {
      cred.destroy();
    }
  }

  private Optional<CcacheContents> decode(byte @Nullable [] bytes) throws CcacheException {
    if (bytes == null || bytes.length == 0) {
      return Optional.empty();
    }
    DECODES.incrementAndGet();
    try {
      return Optional.of(CcacheCodec.decode(bytes));
    } catch (CcacheException e) {
      throw new CcacheException(e.kind(), name + ": " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(bytes, (byte) 0); // the raw file holds session keys
    }
  }

  @Override
  void replace(boolean needCurrent, Change change) throws CcacheException {
    if (beforeWrite != null) {
      beforeWrite.run();
    }
    try {
      LockedFile.update(path, CcacheCodec.MAX_FILE_BYTES, LockedFile.OWNER_ONLY, cur -> {
        CcacheContents current = needCurrent ? decode(cur).orElse(null) : null;
        CcacheContents next = change.apply(current);
        if (next == null) {
          return null;
        }
        int version = current != null ? current.version() : newVersion;
        return CcacheCodec.encode(next, version);
      }, this::verify);
    } catch (LockedFile.TooLargeException e) {
      throw new CcacheException(Kind.FORMAT, name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CcacheException(Kind.IO, name + ": " + e.getMessage(), e);
    } finally {
      CACHE.invalidate(path);
    }
  }

  private void verify(Path temp) throws IOException {
    byte[] b = Files.readAllBytes(temp);
    try {
      CcacheContents c = CcacheCodec.decode(b);
      for (Credential cred : c.credentials()) {
        cred.destroy();
      }
      if (c.damage() != null) {
        throw new IOException("the new cache does not decode: " + c.damage());
      }
    } catch (CcacheException e) {
      throw new IOException("the new cache does not decode: " + e.getMessage(), e);
    } finally {
      java.util.Arrays.fill(b, (byte) 0);
    }
    if (extraCheck != null) {
      extraCheck.check(temp);
    }
  }

  @Override
  public boolean destroy() throws CcacheException {
    try {
      return LockedFile.delete(path);
    } catch (IOException e) {
      throw new CcacheException(Kind.IO, name + ": " + e.getMessage(), e);
    } finally {
      CACHE.invalidate(path);
    }
  }
}
