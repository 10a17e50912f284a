package io.gsskit.bench.gss;

import org.ietf.jgss.GSSException;
import org.ietf.jgss.MessageProp;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH state: one established JDK JGSS context pair (mutual authentication, confidentiality,
 * replay and sequence detection) in the realm of {@link #enctype}, plus the per-message calls
 * the benchmarks time, as applications call them (a new {@link MessageProp} per call).
 */
@State(Scope.Thread)
public class JdkContexts {

  /** The realm's only enctype. */
  @Param({BenchRealm.AES256_SHA1, BenchRealm.AES256_SHA384})
  public String enctype;

  JdkSide.Pair pair;

  /** @return whether the pair requests replay and sequence detection */
  boolean sequencing() {
    return true;
  }

  /**
   * Establishes the pair.
   *
   * @throws Exception when the realm, a login or the context fails
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    pair = JdkSide.login(BenchRealm.forEnctype(enctype)).establish(sequencing());
  }

  /**
   * Disposes the pair.
   *
   * @throws GSSException never in practice
   */
  @TearDown(Level.Trial)
  public void tearDown() throws GSSException {
    pair.dispose();
  }

  byte[] wrap(byte[] msg) throws GSSException {
    return pair.initiator().wrap(msg, 0, msg.length, new MessageProp(0, true));
  }

  byte[] unwrap(byte[] tok) throws GSSException {
    MessageProp p = new MessageProp(0, false);
    byte[] m = pair.acceptor().unwrap(tok, 0, tok.length, p);
    if (p.isDuplicateToken() || p.isOldToken() || p.isUnseqToken() || p.isGapToken()) {
      throw new IllegalStateException("JDK unwrap reported a sequencing problem");
    }
    return m;
  }

  byte[] getMic(byte[] msg) throws GSSException {
    return pair.initiator().getMIC(msg, 0, msg.length, new MessageProp(0, false));
  }

  int verifyMic(byte[] msg, byte[] mic) throws GSSException {
    MessageProp p = new MessageProp(0, false);
    pair.acceptor().verifyMIC(mic, 0, mic.length, msg, 0, msg.length, p);
    return p.getQOP();
  }

  /** The same without replay and sequence detection, so one token can be unwrapped repeatedly. */
  public static class Unsequenced extends JdkContexts {
    @Override
    boolean sequencing() {
      return false;
    }

    @Override
    byte[] unwrap(byte[] tok) throws GSSException {
      return pair.acceptor().unwrap(tok, 0, tok.length, new MessageProp(0, false));
    }
  }
}
