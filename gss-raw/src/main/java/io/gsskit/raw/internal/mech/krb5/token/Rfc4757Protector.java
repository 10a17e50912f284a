package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_QOP;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.CONFOUNDER_LENGTH;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.FILLER;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.SGN_CKSUM;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.SND_SEQ;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.kerberos.crypto.ConfounderSource;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 4757 §7 per-message engine of an rc4-hmac krb5 context (the RFC 1964-style MIC token
 * 01 01 and Wrap token 02 01 that MIT krb5, Windows and the JDK use for arcfour-hmac keys; see
 * {@link TokenFormat} for when a context uses them, {@link Rfc4757Layout} for the layout and
 * {@link Rfc4757Keys} for the cryptography).
 *
 * <p>This class holds the per-context state (keys, flags, the send counter, the receive window)
 * and the public entry points, plus the token fields both token kinds share (header, SND_SEQ,
 * checksum compare, receipt); the token work is done by stateless helpers that take the engine as
 * a parameter: {@link Rfc4757Mic} (MIC tokens), {@link Rfc4757Wrap} (Wrap tokens and size
 * limits), {@link Rfc4757Iov} (IOV/AEAD), {@link KerberosPrf} (PRF) and {@link Rfc4757Export}
 * (export/import).
 *
 * <p>Sending: the sequence number is the low 32 bits of a counter that starts at this side's
 * initial number; SND_SEQ carries it big-endian followed by four direction bytes, 00 from the
 * initiator and FF from the acceptor (RFC 4757 §7.1; MIT {@code kg_make_seq_num}). Wrap tokens
 * always carry an 8-byte random confounder and one padding byte 01, with SEAL_ALG RC4 when
 * confidentiality is requested and FF FF otherwise.
 *
 * <p>Receiving, in MIT's order ({@code kg_unseal_v1}): framing, TOK_ID, SGN_ALG, SEAL_ALG and
 * filler ({@code GSS_S_DEFECTIVE_TOKEN}); SND_SEQ decrypted with the key derived from the
 * received checksum, its four direction bytes must agree ({@code GSS_S_BAD_SIG}); the body is
 * decrypted with the key derived from that sequence number; the checksum is recomputed and
 * compared in constant time ({@code GSS_S_BAD_SIG}); the padding must be 1..8 and fit
 * ({@code GSS_S_DEFECTIVE_TOKEN}); the direction must be the peer's ({@code GSS_S_BAD_SIG},
 * reflection); only then is the 32-bit sequence number extended to 64 bits relative to the
 * receive window and recorded ({@link SequenceWindow}), so a rejected token changes no state.
 *
 * <p>A property of the protocol, not of this implementation: the checksum does not cover
 * SND_SEQ, and RC4 is a stream cipher, so flipping bits in the first four bytes of SND_SEQ of a MIC
 * or integrity-only Wrap token changes only the sequence number it carries; such a token verifies
 * (as with MIT krb5, Windows and the JDK) with another sequence number. Sealed Wrap tokens are not
 * affected (the sequence number keys the decryption, so the checksum then fails).
 *
 * <p>IOV calls ({@code gss_wrap_iov}, {@code gss_unwrap_iov} incl. STREAM, {@code
 * gss_wrap_iov_length}, the MIC IOV calls, and through them AEAD) follow MIT krb5's layout for
 * these tokens; see {@link Rfc4757Iov}. A {@link Builder#dceStyle(boolean) DCE-style} context's
 * IOV Wrap tokens carry no padding and announce only their header in the framing, as MIT's.
 *
 * <p><b>Thread safety:</b> all per-message methods may be called concurrently. The send counter
 * is an {@link AtomicLong}; the receive window is updated in a short synchronized section after
 * verification; the primitives are instantiated per call from keys derived once. {@link
 * #destroy()} may race with calls in flight: those either finish or return {@code
 * GSS_S_NO_CONTEXT}.
 */
public final class Rfc4757Protector implements MessageProtector, AutoCloseable {

  private final KerberosKey key;
  private final @Nullable KerberosKey partialKey;
  private final Oid mech;
  private final byte[] oidDer;
  private final boolean localIsAcceptor;
  private final boolean acceptorSubkey;
  private final boolean dceStyle;
  private final Rfc4757Keys keys;
  /** This engine's own confounder keystream; not thread-safe, so used under its own lock. */
  private final ConfounderSource confounders;
  private final AtomicLong sendSeq;
  private final SequenceWindow window;
  private final Object recvLock = new Object();
  /** The 64-bit number the next in-order token would have; valid when {@link #recvKnown}. */
  private long recvNext;
  private boolean recvKnown;
  private volatile boolean destroyed;

  private Rfc4757Protector(Builder b) throws KrbCryptoException {
    int type = b.key.keyType();
    if (type != 23 && type != 24) {
      throw new KrbCryptoException(KrbCryptoException.Reason.UNSUPPORTED,
          b.key.encType().name() + " has no RFC 4757 token format");
    }
    byte[] raw = b.key.copyBytes();
    try {
      if (raw.length != Rfc4757Keys.KEY_LENGTH) {
        throw new KrbCryptoException(KrbCryptoException.Reason.BAD_KEY,
            "RC4 keys are 16 bytes, not " + raw.length);
      }
      this.keys = new Rfc4757Keys(raw, type == 24);
      this.key = new KerberosKey(type, raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
    this.partialKey = b.copyPartialKey();
    this.mech = b.mech;
    this.oidDer = b.mech.toDer();
    this.localIsAcceptor = b.localIsAcceptor;
    this.acceptorSubkey = b.acceptorSubkey;
    this.dceStyle = b.dceStyle;
    this.confounders = b.confounders != null ? b.confounders : ConfounderSource.secure();
    this.sendSeq = new AtomicLong(b.sendSeq & 0xFFFF_FFFFL);
    this.window = b.newWindow();
    this.recvNext = b.recvSeq;
    this.recvKnown = !b.learnRecvSeq;
  }

  /**
   * Starts a builder.
   *
   * @param key the context key (arcfour-hmac, 16 bytes): the acceptor subkey when it is in effect
   *     ({@link TokenFormat}), else the initiator subkey, else the session key; copied
   * @param mech the context's mechanism OID, used in the token framing
   * @param localIsAcceptor true when this side is the context acceptor
   * @return a builder with replay and sequence detection off and sequence numbers 0
   */
  public static Builder builder(KerberosKey key, Oid mech, boolean localIsAcceptor) {
    return new Builder(Objects.requireNonNull(key, "key"), Objects.requireNonNull(mech, "mech"),
        localIsAcceptor);
  }

  /**
   * Configuration of a {@link Rfc4757Protector}: the shared settings of {@link ProtectorBuilder}
   * plus the mechanism OID of the framing. Mutable, not thread-safe.
   */
  public static final class Builder extends ProtectorBuilder<Builder> {
    private final Oid mech;
    private @Nullable ConfounderSource confounders;

    private Builder(KerberosKey key, Oid mech, boolean localIsAcceptor) {
      super(key, localIsAcceptor);
      this.mech = mech;
    }

    @Override
    Builder self() {
      return this;
    }

    /** Replaces the random confounder source (known-answer tests only). */
    Builder confounders(Consumer<byte[]> source) {
      Objects.requireNonNull(source, "source");
      this.confounders = (buf, off, len) -> {
        byte[] c = new byte[len];
        source.accept(c);
        System.arraycopy(c, 0, buf, off, len);
      };
      return this;
    }

    /**
     * @return the engine
     * @throws KrbCryptoException UNSUPPORTED for a key that is not arcfour-hmac, BAD_KEY for a
     *     wrong key length
     */
    @Override
    public Rfc4757Protector build() throws KrbCryptoException {
      return new Rfc4757Protector(this);
    }
  }

  // ---------------------------------------------------------------- accessors

  @Override
  public boolean localIsAcceptor() {
    return localIsAcceptor;
  }

  @Override
  public boolean acceptorSubkey() {
    return acceptorSubkey;
  }

  /** @return true for a DCE-style context (see {@link Builder#dceStyle(boolean)}) */
  @Override
  public boolean dceStyle() {
    return dceStyle;
  }

  /** @return the next send sequence number (a snapshot, 0..2^32-1) */
  public long nextSendSeq() {
    return sendSeq.get() & 0xFFFF_FFFFL;
  }

  KerberosKey key() {
    return key;
  }

  @Nullable KerberosKey partialKeyOrNull() {
    return partialKey;
  }

  Oid mech() {
    return mech;
  }

  SequenceWindow window() {
    return window;
  }

  Rfc4757Keys keys() {
    return keys;
  }

  byte[] oidDer() {
    return oidDer;
  }

  /** Draws a fresh confounder into {@code dst[off..off+8)}. Thread-safe. */
  void confounder(byte[] dst, int off) {
    synchronized (confounders) {
      confounders.next(dst, off, CONFOUNDER_LENGTH);
    }
  }

  /** @return the sequence number of the next token sent (consumed) */
  int takeSendSeq() {
    return (int) sendSeq.getAndIncrement();
  }

  /**
   * The whole receive state as one consistent snapshot for export: taken inside {@code recvLock},
   * which {@link #accept(long)} holds across its window update, so no token is half-recorded.
   *
   * @return {recvNext, recvKnown ? 1 : 0, the window's seen bitmap}
   */
  long[] receiveSnapshot() {
    synchronized (recvLock) {
      long[] w = window.snapshot();
      return new long[] {recvNext, recvKnown ? 1 : 0, w[1]};
    }
  }

  // ---------------------------------------------------------------- MIC (Rfc4757Mic)

  @Override
  public int getMic(MinorStatus minor, int qop, byte[] message, Buffer token) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(token, "token");
    return Rfc4757Mic.getMic(this, minor, qop, message, token);
  }

  @Override
  public int verifyMic(MinorStatus minor, byte[] message, byte[] token,
      @Nullable IntHolder qopState) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(token, "token");
    return Rfc4757Mic.verifyMic(this, minor, message, token, qopState);
  }

  // ---------------------------------------------------------------- Wrap (Rfc4757Wrap)

  @Override
  public int wrap(MinorStatus minor, boolean conf, int qop, byte[] message,
      @Nullable BooleanHolder confState, Buffer token) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(token, "token");
    return Rfc4757Wrap.wrap(this, minor, conf, qop, message, confState, token);
  }

  @Override
  public int unwrap(MinorStatus minor, byte[] token, Buffer message,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(message, "message");
    return Rfc4757Wrap.unwrap(this, minor, token, message, confState, qopState);
  }

  // ---------------------------------------------------------------- token fields and receipt

  /**
   * Writes the first 8 bytes of a token: TOK_ID, SGN_ALG, SEAL_ALG (filler when not sealed, and
   * always for MIC tokens) and the filler bytes 6..7.
   */
  static void header(byte[] tok, int p, int tokenId, boolean sealed) {
    tok[p] = (byte) (tokenId >>> 8);
    tok[p + 1] = (byte) tokenId;
    tok[p + 2] = Rfc4757Layout.SGN_ALG_0;
    tok[p + 3] = Rfc4757Layout.SGN_ALG_1;
    tok[p + 4] = sealed ? Rfc4757Layout.SEAL_ALG_0 : FILLER;
    tok[p + 5] = sealed ? Rfc4757Layout.SEAL_ALG_1 : FILLER;
    tok[p + 6] = FILLER;
    tok[p + 7] = FILLER;
  }

  /** Encrypts {@code seq (BE) | direction x4} into SND_SEQ with the key from SGN_CKSUM. */
  void sequenceField(byte[] tok, int p, int seq) {
    byte dir = localIsAcceptor ? (byte) 0xFF : 0;
    byte[] plain = {(byte) (seq >>> 24), (byte) (seq >>> 16), (byte) (seq >>> 8), (byte) seq,
        dir, dir, dir, dir};
    keys.cryptSequence(tok, p + SGN_CKSUM, plain, 0, tok, p + SND_SEQ);
  }

  /**
   * Decrypts SND_SEQ with the key derived from the received checksum.
   *
   * @return {@code (seq & 0xFFFFFFFF) << 8 | direction}
   */
  long openSequence(byte[] token, int p) throws TokenFailure {
    byte[] plain = new byte[8];
    keys.cryptSequence(token, p + SGN_CKSUM, token, p + SND_SEQ, plain, 0);
    if (plain[4] != plain[5] || plain[4] != plain[6] || plain[4] != plain[7]) {
      throw new TokenFailure(GSS_S_BAD_SIG, Rfc4121Minor.INTEGRITY_FAILED);
    }
    long seq = ((plain[0] & 0xFFL) << 24) | ((plain[1] & 0xFF) << 16) | ((plain[2] & 0xFF) << 8)
        | (plain[3] & 0xFF);
    return (seq << 8) | (plain[4] & 0xFF);
  }

  /**
   * Finds the inner token of a received MIC or Wrap token ({@link Rfc4757Layout#innerOffset(byte[],
   * byte[])}) and checks that it has a TOK_ID and that it is {@code tokenId}.
   *
   * @return the offset of the inner token
   * @throws TokenFailure DEFECTIVE_TOKEN for bad framing, a truncated or another TOK_ID
   */
  int receivedInner(byte[] token, int tokenId) throws TokenFailure {
    int at = Rfc4757Layout.innerOffset(token, oidDer);
    if (token.length - at < 2) {
      throw Rfc4757Layout.defective(Rfc4121Minor.TOKEN_TOO_SHORT);
    }
    checkTokenId(token, at, tokenId);
    return at;
  }

  static void checkTokenId(byte[] token, int p, int expected) throws TokenFailure {
    if ((token[p] & 0xFF) != expected >>> 8 || (token[p + 1] & 0xFF) != (expected & 0xFF)) {
      throw Rfc4757Layout.defective(Rfc4121Minor.BAD_TOKEN_ID);
    }
  }

  static void checkSignAlgorithm(byte[] token, int p) throws TokenFailure {
    if (token[p + 2] != Rfc4757Layout.SGN_ALG_0 || token[p + 3] != Rfc4757Layout.SGN_ALG_1) {
      throw Rfc4757Layout.defective(Rfc4121Minor.BAD_ALGORITHM);
    }
  }

  static void checkChecksum(byte[] expected, byte[] token, int p) throws TokenFailure {
    boolean same = MessageDigest.isEqual(expected,
        Arrays.copyOfRange(token, p + SGN_CKSUM, p + SGN_CKSUM + Rfc4757Keys.CKSUM_LENGTH));
    if (!same) {
      throw new TokenFailure(GSS_S_BAD_SIG, Rfc4121Minor.INTEGRITY_FAILED);
    }
  }

  /**
   * Checks the direction of a verified token and records its sequence number: the 32-bit number
   * is taken as the 64-bit one nearest to the next expected number (MIT keeps 32-bit sequence
   * state for these tokens and wraps around).
   */
  int accept(long seqDir) throws TokenFailure {
    int dir = (int) (seqDir & 0xFF);
    int peer = localIsAcceptor ? 0x00 : 0xFF;
    if (dir != peer) {
      throw new TokenFailure(GSS_S_BAD_SIG, Rfc4121Minor.REFLECTED_TOKEN);
    }
    int seq32 = (int) (seqDir >>> 8);
    synchronized (recvLock) {
      long seq64 = recvKnown ? recvNext + (seq32 - (int) recvNext) : seq32 & 0xFFFF_FFFFL;
      int status = window.check(seq64);
      if (!recvKnown || seq64 - recvNext >= 0) {
        recvNext = seq64 + 1;
        recvKnown = true;
      }
      return status;
    }
  }

  // ---------------------------------------------------------------- size limit

  @Override
  public int wrapSizeLimit(MinorStatus minor, boolean conf, int qop, int reqOutputSize,
      IntHolder maxInputSize) {
    Objects.requireNonNull(maxInputSize, "maxInputSize");
    return Rfc4757Wrap.wrapSizeLimit(this, minor, qop, reqOutputSize, maxInputSize);
  }

  /**
   * @param messageLength a message length &gt;= 0
   * @return the exact Wrap token length for it (sealed or not: both carry confounder and pad)
   */
  public long tokenLength(long messageLength) {
    return Rfc4757Wrap.tokenLength(this, messageLength);
  }

  // ---------------------------------------------------------------- PRF

  @Override
  public int pseudoRandom(MinorStatus minor, int prfKey, byte[] input, int outLen, Buffer out) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    try {
      checkUsable(0);
      // RFC 4402/7802 §2 with the enctype's RFC 3961 PRF (for arcfour-hmac MIT's HMAC-SHA1).
      out.set(KerberosPrf.output(key, partialKey, prfKey, input, outLen));
      return ok(minor);
    } catch (TokenFailure f) {
      return fail(minor, f);
    } catch (KrbCryptoException e) {
      minor.set(destroyed ? Rfc4121Minor.CONTEXT_DESTROYED : Rfc4121Minor.CRYPTO_FAILURE);
      return destroyed ? GSS_S_NO_CONTEXT : GSS_S_FAILURE;
    }
  }

  // ---------------------------------------------------------------- IOV (Rfc4757Iov)

  @Override
  public int wrapIov(MinorStatus minor, boolean conf, int qop, @Nullable BooleanHolder confState,
      IovBuffer[] iov) {
    Objects.requireNonNull(iov, "iov");
    return Rfc4757Iov.wrapIov(this, minor, conf, qop, confState, iov);
  }

  @Override
  public int wrapIovLength(MinorStatus minor, boolean conf, int qop,
      @Nullable BooleanHolder confState, IovBuffer[] iov) {
    Objects.requireNonNull(iov, "iov");
    return Rfc4757Iov.wrapIovLength(this, minor, conf, qop, confState, iov);
  }

  @Override
  public int unwrapIov(MinorStatus minor, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState, IovBuffer[] iov) {
    Objects.requireNonNull(iov, "iov");
    return Rfc4757Iov.unwrapIov(this, minor, confState, qopState, iov);
  }

  @Override
  public int getMicIov(MinorStatus minor, int qop, IovBuffer[] iov) {
    Objects.requireNonNull(iov, "iov");
    return Rfc4757Iov.getMicIov(this, minor, qop, iov);
  }

  @Override
  public int getMicIovLength(MinorStatus minor, int qop, IovBuffer[] iov) {
    Objects.requireNonNull(iov, "iov");
    return Rfc4757Iov.getMicIovLength(this, minor, qop, iov);
  }

  @Override
  public int verifyMicIov(MinorStatus minor, @Nullable IntHolder qopState, IovBuffer[] iov) {
    Objects.requireNonNull(iov, "iov");
    return Rfc4757Iov.verifyMicIov(this, minor, qopState, iov);
  }

  // ---------------------------------------------------------------- export / lifecycle

  /**
   * Serializes the per-message state; see {@link Rfc4757Export}.
   *
   * @throws IllegalStateException after {@link #destroy()}
   */
  @Override
  public byte[] export() {
    if (destroyed) {
      throw new IllegalStateException("destroyed");
    }
    return Rfc4757Export.encode(this);
  }

  @Override
  public void destroy() {
    destroyed = true;
    keys.destroy();
    key.destroy();
    if (partialKey != null) {
      partialKey.destroy();
    }
    synchronized (confounders) {
      confounders.destroy();
    }
  }

  /** Same as {@link #destroy()}. */
  @Override
  public void close() {
    destroy();
  }

  /** @return direction and flags only, never key material */
  @Override
  public String toString() {
    return "Rfc4757Protector[" + key.encType() + (localIsAcceptor ? ", acceptor" : ", initiator")
        + (acceptorSubkey ? ", acceptor subkey" : "") + (dceStyle ? ", DCE style" : "")
        + (destroyed ? ", destroyed" : "") + "]";
  }

  void checkUsable(int qop) throws TokenFailure {
    if (destroyed) {
      throw new TokenFailure(GSS_S_NO_CONTEXT, Rfc4121Minor.CONTEXT_DESTROYED);
    }
    if (qop != 0) {
      throw new TokenFailure(GSS_S_BAD_QOP, Rfc4121Minor.QOP_UNSUPPORTED);
    }
  }

  static int ok(MinorStatus minor) {
    minor.set(Rfc4121Minor.NONE);
    return GSS_S_COMPLETE;
  }

  static int fail(MinorStatus minor, TokenFailure f) {
    minor.set(f.minor());
    return f.major();
  }
}
