package io.gsskit.samples.demo;

import static io.gsskit.samples.demo.GssCall.check;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.samples.wire.Frame;
import io.gsskit.samples.wire.FrameIo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

/**
 * The demo's client: gets Kerberos credentials with a password (an AS exchange, then a TGS
 * exchange for the service, both by GSSKit's own KDC client), establishes a mutually
 * authenticated context with the server, sends a wrapped message and verifies the MIC the server
 * returns — the exchange of MIT's {@code gss-client}.
 *
 * <p>Usage: {@code DemoClient port service@host user password message}; the password is read
 * from the environment variable {@code DEMO_PASSWORD} when the argument is {@code -}.
 */
public final class DemoClient {

  private static final int REQUESTED = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG
      | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG;

  private DemoClient() {}

  /**
   * Runs one exchange.
   *
   * @param args port, service, user, password, message
   * @throws IOException when the connection fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: DemoClient port service@host user password|- message");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    String password = args[3].equals("-") ? System.getenv("DEMO_PASSWORD") : args[3];
    MinorStatus minor = new MinorStatus();
    try (NameHandle.Ref user = new NameHandle.Ref(); NameHandle.Ref target = new NameHandle.Ref();
        CredHandle.Ref cred = new CredHandle.Ref()) {
      check("import_name", Gss.importName(minor, args[2], Gss.GSS_KRB5_NT_PRINCIPAL_NAME, user),
          minor);
      check("acquire_cred_from", Gss.acquireCredFrom(minor, user.orElseThrow(),
          Gss.GSS_C_INDEFINITE, OidSet.of(Gss.GSS_MECH_KRB5), Gss.GSS_C_INITIATE,
          Map.of("password", password == null ? "" : password), cred, null, null), minor);
      System.out.println("got a TGT for " + args[2] + " with a password (AS exchange)");
      check("import_name", Gss.importName(minor, args[1], Gss.GSS_C_NT_HOSTBASED_SERVICE,
          target), minor);
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        FrameIo io = new FrameIo(socket.getInputStream(), socket.getOutputStream());
        exchange(io, cred.orElseThrow(), target.orElseThrow(), args[4]);
      }
    }
  }

  private static void exchange(FrameIo io, CredHandle cred, NameHandle target, String text)
      throws IOException {
    MinorStatus minor = new MinorStatus();
    io.write(Frame.TOKEN_NOOP | Frame.TOKEN_CONTEXT_NEXT, new byte[0]);
    try (ContextHandle.Ref context = new ContextHandle.Ref()) {
      IntHolder flags = new IntHolder();
      OidHolder mech = new OidHolder();
      byte[] input = null;
      int major;
      while (true) {
        Buffer out = new Buffer();
        major = Gss.initSecContext(minor, cred, context, target, Gss.GSS_MECH_KRB5, REQUESTED,
            Gss.GSS_C_INDEFINITE, null, input, mech, out, flags, null);
        if (!out.isEmpty()) {
          System.out.println("sending context token: " + out.length() + " bytes");
          io.write(Frame.TOKEN_CONTEXT, out.value());
        }
        check("init_sec_context", major, minor);
        if (!GssStatus.isContinueNeeded(major)) {
          break;
        }
        Frame reply = io.read();
        System.out.println("received context token: " + reply.payload().length + " bytes");
        input = reply.payload();
      }
      describe(context.orElseThrow(), mech.get(), flags.get());

      byte[] message = text.getBytes(StandardCharsets.UTF_8);
      Buffer wrapped = new Buffer();
      BooleanHolder encrypted = new BooleanHolder();
      check("wrap", Gss.wrap(minor, context.orElseThrow(), true, Gss.GSS_C_QOP_DEFAULT, message,
          encrypted, wrapped), minor);
      System.out.println("wrapped message (" + wrapped.length() + " bytes, "
          + (encrypted.get() ? "encrypted" : "NOT encrypted") + "): "
          + HexFormat.of().formatHex(wrapped.value(), 0, Math.min(32, wrapped.length())) + "...");
      io.write(Frame.TOKEN_DATA | Frame.TOKEN_WRAPPED | Frame.TOKEN_ENCRYPTED
          | Frame.TOKEN_SEND_MIC, wrapped.value());

      Frame mic = io.read();
      if (mic.flags() != Frame.TOKEN_MIC) {
        throw new IOException(String.format("expected a MIC frame, got flags 0x%02x",
            mic.flags()));
      }
      check("verify_mic", Gss.verifyMic(minor, context.orElseThrow(), message, mic.payload(),
          null), minor);
      System.out.println("MIC from the server (" + mic.payload().length + " bytes): "
          + HexFormat.of().formatHex(mic.payload()));
      System.out.println("Signature verified.");
      io.write(Frame.TOKEN_NOOP, new byte[0]);
      check("delete_sec_context", Gss.deleteSecContext(minor, context, null), minor);
    }
  }

  private static void describe(ContextHandle context, Oid mech, int flags) {
    MinorStatus minor = new MinorStatus();
    try (NameHandle.Ref source = new NameHandle.Ref(); NameHandle.Ref target =
        new NameHandle.Ref()) {
      check("inquire_context", Gss.inquireContext(minor, context, source, target, null, null,
          null, null, null), minor);
      StringHolder s = new StringHolder();
      StringHolder t = new StringHolder();
      check("display_name", Gss.displayName(minor, source.orElseThrow(), s, null), minor);
      check("display_name", Gss.displayName(minor, target.orElseThrow(), t, null), minor);
      System.out.println("context established: " + s.get() + " -> " + t.get());
    }
    System.out.println("mechanism: " + mech + (mech.equals(Gss.GSS_MECH_KRB5)
        ? " (Kerberos v5)" : ""));
    System.out.println("context flags: " + Flags.describe(flags));
    BufferSet key = new BufferSet();
    int major = Gss.inquireSecContextByOid(minor, context, Inquiry.GSS_C_INQ_SSPI_SESSION_KEY,
        key);
    if (!GssStatus.isError(major) && key.size() == 2) {
      System.out.println("session key: " + key.get(0).length + " bytes, enctype "
          + Enctypes.describe(key.get(1)));
    }
  }
}
