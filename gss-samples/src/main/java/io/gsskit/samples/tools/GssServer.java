package io.gsskit.samples.tools;

import io.gsskit.Credentials;
import io.gsskit.Name;
import io.gsskit.NameType;
import io.gsskit.Usage;
import io.gsskit.exceptions.GssException;
import io.gsskit.ext.CredStoreKeys;
import io.gsskit.samples.wire.FrameIo;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * GSSKit's {@code gss-server}: MIT krb5's sample server on the high-level API. Acquires acceptor
 * credentials for a host-based service, listens on 127.0.0.1 (or {@code -bind}) and serves each
 * connection on its own thread with {@link SignService} until stopped, or one with {@code -once};
 * {@code -inetd} serves the connection on standard input and output.
 *
 * <p>Exit status: 0 normally (with {@code -once}/{@code -inetd}: when the exchange succeeded), 1
 * on a usage error or when the credentials cannot be acquired.
 */
public final class GssServer {

  private GssServer() {}

  /**
   * Runs the server.
   *
   * @param args the command line, see {@link ServerOptions#USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  private static int run(String[] args) {
    ServerOptions options;
    try {
      options = ServerOptions.parse(Arrays.asList(args));
    } catch (UsageException e) {
      System.err.println("gss-server: " + e.getMessage());
      System.err.println(ServerOptions.USAGE);
      return 1;
    }
    // In -inetd mode standard output is the connection: nothing else may be written there, and
    // MIT closes standard error too (inetd points it at the socket).
    OutputStream connectionOut = new FileOutputStream(FileDescriptor.out);
    if (options.inetd()) {
      PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
      System.setOut(discard);
      System.setErr(discard);
    }
    Output console = options.inetd() ? Output.none() : Output.to(System.out);
    Output errors = options.inetd() ? Output.none() : Output.to(System.err);
    Output log;
    String logfile = options.logfile();
    if (logfile == null) {
      log = options.inetd() ? Output.none() : console;
    } else if (logfile.equals("/dev/null")) {
      log = Output.none();
    } else {
      try {
        log = Output.to(new PrintStream(new FileOutputStream(logfile, true), true,
            StandardCharsets.UTF_8));
      } catch (IOException e) {
        errors.line(logfile + ": " + e.getMessage());
        return 1;
      }
    }
    Credentials creds;
    try {
      creds = acquire(options);
    } catch (GssException e) {
      errors.line("GSS-API error acquiring credentials: " + e.getMessage());
      log.line("GSS-API error acquiring credentials: " + e.getMessage());
      return 1;
    }
    try (creds) {
      if (options.inetd()) {
        FrameIo io = new FrameIo(new FileInputStream(FileDescriptor.in), connectionOut);
        return new SignService(creds, options, log, console, errors).serve(io) ? 0 : 1;
      }
      return listen(options, creds, log, console, errors);
    }
  }

  private static Credentials acquire(ServerOptions options) {
    Credentials.Acquirer acquirer = Credentials.acquire()
        .name(Name.of(options.service(), NameType.HOSTBASED_SERVICE))
        .usage(Usage.ACCEPT);
    if (options.mech() != null) {
      acquirer.mechs(options.mech());
    }
    if (options.keytab() != null) {
      acquirer.store(Map.of(CredStoreKeys.KEYTAB, options.keytab()));
    }
    return acquirer.acquire().credentials();
  }

  private static int listen(ServerOptions options, Credentials creds, Output log,
      Output console, Output errors) {
    try (ServerSocket listener = new ServerSocket()) {
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()),
          50);
      if (options.verbose() || options.port() == 0) {
        errors.line("listening on " + options.bind() + " port " + listener.getLocalPort());
      }
      errors.line("starting...");
      do {
        Socket socket;
        try {
          socket = listener.accept();
        } catch (IOException e) {
          errors.line("accepting connection: " + e.getMessage());
          continue;
        }
        SignService service = new SignService(creds, options, log, console, errors);
        if (options.once()) {
          return serveOne(socket, service) ? 0 : 1;
        }
        Thread worker = new Thread(() -> serveOne(socket, service),
            "gss-server-" + socket.getPort());
        worker.setDaemon(true);
        worker.start();
      } while (true);
    } catch (IOException e) {
      errors.line("listening on " + options.bind() + ":" + options.port() + ": "
          + e.getMessage());
      return 1;
    }
  }

  private static boolean serveOne(Socket socket, SignService service) {
    try (socket) {
      return service.serve(new FrameIo(socket.getInputStream(), socket.getOutputStream()));
    } catch (IOException | RuntimeException e) {
      // A failure on one connection never stops the server.
      System.err.println("connection from " + socket.getRemoteSocketAddress() + ": " + e);
      return false;
    }
  }
}
