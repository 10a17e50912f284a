package io.gsskit.raw.internal.kerberos.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The merged Kerberos configuration: one or more parsed profile files in precedence order, as MIT
 * reads the colon-separated {@code KRB5_CONFIG} list.
 *
 * <p>Lookup follows MIT's profile library: the values of a relation are collected from every
 * file in order (so the first file's value wins for single-valued relations, and lists such as
 * {@code kdc} continue into later files), except that once a file marks a node on the path or
 * the relation itself final ({@code *}), later files are not consulted for that path.
 *
 * <p>Immutable and thread-safe.
 */
public final class Krb5Config {

  /** MIT's compiled-in profile path on Linux, used when {@code KRB5_CONFIG} is unset. */
  public static final String DEFAULT_PROFILE_PATH = "/etc/krb5.conf";

  private static final Krb5Config EMPTY = new Krb5Config(List.of());

  private final List<ProfileNode> files;

  private Krb5Config(List<ProfileNode> files) {
    this.files = List.copyOf(files);
  }

  /** @return a configuration with no files: every lookup is empty, typed views give defaults */
  public static Krb5Config empty() {
    return EMPTY;
  }

  /**
   * A configuration from already parsed trees.
   *
   * @param roots the file roots, earliest (highest precedence) first; not null
   * @return the configuration
   */
  public static Krb5Config of(List<ProfileNode> roots) {
    return new Krb5Config(roots);
  }

  /**
   * Parses one profile text.
   *
   * @param text the file content; not null
   * @param fileName the name for error messages; not null
   * @return the configuration
   * @throws Krb5ConfigException on a syntax error
   */
  public static Krb5Config parse(String text, String fileName) throws Krb5ConfigException {
    return new Krb5Config(List.of(ProfileParser.parseText(text, fileName)));
  }

  /**
   * Loads the configuration MIT would load: the files in {@code KRB5_CONFIG} (colon-separated;
   * directories contribute their includable files in name order; missing entries are skipped), or
   * {@link #DEFAULT_PROFILE_PATH} when the variable is unset.
   *
   * @param env the environment; not null
   * @return the configuration; {@link #empty()} when no listed file exists
   * @throws Krb5ConfigException when an existing file cannot be read or has a syntax error
   */
  public static Krb5Config load(Environment env) throws Krb5ConfigException {
    String list = env.get("KRB5_CONFIG").orElse(DEFAULT_PROFILE_PATH);
    List<Path> paths = new ArrayList<>();
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
      if (Files.isDirectory(p)) {
        paths.addAll(ProfileParser.includedFiles(p, "KRB5_CONFIG", 0));
      } else if (Files.exists(p)) {
        paths.add(p);
      }
    }
    return load(paths);
  }

  /**
   * Parses the given files in precedence order.
   *
   * @param paths the files; each must exist; not null
   * @return the configuration
   * @throws Krb5ConfigException when a file cannot be read or has a syntax error
   */
  public static Krb5Config load(List<Path> paths) throws Krb5ConfigException {
    List<ProfileNode> roots = new ArrayList<>();
    for (Path p : paths) {
      roots.add(ProfileParser.parseFile(p));
    }
    return new Krb5Config(roots);
  }

  /** @return the parsed file roots in precedence order; unmodifiable */
  public List<ProfileNode> files() {
    return files;
  }

  /**
   * All values of a relation across the files.
   *
   * @param path section, subsection names and finally the relation tag, e.g.
   *     {@code ("realms", "EXAMPLE.COM", "kdc")}; at least two elements
   * @return the values in precedence order; possibly empty
   * @throws IllegalArgumentException when the path has fewer than two elements
   */
  public List<ConfigValue> values(String... path) {
    if (path.length < 2) {
      throw new IllegalArgumentException("a relation path needs a section and a tag");
    }
    List<ConfigValue> out = new ArrayList<>();
    for (ProfileNode root : files) {
      ProfileNode node = root;
      boolean fin = false;
      boolean found = true;
      for (int k = 0; k < path.length - 1; k++) {
        Optional<ProfileNode> next = node.section(path[k]);
        if (next.isEmpty()) {
          found = false;
          break;
        }
        node = next.get();
        fin |= node.isFinal();
      }
      if (found) {
        for (ProfileNode rel : node.relations(path[path.length - 1])) {
          out.add(new ConfigValue(rel.value().orElse(""), rel.origin()));
          fin |= rel.isFinal();
        }
      }
      if (fin) {
        break;
      }
    }
    return out;
  }

  /**
   * The first value of a relation.
   *
   * @param path as for {@link #values(String...)}
   * @return the value with its origin, or empty
   */
  public Optional<ConfigValue> value(String... path) {
    List<ConfigValue> v = values(path);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /**
   * The first value of a relation as text.
   *
   * @param path as for {@link #values(String...)}
   * @return the value, or empty
   */
  public Optional<String> string(String... path) {
    return value(path).map(ConfigValue::text);
  }

  /**
   * All values of a relation as text.
   *
   * @param path as for {@link #values(String...)}
   * @return the values in precedence order
   */
  public List<String> strings(String... path) {
    List<String> out = new ArrayList<>();
    for (ConfigValue v : values(path)) {
      out.add(v.text());
    }
    return out;
  }

  /**
   * The names of the children (relations and subsections) of a section or subsection, across
   * files, each once, in order of first appearance.
   *
   * @param path section and subsection names, at least one (e.g. {@code "realms"})
   * @return the names; possibly empty
   */
  public List<String> names(String... path) {
    Set<String> out = new LinkedHashSet<>();
    for (ProfileNode root : files) {
      ProfileNode node = root;
      boolean fin = false;
      boolean found = true;
      for (String name : path) {
        Optional<ProfileNode> next = node.section(name);
        if (next.isEmpty()) {
          found = false;
          break;
        }
        node = next.get();
        fin |= node.isFinal();
      }
      if (found) {
        for (ProfileNode c : node.children()) {
          out.add(c.name());
        }
      }
      if (fin) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * A boolean relation.
   *
   * @param path as for {@link #values(String...)}
   * @return the first value parsed as a boolean, or empty when unset
   * @throws Krb5ConfigException when the first value is not a boolean (with file and line)
   */
  public Optional<Boolean> bool(String... path) throws Krb5ConfigException {
    Optional<ConfigValue> v = value(path);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Optional<Boolean> b = ProfileValues.parseBoolean(v.get().text());
    if (b.isEmpty()) {
      throw new Krb5ConfigException(v.get().origin(), "'" + String.join(" ", path)
          + "': not a boolean: '" + ProfileParser.excerpt(v.get().text()) + "'");
    }
    return b;
  }

  /**
   * An integer relation.
   *
   * @param path as for {@link #values(String...)}
   * @return the first value parsed as an integer, or empty when unset
   * @throws Krb5ConfigException when the first value is not an integer in range
   */
  public OptionalInt integer(String... path) throws Krb5ConfigException {
    Optional<ConfigValue> v = value(path);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    OptionalInt i = ProfileValues.parseInteger(v.get().text());
    if (i.isEmpty()) {
      throw new Krb5ConfigException(v.get().origin(), "'" + String.join(" ", path)
          + "': not an integer: '" + ProfileParser.excerpt(v.get().text()) + "'");
    }
    return i;
  }

  /**
   * A duration relation.
   *
   * @param path as for {@link #values(String...)}
   * @return the first value parsed as a duration, or empty when unset
   * @throws Krb5ConfigException when the first value is not a duration
   */
  public Optional<Duration> duration(String... path) throws Krb5ConfigException {
    Optional<ConfigValue> v = value(path);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong d = ProfileValues.parseDuration(v.get().text());
    if (d.isEmpty()) {
      throw new Krb5ConfigException(v.get().origin(), "'" + String.join(" ", path)
          + "': not a duration: '" + ProfileParser.excerpt(v.get().text())
          + "' (use e.g. 36000, 10h, 1d2h3m4s or 10:00:00)");
    }
    return Optional.of(Duration.ofSeconds(d.getAsLong()));
  }

  /**
   * An enctype list relation.
   *
   * @param path as for {@link #values(String...)}
   * @return the first value as an unresolved list, or empty when unset
   */
  public Optional<EnctypeListSpec> enctypes(String... path) {
    return string(path).map(EnctypeListSpec::parse);
  }

  /**
   * Maps a host to a realm through {@code [domain_realm]} as MIT does: the host is lower-cased
   * and a trailing dot dropped, then tried as is, then each parent domain with and without a
   * leading dot, longest first ({@code a.b.example.com}, {@code .b.example.com},
   * {@code b.example.com}, {@code .example.com}, …). The first relation found wins.
   *
   * @param host the host name; not null
   * @return the realm, or empty when no relation matches
   */
  public Optional<String> realmForHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty()) {
      return Optional.empty();
    }
    int i = 0;
    while (i >= 0 && i < h.length()) {
      Optional<String> r = string("domain_realm", h.substring(i));
      if (r.isPresent()) {
        return r;
      }
      if (h.charAt(i) == '.') {
        i++;
      } else {
        i = h.indexOf('.', i);
      }
    }
    return Optional.empty();
  }

  /** @return the {@code [libdefaults]} view without a realm */
  public LibDefaults libDefaults() {
    return new LibDefaults(this, null);
  }

  /**
   * The {@code [libdefaults]} view for a realm: a relation inside a {@code [libdefaults]}
   * subsection named after the realm overrides the plain one.
   *
   * @param realm the realm; not null
   * @return the view
   */
  public LibDefaults libDefaults(String realm) {
    return new LibDefaults(this, realm);
  }

  /**
   * The {@code [realms]} entry of a realm.
   *
   * @param realm the realm name; not null
   * @return the view (empty lists when the realm is not configured)
   */
  public RealmConfig realm(String realm) {
    return new RealmConfig(this, realm);
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (ProfileNode f : files) {
      names.add(f.origin().file());
    }
    return "Krb5Config" + names;
  }
}
