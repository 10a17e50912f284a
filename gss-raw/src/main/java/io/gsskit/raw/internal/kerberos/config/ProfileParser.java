package io.gsskit.raw.internal.kerberos.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Parser for MIT profile files ({@code krb5.conf}, {@code kdc.conf}), following the syntax
 * described in MIT's {@code krb5.conf(5)}:
 *
 * <ul>
 *   <li>{@code [section]} headers, optionally final ({@code [section]*});
 *   <li>relations {@code tag = value}; the value runs to the end of the line (trailing blanks
 *       dropped) or is a quoted string with {@code \n \t \b \\ \"} escapes;
 *   <li>subsections {@code tag = {} … {@code }}, the {@code {} either at the end of the line or
 *       alone on the next line; a {@code *} after the tag or after the closing brace marks the
 *       subsection final, a {@code *} after a relation tag marks the relation final;
 *   <li>comments: lines whose first non-blank character is {@code #} or {@code ;};
 *   <li>{@code include FILE} and {@code includedir DIR} at the very start of a line; included
 *       files are parsed independently (each must start with a section header) into the same
 *       tree; {@code includedir} reads, in name order, the files whose names consist only of
 *       letters, digits, {@code -} and {@code _}, or end in {@code .conf} without a leading dot.
 * </ul>
 *
 * <p>Deliberate differences from MIT: a relation before the first section header is an error
 * (MIT silently ignores such lines), a UTF-8 byte order mark is skipped, the {@code module}
 * directive is reported as unsupported, and include loops are reported instead of recursing. As
 * in MIT, text after {@code ]} is an error while text after a closing {@code }} or after a
 * {@code {} alone on its line is ignored.
 *
 * <p>The parser works line by line without recursion (recursion happens only per include, which
 * is capped by {@link #MAX_INCLUDE_DEPTH}). It caps the file size ({@link #MAX_FILE_BYTES}), brace
 * nesting ({@link #MAX_NESTING}) and the number of nodes ({@link #MAX_NODES}). Every error is a
 * {@link Krb5ConfigException} naming the file and line.
 *
 * <p>Stateless and thread-safe: every call works on its own state.
 */
public final class ProfileParser {

  /** Largest profile file read, in bytes. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
  /** Deepest brace nesting inside a section. */
  public static final int MAX_NESTING = 64;
  /** Deepest chain of {@code include}/{@code includedir}. */
  public static final int MAX_INCLUDE_DEPTH = 16;
  /** Most sections, subsections and relations in one tree (including included files). */
  public static final int MAX_NODES = 2_000_000;

  private final ProfileNode root;
  private final Deque<Path> includeStack = new ArrayDeque<>();
  private final @Nullable Consumer<Path> touched;
  private int nodes;

  private ProfileParser(ProfileNode root, @Nullable Consumer<Path> touched) {
    this.root = root;
    this.touched = touched;
  }

  /**
   * Reads and parses one profile file and the files it includes.
   *
   * @param file the file; not null
   * @return the root of the tree, named after the file
   * @throws Krb5ConfigException when the file cannot be read, is too large, or has a syntax error
   *     (here or in an included file)
   */
  public static ProfileNode parseFile(Path file) throws Krb5ConfigException {
    return parseFile(file, null);
  }

  /**
   * As {@link #parseFile(Path)}, recording every file read and every {@code includedir}
   * directory listed (for staleness checks by {@link Krb5ConfigSource}).
   *
   * @param file the file; not null
   * @param touched told each path just before it is read or listed, or null
   * @return the root of the tree, named after the file
   * @throws Krb5ConfigException as {@link #parseFile(Path)}
   */
  static ProfileNode parseFile(Path file, @Nullable Consumer<Path> touched)
      throws Krb5ConfigException {
    ProfileParser p = new ProfileParser(ProfileNode.root(file.toString()), touched);
    p.includeFile(file, file.toString(), 0, 0);
    return p.root;
  }

  /**
   * Parses profile text. Includes in the text are read from the file system.
   *
   * @param text the file content; not null
   * @param fileName the name used in error messages and origins; not null
   * @return the root of the tree
   * @throws Krb5ConfigException on a syntax error or a failing include
   */
  public static ProfileNode parseText(String text, String fileName) throws Krb5ConfigException {
    if (text.length() > MAX_FILE_BYTES) {
      throw new Krb5ConfigException(fileName, 0, "file larger than " + MAX_FILE_BYTES + " bytes");
    }
    ProfileParser p = new ProfileParser(ProfileNode.root(fileName), null);
    p.parse(text, fileName, 0);
    return p.root;
  }

  private void includeFile(Path file, String shownName, int depth, int includedFromLine)
      throws Krb5ConfigException {
    Path real;
    try {
      if (!Files.isRegularFile(file)) {
        throw new Krb5ConfigException(shownName, includedFromLine,
            Files.exists(file) ? "not a regular file: " + file : "no such file: " + file);
      }
      real = file.toRealPath();
    } catch (IOException | SecurityException e) {
      throw new Krb5ConfigException(shownName, includedFromLine, "cannot read " + file + ": " + e);
    }
    if (includeStack.contains(real)) {
      throw new Krb5ConfigException(shownName, includedFromLine, "include loop: " + real
          + " is already being read (" + includeStack + ")");
    }
    if (touched != null) {
      touched.accept(file);
    }
    String text = read(real, shownName, includedFromLine);
    includeStack.push(real);
    try {
      parse(text, file.toString(), depth);
    } finally {
      includeStack.pop();
    }
  }

  private static String read(Path file, String shownName, int line) throws Krb5ConfigException {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new Krb5ConfigException(file.toString(), 0,
            "file larger than " + MAX_FILE_BYTES + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > MAX_FILE_BYTES) {
        throw new Krb5ConfigException(file.toString(), 0,
            "file larger than " + MAX_FILE_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      throw new Krb5ConfigException(shownName, line, "cannot read " + file + ": " + e);
    }
  }

  /** Per-file state: the current section, the open subsections, a pending {@code tag =}. */
  private static final class FileState {
    @Nullable ProfileNode section;
    final Deque<ProfileNode> open = new ArrayDeque<>();
    final Deque<Integer> openedAt = new ArrayDeque<>();
    @Nullable String pendingTag;
    boolean pendingFinal;
    int pendingLine;
  }

  private void parse(String text, String file, int depth) throws Krb5ConfigException {
    FileState st = new FileState();
    int pos = 0;
    int lineNo = 0;
    int len = text.length();
    if (len > 0 && text.charAt(0) == '\uFEFF') {
      pos = 1;
    }
    while (pos < len) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? len : nl;
      int lineEnd = end;
      while (lineEnd > pos && text.charAt(lineEnd - 1) == '\r') {
        lineEnd--;
      }
      lineNo++;
      parseLine(text.substring(pos, lineEnd), file, lineNo, depth, st);
      pos = nl < 0 ? len : nl + 1;
    }
    if (st.pendingTag != null) {
      throw new Krb5ConfigException(file, st.pendingLine,
          "'" + st.pendingTag + " =' must be followed by '{' but the file ends");
    }
    if (!st.open.isEmpty()) {
      throw new Krb5ConfigException(file, st.openedAt.peek(),
          "unterminated '{': the file ends before the matching '}'");
    }
  }

  private void parseLine(String line, String file, int lineNo, int depth, FileState st)
      throws Krb5ConfigException {
    if (startsWithWord(line, "include")) {
      checkNoPending(st, file, lineNo);
      include(line.substring(7).strip(), file, lineNo, depth, false);
      return;
    }
    if (startsWithWord(line, "includedir")) {
      checkNoPending(st, file, lineNo);
      include(line.substring(10).strip(), file, lineNo, depth, true);
      return;
    }
    int i = skipBlanks(line, 0);
    if (st.pendingTag != null) {
      if (i >= line.length() || line.charAt(i) != '{') {
        throw new Krb5ConfigException(file, lineNo, "expected '{' after '" + st.pendingTag
            + " =' on line " + st.pendingLine);
      }
      // like MIT, whatever follows a '{' on its own line is ignored
      String tag = st.pendingTag;
      st.pendingTag = null;
      openSubsection(tag, st.pendingFinal, file, st.pendingLine, st);
      return;
    }
    if (i >= line.length()) {
      return;
    }
    char c = line.charAt(i);
    if (c == '#' || c == ';') {
      return;
    }
    if (c == '[') {
      section(line, i, file, lineNo, st);
      return;
    }
    if (st.section == null) {
      if (startsWithWord(line.substring(i), "module")) {
        throw new Krb5ConfigException(file, lineNo, "the 'module' directive is not supported");
      }
      throw new Krb5ConfigException(file, lineNo,
          "relation outside a section: a '[section]' header must come first");
    }
    if (c == '}') {
      if (st.open.isEmpty()) {
        throw new Krb5ConfigException(file, lineNo, "'}' without a matching '{'");
      }
      int j = i + 1;
      ProfileNode closed = st.open.pop();
      st.openedAt.pop();
      if (j < line.length() && line.charAt(j) == '*') {
        closed.markFinal();
      }
      // like MIT, whatever follows '}' or '}*' is ignored
      return;
    }
    relation(line, i, file, lineNo, st);
  }

  private static void checkNoPending(FileState st, String file, int lineNo)
      throws Krb5ConfigException {
    if (st.pendingTag != null) {
      throw new Krb5ConfigException(file, lineNo, "expected '{' after '" + st.pendingTag
          + " =' on line " + st.pendingLine);
    }
  }

  private void section(String line, int i, String file, int lineNo, FileState st)
      throws Krb5ConfigException {
    if (!st.open.isEmpty()) {
      throw new Krb5ConfigException(file, lineNo,
          "section header inside braces (the '{' of line " + st.openedAt.peek() + " is not closed)");
    }
    int close = line.indexOf(']', i + 1);
    if (close < 0) {
      throw new Krb5ConfigException(file, lineNo, "section header without ']'");
    }
    String name = line.substring(i + 1, close);
    if (name.isEmpty()) {
      throw new Krb5ConfigException(file, lineNo, "empty section name");
    }
    int j = close + 1;
    boolean fin = false;
    if (j < line.length() && line.charAt(j) == '*') {
      fin = true;
      j++;
    }
    requireBlank(line, j, file, lineNo, "text after ']'");
    countNode(file, lineNo);
    ProfileNode s = root.subsection(name, new ProfileOrigin(file, lineNo));
    if (fin) {
      s.markFinal();
    }
    st.section = s;
  }

  private void relation(String line, int i, String file, int lineNo, FileState st)
      throws Krb5ConfigException {
    int eq = line.indexOf('=', i);
    if (eq < 0) {
      throw new Krb5ConfigException(file, lineNo, "missing '=' in relation");
    }
    if (eq == i) {
      throw new Krb5ConfigException(file, lineNo, "relation without a tag before '='");
    }
    String tag;
    if (line.charAt(i) == '"') {
      tag = unquote(line, i + 1, eq);
    } else {
      int tagEnd = i;
      while (tagEnd < eq && !isBlank(line.charAt(tagEnd))) {
        tagEnd++;
      }
      if (skipBlanks(line, tagEnd) < eq) {
        throw new Krb5ConfigException(file, lineNo,
            "relation tag contains blanks: '" + excerpt(line.substring(i, eq)) + "'");
      }
      tag = line.substring(i, tagEnd);
    }
    boolean fin = false;
    int star = tag.indexOf('*');
    if (star >= 0) {
      tag = tag.substring(0, star);
      fin = true;
    }
    if (tag.isEmpty()) {
      throw new Krb5ConfigException(file, lineNo, "relation without a tag before '='");
    }
    int v = skipBlanks(line, eq + 1);
    if (v >= line.length()) {
      st.pendingTag = tag;
      st.pendingFinal = fin;
      st.pendingLine = lineNo;
      return;
    }
    char c = line.charAt(v);
    if (c == '{') {
      requireBlank(line, v + 1, file, lineNo, "text after '{' (a '{' must end its line)");
      openSubsection(tag, fin, file, lineNo, st);
      return;
    }
    String value;
    if (c == '"') {
      value = unquote(line, v + 1, line.length());
    } else {
      int e = line.length();
      while (e > v && isBlank(line.charAt(e - 1))) {
        e--;
      }
      value = line.substring(v, e);
    }
    countNode(file, lineNo);
    current(st).relation(tag, value, fin, new ProfileOrigin(file, lineNo));
  }

  private void openSubsection(String tag, boolean fin, String file, int lineNo, FileState st)
      throws Krb5ConfigException {
    if (st.open.size() >= MAX_NESTING) {
      throw new Krb5ConfigException(file, lineNo,
          "subsections nested deeper than " + MAX_NESTING);
    }
    countNode(file, lineNo);
    ProfileNode sub = current(st).subsection(tag, new ProfileOrigin(file, lineNo));
    if (fin) {
      sub.markFinal();
    }
    st.open.push(sub);
    st.openedAt.push(lineNo);
  }

  private static ProfileNode current(FileState st) {
    ProfileNode top = st.open.peek();
    if (top != null) {
      return top;
    }
    ProfileNode s = st.section;
    if (s == null) {
      throw new IllegalStateException("no current section");
    }
    return s;
  }

  private void countNode(String file, int lineNo) throws Krb5ConfigException {
    if (++nodes > MAX_NODES) {
      throw new Krb5ConfigException(file, lineNo, "more than " + MAX_NODES + " relations");
    }
  }

  private void include(String target, String file, int lineNo, int depth, boolean dir)
      throws Krb5ConfigException {
    if (target.isEmpty()) {
      throw new Krb5ConfigException(file, lineNo, (dir ? "includedir" : "include")
          + " without a path");
    }
    if (depth + 1 > MAX_INCLUDE_DEPTH) {
      throw new Krb5ConfigException(file, lineNo,
          "includes nested deeper than " + MAX_INCLUDE_DEPTH);
    }
    Path p;
    try {
      p = Path.of(target);
    } catch (InvalidPathException e) {
      throw new Krb5ConfigException(file, lineNo, "bad path '" + target + "'");
    }
    if (!dir) {
      includeFile(p, file, depth + 1, lineNo);
      return;
    }
    if (!Files.isDirectory(p)) {
      throw new Krb5ConfigException(file, lineNo, "includedir: not a directory: " + p);
    }
    if (touched != null) {
      touched.accept(p);
    }
    for (Path f : includedFiles(p, file, lineNo)) {
      includeFile(f, file, depth + 1, lineNo);
    }
  }

  /**
   * The files of a directory that {@code includedir} (and a directory in {@code KRB5_CONFIG})
   * reads, in name order.
   */
  static List<Path> includedFiles(Path dir, String file, int lineNo) throws Krb5ConfigException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path f : ds) {
        Path fn = f.getFileName();
        if (fn != null && isIncludableName(fn.toString()) && Files.isRegularFile(f)) {
          out.add(f);
          if (out.size() > 10_000) {
            throw new Krb5ConfigException(file, lineNo, "too many files in " + dir);
          }
        }
      }
    } catch (IOException | SecurityException e) {
      throw new Krb5ConfigException(file, lineNo, "cannot list " + dir + ": " + e);
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }

  /**
   * MIT's rule for files read from a directory: only letters, digits, {@code -} and {@code _}, or
   * a name ending in {@code .conf} that does not start with a dot.
   */
  static boolean isIncludableName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    if (name.endsWith(".conf") && !name.startsWith(".")) {
      return true;
    }
    for (int k = 0; k < name.length(); k++) {
      char ch = name.charAt(k);
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
          || ch == '-' || ch == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Reads a quoted string starting after the opening quote, up to the closing quote or limit. */
  private static String unquote(String s, int from, int limit) {
    StringBuilder sb = new StringBuilder(Math.max(0, limit - from));
    for (int k = from; k < limit; k++) {
      char ch = s.charAt(k);
      if (ch == '"') {
        break;
      }
      if (ch == '\\') {
        if (++k >= limit) {
          break;
        }
        char e = s.charAt(k);
        sb.append(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'b' -> '\b';
          default -> e;
        });
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static boolean startsWithWord(String line, String word) {
    return line.length() > word.length() && line.startsWith(word)
        && isBlank(line.charAt(word.length()));
  }

  private static void requireBlank(String line, int from, String file, int lineNo, String what)
      throws Krb5ConfigException {
    if (skipBlanks(line, from) < line.length()) {
      throw new Krb5ConfigException(file, lineNo, what + ": '" + excerpt(line.substring(from))
          + "'");
    }
  }

  /** At most 60 characters of a piece of text, for error messages. */
  static String excerpt(String s) {
    String t = s.strip();
    return t.length() <= 60 ? t : t.substring(0, 57) + "...";
  }

  private static int skipBlanks(String s, int from) {
    int k = from;
    while (k < s.length() && isBlank(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /** C {@code isspace} in the "C" locale. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
