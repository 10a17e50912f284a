package io.gsskit.raw.internal.kerberos.rcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class File2ReplayCacheTest {

  private static final long T0 = 1_700_000_000L;
  private static final Duration SKEW = Duration.ofSeconds(300);

  @TempDir Path tmp;

  private static ReplayTag tag(long i) throws ReplayCacheException {
    byte[] b = new byte[12];
    for (int k = 0; k < 8; k++) {
      b[k] = (byte) (i >>> (8 * k));
    }
    b[8] = (byte) 0xc3;
    return ReplayTag.of(b);
  }

  private File2ReplayCache file2(Path p, MutableClock clock) {
    return File2ReplayCache.file2(p, clock, SKEW, File2ReplayCache.MAX_FILE_SIZE);
  }

  private static ReplayCacheException.Reason reasonOf(Throwable e) {
    return ((ReplayCacheException) e).reason();
  }

  @Test
  void sipHash24MatchesTheReferenceVector() {
    // SipHash paper (Aumasson, Bernstein 2012), Appendix A: key 00..0f, message 00..0e.
    byte[] key = new byte[16];
    byte[] msg = new byte[15];
    for (int i = 0; i < 16; i++) {
      key[i] = (byte) i;
    }
    for (int i = 0; i < 15; i++) {
      msg[i] = (byte) i;
    }
    assertThat(File2ReplayCache.sipHash24(key, msg)).isEqualTo(0xa129ca6149be45e5L);
  }

  @Test
  void newFileStartsWithASeedAndOneRecordInTheFirstTable() throws Exception {
    Path p = tmp.resolve("new.rcache2");
    MutableClock clock = new MutableClock(T0);
    assertThat(file2(p, clock).checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
    byte[] bytes = Files.readAllBytes(p);
    assertThat(bytes.length).isBetween(16 + 16, 16 + 1024 * 16);
    assertThat((bytes.length - 16) % 16).isZero();
    // the record is the last 16 bytes: tag then big-endian timestamp
    int off = bytes.length - 16;
    byte[] expectedTag = tag(1).bytes();
    for (int i = 0; i < 12; i++) {
      assertThat(bytes[off + i]).isEqualTo(expectedTag[i]);
    }
    long stamp = java.nio.ByteBuffer.wrap(bytes, off + 12, 4).getInt() & 0xffffffffL;
    assertThat(stamp).isEqualTo(T0);
    if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(p)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void twoInstancesOnOneFileSeeEachOthersEntries() throws Exception {
    Path p = tmp.resolve("shared");
    MutableClock clock = new MutableClock(T0);
    File2ReplayCache a = file2(p, clock);
    File2ReplayCache b = file2(p, clock);
    for (int i = 0; i < 200; i++) {
      assertThat(a.checkAndStore(tag(i))).isEqualTo(ReplayStatus.FRESH);
    }
    for (int i = 0; i < 200; i++) {
      assertThat(b.checkAndStore(tag(i))).as("tag %d", i).isEqualTo(ReplayStatus.REPLAY);
      assertThat(b.checkAndStore(tag(1000 + i))).isEqualTo(ReplayStatus.FRESH);
      assertThat(a.checkAndStore(tag(1000 + i))).isEqualTo(ReplayStatus.REPLAY);
    }
  }

  @Test
  void processesSharingOneFileDetectEachOtherAndRaceToExactlyOneWinner() throws Exception {
    Path p = tmp.resolve("multi.rcache2");
    int processes = 3;
    int tags = 200;
    List<String> hex = new ArrayList<>();
    for (int i = 0; i < tags; i++) {
      hex.add(HexFormat.of().formatHex(tag(i).bytes()));
    }
    long startAt = System.currentTimeMillis() + 1500;
    List<Process> children = new ArrayList<>();
    for (int k = 0; k < processes; k++) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xshare:auto");
      cmd.add("-XX:TieredStopAtLevel=1");
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(File2ChildProcess.class.getName());
      cmd.add(p.toString());
      cmd.add(Long.toString(T0));
      cmd.add(Long.toString(startAt));
      List<String> order = new ArrayList<>(hex);
      Collections.shuffle(order, new Random(k));
      cmd.addAll(order);
      children.add(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }
    Map<String, Integer> freshCount = new HashMap<>();
    for (Process child : children) {
      String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(out).isZero();
      String[] lines = out.strip().split("\n");
      assertThat(lines).as(out).hasSize(tags);
      for (String line : lines) {
        String[] f = line.split(" ");
        assertThat(f[1]).as(line).isIn("FRESH", "REPLAY");
        if (f[1].equals("FRESH")) {
          freshCount.merge(f[0], 1, Integer::sum);
        }
      }
    }
    for (String h : hex) {
      assertThat(freshCount.getOrDefault(h, 0)).as("tag %s accepted once over all processes", h)
          .isEqualTo(1);
    }
    // and this JVM sees all of them
    File2ReplayCache here = file2(p, new MutableClock(T0));
    for (int i = 0; i < tags; i++) {
      assertThat(here.checkAndStore(tag(i))).isEqualTo(ReplayStatus.REPLAY);
    }
  }

  @Test
  void fileTooShortForTheSeedIsReinitialised() throws Exception {
    Path p = tmp.resolve("short");
    Files.write(p, new byte[] {1, 2, 3, 4, 5});
    File2ReplayCache rc = file2(p, new MutableClock(T0));
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.REPLAY);
    assertThat(Files.size(p)).isGreaterThanOrEqualTo(32);
    Files.write(p, new byte[0]);
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
  }

  @Test
  void randomGarbageIsReadAsRecordsAndTheCacheKeepsWorking() throws Exception {
    Path p = tmp.resolve("garbage");
    byte[] junk = new byte[100_003]; // not a multiple of the record size
    new Random(99).nextBytes(junk);
    Files.write(p, junk);
    // a clock inside the range of random 32-bit stamps: some junk is live, some expired
    File2ReplayCache rc = file2(p, new MutableClock(0x8000_0000L));
    for (int i = 0; i < 500; i++) {
      assertThat(rc.checkAndStore(tag(i))).isEqualTo(ReplayStatus.FRESH);
    }
    for (int i = 0; i < 500; i++) {
      assertThat(rc.checkAndStore(tag(i))).isEqualTo(ReplayStatus.REPLAY);
    }
  }

  @Test
  void truncatedTableKeepsItsWholeRecords() throws Exception {
    Path p = tmp.resolve("trunc");
    MutableClock clock = new MutableClock(T0);
    File2ReplayCache rc = file2(p, clock);
    for (int i = 0; i < 3000; i++) {
      rc.checkAndStore(tag(i));
    }
    long size = Files.size(p);
    // cut in the middle of a record
    try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(size / 2 + 7);
    }
    int stillThere = 0;
    for (int i = 0; i < 3000; i++) {
      if (rc.checkAndStore(tag(i)) == ReplayStatus.REPLAY) {
        stillThere++;
      }
    }
    assertThat(stillThere).isBetween(1, 2999);
    for (int i = 0; i < 3000; i++) {
      assertThat(rc.checkAndStore(tag(i))).isEqualTo(ReplayStatus.REPLAY);
    }
  }

  @Test
  void hugeSparseFileOfZerosIsAnEmptyCache() throws Exception {
    Path p = tmp.resolve("sparse");
    try (var ch =
        java.nio.channels.FileChannel.open(
            p, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), (1L << 30) - 1); // 1 GiB hole
    }
    File2ReplayCache rc = file2(p, new MutableClock(T0));
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.REPLAY);
    assertThat(Files.size(p)).isEqualTo(1L << 30);
  }

  @Test
  void fileSizeStaysBoundedUnderOneHundredThousandInserts() throws Exception {
    Path p = tmp.resolve("growth");
    MutableClock clock = new MutableClock(T0);
    File2ReplayCache rc = file2(p, clock);
    for (int i = 0; i < 100_000; i++) {
      if (i % 100 == 0) {
        clock.advance(Duration.ofSeconds(1)); // about 30 000 live entries at any time
      }
      assertThat(rc.checkAndStore(tag(i))).isEqualTo(ReplayStatus.FRESH);
    }
    // tables of 1023, 2048, ... slots: 8 tables end at 16 + 261 119 * 16 bytes, about 4 MiB
    long eightTables = 16 + 261_119L * 16;
    assertThat(Files.size(p)).isLessThanOrEqualTo(eightTables);
    long lastTableEnd = endOfTableHolding(Files.size(p));
    for (int i = 100_000; i < 130_000; i++) {
      if (i % 100 == 0) {
        clock.advance(Duration.ofSeconds(1));
      }
      rc.checkAndStore(tag(i));
    }
    // The file seed is random, so a later probe may touch a not-yet-written slot of the last
    // table (the file grows within it); what must not happen is a ninth table.
    assertThat(Files.size(p)).as("steady state reuses expired slots, no new table")
        .isLessThanOrEqualTo(lastTableEnd);
  }

  /** The file offset where the table containing byte {@code size - 1} ends (1023, 2048, 4096 …). */
  private static long endOfTableHolding(long size) {
    long end = 16 + 1023L * 16;
    long slots = 2048;
    while (end < size) {
      end += slots * 16;
      slots *= 2;
    }
    return end;
  }

  @Test
  void sizeLimitFailsClosedWhenEveryCandidateIsLive() throws Exception {
    Path p = tmp.resolve("capped");
    MutableClock clock = new MutableClock(T0);
    long firstTableOnly = 16 + 1023L * 16;
    File2ReplayCache rc = File2ReplayCache.file2(p, clock, SKEW, firstTableOnly);
    ReplayCacheException full = null;
    int stored = 0;
    for (int i = 0; i < 5000 && full == null; i++) {
      try {
        rc.checkAndStore(tag(i));
        stored++;
      } catch (ReplayCacheException e) {
        full = e;
      }
    }
    assertThat(full).isNotNull();
    assertThat(full.reason()).isEqualTo(ReplayCacheException.Reason.FULL);
    assertThat(stored).isBetween(10, 1023);
    assertThat(Files.size(p)).isLessThanOrEqualTo(firstTableOnly + 16);
    // known tags are still recognised, and after the window the slots are reusable
    assertThat(rc.checkAndStore(tag(0))).isEqualTo(ReplayStatus.REPLAY);
    clock.advance(Duration.ofSeconds(301));
    assertThat(rc.checkAndStore(tag(999_999))).isEqualTo(ReplayStatus.FRESH);
  }

  @Test
  void directoryInsteadOfAFileFailsClosed() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("adir"));
    File2ReplayCache rc = file2(dir, new MutableClock(T0));
    assertThatThrownBy(() -> rc.checkAndStore(tag(1)))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(File2ReplayCacheTest::reasonOf)
        .isIn(ReplayCacheException.Reason.IO_ERROR, ReplayCacheException.Reason.UNSAFE_FILE);
  }

  @Test
  void missingDirectoryFailsClosed() {
    File2ReplayCache rc = file2(tmp.resolve("no/such/dir/rc"), new MutableClock(T0));
    assertThatThrownBy(() -> rc.checkAndStore(tag(1)))
        .isInstanceOf(ReplayCacheException.class)
        .hasMessageContaining("no/such/dir")
        .extracting(File2ReplayCacheTest::reasonOf)
        .isEqualTo(ReplayCacheException.Reason.IO_ERROR);
  }

  @Test
  void unwritableFileFailsClosed() throws Exception {
    Assumptions.assumeTrue(
        tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX modes");
    Path p = tmp.resolve("ro");
    file2(p, new MutableClock(T0)).checkAndStore(tag(1));
    Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
    Assumptions.assumeFalse(Files.isWritable(p), "running as root: mode bits are not enforced");
    assertThatThrownBy(() -> file2(p, new MutableClock(T0)).checkAndStore(tag(2)))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(File2ReplayCacheTest::reasonOf)
        .isEqualTo(ReplayCacheException.Reason.IO_ERROR);
  }

  @Test
  void dflRefusesASymbolicLinkButFile2FollowsIt() throws Exception {
    Path target = tmp.resolve("target");
    Path link = tmp.resolve("link");
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links not supported: " + e);
    }
    File2ReplayCache dfl = File2ReplayCache.dfl(link, OptionalLong.empty(), new MutableClock(T0), SKEW);
    assertThatThrownBy(() -> dfl.checkAndStore(tag(1)))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(File2ReplayCacheTest::reasonOf)
        .isEqualTo(ReplayCacheException.Reason.UNSAFE_FILE);
    assertThat(Files.exists(target)).isFalse();
    assertThat(file2(link, new MutableClock(T0)).checkAndStore(tag(1)))
        .isEqualTo(ReplayStatus.FRESH);
    assertThat(Files.isRegularFile(target)).isTrue();
  }

  @Test
  void dflRefusesAFileOwnedBySomeoneElse() throws Exception {
    Path p = tmp.resolve("krb5_x.rcache2");
    Files.write(p, new byte[0]);
    Object uid;
    try {
      uid = Files.getAttribute(p, "unix:uid");
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no unix uids here");
      return;
    }
    long actual = ((Integer) uid).longValue();
    File2ReplayCache wrongOwner =
        File2ReplayCache.dfl(p, OptionalLong.of(actual + 1), new MutableClock(T0), SKEW);
    assertThatThrownBy(() -> wrongOwner.checkAndStore(tag(1)))
        .isInstanceOf(ReplayCacheException.class)
        .hasMessageContaining("owned by uid " + actual)
        .extracting(File2ReplayCacheTest::reasonOf)
        .isEqualTo(ReplayCacheException.Reason.UNSAFE_FILE);
    File2ReplayCache rightOwner =
        File2ReplayCache.dfl(p, OptionalLong.of(actual), new MutableClock(T0), SKEW);
    assertThat(rightOwner.checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
    assertThat(rightOwner.name()).isEqualTo("dfl:");
  }

  @Test
  void fifoIsNotARegularFile() throws Exception {
    Path fifo = tmp.resolve("fifo");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo not available: " + e);
      return;
    }
    Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
    assertThatThrownBy(() -> file2(fifo, new MutableClock(T0)).checkAndStore(tag(1)))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(File2ReplayCacheTest::reasonOf)
        .isEqualTo(ReplayCacheException.Reason.UNSAFE_FILE);
  }
}
