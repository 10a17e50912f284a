package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the golden encodings committed under {@code src/test/resources/.../proto/golden/}. */
final class GoldenFiles {

  /** One golden PDU: where it came from, which type decodes it, and its bytes. */
  record Golden(String source, String name, String type, byte[] der) {
    @Override
    public String toString() {
      return source + ":" + name + " (" + type + ", " + der.length + " bytes)";
    }
  }

  private GoldenFiles() {}

  static String read(String file) {
    try (InputStream in = GoldenFiles.class.getResourceAsStream("golden/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** MIT's reference_encode.out subset: {@code encoder(variant): hex}. */
  static List<Golden> mitReference() {
    List<Golden> out = new ArrayList<>();
    for (String line : read("mit-reference-encode.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      String name = line.substring(0, colon).trim();
      String encoder = name.replaceAll("[ (].*", "");
      String type = Codecs.MIT_NAMES.get(encoder);
      if (type == null) {
        throw new IllegalStateException("unmapped MIT encoder " + encoder);
      }
      out.add(new Golden("mit-reference", name, type, Hex.parse(line.substring(colon + 2))));
    }
    return out;
  }

  /**
   * A captured file: lines {@code Type name: hex} (hex may continue on indented lines), written
   * by {@code GoldenCapture}.
   */
  static List<Golden> captured(String file) {
    List<Golden> out = new ArrayList<>();
    String source = file.replace(".txt", "");
    String type = null;
    String name = null;
    StringBuilder hex = new StringBuilder();
    for (String line : read(file).split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        hex.append(line.trim());
        continue;
      }
      if (type != null) {
        out.add(new Golden(source, name, type, Hex.parse(hex.toString())));
      }
      int sp = line.indexOf(' ');
      int colon = line.indexOf(':');
      type = line.substring(0, sp);
      name = line.substring(sp + 1, colon);
      hex.setLength(0);
      hex.append(line.substring(colon + 1).trim());
    }
    if (type != null) {
      out.add(new Golden(source, name, type, Hex.parse(hex.toString())));
    }
    return out;
  }
}
