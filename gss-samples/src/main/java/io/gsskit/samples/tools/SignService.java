package io.gsskit.samples.tools;

import io.gsskit.Credentials;
import io.gsskit.Name;
import io.gsskit.SecurityContext;
import io.gsskit.UnwrapResult;
import io.gsskit.exceptions.GssException;
import io.gsskit.samples.wire.Frame;
import io.gsskit.samples.wire.FrameException;
import io.gsskit.samples.wire.FrameIo;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The "sign" service of MIT's {@code gss-server} for one connection: the client opens with a
 * NOOP frame (with CONTEXT_NEXT when it authenticates), the context is accepted, then each DATA
 * frame is unwrapped when wrapped and answered with a MIC of the message when the client asks for
 * one (a NOOP frame otherwise), until the client sends NOOP. A malformed frame, a wrong flag
 * combination or a GSS failure ends the connection with a logged reason.
 *
 * <p>One instance per connection, used by one thread; the shared outputs are thread-safe.
 */
final class SignService {

  private final Credentials creds;
  private final ServerOptions options;
  private final Output log;
  private final Output console;
  private final Output errors;

  /**
   * @param creds the acceptor credentials (shared, not closed here)
   * @param options the command line
   * @param log MIT's logfile
   * @param console standard output (MIT's {@code printf})
   * @param errors standard error
   */
  SignService(Credentials creds, ServerOptions options, Output log, Output console,
      Output errors) {
    this.creds = creds;
    this.options = options;
    this.log = log;
    this.console = console;
    this.errors = errors;
  }

  /**
   * Serves the connection until the client's closing NOOP or a failure; never throws for the
   * peer's mistakes.
   *
   * @param io the connection's frames
   * @return true when the exchange ended normally
   */
  boolean serve(FrameIo io) {
    SecurityContext context = null;
    try {
      Frame opening = io.read();
      if ((opening.flags() & Frame.TOKEN_NOOP) == 0) {
        log.line("Expected NOOP token, got " + opening.flags() + " token instead");
        return false;
      }
      if ((opening.flags() & Frame.TOKEN_CONTEXT_NEXT) != 0) {
        context = accept(io);
        if (context == null) {
          return false;
        }
      } else {
        log.line("Accepted unauthenticated connection.");
        console.line("Accepted unauthenticated connection.");
      }
      return messages(io, context);
    } catch (FrameException e) {
      log.line("closing connection: malformed frame: " + e.getMessage());
      return false;
    } catch (EOFException e) {
      log.line("closing connection: short read: " + e.getMessage());
      return false;
    } catch (IOException e) {
      log.line("closing connection: " + e);
      return false;
    } finally {
      if (context != null) {
        context.close();
      }
    }
  }

  private @Nullable SecurityContext accept(FrameIo io) throws IOException {
    SecurityContext context = SecurityContext.acceptor(creds).build();
    boolean ok = false;
    try {
      while (!context.isComplete()) {
        Frame in = io.read();
        if ((in.flags() & Frame.TOKEN_CONTEXT) == 0) {
          log.line(String.format(
              "closing connection: unexpected flags 0x%02x while establishing the context",
              in.flags()));
          return null;
        }
        if (options.verbose()) {
          log.token("Received token (size=" + in.payload().length + "): ", in.payload());
        }
        Optional<byte[]> out;
        try {
          out = context.step(in.payload());
        } catch (GssException e) {
          Optional<byte[]> error = e.errorToken();
          if (error.isPresent()) {
            io.write(Frame.TOKEN_CONTEXT, error.get());
          }
          log.line("GSS-API error accepting context: " + e.getMessage());
          return null;
        }
        if (out.isPresent()) {
          if (options.verbose()) {
            log.token("Sending accept_sec_context token (size=" + out.get().length + "):",
                out.get());
          }
          io.write(Frame.TOKEN_CONTEXT, out.get());
        }
        if (options.verbose()) {
          log.line(context.isComplete() ? "" : "continue needed...");
        }
      }
      log.contextFlags(context.actualFlags());
      if (options.verbose()) {
        log.line("Accepted connection using mechanism OID "
            + context.mech().map(m -> m.oid().toString()).orElse("(unknown)") + ".");
      }
      String client = context.initiatorName().map(Name::toString).orElse("(anonymous)");
      console.line("Accepted connection: \"" + client + "\"");
      if (options.export()) {
        context = exportAndImport(context);
      }
      ok = true;
      return context;
    } finally {
      if (!ok) {
        context.close();
      }
    }
  }

  /** MIT's {@code test_import_export_context}, three times, with the times logged. */
  private SecurityContext exportAndImport(SecurityContext context) {
    SecurityContext current = context;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      byte[] token = current.export();
      long t1 = System.nanoTime();
      log.line(String.format("Exported context: %d bytes, %7.4f seconds", token.length,
          (t1 - t0) / 1e9));
      current = SecurityContext.importToken(token);
      java.util.Arrays.fill(token, (byte) 0);
      long t2 = System.nanoTime();
      log.line(String.format("Importing context: %7.4f seconds", (t2 - t1) / 1e9));
    }
    return current;
  }

  private boolean messages(FrameIo io, @Nullable SecurityContext context) throws IOException {
    while (true) {
      Frame frame = io.read();
      int flags = frame.flags();
      if ((flags & Frame.TOKEN_NOOP) != 0) {
        log.line("NOOP token");
        return true;
      }
      if (options.verbose()) {
        log.token("Message token (flags=" + flags + "):", frame.payload());
      }
      if ((flags & Frame.TOKEN_DATA) == 0) {
        log.line(String.format("closing connection: unexpected flags 0x%02x, expected a DATA "
            + "or NOOP token", flags));
        return false;
      }
      int protectedFlags = Frame.TOKEN_WRAPPED | Frame.TOKEN_ENCRYPTED | Frame.TOKEN_SEND_MIC;
      if (context == null && (flags & protectedFlags) != 0) {
        log.line("Unauthenticated client requested authenticated services!");
        return false;
      }
      byte[] message = frame.payload();
      try {
        if (context != null && (flags & Frame.TOKEN_WRAPPED) != 0) {
          UnwrapResult plain = context.unwrap(frame.payload());
          message = plain.message();
          if (!plain.encrypted() && (flags & Frame.TOKEN_ENCRYPTED) != 0) {
            errors.line("Warning!  Message not encrypted.");
          }
        }
      } catch (GssException e) {
        log.line("GSS-API error unsealing message: " + e.getMessage());
        return false;
      }
      log.line("Received message: " + describe(message));
      if (context != null && (flags & Frame.TOKEN_SEND_MIC) != 0) {
        byte[] mic;
        try {
          mic = context.getSignature(message);
        } catch (GssException e) {
          log.line("GSS-API error signing message: " + e.getMessage());
          return false;
        }
        io.write(Frame.TOKEN_MIC, mic);
      } else {
        io.write(Frame.TOKEN_NOOP, new byte[0]);
      }
    }
  }

  /** MIT prints the message quoted when its first two bytes are printable, else in hex. */
  private static String describe(byte[] message) {
    boolean printable = true;
    for (int i = 0; i < Math.min(2, message.length); i++) {
      int c = message[i] & 0xff;
      printable &= (c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r'
          || c == 0x0b || c == '\f';
    }
    if (printable) {
      return "\"" + new String(message, StandardCharsets.UTF_8) + "\"";
    }
    return "\n" + Output.hex(message).stripTrailing();
  }
}
