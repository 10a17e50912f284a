package io.gsskit.raw.internal.kerberos.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LockedFile} waits for POSIX record locks held by another process, the kind MIT krb5
 * takes on ccaches and keytabs ({@code fcntl(F_SETLKW)}); Python's {@code fcntl.lockf} takes the
 * same kind of lock, so it stands in for MIT here.
 */
class LockedFileTest {

  @TempDir
  Path dir;

  private Process holdLock(Path file, boolean exclusive, double seconds) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")),
        "python3 is needed to hold an fcntl lock from another process");
    String script = "import fcntl,sys,time\n"
        + "f=open(sys.argv[1],'r+b')\n"
        + "fcntl.lockf(f," + (exclusive ? "fcntl.LOCK_EX" : "fcntl.LOCK_SH") + ")\n"
        + "print('locked',flush=True)\n"
        + "time.sleep(float(sys.argv[2]))\n";
    Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, file.toString(),
        Double.toString(seconds)).redirectErrorStream(true).start();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    assertThat(r.readLine()).isEqualTo("locked");
    return p;
  }

  @Test
  void readWaitsForAnotherProcesssExclusiveLock() throws Exception {
    Path f = dir.resolve("cc");
    Files.write(f, new byte[] {5, 4});
    Process p = holdLock(f, true, 0.8);
    long t0 = System.nanoTime();
    byte[] b = LockedFile.read(f, 100);
    long waited = (System.nanoTime() - t0) / 1_000_000;
    p.waitFor(10, TimeUnit.SECONDS);
    assertThat(b).containsExactly(5, 4);
    assertThat(waited).as("ms waited for the other process's lock").isGreaterThan(400);
  }

  @Test
  void updateWaitsForAnotherProcesssSharedLockButReadDoesNot() throws Exception {
    Path f = dir.resolve("cc");
    Files.write(f, new byte[] {1});
    Process p = holdLock(f, false, 0.8);
    long t0 = System.nanoTime();
    assertThat(LockedFile.read(f, 100)).containsExactly(1);
    assertThat((System.nanoTime() - t0) / 1_000_000).as("shared locks do not conflict")
        .isLessThan(400);
    t0 = System.nanoTime();
    LockedFile.update(f, 100, LockedFile.OWNER_ONLY, cur -> new byte[] {cur[0], 2}, null);
    long waited = (System.nanoTime() - t0) / 1_000_000;
    p.waitFor(10, TimeUnit.SECONDS);
    assertThat(Files.readAllBytes(f)).containsExactly(1, 2);
    assertThat(waited).isGreaterThan(400);
  }

  @Test
  void limitsAndMissingFiles() throws Exception {
    Path f = dir.resolve("f");
    assertThat(LockedFile.read(f, 10)).isNull();
    assertThat(LockedFile.delete(f)).isFalse();
    assertThat(LockedFile.update(f, 10, LockedFile.OWNER_ONLY, cur -> null, null)).isFalse();
    assertThat(Files.exists(f)).isFalse();
    Files.write(f, new byte[11]);
    assertThatThrownBy(() -> LockedFile.read(f, 10))
        .isInstanceOf(LockedFile.TooLargeException.class);
    assertThatThrownBy(() -> LockedFile.update(f, 10, LockedFile.OWNER_ONLY, cur -> cur, null))
        .isInstanceOf(LockedFile.TooLargeException.class);
    assertThat(LockedFile.delete(f)).isTrue();
    assertThat(Files.exists(f)).isFalse();
  }
}
