package io.gsskit.samples.tools;

import io.gsskit.RequirementFlag;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A line-oriented output of the sample programs (MIT's {@code logfile} / {@code display_file}):
 * a stream or nothing. Each call writes whole lines at once, so that concurrent connections do not
 * interleave inside a line or a token dump. Thread-safe.
 */
final class Output {

  private static final Output NONE = new Output(null);

  private final @org.jspecify.annotations.Nullable PrintStream out;

  private Output(@org.jspecify.annotations.Nullable PrintStream out) {
    this.out = out;
  }

  /**
   * @param out where lines go; not null
   * @return an output on that stream (UTF-8, flushed after every call)
   */
  static Output to(OutputStream out) {
    return new Output(out instanceof PrintStream ps ? ps
        : new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  /** @return an output that discards everything */
  static Output none() {
    return NONE;
  }

  /** @return whether anything is written (MIT's {@code if (logfile)}) */
  boolean enabled() {
    return out != null;
  }

  /**
   * Writes text followed by a newline.
   *
   * @param text the line; not null
   */
  void line(String text) {
    PrintStream o = out;
    if (o != null) {
      synchronized (o) {
        o.println(text);
        o.flush();
      }
    }
  }

  /**
   * Writes text without a newline (MIT's client prints progress on one line).
   *
   * @param text the text; not null
   */
  void text(String text) {
    PrintStream o = out;
    if (o != null) {
      synchronized (o) {
        o.print(text);
        o.flush();
      }
    }
  }

  /**
   * Writes a header line then the bytes in hex as MIT's {@code print_token} does: two hex digits
   * and a space per byte, 16 bytes per line, then a newline.
   *
   * @param header the line before the dump; not null
   * @param token the bytes; not null
   */
  void token(String header, byte[] token) {
    PrintStream o = out;
    if (o != null) {
      synchronized (o) {
        o.println(header);
        o.print(hex(token));
        o.flush();
      }
    }
  }

  /**
   * @param token bytes
   * @return MIT's {@code print_token} text for them, ending with a newline
   */
  static String hex(byte[] token) {
    StringBuilder sb = new StringBuilder(token.length * 3 + token.length / 16 + 2);
    for (int i = 0; i < token.length; i++) {
      sb.append(String.format("%02x ", token[i] & 0xff));
      if (i % 16 == 15) {
        sb.append('\n');
      }
    }
    return sb.append('\n').toString();
  }

  /**
   * Writes MIT's {@code display_ctx_flags} lines, one {@code context flag: GSS_C_…} per flag.
   *
   * @param flags the context's flags; not null
   */
  void contextFlags(Set<RequirementFlag> flags) {
    StringBuilder sb = new StringBuilder();
    RequirementFlag[] shown = {
      RequirementFlag.DELEGATE_TO_PEER, RequirementFlag.MUTUAL_AUTHENTICATION,
      RequirementFlag.REPLAY_DETECTION, RequirementFlag.OUT_OF_SEQUENCE_DETECTION,
      RequirementFlag.CONFIDENTIALITY, RequirementFlag.INTEGRITY
    };
    for (RequirementFlag f : shown) {
      if (flags.contains(f)) {
        // MIT prints a trailing space after the CONF and INTEG flag names.
        boolean space = f == RequirementFlag.CONFIDENTIALITY || f == RequirementFlag.INTEGRITY;
        sb.append("context flag: ").append(f.cName()).append(space ? " " : "").append('\n');
      }
    }
    if (sb.length() > 0) {
      sb.setLength(sb.length() - 1);
      line(sb.toString());
    }
  }
}
