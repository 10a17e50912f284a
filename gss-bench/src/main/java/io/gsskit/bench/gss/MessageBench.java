package io.gsskit.bench.gss;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ietf.jgss.GSSException;
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
 * Per-message throughput, GSSKit against the JDK's JGSS over the same realm: one operation is
 * wrap with confidentiality by the initiator then unwrap by the acceptor ({@code *WrapUnwrap}),
 * or getMIC by the initiator then verifyMIC by the acceptor ({@code *Mic}), of {@link #size}
 * random bytes, on established contexts with replay and sequence detection (RFC 4121 tokens).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MessageBench {

  /** Message size in bytes. */
  @Param({"64", "1024", "16384", "1048576"})
  public int size;

  byte[] msg;

  /** Fills the message. */
  @Setup(Level.Trial)
  public void setUp() {
    msg = new byte[size];
    new Random(size).nextBytes(msg);
  }

  /** @return the unwrapped message */
  @Benchmark
  public byte[] gsskitWrapUnwrap(GssKitContexts c) {
    return c.unwrap(c.wrap(msg));
  }

  /** @return the unwrapped message */
  @Benchmark
  public byte[] jdkWrapUnwrap(JdkContexts c) throws GSSException {
    return c.unwrap(c.wrap(msg));
  }

  /** @return the QOP */
  @Benchmark
  public int gsskitMic(GssKitContexts c) {
    return c.verifyMic(msg, c.getMic(msg));
  }

  /** @return the QOP */
  @Benchmark
  public int jdkMic(JdkContexts c) throws GSSException {
    return c.verifyMic(msg, c.getMic(msg));
  }
}
