package io.gsskit.bench.gss;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Context establishment in one JVM, GSSKit against the JDK: one operation creates an initiator
 * context (mutual authentication, confidentiality, replay and sequence detection), produces the
 * AP-REQ, accepts it in a new acceptor context (AP-REP), completes the initiator, and deletes both
 * contexts. Credentials are acquired once; the service ticket is cached (GSSKit: in the ccache;
 * JDK: in the user's Subject after the set-up's first context), so no KDC traffic is timed. The
 * acceptor's replay cache is in memory ({@code on}) or disabled ({@code off}); the set-up checks
 * that a replayed AP-REQ is refused (on) or accepted (off), so the parameter is really in force.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EstablishBench {

  /** GSSKit state. */
  @State(Scope.Thread)
  public static class GssKit {
    /** The realm's only enctype. */
    @Param({BenchRealm.AES256_SHA1, BenchRealm.AES256_SHA384})
    public String enctype;
    /** The acceptor's replay cache: {@code on} or {@code off}. */
    @Param({"on", "off"})
    public String replayCache;

    GssKitSide side;

    /**
     * Acquires the credentials and checks the replay cache setting.
     *
     * @throws Exception when the realm or a credential fails
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      boolean on = replayCache.equals("on");
      side = GssKitSide.open(BenchRealm.forEnctype(enctype), on);
      side.establish(true).dispose();
      byte[] apReq = side.apReq();
      if (!side.accepts(apReq) || side.accepts(apReq) == on) {
        throw new IllegalStateException("GSSKit replay cache is not " + replayCache);
      }
    }
  }

  /** JDK state. */
  @State(Scope.Thread)
  public static class Jdk {
    /** The realm's only enctype. */
    @Param({BenchRealm.AES256_SHA1, BenchRealm.AES256_SHA384})
    public String enctype;
    /** The acceptor's replay cache: {@code on} (the JDK's default, in memory) or {@code off} ({@code none}). */
    @Param({"on", "off"})
    public String replayCache;

    JdkSide side;

    /**
     * Logs in and checks the replay cache setting.
     *
     * @throws Exception when the realm or a login fails
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      boolean on = replayCache.equals("on");
      // The JDK reads it once per JVM (KrbApReq's static initializer): unset = in memory.
      if (on) {
        System.clearProperty("sun.security.krb5.rcache");
      } else {
        System.setProperty("sun.security.krb5.rcache", "none");
      }
      side = JdkSide.login(BenchRealm.forEnctype(enctype));
      side.establish(true).dispose();
      byte[] apReq = side.apReq();
      if (!side.accepts(apReq) || side.accepts(apReq) == on) {
        throw new IllegalStateException("JDK replay cache is not " + replayCache);
      }
    }
  }

  /** @return the initiator's context, already deleted */
  @Benchmark
  public Object gsskitEstablish(GssKit s) {
    GssKitSide.Pair p = s.side.establish(true);
    p.dispose();
    return p;
  }

  /**
   * @return the initiator's context, already disposed
   * @throws Exception when a step fails
   */
  @Benchmark
  public Object jdkEstablish(Jdk s) throws Exception {
    JdkSide.Pair p = s.side.establish(true);
    p.dispose();
    return p;
  }
}
