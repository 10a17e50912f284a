package io.gsskit.bench.gss;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ietf.jgss.GSSException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Average time of one wrap (with confidentiality) and of one unwrap of a 64-byte message, GSSKit
 * against the JDK; with {@code -prof gc} also the bytes allocated per wrap and per unwrap. The
 * contexts here request no replay or sequence detection, so that the acceptor can unwrap the same
 * token again and again (the wrap side's cost does not depend on it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OneWayBench {

  /** The message size. */
  public static final int SIZE = 64;

  byte[] msg;
  byte[] gsskitToken;
  byte[] jdkToken;

  /** Fills the message. */
  @Setup(Level.Trial)
  public void setUp() {
    msg = new byte[SIZE];
    new Random(SIZE).nextBytes(msg);
  }

  /** @return the token */
  @Benchmark
  public byte[] gsskitWrap(GssKitContexts.Unsequenced c) {
    return c.wrap(msg);
  }

  /** @return the token */
  @Benchmark
  public byte[] jdkWrap(JdkContexts.Unsequenced c) throws GSSException {
    return c.wrap(msg);
  }

  /** @return the message */
  @Benchmark
  public byte[] gsskitUnwrap(GssKitContexts.Unsequenced c) {
    if (gsskitToken == null) {
      gsskitToken = c.wrap(msg).clone();
    }
    return c.unwrap(gsskitToken);
  }

  /** @return the message */
  @Benchmark
  public byte[] jdkUnwrap(JdkContexts.Unsequenced c) throws GSSException {
    if (jdkToken == null) {
      jdkToken = c.wrap(msg);
    }
    return c.unwrap(jdkToken);
  }
}
