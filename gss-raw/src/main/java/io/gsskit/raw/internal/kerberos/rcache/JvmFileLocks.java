package io.gsskit.raw.internal.kerberos.rcache;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One in-process lock per replay cache file. {@link java.nio.channels.FileChannel#lock()} locks
 * against other processes only (a second lock on the same file from the same JVM throws), so
 * threads of this JVM first serialise on this lock, then take the file lock.
 *
 * <p>The registry is the one piece of process-wide mutable state of the package; it holds one
 * small lock object per distinct cache file ever used, keyed by the file's real path.
 */
final class JvmFileLocks {

  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private JvmFileLocks() {}

  /** @return the lock for the file with this real path (the same object for the same path) */
  static ReentrantLock forRealPath(String realPath) {
    return LOCKS.computeIfAbsent(realPath, p -> new ReentrantLock());
  }
}
