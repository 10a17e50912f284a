package io.gsskit.raw.internal.kerberos.ccache;

import static io.gsskit.raw.internal.kerberos.ccache.FileCcacheTest.cred;
import static io.gsskit.raw.internal.kerberos.ccache.Golden.principal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-path cache of parsed FILE ccaches: hits do not parse, every change is seen. */
class FileCcacheCachingTest {

  private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 60_000);

  @TempDir
  Path dir;

  private static CcacheContents contents(Credential... creds) {
    return CcacheContents.empty(principal("alice@R"), KdcTimeOffset.NONE)
        .withCredentials(List.of(creds));
  }

  private static void writeOld(Path p, byte[] b) throws Exception {
    Files.write(p, b);
    Files.setLastModifiedTime(p, OLD);
  }

  private static Object inode(Path p) throws Exception {
    return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
  }

  @Test
  void anUnchangedFileIsParsedOnceAndEachReadGetsItsOwnKeys() throws Exception {
    Path p = dir.resolve("cc");
    CcacheContents c = contents(cred("alice@R", "krbtgt/R@R", 18, 100));
    writeOld(p, CcacheCodec.encode(c));
    FileCcache cc = FileCcache.of(p);
    long before = FileCcache.DECODES.get();
    CcacheContents first = cc.read().orElseThrow();
    CcacheContents second = cc.read().orElseThrow();
    CcacheContents third = FileCcache.of(p).read().orElseThrow();
    assertThat(FileCcache.DECODES.get() - before).isEqualTo(1);
    assertThat(first).isEqualTo(c);
    assertThat(second).isEqualTo(c);
    assertThat(third).isEqualTo(c);
    // a caller destroying its keys does not touch the cached copy or other callers' copies
    first.credentials().get(0).destroy();
    assertThat(second.credentials().get(0).key().keyValue()).containsExactly(1, 2, 3, 18);
    assertThat(cc.read().orElseThrow()).isEqualTo(c);
    assertThat(second.credentials().get(0).key()).isNotSameAs(third.credentials().get(0).key());
    assertThat(FileCcache.DECODES.get() - before).isEqualTo(1);
  }

  @Test
  void aRecentlyModifiedFileIsNotCached() throws Exception {
    Path p = dir.resolve("cc");
    Files.write(p, CcacheCodec.encode(contents(cred("alice@R", "krbtgt/R@R", 18, 100))));
    FileCcache cc = FileCcache.of(p);
    long before = FileCcache.DECODES.get();
    cc.read();
    cc.read();
    assertThat(FileCcache.DECODES.get() - before).isEqualTo(2);
  }

  @Test
  void anExternalRewriteWithTheSameSizeAndTimeButAnotherInodeIsSeen() throws Exception {
    Path p = dir.resolve("cc");
    CcacheContents a = contents(cred("alice@R", "HTTP/a@R", 18, 100));
    CcacheContents b = contents(cred("alice@R", "HTTP/b@R", 17, 200));
    byte[] bytesA = CcacheCodec.encode(a);
    byte[] bytesB = CcacheCodec.encode(b);
    assertThat(bytesB).hasSameSizeAs(bytesA);
    writeOld(p, bytesA);
    FileCcache cc = FileCcache.of(p);
    assertThat(cc.read()).contains(a);
    assertThat(cc.read()).contains(a);
    Object oldInode = inode(p);

    Path tmp = dir.resolve("cc.new");
    writeOld(tmp, bytesB);
    Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    assertThat(inode(p)).isNotEqualTo(oldInode);
    assertThat(Files.getLastModifiedTime(p)).isEqualTo(OLD);
    assertThat(cc.read()).contains(b);
  }

  @Test
  void anExternalInPlaceAppendIsSeen() throws Exception {
    Path p = dir.resolve("cc");
    Credential tgt = cred("alice@R", "krbtgt/R@R", 18, 100);
    Credential svc = cred("alice@R", "HTTP/h@R", 18, 100);
    byte[] one = CcacheCodec.encode(contents(tgt));
    byte[] two = CcacheCodec.encode(contents(tgt, svc));
    assertThat(Arrays.copyOf(two, one.length)).isEqualTo(one); // MIT appends records in place
    writeOld(p, one);
    FileCcache cc = FileCcache.of(p);
    assertThat(cc.read().orElseThrow().credentials()).containsExactly(tgt);
    assertThat(cc.read().orElseThrow().credentials()).containsExactly(tgt);
    Object oldInode = inode(p);

    Files.write(p, Arrays.copyOfRange(two, one.length, two.length), StandardOpenOption.APPEND);
    assertThat(inode(p)).isEqualTo(oldInode);
    assertThat(cc.read().orElseThrow().credentials()).containsExactly(tgt, svc);
  }

  @Test
  void storeThroughOneInstanceIsSeenByAnother() throws Exception {
    Path p = dir.resolve("cc");
    FileCcache writer = FileCcache.of(p);
    writer.initialize(principal("alice@R"));
    writer.store(cred("alice@R", "krbtgt/R@R", 18, 100));
    Files.setLastModifiedTime(p, OLD);
    FileCcache reader = FileCcache.of(p);
    assertThat(reader.credentials()).hasSize(1);
    assertThat(reader.credentials()).hasSize(1); // cached now

    writer.store(cred("alice@R", "HTTP/h@R", 17, 100));
    assertThat(reader.retrieve(principal("HTTP/h@R"), 17)).isPresent();
    writer.remove(c -> c.server().equals(principal("HTTP/h@R")));
    assertThat(reader.retrieve(principal("HTTP/h@R"), 0)).isEmpty();
    assertThat(writer.destroy()).isTrue();
    assertThat(reader.read()).isEmpty();
  }

  @Test
  void anExternalDeleteIsSeen() throws Exception {
    Path p = dir.resolve("cc");
    writeOld(p, CcacheCodec.encode(contents(cred("alice@R", "krbtgt/R@R", 18, 100))));
    FileCcache cc = FileCcache.of(p);
    assertThat(cc.read()).isPresent();
    assertThat(cc.read()).isPresent();
    Files.delete(p);
    assertThat(cc.read()).isEmpty();
  }
}
