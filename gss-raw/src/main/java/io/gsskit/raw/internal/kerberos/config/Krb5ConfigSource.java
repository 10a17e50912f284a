package io.gsskit.raw.internal.kerberos.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A krb5.conf profile named by a {@code KRB5_CONFIG}-style colon-separated list of files and
 * directories, parsed once and re-parsed only when something it depends on changed: every listed
 * path (including ones that were missing, so a file that appears is seen), every file read
 * (including {@code include}d ones) and every directory listed ({@code includedir}, directories in
 * the list). {@link #current()} costs one {@code stat} per such path when nothing changed, so a
 * changed file is seen on the next call, as with MIT (which re-reads the profile per library
 * context), without re-parsing on every call. A failing load is not cached. Thread-safe.
 */
public final class Krb5ConfigSource {

  private final String list;
  private @Nullable Loaded loaded;

  /** A parsed profile and the stamps of the paths it was built from. */
  private record Loaded(Krb5Config config, List<Path> paths, List<FileStamp> stamps) {
    boolean fresh() {
      for (int i = 0; i < paths.size(); i++) {
        if (!FileStamp.of(paths.get(i)).equals(stamps.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private Krb5ConfigSource(String list) {
    this.list = list;
  }

  /**
   * @param list colon-separated files and directories, as {@code KRB5_CONFIG}; not null
   * @return a source over the list; nothing is read yet
   */
  public static Krb5ConfigSource of(String list) {
    return new Krb5ConfigSource(Objects.requireNonNull(list, "list"));
  }

  /** @return the list this source reads */
  public String list() {
    return list;
  }

  /**
   * The profile as the files are now: the cached one when no file changed since it was parsed.
   *
   * @return the profile; {@link Krb5Config#empty()} contents when no listed path exists
   * @throws Krb5ConfigException when a path is malformed, or an existing file cannot be read or
   *     has a syntax error
   */
  public synchronized Krb5Config current() throws Krb5ConfigException {
    Loaded l = loaded;
    if (l != null && l.fresh()) {
      return l.config;
    }
    l = load();
    loaded = l;
    return l.config;
  }

  private Loaded load() throws Krb5ConfigException {
    List<Path> watched = new ArrayList<>();
    List<FileStamp> stamps = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (String entry : list.split(":", -1)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path p;
      try {
        p = Path.of(entry);
      } catch (InvalidPathException e) {
        throw new Krb5ConfigException("KRB5_CONFIG: bad path '" + entry + "'");
      }
      // stamp before reading: a change during the read makes the next call re-read
      watched.add(p);
      stamps.add(FileStamp.of(p));
      if (Files.isDirectory(p)) {
        files.addAll(ProfileParser.includedFiles(p, "KRB5_CONFIG", 0));
      } else if (Files.exists(p)) {
        files.add(p);
      }
    }
    List<ProfileNode> roots = new ArrayList<>();
    for (Path f : files) {
      roots.add(ProfileParser.parseFile(f, t -> {
        watched.add(t);
        stamps.add(FileStamp.of(t));
      }));
    }
    return new Loaded(Krb5Config.of(roots), List.copyOf(watched), List.copyOf(stamps));
  }

  @Override
  public String toString() {
    return "Krb5ConfigSource[" + list + "]";
  }
}
