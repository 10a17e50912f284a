package io.gsskit.raw.spi;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** State of one PSK context: handshake values, then per-direction keys and sequence state. */
final class PskContext implements MechContext {

  enum State { PRE, INIT_SENT, ACCEPT_REPLIED, OPEN }

  final boolean initiator;
  volatile State state;
  byte @Nullable [] psk;
  byte[] nonceI = new byte[0];
  byte[] nonceA = new byte[0];
  byte[] transcript = new byte[0];
  @Nullable PskName initiatorName;
  @Nullable PskName acceptorName;
  int flags;
  byte[] session = new byte[0];
  byte[] wrapSend = new byte[0];
  byte[] wrapRecv = new byte[0];
  byte[] micSend = new byte[0];
  byte[] micRecv = new byte[0];
  final AtomicLong sendSeq = new AtomicLong();
  final SeqWindow recv = new SeqWindow();
  volatile boolean released;
  /** NegoEx metadata received from the peer before establishment. */
  byte[] peerMetaData = new byte[0];

  PskContext(boolean initiator, State state) {
    this.initiator = initiator;
    this.state = state;
  }

  /** Derives the session and per-direction keys and forgets the long-term secret. */
  void open(byte[] sessionKey) {
    session = sessionKey;
    String out = initiator ? "i2a" : "a2i";
    String in = initiator ? "a2i" : "i2a";
    wrapSend = PskCrypto.hmac(session, "PSK-wrap-" + out);
    wrapRecv = PskCrypto.hmac(session, "PSK-wrap-" + in);
    micSend = PskCrypto.hmac(session, "PSK-mic-" + out);
    micRecv = PskCrypto.hmac(session, "PSK-mic-" + in);
    if (psk != null) {
      Arrays.fill(psk, (byte) 0);
      psk = null;
    }
    state = State.OPEN;
  }

  /** Direction bit this side writes into its tokens. */
  int sendDirection() {
    return initiator ? 0 : 1;
  }

  @Override
  public void release() {
    released = true;
    for (byte[] k : new byte[][] {session, wrapSend, wrapRecv, micSend, micRecv}) {
      Arrays.fill(k, (byte) 0);
    }
    if (psk != null) {
      Arrays.fill(psk, (byte) 0);
    }
  }

  /** Serialises an open context (the exported token carries the session key). */
  byte[] export() {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bos)) {
      out.writeInt(0x50534b31); // "PSK1"
      out.writeBoolean(initiator);
      out.writeInt(flags);
      out.write(session);
      out.writeLong(sendSeq.get());
      long[] w = recv.state();
      out.writeLong(w[0]);
      out.writeLong(w[1]);
      writeName(out, initiatorName);
      writeName(out, acceptorName);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bos.toByteArray();
  }

  private static void writeName(DataOutputStream out, @Nullable PskName n) throws IOException {
    byte[] b = n == null ? new byte[0] : n.principal.getBytes(StandardCharsets.UTF_8);
    out.writeShort(b.length);
    out.write(b);
  }

  /** Parses an exported context; null when malformed (bounded: every length is checked). */
  static @Nullable PskContext parse(byte[] token) {
    try {
      ByteBuffer in = ByteBuffer.wrap(token);
      if (in.getInt() != 0x50534b31) {
        return null;
      }
      byte role = in.get();
      if (role != 0 && role != 1) {
        return null;
      }
      PskContext c = new PskContext(role == 1, State.OPEN);
      c.flags = in.getInt();
      byte[] session = new byte[32];
      in.get(session);
      c.sendSeq.set(in.getLong());
      c.recv.restore(in.getLong(), in.getLong());
      c.initiatorName = readName(in);
      c.acceptorName = readName(in);
      if (in.hasRemaining() || c.sendSeq.get() < 0) {
        return null;
      }
      c.open(session);
      return c;
    } catch (BufferUnderflowException e) {
      return null;
    }
  }

  private static @Nullable PskName readName(ByteBuffer in) {
    int len = in.getShort() & 0xffff;
    if (len > in.remaining()) {
      throw new BufferUnderflowException();
    }
    byte[] b = new byte[len];
    in.get(b);
    return len == 0 ? null : new PskName(new String(b, StandardCharsets.UTF_8));
  }
}
