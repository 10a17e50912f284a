package io.gsskit.raw.internal.kerberos.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Whole-file reads and atomic whole-file replacement under {@code fcntl} record locks, for
 * credential caches and keytabs.
 *
 * <ul>
 *   <li>Reads take a shared lock on the file (MIT takes one before reading a FILE ccache or
 *       keytab; Java's {@link FileLock} is an {@code fcntl} lock on Linux, so the two
 *       interoperate) and refuse anything but a regular file (a FIFO would block).
 *   <li>Updates take an exclusive lock on the current file, check that the path still names the
 *       locked file (another writer may have replaced it meanwhile), compute the new content,
 *       write it to a temporary file in the same directory, {@code fsync} it, optionally let the
 *       caller verify it, rename it over the old file and {@code fsync} the directory. A crash or a
 *       failure at any point leaves either the old or the new file, never a torn one, and the
 *       temporary file is removed on failure. The new file keeps the old file's permissions (and,
 *       when allowed, its owner and group); a new file gets the given permissions. Updates refuse
 *       to replace a symbolic link or a non-regular file.
 *   <li>Within this JVM, operations on one path are serialized (Java forbids overlapping
 *       {@code FileLock}s in one process); lock waits time out after {@link #LOCK_TIMEOUT_MS}.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class LockedFile {

  /** How long to wait for another process's lock, in milliseconds. */
  public static final long LOCK_TIMEOUT_MS = 10_000;

  /** Owner read/write only. */
  public static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private static final ConcurrentHashMap<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  private LockedFile() {}

  /** Computes the new file content from the current one. */
  @FunctionalInterface
  public interface Change<E extends Exception> {
    /**
     * @param current the current content, or null when the file does not exist
     * @return the new content, or null to leave the file as it is
     * @throws E to abort the update; the file is left as it is
     */
    byte @Nullable [] apply(byte @Nullable [] current) throws E;
  }

  /** A last check of the written temporary file before it replaces the old one. */
  @FunctionalInterface
  public interface BeforeCommit {
    /**
     * @param temp the synced temporary file holding the new content
     * @throws IOException to abort the update; the old file is left intact
     */
    void check(Path temp) throws IOException;
  }

  /** The file is larger than the caller's cap. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(Path p, long cap) {
      super(p + " is larger than " + cap + " bytes");
    }
  }

  private static Object jvmLock(Path path) {
    Path key = path.toAbsolutePath().normalize();
    try {
      key = key.toRealPath();
    } catch (IOException e) {
      // not existing yet: keep the absolute path
    }
    return JVM_LOCKS.computeIfAbsent(key, k -> new Object());
  }

  /**
   * Reads a whole file under a shared lock.
   *
   * @param path the file; symbolic links are followed; not null
   * @param maxBytes the largest file accepted
   * @return the bytes, or null when the file does not exist
   * @throws TooLargeException when the file exceeds {@code maxBytes}
   * @throws IOException when it is not a regular file, or reading or locking fails
   */
  public static byte @Nullable [] read(Path path, int maxBytes) throws IOException {
    synchronized (jvmLock(path)) {
      if (!Files.exists(path)) {
        return null;
      }
      if (!Files.isRegularFile(path)) {
        throw new IOException(path + " is not a regular file");
      }
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
        FileLock lock = acquire(ch, true, path);
        try {
          return readAll(ch, path, maxBytes);
        } finally {
          lock.release();
        }
      } catch (NoSuchFileException e) {
        return null;
      }
    }
  }

  /**
   * Replaces a file atomically with content computed from its current content.
   *
   * @param path the file; not null
   * @param maxBytes the largest current file accepted
   * @param newFilePermissions permissions for a file that does not exist yet; not null
   * @param change computes the new content; not null. Both the current content passed to it and
   *     the new content it returns are zeroed once the update is over (they may hold keys), so
   *     it must not keep references to them
   * @param beforeCommit called with the synced temporary file before the rename, or null
   * @param <E> the exception type of {@code change}
   * @return true when the file was written, false when {@code change} returned null
   * @throws E when {@code change} throws; the file is left as it is
   * @throws IOException when locking, writing or renaming fails, the path is a symbolic link or
   *     not a regular file, or {@code beforeCommit} fails; the old file is left intact
   */
  public static <E extends Exception> boolean update(Path path, int maxBytes,
      Set<PosixFilePermission> newFilePermissions, Change<E> change,
      @Nullable BeforeCommit beforeCommit) throws IOException, E {
    synchronized (jvmLock(path)) {
      for (int attempt = 0; attempt < 20; attempt++) {
        if (Files.isSymbolicLink(path)) {
          throw new IOException("refusing to replace the symbolic link " + path);
        }
        BasicFileAttributes a1;
        try {
          a1 = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          byte[] next = change.apply(null);
          if (next == null) {
            return false;
          }
          try {
            commit(path, next, null, newFilePermissions, beforeCommit);
          } finally {
            Arrays.fill(next, (byte) 0);
          }
          return true;
        }
        if (!a1.isRegularFile()) {
          throw new IOException(path + " is not a regular file");
        }
        FileChannel ch;
        boolean writable = true;
        try {
          ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
          ch = FileChannel.open(path, StandardOpenOption.READ);
          writable = false;
        } catch (NoSuchFileException e) {
          continue;
        }
        try (FileChannel c = ch) {
          FileLock lock = acquire(c, !writable, path);
          try {
            BasicFileAttributes a2;
            try {
              a2 = Files.readAttributes(path, BasicFileAttributes.class,
                  LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
              continue;
            }
            if (a1.fileKey() != null && !Objects.equals(a1.fileKey(), a2.fileKey())) {
              continue; // replaced between our open and our lock: start again
            }
            byte[] current = readAll(c, path, maxBytes);
            byte[] next = null;
            try {
              next = change.apply(current);
              if (next == null) {
                return false;
              }
              commit(path, next, posixAttributes(path), newFilePermissions, beforeCommit);
              return true;
            } finally {
              Arrays.fill(current, (byte) 0);
              if (next != null && next != current) {
                Arrays.fill(next, (byte) 0);
              }
            }
          } finally {
            if (lock.isValid()) {
              lock.release();
            }
          }
        }
      }
      throw new IOException(path + " kept being replaced by another process");
    }
  }

  /**
   * Deletes a file the way MIT destroys a cache: under an exclusive lock, overwrite it with zeros,
   * sync, then unlink. A symbolic link is unlinked without touching its target.
   *
   * @param path the file; not null
   * @return true when a file was deleted, false when none existed
   * @throws IOException when it is not a regular file or deleting fails
   */
  public static boolean delete(Path path) throws IOException {
    synchronized (jvmLock(path)) {
      if (Files.isSymbolicLink(path)) {
        return Files.deleteIfExists(path);
      }
      if (!Files.exists(path)) {
        return false;
      }
      if (!Files.isRegularFile(path)) {
        throw new IOException(path + " is not a regular file");
      }
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ,
          StandardOpenOption.WRITE)) {
        FileLock lock = acquire(ch, false, path);
        try {
          long size = ch.size();
          ByteBuffer zeros = ByteBuffer.allocate(8192);
          for (long pos = 0; pos < size; ) {
            zeros.clear();
            zeros.limit((int) Math.min(zeros.capacity(), size - pos));
            pos += ch.write(zeros, pos);
          }
          ch.force(true);
          Files.deleteIfExists(path);
        } finally {
          if (lock.isValid()) {
            lock.release();
          }
        }
        return true;
      } catch (AccessDeniedException e) {
        return Files.deleteIfExists(path);
      } catch (NoSuchFileException e) {
        return false;
      }
    }
  }

  private static FileLock acquire(FileChannel ch, boolean shared, Path path) throws IOException {
    long deadline = System.nanoTime() + LOCK_TIMEOUT_MS * 1_000_000L;
    long sleep = 1;
    while (true) {
      try {
        FileLock l = ch.tryLock(0, Long.MAX_VALUE, shared);
        if (l != null) {
          return l;
        }
      } catch (OverlappingFileLockException e) {
        // another channel of this JVM (through a different path to the same file) holds it
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("timed out after " + LOCK_TIMEOUT_MS + " ms waiting for the lock on "
            + path);
      }
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the lock on " + path, e);
      }
      sleep = Math.min(50, sleep * 2);
    }
  }

  private static byte[] readAll(FileChannel ch, Path path, int maxBytes) throws IOException {
    long size = ch.size();
    if (size > maxBytes) {
      throw new TooLargeException(path, maxBytes);
    }
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    long pos = 0;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        break;
      }
      pos += n;
    }
    byte[] out = new byte[buf.position()];
    buf.flip();
    buf.get(out);
    return out;
  }

  private static @Nullable PosixFileAttributes posixAttributes(Path path) {
    try {
      return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  private static void commit(Path path, byte[] content, @Nullable PosixFileAttributes old,
      Set<PosixFilePermission> newPerms, @Nullable BeforeCommit beforeCommit) throws IOException {
    Path abs = path.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null) {
      throw new IOException("no parent directory for " + path);
    }
    Path fileName = abs.getFileName();
    Path tmp = createTemp(dir, "." + (fileName == null ? "f" : fileName.toString()));
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer b = ByteBuffer.wrap(content);
        while (b.hasRemaining()) {
          out.write(b);
        }
        out.force(true);
      }
      if (old != null) {
        keepOwner(tmp, old);
      } else {
        setPermissions(tmp, newPerms);
      }
      if (beforeCommit != null) {
        beforeCommit.check(tmp);
      }
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    syncDirectory(dir);
  }

  private static Path createTemp(Path dir, String prefix) throws IOException {
    for (int i = 0; i < 100; i++) {
      byte[] r = new byte[6];
      RANDOM.nextBytes(r);
      Path tmp = dir.resolve(prefix + "." + HexFormat.of().formatHex(r) + ".tmp");
      try {
        try {
          return Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
          return Files.createFile(tmp);
        }
      } catch (FileAlreadyExistsException e) {
        // try another name
      }
    }
    throw new IOException("could not create a temporary file in " + dir);
  }

  private static void setPermissions(Path tmp, Set<PosixFilePermission> perms)
      throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(perms);
    }
  }

  private static void keepOwner(Path tmp, PosixFileAttributes old) {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    try {
      view.setPermissions(old.permissions());
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(old.group())) {
        view.setGroup(old.group());
      }
      if (!now.owner().equals(old.owner())) {
        view.setOwner(old.owner());
      }
    } catch (IOException | SecurityException e) {
      // not permitted (not root): the file keeps our identity, as a fresh write would
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | RuntimeException e) {
      // some platforms cannot open or sync directories; the rename itself is still atomic
    }
  }
}
