package io.gsskit.raw.internal.kerberos.rcache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The process's effective user id, which MIT puts in the default replay cache file name ({@code
 * krb5_EUID.rcache2}) and requires as the file's owner. Java has no portable call for it: on Linux
 * it is the second field of the {@code Uid:} line of {@code /proc/self/status}; elsewhere the owner
 * of a freshly created temporary file (files are created with the effective uid). Empty where the
 * platform has no uids.
 */
final class EffectiveUid {

  private EffectiveUid() {}

  /** @return the effective uid, or empty when it cannot be determined */
  static OptionalLong current() {
    OptionalLong fromProc = fromProcStatus(Path.of("/proc/self/status"));
    if (fromProc.isPresent()) {
      return fromProc;
    }
    return fromTempFileOwner();
  }

  /** Parses the effective uid from a {@code /proc/PID/status} file; empty when absent. */
  static OptionalLong fromProcStatus(Path status) {
    try {
      if (!Files.isReadable(status)) {
        return OptionalLong.empty();
      }
      List<String> lines = Files.readAllLines(status, StandardCharsets.ISO_8859_1);
      return parseStatusLines(lines);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** Finds {@code Uid:\treal\teffective\t...} and returns the effective value. */
  static OptionalLong parseStatusLines(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("Uid:")) {
        String[] fields = line.substring(4).trim().split("\\s+");
        if (fields.length >= 2 && fields[1].matches("[0-9]{1,10}")) {
          long v = Long.parseLong(fields[1]);
          if (v <= 0xFFFF_FFFFL) {
            return OptionalLong.of(v);
          }
        }
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong fromTempFileOwner() {
    Path probe = null;
    try {
      probe = Files.createTempFile("gsskit-euid", ".tmp");
      Object uid = Files.getAttribute(probe, "unix:uid");
      return uid instanceof Integer u ? OptionalLong.of(Integer.toUnsignedLong(u)) : OptionalLong.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    } finally {
      if (probe != null) {
        try {
          Files.deleteIfExists(probe);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }
}
