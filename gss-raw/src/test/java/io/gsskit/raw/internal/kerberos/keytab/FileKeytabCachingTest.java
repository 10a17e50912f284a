package io.gsskit.raw.internal.kerberos.keytab;

import static io.gsskit.raw.internal.kerberos.keytab.KeytabGolden.principal;
import static io.gsskit.raw.internal.kerberos.keytab.KeytabLookupTest.e;
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

/** The per-path cache of parsed FILE keytabs: hits do not parse, every change is seen. */
class FileKeytabCachingTest {

  private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 60_000);

  @TempDir
  Path dir;

  private static void writeOld(Path p, byte[] b) throws Exception {
    Files.write(p, b);
    Files.setLastModifiedTime(p, OLD);
  }

  private static Object inode(Path p) throws Exception {
    return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
  }

  @Test
  void anUnchangedFileIsParsedOnceAndEachReadGetsItsOwnKeys() throws Exception {
    Path p = dir.resolve("kt");
    List<KeytabEntry> list = List.of(e("HTTP/h@R", 1, 3, 18), e("HTTP/h@R", 1, 3, 17));
    writeOld(p, KeytabCodec.encode(list));
    FileKeytab kt = FileKeytab.of(p);
    long before = FileKeytab.DECODES.get();
    List<KeytabEntry> first = kt.entries();
    assertThat(kt.find(principal("HTTP/h@R"), 3, 17).found()).isPresent();
    List<KeytabEntry> second = FileKeytab.of(p).entries();
    assertThat(FileKeytab.DECODES.get() - before).isEqualTo(1);
    assertThat(first).isEqualTo(list);
    assertThat(second).isEqualTo(list);
    first.get(0).destroy();
    assertThat(second.get(0).key().keyValue()).containsExactly(3, 18);
    assertThat(kt.entries()).isEqualTo(list);
    assertThat(FileKeytab.DECODES.get() - before).isEqualTo(1);
  }

  @Test
  void aRecentlyModifiedFileIsNotCached() throws Exception {
    Path p = dir.resolve("kt");
    Files.write(p, KeytabCodec.encode(List.of(e("HTTP/h@R", 1, 3, 18))));
    FileKeytab kt = FileKeytab.of(p);
    long before = FileKeytab.DECODES.get();
    kt.entries();
    kt.entries();
    assertThat(FileKeytab.DECODES.get() - before).isEqualTo(2);
  }

  @Test
  void anExternalRewriteWithTheSameSizeAndTimeButAnotherInodeIsSeen() throws Exception {
    Path p = dir.resolve("kt");
    List<KeytabEntry> a = List.of(e("HTTP/h@R", 1, 3, 18));
    List<KeytabEntry> b = List.of(e("HTTP/h@R", 1, 4, 18));
    byte[] bytesB = KeytabCodec.encode(b);
    writeOld(p, KeytabCodec.encode(a));
    assertThat(Files.size(p)).isEqualTo(bytesB.length);
    FileKeytab kt = FileKeytab.of(p);
    assertThat(kt.entries()).isEqualTo(a);
    assertThat(kt.entries()).isEqualTo(a);
    Object oldInode = inode(p);

    Path tmp = dir.resolve("kt.new");
    writeOld(tmp, bytesB);
    Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    assertThat(inode(p)).isNotEqualTo(oldInode);
    assertThat(kt.entries()).isEqualTo(b);
  }

  @Test
  void anExternalInPlaceAppendIsSeen() throws Exception {
    Path p = dir.resolve("kt");
    byte[] one = KeytabCodec.encode(List.of(e("HTTP/h@R", 1, 3, 18)));
    byte[] two = KeytabCodec.encode(List.of(e("HTTP/h@R", 1, 3, 18), e("HTTP/h@R", 1, 4, 18)));
    assertThat(Arrays.copyOf(two, one.length)).isEqualTo(one);
    writeOld(p, one);
    FileKeytab kt = FileKeytab.of(p);
    assertThat(kt.entries()).hasSize(1);
    assertThat(kt.entries()).hasSize(1);
    Object oldInode = inode(p);

    Files.write(p, Arrays.copyOfRange(two, one.length, two.length), StandardOpenOption.APPEND);
    assertThat(inode(p)).isEqualTo(oldInode);
    assertThat(kt.find(principal("HTTP/h@R"), 0, 0).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(4L);
  }

  @Test
  void writesThroughOneInstanceAreSeenByAnother() throws Exception {
    Path p = dir.resolve("kt");
    FileKeytab writer = FileKeytab.of(p);
    writer.add(e("HTTP/h@R", 1, 3, 18));
    Files.setLastModifiedTime(p, OLD);
    FileKeytab reader = FileKeytab.of(p);
    assertThat(reader.entries()).hasSize(1);
    assertThat(reader.entries()).hasSize(1);

    writer.add(e("HTTP/h@R", 1, 4, 18));
    assertThat(reader.entries()).hasSize(2);
    writer.remove(x -> x.kvno() == 3);
    assertThat(reader.entries()).containsExactly(e("HTTP/h@R", 1, 4, 18));
  }
}
