package io.gsskit.raw.internal.kerberos.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cheap snapshot of what a path currently is, for caches of parsed files (profiles, keytabs,
 * ccaches): whether it exists, its size, its modification time (at the file system's resolution)
 * and its file key (device and inode on Unix), following symbolic links. Two equal stamps mean the
 * file was, as far as one {@code stat} can tell, not changed, replaced or renamed over; a change
 * that keeps size, modification time and inode is not seen (the same limit as {@code make}).
 * Immutable and thread-safe.
 *
 * @param exists whether the path existed
 * @param directory whether it was a directory
 * @param size its size in bytes (0 when missing)
 * @param modifiedNanos its modification time in nanoseconds since the epoch (0 when missing)
 * @param fileKey the file key, or null when missing or not provided by the file system
 */
public record FileStamp(boolean exists, boolean directory, long size, long modifiedNanos,
    @Nullable Object fileKey) {

  private static final FileStamp MISSING = new FileStamp(false, false, 0, 0, null);

  /**
   * Takes the stamp of a path; never throws.
   *
   * @param path the path; not null
   * @return its stamp; a path that cannot be read (missing, no permission) has the missing stamp
   */
  public static FileStamp of(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      long mtime = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
      return new FileStamp(true, a.isDirectory(), a.size(), mtime, a.fileKey());
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return MISSING;
    }
  }
}
