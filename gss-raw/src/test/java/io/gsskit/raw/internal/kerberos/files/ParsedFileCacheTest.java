package io.gsskit.raw.internal.kerberos.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedFileCacheTest {

  private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 60_000);

  @TempDir
  Path dir;

  /** Every copy the cache makes, to check that its own copies are zeroed. */
  private final List<byte[]> copies = new ArrayList<>();
  private final ParsedFileCache<byte[]> cache = new ParsedFileCache<>(2, b -> {
    byte[] c = b.clone();
    copies.add(c);
    return c;
  }, b -> java.util.Arrays.fill(b, (byte) 0));
  private final AtomicInteger loads = new AtomicInteger();

  private byte[] read(Path p) throws IOException {
    return cache.get(p, () -> {
      loads.incrementAndGet();
      return LockedFile.read(p, 1000);
    });
  }

  private Path oldFile(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    Files.setLastModifiedTime(p, OLD);
    return p;
  }

  @Test
  void hitsCopyAndInvalidationZeroesTheCachedCopy() throws Exception {
    Path p = oldFile("a", new byte[] {1, 2, 3});
    byte[] first = read(p);
    byte[] second = read(p);
    assertThat(loads).hasValue(1);
    assertThat(second).containsExactly(1, 2, 3).isNotSameAs(first);
    second[0] = 9;
    assertThat(read(p)).containsExactly(1, 2, 3);
    byte[] stored = copies.get(0);
    cache.invalidate(p);
    assertThat(stored).containsOnly(0);
    assertThat(cache.size()).isZero();
    assertThat(read(p)).containsExactly(1, 2, 3);
    assertThat(loads).hasValue(2);
  }

  @Test
  void evictionBeyondTheCapacityZeroesTheLeastRecentlyUsed() throws Exception {
    Path a = oldFile("a", new byte[] {1});
    Path b = oldFile("b", new byte[] {2});
    Path c = oldFile("c", new byte[] {3});
    read(a);
    read(b);
    read(a); // a is now the most recently used
    read(c);
    assertThat(cache.size()).isEqualTo(2);
    assertThat(copies.get(1)).containsOnly(0); // b's cached copy
    assertThat(copies.get(0)).containsExactly(1);
    int before = loads.get();
    read(a);
    read(c);
    assertThat(loads).hasValue(before);
    // copies: 0 = a stored, 1 = b stored, 2 = a handed out, 3 = c stored, 4/5 = handed out
    cache.clear();
    assertThat(copies.get(0)).containsOnly(0);
    assertThat(copies.get(3)).containsOnly(0);
    assertThat(copies.get(5)).containsExactly(3);
  }

  @Test
  void aChangedStampReloadsAndZeroesTheStaleCopy() throws Exception {
    Path p = oldFile("a", new byte[] {1, 2});
    read(p);
    read(p);
    Files.write(p, new byte[] {4, 5, 6});
    assertThat(read(p)).containsExactly(4, 5, 6);
    assertThat(copies.get(0)).containsOnly(0);
    assertThat(loads).hasValue(2);
  }

  @Test
  void failedLoadsAndMissingFilesAreNotCached() throws Exception {
    Path p = dir.resolve("missing");
    assertThat(read(p)).isNull();
    assertThat(cache.size()).isZero();
    Path q = oldFile("q", new byte[] {1});
    assertThatThrownBy(() -> cache.get(q, () -> {
      throw new IOException("boom");
    })).isInstanceOf(IOException.class);
    assertThat(cache.size()).isZero();
    assertThatThrownBy(() -> new ParsedFileCache<byte[]>(0, x -> x, x -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
