package io.gsskit.raw.internal.kerberos.rcache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The {@code file2} replay cache: a file in MIT krb5's "replay cache file format" version 2 (MIT
 * krb5 1.18+, {@code doc/formats/rcache_file_format.rst}), so MIT acceptors and this library can
 * share one cache file.
 *
 * <p>Format (facts from MIT's documentation): bytes 0–15 are a SipHash-2-4 key filled with random
 * bytes when the file is created. The rest is a series of hash tables of 16-byte records (a 12-byte
 * tag, then a 4-byte big-endian timestamp in seconds): table 1 has 1023 slots at offset 16, table 2
 * has 2048 slots, and each further table doubles. A tag hashes, with the seed's first byte
 * incremented once per table after the first, to an index (hash modulo the table's slot count, as
 * MIT 1.20 computes it) in each table; the record lives at that slot or the next one. Tables are searched in order until a candidate slot is empty (timestamp 0)
 * or beyond the end of the file; a new record goes to the earliest candidate that is empty, expired
 * ({@code timestamp + skew < now}) or beyond the end. The file is sparse where the filesystem
 * allows. All accesses happen under an exclusive POSIX lock of the whole file.
 *
 * <p>Differences from MIT, all confined to states MIT itself never produces or never acts on:
 *
 * <ul>
 *   <li>A matching record whose timestamp has expired is not a replay here: its slot is refreshed
 *       with the current time and the tag reported {@link ReplayStatus#FRESH}. (MIT reports such a
 *       match as a replay; since an authenticator older than the skew is rejected by the clock
 *       check before the cache is consulted, both answers reject the same messages.)
 *   <li>A slot with timestamp 0 is empty and never matches (MIT would match an all-zero tag).
 *   <li>A file shorter than the 16-byte seed is reinitialised: truncated and given a new random
 *       seed. (MIT writes a new seed after whatever it read.) Any other content, including random
 *       bytes, is a valid file in this format: garbage records are at worst live entries that
 *       expire or, with negligible probability, collide with a real tag.
 *   <li>Growth stops at {@code maxFileSize} (default MIT's 2^31−1 bytes): a tag whose every
 *       candidate is live and would need the file to grow beyond it is refused with {@link
 *       ReplayCacheException.Reason#FULL} (fail closed).
 * </ul>
 *
 * <p>Thread-safe and multi-process safe: threads of one JVM serialise on an in-process lock per
 * file, processes on the file lock. The file is opened for every check (as MIT does), so a deleted
 * or replaced file is picked up.
 */
public final class File2ReplayCache implements ReplayCache {

  /** MIT's limit on the file size: {@code INT32_MAX}. */
  public static final long MAX_FILE_SIZE = Integer.MAX_VALUE;

  static final int SEED_LEN = 16;
  static final int TAG_LEN = 12;
  static final int RECORD_LEN = TAG_LEN + 4;
  static final int FIRST_TABLE_RECORDS = 1023;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path path;
  private final String name;
  private final Clock clock;
  private final long skewSeconds;
  private final long maxFileSize;
  private final boolean sharedDirectorySafety;
  private final OptionalLong requiredOwner;

  private File2ReplayCache(
      Path path,
      String name,
      Clock clock,
      Duration skew,
      long maxFileSize,
      boolean sharedDirectorySafety,
      OptionalLong requiredOwner) {
    this.path = Objects.requireNonNull(path, "path");
    this.name = name;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.skewSeconds = ReplayTimes.skewSeconds(skew);
    if (maxFileSize < SEED_LEN + 2L * RECORD_LEN || maxFileSize > MAX_FILE_SIZE) {
      throw new IllegalArgumentException("maxFileSize out of range: " + maxFileSize);
    }
    this.maxFileSize = maxFileSize;
    this.sharedDirectorySafety = sharedDirectorySafety;
    this.requiredOwner = requiredOwner;
  }

  /**
   * A {@code file2:} cache at an explicit path (created on first use, mode 0600). As in MIT, the
   * path may be a symbolic link; it must name a regular file.
   *
   * @param path the cache file
   * @param clock the time source
   * @param skew the clock-skew window entries live for
   * @param maxFileSize the size the file may grow to, at most {@link #MAX_FILE_SIZE}
   * @return the cache (no file access happens until the first check)
   * @throws IllegalArgumentException when skew is negative or maxFileSize out of range
   */
  public static File2ReplayCache file2(Path path, Clock clock, Duration skew, long maxFileSize) {
    return new File2ReplayCache(
        path, "file2:" + path, clock, skew, maxFileSize, false, OptionalLong.empty());
  }

  /**
   * The {@code dfl:} cache: file2 at a default path in a shared temporary directory, opened without
   * following a symbolic link and refused unless owned by {@code owner} (MIT's checks for {@code
   * dfl}).
   *
   * @param path the default file ({@code DIR/krb5_EUID.rcache2})
   * @param owner the effective uid that must own the file, or empty where uids are unknown
   * @param clock the time source
   * @param skew the clock-skew window
   * @return the cache
   */
  public static File2ReplayCache dfl(Path path, OptionalLong owner, Clock clock, Duration skew) {
    return new File2ReplayCache(path, "dfl:", clock, skew, MAX_FILE_SIZE, true, owner);
  }

  /** @return the cache file */
  public Path path() {
    return path;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ReplayStatus checkAndStore(ReplayTag tag) throws ReplayCacheException {
    byte[] tag12 = tag.coerced(TAG_LEN);
    long now = ReplayTimes.now(clock);
    try (FileChannel ch = open()) {
      String realPath = realPath();
      ReentrantLock jvmLock = JvmFileLocks.forRealPath(realPath);
      jvmLock.lock();
      try {
        FileLock fileLock = ch.lock(); // released when the channel closes, on every path
        try {
          return store(ch, tag12, now);
        } finally {
          fileLock.release();
        }
      } catch (OverlappingFileLockException e) {
        throw new ReplayCacheException(
            ReplayCacheException.Reason.IO_ERROR,
            "replay cache " + path + " is locked by another channel of this JVM", e);
      } finally {
        jvmLock.unlock();
      }
    } catch (IOException e) {
      throw new ReplayCacheException(
          ReplayCacheException.Reason.IO_ERROR,
          "replay cache " + path + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          e);
    }
  }

  private String realPath() throws IOException {
    return path.toRealPath().toString();
  }

  private FileChannel open() throws ReplayCacheException {
    Set<OpenOption> options =
        new HashSet<>(
            Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE));
    if (sharedDirectorySafety) {
      options.add(LinkOption.NOFOLLOW_LINKS);
    }
    FileAttribute<?>[] attributes = new FileAttribute<?>[0];
    Path dir = path.toAbsolutePath().getParent();
    if (dir != null && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      attributes =
          new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
          };
    }
    FileChannel ch;
    try {
      ch = FileChannel.open(path, options, attributes);
    } catch (IOException | UnsupportedOperationException e) {
      if (sharedDirectorySafety && Files.isSymbolicLink(path)) {
        throw new ReplayCacheException(
            ReplayCacheException.Reason.UNSAFE_FILE,
            "replay cache " + path + " is a symbolic link", e);
      }
      throw new ReplayCacheException(
          ReplayCacheException.Reason.IO_ERROR,
          "cannot open replay cache " + path + ": " + e.getClass().getSimpleName() + ": "
              + e.getMessage(),
          e);
    }
    try {
      checkFile();
      return ch;
    } catch (ReplayCacheException | RuntimeException e) {
      closeQuietly(ch, e);
      throw e;
    }
  }

  private void checkFile() throws ReplayCacheException {
    LinkOption[] links =
        sharedDirectorySafety ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, links);
      if (!attrs.isRegularFile()) {
        throw new ReplayCacheException(
            ReplayCacheException.Reason.UNSAFE_FILE,
            "replay cache " + path + " is not a regular file");
      }
      if (requiredOwner.isPresent()) {
        Object uid;
        try {
          uid = Files.getAttribute(path, "unix:uid", links);
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
          return; // no uids on this platform
        }
        if (!(uid instanceof Integer u) || u.longValue() != requiredOwner.getAsLong()) {
          throw new ReplayCacheException(
              ReplayCacheException.Reason.UNSAFE_FILE,
              "replay cache " + path + " is owned by uid " + uid + ", not "
                  + requiredOwner.getAsLong());
        }
      }
    } catch (IOException e) {
      throw new ReplayCacheException(
          ReplayCacheException.Reason.IO_ERROR, "cannot stat replay cache " + path, e);
    }
  }

  private static void closeQuietly(FileChannel ch, Throwable primary) {
    try {
      ch.close();
    } catch (IOException e) {
      primary.addSuppressed(e);
    }
  }

  /** The check-and-store of one tag on a locked file. */
  private ReplayStatus store(FileChannel ch, byte[] tag, long now)
      throws IOException, ReplayCacheException {
    long size = ch.size();
    byte[] seed = new byte[SEED_LEN];
    if (size < SEED_LEN) {
      // New (or truncated) file: start over with a fresh seed.
      ch.truncate(0);
      RANDOM.nextBytes(seed);
      writeFully(ch, ByteBuffer.wrap(seed), 0);
      size = SEED_LEN;
    } else {
      readFully(ch, ByteBuffer.wrap(seed), 0);
    }
    byte seed0 = seed[0];
    ByteBuffer pair = ByteBuffer.allocate(2 * RECORD_LEN);
    byte[] recordTag = new byte[TAG_LEN];
    long available = -1;
    long tableOffset = SEED_LEN;
    long slots = FIRST_TABLE_RECORDS;
    for (int table = 0; ; table++) {
      if (table == 1) {
        tableOffset += slots * RECORD_LEN;
        slots = FIRST_TABLE_RECORDS + 1;
        slots *= 2;
      } else if (table > 1) {
        tableOffset += slots * RECORD_LEN;
        slots *= 2;
      }
      if (slots > MAX_FILE_SIZE / RECORD_LEN || tableOffset > MAX_FILE_SIZE - slots * RECORD_LEN) {
        return write(ch, available, size, tag, now);
      }
      seed[0] = (byte) (seed0 + table);
      // Index = SipHash mod the table's slot count. MIT's format document says "modulo one less
      // than the table size"; MIT 1.20 itself uses the slot count (so the second candidate of the
      // last slot is the next table's first slot). File2MitInteropTest pins this against MIT.
      long index = Long.remainderUnsigned(sipHash24(seed, tag), slots);
      long recordOffset = tableOffset + index * RECORD_LEN;

      pair.clear();
      int bytesRead = readUpTo(ch, pair, recordOffset);
      int records = bytesRead / RECORD_LEN;
      long[] stamps = new long[2];
      for (int i = 0; i < records; i++) {
        pair.get(i * RECORD_LEN, recordTag);
        stamps[i] = Integer.toUnsignedLong(pair.getInt(i * RECORD_LEN + TAG_LEN));
        if (stamps[i] != 0 && Arrays.equals(recordTag, tag)) {
          if (!ReplayTimes.expired(stamps[i], now, skewSeconds)) {
            return ReplayStatus.REPLAY;
          }
          writeRecord(ch, recordOffset + (long) i * RECORD_LEN, tag, now);
          return ReplayStatus.FRESH;
        }
      }
      if (available == -1) {
        if (records == 0 || stamps[0] == 0 || ReplayTimes.expired(stamps[0], now, skewSeconds)) {
          available = recordOffset;
        } else if (records == 1
            || stamps[1] == 0
            || ReplayTimes.expired(stamps[1], now, skewSeconds)) {
          available = recordOffset + RECORD_LEN;
        }
      }
      if (records < 2 || stamps[0] == 0 || stamps[1] == 0) {
        return write(ch, available, size, tag, now);
      }
    }
  }

  private ReplayStatus write(FileChannel ch, long offset, long size, byte[] tag, long now)
      throws IOException, ReplayCacheException {
    long end = offset + RECORD_LEN;
    if (offset < 0 || (end > size && end > maxFileSize)) {
      throw new ReplayCacheException(
          ReplayCacheException.Reason.FULL,
          "replay cache " + path + " is full: every candidate slot is live and the file may not"
              + " grow beyond " + maxFileSize + " bytes");
    }
    writeRecord(ch, offset, tag, now);
    return ReplayStatus.FRESH;
  }

  private static void writeRecord(FileChannel ch, long offset, byte[] tag, long now)
      throws IOException {
    ByteBuffer record = ByteBuffer.allocate(RECORD_LEN);
    record.put(tag).putInt((int) now).flip();
    // Writing past the end leaves a hole, read back as zeros (empty slots) on every filesystem
    // in use; that is what makes the later tables sparse.
    writeFully(ch, record, offset);
  }

  /** SipHash-2-4 of the tag under the 16-byte seed, as a 64-bit unsigned value. */
  static long sipHash24(byte[] seed, byte[] tag) {
    SipHash mac = new SipHash(2, 4);
    mac.init(new KeyParameter(seed));
    mac.update(tag, 0, tag.length);
    return mac.doFinal();
  }

  private static int readUpTo(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    int total = 0;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, position + total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    int n = readUpTo(ch, buf, position);
    if (buf.hasRemaining()) {
      throw new IOException("short read at " + position + ": " + n + " bytes");
    }
  }

  private static void writeFully(FileChannel ch, ByteBuffer buf, long position)
      throws IOException {
    long p = position;
    while (buf.hasRemaining()) {
      p += ch.write(buf, p);
    }
  }

  @Override
  public String toString() {
    return "ReplayCache[" + name + " at " + path + "]";
  }
}
