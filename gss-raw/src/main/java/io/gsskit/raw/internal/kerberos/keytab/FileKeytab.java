package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.files.LockedFile;
import io.gsskit.raw.internal.kerberos.keytab.KeytabException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A keytab file ({@code FILE:path} or {@code WRFILE:path}; both are writable here). Reads take a
 * shared {@code fcntl} lock; changes rewrite the file as version 0x0502 without holes, atomically
 * under an exclusive lock, after checking that the new file decodes to the intended entries. A
 * failed write leaves the old file intact. New files get mode 0600; a rewritten file keeps its
 * mode (and, when permitted, owner and group). Damaged records of the old file are dropped by a
 * rewrite.
 *
 * <p>Thread-safe.
 */
public final class FileKeytab extends Keytab {

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
    byte[] b;
    try {
      b = LockedFile.read(path, KeytabCodec.MAX_FILE_BYTES);
    } catch (LockedFile.TooLargeException e) {
      throw new KeytabException(Kind.FORMAT, name() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new KeytabException(Kind.IO, name() + ": " + e.getMessage(), e);
    }
    return b == null ? Optional.empty() : Optional.of(decode(b));
  }

  private KeytabContents decode(byte[] b) throws KeytabException {
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
