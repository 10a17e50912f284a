package io.gsskit.samples.tools;

import io.gsskit.MechType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@code gss-server}, with MIT's single-dash spelling: {@code [-port port]
 * [-verbose] [-inetd] [-once] [-logfile file] [-mech mechanism] [-export] [-keytab keytab]
 * [-bind addr] service_name}.
 *
 * @param port the TCP port to listen on (MIT's default 4444; 0 picks a free one)
 * @param verbose print tokens in hex and more detail
 * @param inetd serve one connection on standard input and output
 * @param once serve one connection, then exit
 * @param logfile where the log goes; null for standard output, {@code /dev/null} for nowhere
 * @param mech the mechanism; null for the default
 * @param export export and re-import each context, logging the time it took
 * @param keytab the acceptor keytab; null for the default ({@code KRB5_KTNAME})
 * @param bind the address to listen on (default 127.0.0.1)
 * @param service the host-based service name, {@code service@host} or {@code service}
 */
record ServerOptions(int port, boolean verbose, boolean inetd, boolean once,
    @Nullable String logfile, @Nullable MechType mech, boolean export, @Nullable String keytab,
    String bind, String service) {

  /** MIT's usage text, with GSSKit's additions. */
  static final String USAGE = String.join("\n",
      "Usage: gss-server [-port port] [-verbose] [-once] [-inetd] [-export]",
      "       [-logfile file] [-keytab keytab] [-mech mechanism] [-bind addr]",
      "       service_name");

  /**
   * Parses the arguments.
   *
   * @param args the command line; not null
   * @return the options
   * @throws UsageException when the line is malformed or names an unavailable mechanism
   */
  static ServerOptions parse(List<String> args) throws UsageException {
    int port = 4444;
    boolean verbose = false;
    boolean inetd = false;
    boolean once = false;
    boolean export = false;
    String logfile = null;
    MechType mech = null;
    String keytab = null;
    String bind = "127.0.0.1";
    int i = 0;
    for (; i < args.size() && args.get(i).startsWith("-"); i++) {
      String opt = args.get(i);
      switch (opt) {
        case "-port" -> port = Ports.parse(value(args, ++i, opt));
        case "-verbose" -> verbose = true;
        case "-inetd" -> inetd = true;
        case "-once" -> once = true;
        case "-export" -> export = true;
        case "-logfile" -> logfile = value(args, ++i, opt);
        case "-mech" -> mech = MechNames.parse(value(args, ++i, opt));
        case "-iakerb" -> mech = MechNames.parse("iakerb");
        case "-keytab" -> keytab = value(args, ++i, opt);
        case "-bind" -> bind = value(args, ++i, opt);
        default -> throw new UsageException("unknown option " + opt);
      }
    }
    if (args.size() - i != 1) {
      throw new UsageException("expected exactly one service_name after the options");
    }
    return new ServerOptions(port, verbose, inetd, once, logfile, mech, export, keytab, bind,
        args.get(i));
  }

  static String value(List<String> args, int i, String opt) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(opt + " needs a value");
    }
    return args.get(i);
  }
}
