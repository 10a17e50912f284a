package io.gsskit.samples.tools;

import io.gsskit.MechType;
import io.gsskit.RequirementFlag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@code gss-client}, MIT's options: {@code [-port port] [-mech mechanism]
 * [-spnego] [-d] [-seq] [-noreplay] [-nomutual] [-f] [-q] [-ccount count] [-mcount count] [-na]
 * [-nw] [-nx] [-nm] [-user user] [-pass pw] [-krb5] [-dce] [-iakerb] [-v1] host service msg}.
 *
 * @param port the server's port (default 4444)
 * @param mech the mechanism; null for the default
 * @param flags the requested context flags (default mutual and replay detection, as MIT)
 * @param useFile {@code msg} names a file whose contents are the message
 * @param verbose print progress (off with {@code -q})
 * @param ccount connections to make
 * @param mcount messages per connection
 * @param auth authenticate (off with {@code -na}, which also turns off wrap, encryption, MIC)
 * @param wrap wrap the message
 * @param encrypt ask for confidentiality when wrapping
 * @param mic ask the server for a MIC of the message
 * @param user the initiator's name; null for the default credentials
 * @param password the initiator's password; null for the ccache
 * @param host the server's host
 * @param service the host-based service name, e.g. {@code host@server.example}
 * @param msg the message, or its file name with {@code -f}
 */
record ClientOptions(int port, @Nullable MechType mech, Set<RequirementFlag> flags,
    boolean useFile, boolean verbose, int ccount, int mcount, boolean auth, boolean wrap,
    boolean encrypt, boolean mic, @Nullable String user, @Nullable String password, String host,
    String service, String msg) {

  /** MIT's usage text. */
  static final String USAGE = String.join("\n",
      "Usage: gss-client [-port port] [-mech mechanism] [-spnego] [-d]",
      "       [-seq] [-noreplay] [-nomutual] [-user user] [-pass pw]",
      "       [-f] [-q] [-ccount count] [-mcount count] [-krb5]",
      "       [-v1] [-na] [-nw] [-nx] [-nm] host service msg");

  /** The password is never shown. */
  @Override
  public String toString() {
    return "ClientOptions[" + host + ":" + port + ", " + service + ", flags=" + flags + "]";
  }

  /**
   * Parses the arguments.
   *
   * @param args the command line; not null
   * @return the options
   * @throws UsageException when the line is malformed or asks for something GSSKit cannot do
   */
  static ClientOptions parse(List<String> args) throws UsageException {
    int port = 4444;
    MechType mech = null;
    Set<RequirementFlag> flags = EnumSet.of(RequirementFlag.MUTUAL_AUTHENTICATION,
        RequirementFlag.REPLAY_DETECTION);
    boolean useFile = false;
    boolean verbose = true;
    int ccount = 1;
    int mcount = 1;
    boolean auth = true;
    boolean wrap = true;
    boolean encrypt = true;
    boolean mic = true;
    String user = null;
    String password = null;
    int i = 0;
    for (; i < args.size() && args.get(i).startsWith("-"); i++) {
      String opt = args.get(i);
      switch (opt) {
        case "-port" -> port = Ports.parse(ServerOptions.value(args, ++i, opt));
        case "-mech" -> mech = MechNames.parse(ServerOptions.value(args, ++i, opt));
        case "-krb5" -> mech = MechType.KERBEROS;
        case "-spnego" -> mech = MechNames.parse("spnego");
        case "-iakerb" -> mech = MechNames.parse("iakerb");
        case "-dce" -> throw new UsageException(
            "-dce: DCE-style contexts are not available yet in this GSSKit build");
        case "-v1" -> throw new UsageException(
            "-v1: the version 1 sample protocol is not supported; the server speaks version 2");
        case "-user" -> user = ServerOptions.value(args, ++i, opt);
        case "-pass" -> password = ServerOptions.value(args, ++i, opt);
        case "-d" -> flags.add(RequirementFlag.DELEGATE_TO_PEER);
        case "-seq" -> flags.add(RequirementFlag.OUT_OF_SEQUENCE_DETECTION);
        case "-noreplay" -> flags.remove(RequirementFlag.REPLAY_DETECTION);
        case "-nomutual" -> flags.remove(RequirementFlag.MUTUAL_AUTHENTICATION);
        case "-f" -> useFile = true;
        case "-q" -> verbose = false;
        case "-ccount" -> ccount = Ports.count(ServerOptions.value(args, ++i, opt), 1);
        case "-mcount" -> mcount = Ports.count(ServerOptions.value(args, ++i, opt), 0);
        case "-na" -> {
          auth = false;
          wrap = false;
          encrypt = false;
          mic = false;
        }
        case "-nw" -> wrap = false;
        case "-nx" -> encrypt = false;
        case "-nm" -> mic = false;
        default -> throw new UsageException("unknown option " + opt);
      }
    }
    if (args.size() - i != 3) {
      throw new UsageException("expected host, service and msg after the options");
    }
    return new ClientOptions(port, mech, flags, useFile, verbose, ccount, mcount, auth, wrap,
        encrypt, mic, user, password, args.get(i), args.get(i + 1), args.get(i + 2));
  }
}
