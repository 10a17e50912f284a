package io.gsskit.samples.tools;

import io.gsskit.Credentials;
import io.gsskit.MechType;
import io.gsskit.Name;
import io.gsskit.NameType;
import io.gsskit.RequirementFlag;
import io.gsskit.SecurityContext;
import io.gsskit.Usage;
import io.gsskit.WrapResult;
import io.gsskit.exceptions.GssException;
import io.gsskit.ext.CredStoreKeys;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.samples.wire.Frame;
import io.gsskit.samples.wire.FrameIo;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * GSSKit's {@code gss-client}: MIT krb5's sample client on the high-level API. For each of
 * {@code -ccount} connections it establishes a context with {@code service} at {@code host:port}
 * (flags from the options), sends the message {@code -mcount} times — wrapped with or without
 * confidentiality, or plain — and verifies the MIC the server returns, printing what MIT's client
 * prints ({@code Signature verified.}).
 *
 * <p>Exit status: 0 when every exchange succeeded, 1 otherwise or on a usage error.
 */
public final class GssClient {

  /** The largest message: a wrap token of it must still fit one 1 MiB frame. */
  private static final int MAX_MESSAGE = Frame.MAX_PAYLOAD - 4096;

  private final ClientOptions options;
  private final Output out;
  private final Output err;

  private GssClient(ClientOptions options, Output out, Output err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the client.
   *
   * @param args the command line, see {@link ClientOptions#USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  private static int run(String[] args) {
    ClientOptions options;
    try {
      options = ClientOptions.parse(Arrays.asList(args));
    } catch (UsageException e) {
      System.err.println("gss-client: " + e.getMessage());
      System.err.println(ClientOptions.USAGE);
      return 1;
    }
    GssClient client = new GssClient(options, Output.to(System.out), Output.to(System.err));
    byte[] message;
    try {
      message = client.message();
    } catch (IOException e) {
      System.err.println("Couldn't read " + options.msg() + ": " + e.getMessage());
      return 1;
    }
    for (int i = 0; i < options.ccount(); i++) {
      if (!client.callServer(message)) {
        return 1;
      }
    }
    return 0;
  }

  private byte[] message() throws IOException {
    if (!options.useFile()) {
      return options.msg().getBytes(StandardCharsets.UTF_8);
    }
    Path file = Path.of(options.msg());
    long size = Files.size(file);
    if (size > MAX_MESSAGE) {
      throw new IOException("the file has " + size + " bytes; at most " + MAX_MESSAGE
          + " fit one gss-sample frame");
    }
    return Files.readAllBytes(file);
  }

  /** One connection: MIT's {@code call_server}. */
  private boolean callServer(byte[] message) {
    try (Socket socket = new Socket(options.host(), options.port())) {
      FrameIo io = new FrameIo(socket.getInputStream(), socket.getOutputStream());
      SecurityContext context = null;
      try {
        if (options.auth()) {
          context = establish(io);
          if (context == null) {
            return false;
          }
          if (options.verbose()) {
            describe(context);
          }
        } else {
          io.write(Frame.TOKEN_NOOP, new byte[0]);
        }
        for (int i = 0; i < options.mcount(); i++) {
          if (!exchange(io, context, message)) {
            return false;
          }
        }
        io.write(Frame.TOKEN_NOOP, new byte[0]);
        return true;
      } finally {
        if (context != null) {
          context.close();
        }
      }
    } catch (IOException e) {
      err.line("connecting to server " + options.host() + ":" + options.port() + ": "
          + e.getMessage());
      return false;
    }
  }

  private @Nullable SecurityContext establish(FrameIo io) throws IOException {
    Credentials creds;
    try {
      creds = credentials();
    } catch (GssException e) {
      out.line("GSS-API error acquiring creds: " + e.getMessage());
      return null;
    }
    SecurityContext.InitiatorBuilder builder =
        SecurityContext.initiator(Name.of(options.service(), NameType.HOSTBASED_SERVICE))
            .flags(options.flags());
    if (creds != null) {
      builder.credentials(creds);
    }
    if (options.mech() != null) {
      builder.mech(options.mech());
    }
    SecurityContext context = builder.build();
    boolean ok = false;
    try {
      io.write(Frame.TOKEN_NOOP | Frame.TOKEN_CONTEXT_NEXT, new byte[0]);
      byte[] in = null;
      while (true) {
        Optional<byte[]> token;
        try {
          token = context.step(in);
        } catch (GssException e) {
          out.line("GSS-API error initializing context: " + e.getMessage());
          return null;
        }
        if (token.isPresent()) {
          if (options.verbose()) {
            out.text("Sending init_sec_context token (size=" + token.get().length + ")...");
          }
          io.write(Frame.TOKEN_CONTEXT, token.get());
        }
        if (context.isComplete()) {
          if (options.verbose()) {
            out.line("");
          }
          break;
        }
        if (options.verbose()) {
          out.text("continue needed...");
        }
        Frame reply = io.read();
        in = reply.payload();
        if (options.verbose()) {
          out.line("");
        }
      }
      ok = true;
      return context;
    } finally {
      if (!ok) {
        context.close();
      }
      if (creds != null) {
        creds.close();
      }
    }
  }

  private @Nullable Credentials credentials() {
    if (options.user() == null && options.password() == null) {
      return null;
    }
    Credentials.Acquirer acquirer = Credentials.acquire().usage(Usage.INITIATE);
    if (options.user() != null) {
      acquirer.name(Name.of(options.user(), NameType.USER));
    }
    if (options.mech() != null) {
      acquirer.mechs(options.mech());
    }
    if (options.password() != null) {
      acquirer.store(Map.of(CredStoreKeys.PASSWORD, options.password()));
    }
    return acquirer.acquire().credentials();
  }

  /** MIT's verbose description of the established context. */
  private void describe(SecurityContext context) {
    out.contextFlags(context.actualFlags());
    String source = context.initiatorName().map(Name::toString).orElse("");
    String target = context.targetName().map(Name::toString).orElse("");
    out.line(String.format("\"%s\" to \"%s\", lifetime %d, flags %x, %s, %s", source, target,
        context.lifetime().toSeconds(), RequirementFlag.toBits(context.actualFlags()),
        context.locallyInitiated() ? "locally initiated" : "remotely initiated",
        context.isComplete() ? "open" : "closed"));
    context.initiatorName().flatMap(Name::nameType).ifPresent(type ->
        out.line("Name type of source name is " + type.oid() + "."));
    Optional<MechType> mech = context.mech();
    if (mech.isPresent()) {
      MinorStatus minor = new MinorStatus();
      OidSetHolder names = new OidSetHolder();
      int major = Gss.inquireNamesForMech(minor, mech.get().oid(), names);
      OidSet set = names.get();
      if (!GssStatus.isError(major) && set != null) {
        List<Oid> list = set.asList();
        StringBuilder sb = new StringBuilder("Mechanism " + mech.get().oid() + " supports "
            + list.size() + " names");
        for (int i = 0; i < list.size(); i++) {
          sb.append("\n  ").append(i).append(": ").append(list.get(i));
        }
        out.line(sb.toString());
      }
    }
  }

  /** One message: wrap (or not), send, read the MIC (or NOOP) and verify it. */
  private boolean exchange(FrameIo io, @Nullable SecurityContext context, byte[] message)
      throws IOException {
    byte[] payload = message;
    if (context != null && options.wrap()) {
      try {
        WrapResult wrapped = context.wrap(message, options.encrypt());
        if (options.encrypt() && !wrapped.encrypted()) {
          err.line("Warning!  Message not encrypted.");
        }
        payload = wrapped.message();
      } catch (GssException e) {
        out.line("GSS-API error wrapping message: " + e.getMessage());
        return false;
      }
    }
    int flags = Frame.TOKEN_DATA | (options.wrap() ? Frame.TOKEN_WRAPPED : 0)
        | (options.encrypt() ? Frame.TOKEN_ENCRYPTED : 0)
        | (options.mic() ? Frame.TOKEN_SEND_MIC : 0);
    io.write(flags, payload);
    Frame reply = io.read();
    if (options.mic()) {
      if (context == null || reply.flags() != Frame.TOKEN_MIC) {
        out.line(String.format("expected a MIC token from the server, got flags 0x%02x",
            reply.flags()));
        return false;
      }
      try {
        context.verifySignature(message, reply.payload());
      } catch (GssException e) {
        out.line("GSS-API error verifying signature: " + e.getMessage());
        return false;
      }
      if (options.verbose()) {
        out.line("Signature verified.");
      }
    } else if (options.verbose()) {
      out.line("Response received.");
    }
    return true;
  }
}
