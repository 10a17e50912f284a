package io.gsskit.raw.internal.kerberos.ccache;

import static io.gsskit.raw.internal.kerberos.ccache.Golden.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCcacheTest {

  @TempDir
  Path dir;

  static Credential cred(String client, String server, int enctype, long end) {
    return Credential.builder(principal(client), principal(server))
        .key(new EncryptionKey(enctype, new byte[] {1, 2, 3, (byte) enctype}))
        .times(1000, 1000, end, 0).ticket(("ticket for " + server).getBytes(
            StandardCharsets.US_ASCII)).build();
  }

  @Test
  void lifecycle() throws Exception {
    FileCcache cc = FileCcache.of(dir.resolve("cc"));
    assertThat(cc.name()).isEqualTo("FILE:" + dir.resolve("cc"));
    assertThat(cc.exists()).isFalse();
    assertThat(catchThrowableOfType(CcacheException.class, cc::principal).kind())
        .isEqualTo(Kind.NOT_FOUND);
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> cc.store(cred("a@R", "b@R", 18, 5))).kind()).isEqualTo(Kind.NOT_FOUND);

    cc.initialize(principal("alice@R"), new KdcTimeOffset(3, 4));
    assertThat(Files.getPosixFilePermissions(cc.path()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(cc.principal()).hasToString("alice@R");
    assertThat(cc.kdcOffset()).isEqualTo(new KdcTimeOffset(3, 4));
    assertThat(cc.credentials()).isEmpty();

    cc.store(cred("alice@R", "krbtgt/R@R", 18, 100));
    cc.store(cred("alice@R", "HTTP/h@R", 17, 100));
    cc.store(cred("alice@R", "HTTP/h@R", 18, 200));
    cc.setConfig("pa_type", principal("krbtgt/R@R"), "2".getBytes(StandardCharsets.US_ASCII));
    cc.setConfig("pa_type", principal("krbtgt/R@R"), "16".getBytes(StandardCharsets.US_ASCII));
    cc.setConfig("fast_avail", null, "yes".getBytes(StandardCharsets.US_ASCII));
    assertThat(cc.credentials()).hasSize(5);
    assertThat(new String(cc.config("pa_type", principal("krbtgt/R@R")).orElseThrow(),
        StandardCharsets.US_ASCII)).isEqualTo("16");
    assertThat(cc.config("pa_type", null)).isEmpty();
    assertThat(cc.config("fast_avail", null)).isPresent();

    KerberosPrincipal http = principal("HTTP/h@R");
    assertThat(cc.retrieve(http, 0).orElseThrow().endTime()).isEqualTo(200);
    assertThat(cc.retrieve(http, 17).orElseThrow().key().keyType()).isEqualTo(17);
    assertThat(cc.retrieve(http, 23)).isEmpty();
    assertThat(cc.retrieve(principal("krb5_ccache_conf_data/pa_type@X-CACHECONF:"), 0)).isEmpty();
    // name type is ignored when matching
    assertThat(cc.retrieve(new KerberosPrincipal("R", new io.gsskit.raw.internal.kerberos.proto
        .PrincipalName(3, List.of("HTTP", "h"))), 0)).isPresent();

    assertThat(cc.remove(c -> c.server().equals(http))).isEqualTo(2);
    assertThat(cc.retrieve(http, 0)).isEmpty();
    assertThat(cc.remove(c -> false)).isZero();

    cc.setKdcOffset(new KdcTimeOffset(-1, 0));
    assertThat(cc.kdcOffset()).isEqualTo(new KdcTimeOffset(-1, 0));

    cc.initialize(principal("bob@R"));
    assertThat(cc.credentials()).isEmpty();
    assertThat(cc.kdcOffset()).isEqualTo(KdcTimeOffset.NONE);

    assertThat(cc.destroy()).isTrue();
    assertThat(Files.exists(cc.path())).isFalse();
    assertThat(cc.destroy()).isFalse();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void emptyFileIsNoCacheAndCorruptFileCanBeReinitialized() throws Exception {
    Path p = dir.resolve("cc");
    Files.write(p, new byte[0]);
    FileCcache cc = FileCcache.of(p);
    assertThat(cc.exists()).isFalse();
    Files.write(p, new byte[] {5, 9, 0, 0});
    assertThat(catchThrowableOfType(CcacheException.class, cc::exists).kind())
        .isEqualTo(Kind.FORMAT);
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> cc.store(cred("a@R", "b@R", 1, 1))).kind()).isEqualTo(Kind.FORMAT);
    cc.initialize(principal("a@R"));
    assertThat(cc.principal()).hasToString("a@R");
  }

  @Test
  void existingVersionIsKeptAndNewCachesUseTheConfiguredVersion() throws Exception {
    Path p = dir.resolve("cc3");
    Files.write(p, Golden.bytes("mit-kinit-kvno-v3.ccache"));
    FileCcache cc = FileCcache.of(p);
    cc.store(cred("alice@MIT.TEST", "x@MIT.TEST", 18, 5));
    assertThat(Files.readAllBytes(p)[1]).isEqualTo((byte) 3);
    assertThat(cc.credentials()).hasSize(4);
    FileCcache v2 = FileCcache.of(dir.resolve("new"), 2);
    v2.initialize(principal("a@R"));
    assertThat(Files.readAllBytes(v2.path())[1]).isEqualTo((byte) 2);
    assertThat(v2.principal()).hasToString("a@R");
  }

  @Test
  void damagedTailIsDroppedOnTheNextWrite() throws Exception {
    Path p = dir.resolve("cc");
    byte[] g = Golden.bytes("mit-kinit-kvno-v4.ccache");
    Files.write(p, Arrays.copyOf(g, g.length - 3));
    FileCcache cc = FileCcache.of(p);
    assertThat(cc.contents().damage()).isNotNull();
    assertThat(cc.credentials()).hasSize(2);
    cc.store(cred("alice@MIT.TEST", "y@MIT.TEST", 18, 5));
    assertThat(cc.contents().damage()).isNull();
    assertThat(cc.credentials()).extracting(c -> c.server().toString())
        .containsExactly("krb5_ccache_conf_data/fast_avail/krbtgt\\/MIT.TEST\\@MIT.TEST"
            + "@X-CACHECONF:", "krbtgt/MIT.TEST@MIT.TEST", "y@MIT.TEST");
  }

  @Test
  void failedWriteLeavesTheOldFileIntact() throws Exception {
    Path p = dir.resolve("cc");
    FileCcache good = FileCcache.of(p);
    good.initialize(principal("a@R"));
    good.store(cred("a@R", "b@R", 18, 5));
    byte[] before = Files.readAllBytes(p);
    List<Long> tempSizes = new ArrayList<>();
    FileCcache failing = new FileCcache(p, "FILE:" + p, "FILE", 4, null, temp -> {
      tempSizes.add(Files.size(temp));
      throw new IOException("disk full (injected)");
    });
    CcacheException e = catchThrowableOfType(CcacheException.class,
        () -> failing.store(cred("a@R", "c@R", 18, 5)));
    assertThat(e.kind()).isEqualTo(Kind.IO);
    assertThat(e.getMessage()).contains("disk full");
    assertThat(tempSizes.get(0)).isGreaterThan(before.length); // the new content was written
    assertThat(Files.readAllBytes(p)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> failing.initialize(principal("z@R"))).kind()).isEqualTo(Kind.IO);
    assertThat(Files.readAllBytes(p)).isEqualTo(before);
  }

  @Test
  void refusesSymlinksFifosAndDirectories() throws Exception {
    Path target = dir.resolve("target");
    FileCcache.of(target).initialize(principal("a@R"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), target);
    FileCcache viaLink = FileCcache.of(link);
    assertThat(viaLink.principal()).hasToString("a@R"); // reading through a link is fine
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> viaLink.initialize(principal("b@R"))).getMessage()).contains("symbolic link");
    assertThat(FileCcache.of(target).principal()).hasToString("a@R");
    assertThat(viaLink.destroy()).isTrue();
    assertThat(Files.exists(target)).isTrue();

    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThat(catchThrowableOfType(CcacheException.class, () -> FileCcache.of(sub).read())
        .kind()).isEqualTo(Kind.IO);
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> FileCcache.of(sub).initialize(principal("b@R"))).getMessage())
        .contains("not a regular file");

    Path fifo = dir.resolve("fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    if (mk.waitFor() == 0) {
      assertThat(catchThrowableOfType(CcacheException.class, () -> FileCcache.of(fifo).read())
          .getMessage()).contains("not a regular file");
    }
  }

  @Test
  void plainReadersNeverSeeATornFileWhileWritersRewrite() throws Exception {
    Path p = dir.resolve("cc");
    FileCcache cc = FileCcache.of(p);
    cc.initialize(principal("a@R"));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger reads = new AtomicInteger();
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread r = new Thread(() -> {
        try {
          while (!stop.get()) {
            byte[] b = Files.readAllBytes(p); // no lock at all: only the rename protects us
            CcacheContents c = CcacheCodec.decode(b);
            if (c.damage() != null) {
              throw new AssertionError("torn cache: " + c.damage());
            }
            reads.incrementAndGet();
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      r.start();
      readers.add(r);
    }
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int id = t;
      Thread w = new Thread(() -> {
        try {
          for (int i = 0; i < 150; i++) {
            cc.store(cred("a@R", "s" + id + "x" + i + "@R", 18, i));
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      w.start();
      writers.add(w);
    }
    for (Thread w : writers) {
      w.join();
    }
    stop.set(true);
    for (Thread r : readers) {
      r.join();
    }
    assertThat(failure.get()).isNull();
    assertThat(reads.get()).isPositive();
    assertThat(cc.credentials()).hasSize(300); // no lost update between the two writers
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void rewriteKeepsPermissionsOfAnExistingFile() throws Exception {
    Path p = dir.resolve("cc");
    FileCcache cc = FileCcache.of(p);
    cc.initialize(principal("a@R"));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
    cc.store(cred("a@R", "b@R", 18, 5));
    assertThat(Files.getPosixFilePermissions(p))
        .isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
  }

  @Test
  void oversizedFileIsAFormatError() throws Exception {
    Path p = dir.resolve("big");
    try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {5, 4}), CcacheCodec.MAX_FILE_BYTES);
    }
    assertThat(catchThrowableOfType(CcacheException.class, () -> FileCcache.of(p).read())
        .kind()).isEqualTo(Kind.FORMAT);
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
