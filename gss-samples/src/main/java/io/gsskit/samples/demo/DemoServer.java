package io.gsskit.samples.demo;

import static io.gsskit.samples.demo.GssCall.check;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.StringHolder;
import io.gsskit.samples.wire.Frame;
import io.gsskit.samples.wire.FrameIo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The demo's server: acquires acceptor credentials for a host-based service from the keytab
 * named by {@code KRB5_KTNAME}, listens on 127.0.0.1, and serves one client the way MIT's
 * {@code gss-server} does: accept the context, unwrap the message, answer with a MIC of it.
 *
 * <p>Usage: {@code DemoServer service@host}. Prints {@code listening on port N} once it listens.
 */
public final class DemoServer {

  private DemoServer() {}

  /**
   * Runs the server for one connection.
   *
   * @param args {@code service@host}
   * @throws IOException when the connection fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DemoServer service@host");
      System.exit(2);
    }
    MinorStatus minor = new MinorStatus();
    try (NameHandle.Ref service = new NameHandle.Ref(); CredHandle.Ref cred = new CredHandle.Ref()) {
      check("import_name", Gss.importName(minor, args[0], Gss.GSS_C_NT_HOSTBASED_SERVICE, service),
          minor);
      check("acquire_cred", Gss.acquireCred(minor, service.orElseThrow(), Gss.GSS_C_INDEFINITE,
          OidSet.of(Gss.GSS_MECH_KRB5), Gss.GSS_C_ACCEPT, cred, null, null), minor);
      System.out.println("acquired acceptor credentials for " + args[0] + " from the keytab");
      try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        System.out.println("starting...");
        System.out.println("listening on port " + listener.getLocalPort());
        try (Socket socket = listener.accept()) {
          System.out.println("Accepted connection: " + socket.getRemoteSocketAddress());
          serve(new FrameIo(socket.getInputStream(), socket.getOutputStream()), cred.orElseThrow());
        }
      }
    }
  }

  private static void serve(FrameIo io, CredHandle cred) throws IOException {
    MinorStatus minor = new MinorStatus();
    Frame opening = io.read();
    if (opening.flags() != (Frame.TOKEN_NOOP | Frame.TOKEN_CONTEXT_NEXT)) {
      throw new IOException(String.format("expected NOOP|CONTEXT_NEXT, got flags 0x%02x",
          opening.flags()));
    }
    try (ContextHandle.Ref context = new ContextHandle.Ref();
        NameHandle.Ref client = new NameHandle.Ref()) {
      IntHolder flags = new IntHolder();
      int major;
      do {
        Frame in = io.read();
        if (in.flags() != Frame.TOKEN_CONTEXT) {
          throw new IOException(String.format("expected a CONTEXT frame, got flags 0x%02x",
              in.flags()));
        }
        System.out.println("received context token: " + in.payload().length + " bytes");
        Buffer out = new Buffer();
        major = Gss.acceptSecContext(minor, context, cred, in.payload(), null, client, null, out,
            flags, null, null);
        if (!out.isEmpty()) {
          System.out.println("sending context token: " + out.length() + " bytes");
          io.write(Frame.TOKEN_CONTEXT, out.value());
        }
        check("accept_sec_context", major, minor);
      } while (GssStatus.isContinueNeeded(major));

      StringHolder clientName = new StringHolder();
      check("display_name", Gss.displayName(minor, client.orElseThrow(), clientName, null), minor);
      System.out.println("authenticated client: " + clientName.get());
      System.out.println("context flags: " + Flags.describe(flags.get()));

      Frame data = io.read();
      if ((data.flags() & Frame.TOKEN_DATA) == 0) {
        throw new IOException(String.format("expected a DATA frame, got flags 0x%02x",
            data.flags()));
      }
      byte[] message = data.payload();
      if ((data.flags() & Frame.TOKEN_WRAPPED) != 0) {
        Buffer plain = new Buffer();
        BooleanHolder encrypted = new BooleanHolder();
        check("unwrap", Gss.unwrap(minor, context.orElseThrow(), data.payload(), plain, encrypted,
            null), minor);
        message = plain.value();
        if (!encrypted.get()) {
          System.out.println("Warning! Message not encrypted.");
        }
      }
      System.out.println("Received message: \"" + new String(message, StandardCharsets.UTF_8)
          + "\"");
      if ((data.flags() & Frame.TOKEN_SEND_MIC) != 0) {
        Buffer mic = new Buffer();
        check("get_mic", Gss.getMic(minor, context.orElseThrow(), Gss.GSS_C_QOP_DEFAULT, message,
            mic), minor);
        System.out.println("sending MIC: " + mic.length() + " bytes");
        io.write(Frame.TOKEN_MIC, mic.value());
      } else {
        io.write(Frame.TOKEN_NOOP, new byte[0]);
      }
      Frame end = io.read();
      if (end.flags() != Frame.TOKEN_NOOP) {
        System.out.printf("unexpected closing frame flags 0x%02x%n", end.flags());
      }
      check("delete_sec_context", Gss.deleteSecContext(minor, context, null), minor);
      System.out.println("context deleted; done");
    }
  }
}
