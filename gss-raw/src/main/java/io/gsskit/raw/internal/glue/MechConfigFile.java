package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Oid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads mechanism config files in MIT's {@code /etc/gss/mech} format: one mechanism per line,
 * {@code name oid class [options] [<interposer>]}, where {@code class} is a Java {@link
 * io.gsskit.raw.spi.MechanismProvider} class instead of a shared object; blank lines and lines
 * starting with {@code #} are ignored; a bare token after the class (MIT/Solaris kernel-module
 * column) is ignored. After the named file, every {@code *.conf} file in the {@code mech.d}
 * directory next to it is read in name order.
 *
 * <p>Bounded: at most {@link #MAX_FILE_BYTES} per file, {@link #MAX_LINES} lines and {@link
 * #MAX_DIR_FILES} files in {@code mech.d}. Malformed lines are skipped and reported, never fatal.
 * Stateless and thread-safe.
 */
public final class MechConfigFile {

  /** Largest config file read. */
  public static final long MAX_FILE_BYTES = 1 << 20;
  /** Most lines read from one file. */
  public static final int MAX_LINES = 10_000;
  /** Most files read from {@code mech.d}. */
  public static final int MAX_DIR_FILES = 256;

  /**
   * The outcome of reading: the entries and what was wrong.
   *
   * @param entries well-formed lines in order
   * @param problems one message per skipped line or unreadable file
   */
  public record Result(List<ConfigEntry> entries, List<String> problems) {
    /**
     * Copies the lists.
     *
     * @param entries well-formed lines in order; not null
     * @param problems messages; not null
     */
    public Result {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
    }
  }

  private MechConfigFile() {}

  /**
   * Reads a config file and its {@code mech.d/*.conf} neighbours. A missing main file is
   * reported, not fatal.
   *
   * @param file the main config file; not null
   * @return the entries and problems
   */
  public static Result read(Path file) {
    List<ConfigEntry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    readOne(file, entries, problems);
    Path parent = file.toAbsolutePath().getParent();
    Path dir = parent == null ? null : parent.resolve("mech.d");
    if (dir != null && Files.isDirectory(dir)) {
      List<Path> confs = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.conf")) {
        for (Path p : ds) {
          if (confs.size() == MAX_DIR_FILES) {
            problems.add(dir + ": more than " + MAX_DIR_FILES + " files; the rest are ignored");
            break;
          }
          confs.add(p);
        }
      } catch (IOException | RuntimeException e) {
        problems.add(dir + ": cannot list: " + e.getClass().getSimpleName());
      }
      confs.sort(null);
      for (Path p : confs) {
        readOne(p, entries, problems);
      }
    }
    return new Result(entries, problems);
  }

  /**
   * Parses config text.
   *
   * @param text the file contents; not null
   * @param sourceName used in diagnostics
   * @return the entries and problems
   */
  public static Result parse(String text, String sourceName) {
    List<ConfigEntry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    parseInto(text, sourceName, entries, problems);
    return new Result(entries, problems);
  }

  private static void readOne(Path file, List<ConfigEntry> entries, List<String> problems) {
    try {
      if (!Files.isRegularFile(file)) {
        problems.add(file + ": not found");
        return;
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.add(file + ": larger than " + MAX_FILE_BYTES + " bytes; ignored");
        return;
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      parseInto(text, file.toString(), entries, problems);
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": cannot read: " + e.getClass().getSimpleName());
    }
  }

  private static void parseInto(String text, String source, List<ConfigEntry> entries,
      List<String> problems) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i == MAX_LINES) {
        problems.add(source + ": more than " + MAX_LINES + " lines; the rest are ignored");
        return;
      }
      String where = source + ":" + (i + 1);
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      parseLine(line, where).ifPresentOrElse(entries::add,
          () -> problems.add(where + ": malformed line: " + abbreviate(line)));
    }
  }

  /** Parses one non-comment line; empty when malformed. */
  static Optional<ConfigEntry> parseLine(String line, String where) {
    List<String> words = new ArrayList<>();
    String options = "";
    boolean interposer = false;
    int pos = 0;
    int n = line.length();
    while (pos < n) {
      char c = line.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '[') {
        int close = line.indexOf(']', pos);
        if (close < 0 || !options.isEmpty() || words.size() < 3) {
          return Optional.empty();
        }
        options = line.substring(pos + 1, close).strip();
        pos = close + 1;
      } else if (c == '<') {
        int close = line.indexOf('>', pos);
        if (close < 0 || words.size() < 3) {
          return Optional.empty();
        }
        String type = line.substring(pos + 1, close).strip();
        if (!type.equals("interposer")) {
          return Optional.empty();
        }
        interposer = true;
        pos = close + 1;
      } else {
        int start = pos;
        while (pos < n && !Character.isWhitespace(line.charAt(pos))
            && line.charAt(pos) != '[' && line.charAt(pos) != '<') {
          pos++;
        }
        if (!options.isEmpty() || interposer) {
          return Optional.empty(); // words after options or type
        }
        words.add(line.substring(start, pos));
      }
    }
    if (words.size() < 3 || words.size() > 4) {
      return Optional.empty();
    }
    Optional<Oid> oid = Oid.parse(words.get(1));
    String className = words.get(2);
    if (oid.isEmpty() || !isJavaClassName(className)) {
      return Optional.empty();
    }
    return Optional.of(new ConfigEntry(words.get(0), oid.get(), className, options, interposer,
        where));
  }

  private static boolean isJavaClassName(String s) {
    if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
      return false;
    }
    for (String part : s.split("\\.")) {
      if (!Character.isJavaIdentifierStart(part.charAt(0))) {
        return false;
      }
      for (int i = 1; i < part.length(); i++) {
        char c = part.charAt(i);
        if (!Character.isJavaIdentifierPart(c) && c != '$') {
          return false;
        }
      }
    }
    return true;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
