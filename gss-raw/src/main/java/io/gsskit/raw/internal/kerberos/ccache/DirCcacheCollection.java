package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.files.LockedFile;
import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * An MIT {@code DIR:} ccache collection: a directory of FILE-format caches whose names start with
 * {@code tkt}, and a file {@code primary} holding the name of the primary cache (default
 * {@code tkt}). {@code DIR:dir} names the primary cache, {@code DIR::dir/tktXXX} one member.
 *
 * <p>Writing a member creates the directory (mode 0700) when missing and makes the member primary
 * when there is no {@code primary} file yet. Switching the primary rewrites {@code primary}
 * atomically. Thread-safe.
 */
public final class DirCcacheCollection {

  /** The name of the file naming the primary cache. */
  public static final String PRIMARY_FILE = "primary";
  /** The default primary cache name. */
  public static final String DEFAULT_PRIMARY = "tkt";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final Path dir;
  private final int newVersion;

  private DirCcacheCollection(Path dir, int newVersion) {
    this.dir = dir;
    this.newVersion = newVersion;
  }

  /**
   * A collection in a directory (which need not exist yet).
   *
   * @param dir the directory; not null
   * @return the collection
   */
  public static DirCcacheCollection of(Path dir) {
    return new DirCcacheCollection(dir, 4);
  }

  static DirCcacheCollection of(Path dir, int newVersion) {
    return new DirCcacheCollection(dir, newVersion);
  }

  /** @return the directory */
  public Path directory() {
    return dir;
  }

  /** @return the collection name, {@code DIR:dir} */
  public String name() {
    return "DIR:" + dir;
  }

  /**
   * @param name a file name
   * @return true for a valid member name ({@code tkt…} without {@code /})
   */
  public static boolean isMemberName(String name) {
    return name.startsWith("tkt") && name.indexOf('/') < 0 && name.indexOf('\0') < 0;
  }

  /**
   * The primary cache's file name: the first line of {@code primary}, or {@value
   * #DEFAULT_PRIMARY} when the file is missing or does not hold a valid member name.
   *
   * @return the file name
   * @throws CcacheException {@link Kind#IO} when {@code primary} cannot be read
   */
  public String primaryName() throws CcacheException {
    byte[] b;
    try {
      b = LockedFile.read(dir.resolve(PRIMARY_FILE), 4096);
    } catch (LockedFile.TooLargeException e) {
      return DEFAULT_PRIMARY;
    } catch (IOException e) {
      throw new CcacheException(Kind.IO, name() + ": " + e.getMessage(), e);
    }
    if (b == null) {
      return DEFAULT_PRIMARY;
    }
    String s = new String(b, StandardCharsets.UTF_8);
    int nl = s.indexOf('\n');
    String first = nl < 0 ? s : s.substring(0, nl);
    return isMemberName(first) ? first : DEFAULT_PRIMARY;
  }

  /**
   * @return the primary cache
   * @throws CcacheException {@link Kind#IO} when {@code primary} cannot be read
   */
  public FileCcache primary() throws CcacheException {
    return member(primaryName());
  }

  /**
   * A member cache.
   *
   * @param fileName its file name, starting with {@code tkt}; not null
   * @return the cache
   * @throws CcacheException {@link Kind#BAD_NAME} for an invalid member name
   */
  public FileCcache member(String fileName) throws CcacheException {
    if (!isMemberName(fileName)) {
      throw new CcacheException(Kind.BAD_NAME, "DIR member names start with 'tkt': " + fileName);
    }
    Path p = dir.resolve(fileName);
    return new FileCcache(p, "DIR::" + p, "DIR", newVersion, () -> prepare(fileName), null);
  }

  /**
   * The existing member caches in name order.
   *
   * @return the members; empty when the directory does not exist
   * @throws CcacheException {@link Kind#IO} when the directory cannot be listed
   */
  public List<FileCcache> members() throws CcacheException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        Path fn = p.getFileName();
        if (fn != null && isMemberName(fn.toString()) && Files.isRegularFile(p)) {
          names.add(fn.toString());
        }
      }
    } catch (IOException e) {
      throw new CcacheException(Kind.IO, name() + ": " + e.getMessage(), e);
    }
    names.sort(null);
    List<FileCcache> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(member(n));
    }
    return out;
  }

  /**
   * Reserves a new member with a unique name ({@code tkt} + 6 random characters, as MIT's
   * {@code mkstemp} names them), created empty with mode 0600.
   *
   * @return the new (uninitialized) member
   * @throws CcacheException {@link Kind#IO} when the file cannot be created
   */
  public FileCcache newMember() throws CcacheException {
    createDirectory();
    for (int attempt = 0; attempt < 100; attempt++) {
      StringBuilder sb = new StringBuilder(DEFAULT_PRIMARY);
      for (int i = 0; i < 6; i++) {
        sb.append(NAME_CHARS.charAt(RANDOM.nextInt(NAME_CHARS.length())));
      }
      Path p = dir.resolve(sb.toString());
      try {
        Files.createFile(p, PosixFilePermissions.asFileAttribute(LockedFile.OWNER_ONLY));
        return member(sb.toString());
      } catch (FileAlreadyExistsException e) {
        // try another name
      } catch (IOException e) {
        throw new CcacheException(Kind.IO, name() + ": " + e.getMessage(), e);
      }
    }
    throw new CcacheException(Kind.IO, name() + ": could not create a unique cache file");
  }

  /**
   * Makes a member the primary cache.
   *
   * @param member a member of this collection; not null
   * @throws CcacheException {@link Kind#BAD_NAME} when it is not a member of this directory,
   *     {@link Kind#IO} when {@code primary} cannot be written
   */
  public void switchTo(FileCcache member) throws CcacheException {
    Path fn = member.path().getFileName();
    Path parent = member.path().getParent();
    if (fn == null || parent == null || !parent.equals(dir) || !isMemberName(fn.toString())) {
      throw new CcacheException(Kind.BAD_NAME, member.name() + " is not a member of " + name());
    }
    createDirectory();
    writePrimary(fn.toString(), false);
  }

  private void prepare(String fileName) throws CcacheException {
    createDirectory();
    writePrimary(fileName, true);
  }

  private void writePrimary(String fileName, boolean onlyIfMissing) throws CcacheException {
    try {
      LockedFile.update(dir.resolve(PRIMARY_FILE), 4096, LockedFile.OWNER_ONLY,
          cur -> cur != null && onlyIfMissing ? null
              : (fileName + "\n").getBytes(StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new CcacheException(Kind.IO, name() + ": " + e.getMessage(), e);
    }
  }

  private void createDirectory() throws CcacheException {
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rwx------")));
    } catch (IOException | UnsupportedOperationException e) {
      throw new CcacheException(Kind.IO, name() + ": cannot create the directory: " + e, e);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
