package io.gsskit.raw.internal.kerberos.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the known-answer files under {@code src/test/resources/vectors/} (format described in
 * their README): records separated by blank lines, {@code field: value} lines, {@code #}
 * comments; quoted values are UTF-8 text, others hex.
 */
final class VectorFile {

  /** One record. */
  static final class Record {
    private final String file;
    private final int index;
    private final Map<String, String> fields;

    Record(String file, int index, Map<String, String> fields) {
      this.file = file;
      this.index = index;
      this.fields = fields;
    }

    boolean has(String name) {
      return fields.containsKey(name);
    }

    String text(String name) {
      String v = raw(name);
      if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
        return v.substring(1, v.length() - 1);
      }
      return v;
    }

    int integer(String name) {
      return Integer.parseInt(raw(name));
    }

    byte[] bytes(String name) {
      String v = raw(name);
      if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
        return v.substring(1, v.length() - 1).getBytes(StandardCharsets.UTF_8);
      }
      return hex(v);
    }

    private String raw(String name) {
      String v = fields.get(name);
      if (v == null) {
        throw new IllegalArgumentException(this + " has no field " + name);
      }
      return v;
    }

    @Override
    public String toString() {
      return file + "#" + index + fields;
    }
  }

  private VectorFile() {}

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replaceAll("\\s", ""));
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  static List<Record> load(String path) {
    String text;
    try (InputStream in = VectorFile.class.getResourceAsStream("/vectors/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no vector file " + path);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<Record> out = new ArrayList<>();
    Map<String, String> cur = new LinkedHashMap<>();
    for (String line : (text + "\n\n").split("\n", -1)) {
      String l = line.strip();
      if (l.startsWith("#")) {
        continue;
      }
      if (l.isEmpty()) {
        if (!cur.isEmpty()) {
          out.add(new Record(path, out.size(), cur));
          cur = new LinkedHashMap<>();
        }
        continue;
      }
      int colon = l.indexOf(':');
      cur.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("empty vector file " + path);
    }
    return out;
  }
}
