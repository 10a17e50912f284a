package io.gsskit.raw.internal.kerberos.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The process environment, read once. */
final class SystemEnvironment implements Environment {
  static final SystemEnvironment INSTANCE = new SystemEnvironment();

  private final Map<String, String> vars;
  private final OptionalLong uid;
  private final OptionalLong euid;
  private final Optional<String> user;

  private SystemEnvironment() {
    this.vars = new HashMap<>(System.getenv());
    long[] ids = readIds();
    this.uid = ids[0] >= 0 ? OptionalLong.of(ids[0]) : OptionalLong.empty();
    this.euid = ids[1] >= 0 ? OptionalLong.of(ids[1]) : OptionalLong.empty();
    this.user = Optional.ofNullable(System.getProperty("user.name"));
  }

  private static long[] readIds() {
    long[] out = {-1, -1};
    try {
      Path status = Path.of("/proc/self/status");
      if (!Files.isRegularFile(status)) {
        return out;
      }
      for (String l : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
        if (l.startsWith("Uid:")) {
          String[] f = l.substring(4).trim().split("\\s+");
          if (f.length >= 2) {
            out[0] = Long.parseLong(f[0]);
            out[1] = Long.parseLong(f[1]);
          }
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      return new long[] {-1, -1};
    }
    return out;
  }

  @Override
  public Optional<String> get(String name) {
    return Optional.ofNullable(vars.get(name));
  }

  @Override
  public OptionalLong uid() {
    return uid;
  }

  @Override
  public OptionalLong euid() {
    return euid;
  }

  @Override
  public Optional<String> userName() {
    return user;
  }

  @Override
  public String toString() {
    return "Environment[system]";
  }
}
