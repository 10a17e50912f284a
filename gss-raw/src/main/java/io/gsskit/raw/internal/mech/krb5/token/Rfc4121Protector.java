package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_QOP;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_BAD_STRUCTURE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.FILLER;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.FLAG_ACCEPTOR_SUBKEY;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.FLAG_SENT_BY_ACCEPTOR;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.HEADER;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeys;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 4121 per-message engine of one established krb5 security context: MIC and Wrap tokens
 * (§4.2), the receive window (RFC 2743 §1.2.3), wrap size limits, the RFC 4401/7802 PRF and
 * export/import of this state, and the IOV variants ({@link Rfc4121Iov}, MIT's layout).
 *
 * <p>This class holds the per-context state (keys, key pools, flags, sequence counters, receive
 * window) and the public entry points; the token work is done by stateless helpers that take
 * the engine as a parameter: {@link Rfc4121Mic} (MIC tokens), {@link Rfc4121Wrap} (Wrap tokens,
 * rotation, the checks shared with IOV), {@link Rfc4121Iov} (IOV/AEAD), {@link Rfc4121Prf} (PRF)
 * and {@link ProtectorExport} (export/import).
 *
 * <p>Every public per-message method mirrors the SPI's raw signature: it returns an RFC 2744
 * major status, fills {@code minor} with an {@link Rfc4121Minor} code, and never throws for bad
 * input ({@code NullPointerException} only for null arguments documented as non-null).
 *
 * <p>Keys and directions: the context decides the token key (the acceptor subkey when one was
 * sent in the AP-REP, else the initiator subkey, else the ticket session key) and tells the
 * engine whether that is the acceptor subkey (the AcceptorSubkey flag, §4.2.2). Tokens we send use
 * usages 22/23 (acceptor seal/sign) or 24/25 (initiator), received tokens the peer's usages
 * (§2): SEAL for every Wrap token (sealed or integrity-only), SIGN for MIC tokens. A received
 * token whose AcceptorSubkey flag differs from the engine's, or whose SentByAcceptor flag names
 * our own side (reflection), is rejected with {@code GSS_S_BAD_SIG}.
 *
 * <p>Wire choices: we send RRC = 0 and EC = 0 on sealed tokens (CTS needs no padding; RFC 4121
 * §4.2.3), EC = checksum length on integrity-only tokens (§4.2.4); with
 * {@link Builder#rotateOnSend(boolean)} we send "DCE/Windows style" rotated tokens instead (RRC =
 * EC + 16 + MAC length for sealed tokens, RRC = checksum length otherwise). On receive any RRC is
 * undone (RRC modulo the body length; RRC + EC for sealed tokens of a {@link
 * Builder#dceStyle(boolean) DCE-style} context, whose IOV tokens also carry EC 16 as MIT's and
 * Windows' do), any EC is accepted on sealed tokens as long as the
 * plaintext holds it and the encrypted header copy repeats it (CVE-2024-37370/37371), and
 * integrity-only tokens must have EC equal to the checksum length.
 *
 * <p><b>Thread safety:</b> all per-message methods may be called concurrently from many threads.
 * The send sequence number is an {@link AtomicLong}; the receive window is updated in a short
 * synchronized section after the token's integrity was verified (a rejected token changes no
 * state); the non-thread-safe {@link UsageKeys} engines are taken from a small lock-free pool per
 * usage ({@link UsageKeyPool}), so no key is derived per message. {@link #destroy()} may race
 * with calls in flight: those either finish or return {@code GSS_S_NO_CONTEXT}.
 *
 * <p>Buffers: wrap allocates the token once at its exact size and encrypts the message straight
 * into it; unwrap decrypts straight into the returned message array (plus one copy of the body
 * only for rotated tokens or a non-zero EC).
 */
public final class Rfc4121Protector implements AutoCloseable, MessageProtector {

  /** Largest PRF output (bytes) this engine produces; RFC 4401 needs at least 2^14. */
  public static final int MAX_PRF_OUTPUT = 1 << 20;

  private final KerberosKey key;
  private final @Nullable KerberosKey partialKey;
  private final boolean acceptorSubkey;
  private final boolean localIsAcceptor;
  private final boolean rotateOnSend;
  private final boolean dceStyle;
  private final int sendFlags;
  private final int expectedPeerFlags;
  private final UsageKeyPool sendSeal;
  private final UsageKeyPool sendSign;
  private final UsageKeyPool recvSeal;
  private final UsageKeyPool recvSign;
  private final int overhead;
  private final int macLength;
  private final int checksumLength;
  private final AtomicLong sendSeq;
  private final SequenceWindow window;
  private volatile boolean destroyed;

  private Rfc4121Protector(Builder b) throws KrbCryptoException {
    this.key = new KerberosKey(b.key.keyType(), b.key.copyBytes());
    this.partialKey = b.copyPartialKey();
    this.acceptorSubkey = b.acceptorSubkey;
    this.localIsAcceptor = b.localIsAcceptor;
    this.rotateOnSend = b.rotateOnSend;
    this.dceStyle = b.dceStyle;
    int subkeyFlag = acceptorSubkey ? FLAG_ACCEPTOR_SUBKEY : 0;
    this.sendFlags = (localIsAcceptor ? FLAG_SENT_BY_ACCEPTOR : 0) | subkeyFlag;
    this.expectedPeerFlags = (localIsAcceptor ? 0 : FLAG_SENT_BY_ACCEPTOR) | subkeyFlag;
    int ourSeal = localIsAcceptor ? KeyUsage.KG_USAGE_ACCEPTOR_SEAL : KeyUsage.KG_USAGE_INITIATOR_SEAL;
    int ourSign = localIsAcceptor ? KeyUsage.KG_USAGE_ACCEPTOR_SIGN : KeyUsage.KG_USAGE_INITIATOR_SIGN;
    int peerSeal = localIsAcceptor ? KeyUsage.KG_USAGE_INITIATOR_SEAL : KeyUsage.KG_USAGE_ACCEPTOR_SEAL;
    int peerSign = localIsAcceptor ? KeyUsage.KG_USAGE_INITIATOR_SIGN : KeyUsage.KG_USAGE_ACCEPTOR_SIGN;
    this.sendSeal = new UsageKeyPool(key, ourSeal);
    this.sendSign = new UsageKeyPool(key, ourSign);
    this.recvSeal = new UsageKeyPool(key, peerSeal);
    this.recvSign = new UsageKeyPool(key, peerSign);
    // Validates the enctype (and key length) now and primes the sealing pool.
    UsageKeys probe = sendSeal.take();
    if (probe.confounderLength() != 16 || probe.bodyOffset() != 16) {
      probe.destroy();
      throw new KrbCryptoException(KrbCryptoException.Reason.UNSUPPORTED,
          probe.encType().name() + " has no RFC 4121 token format here");
    }
    this.overhead = probe.overhead();
    this.macLength = probe.macLength();
    this.checksumLength = probe.checksumLength();
    sendSeal.give(probe);
    this.sendSeq = new AtomicLong(b.sendSeq);
    this.window = b.newWindow();
  }

  /**
   * Starts a builder.
   *
   * @param key the token key (acceptor subkey, initiator subkey or session key); copied
   * @param localIsAcceptor true when this side is the context acceptor
   * @return a builder with replay and sequence detection off, sequence numbers 0
   */
  public static Builder builder(KerberosKey key, boolean localIsAcceptor) {
    return new Builder(Objects.requireNonNull(key, "key"), localIsAcceptor);
  }

  /**
   * Configuration of a {@link Rfc4121Protector}: the shared settings of {@link ProtectorBuilder}
   * plus {@link #rotateOnSend(boolean)}. Mutable, not thread-safe.
   */
  public static final class Builder extends ProtectorBuilder<Builder> {
    private boolean rotateOnSend;

    private Builder(KerberosKey key, boolean localIsAcceptor) {
      super(key, localIsAcceptor);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * @param value true to send rotated (RRC != 0) tokens, DCE/Windows style; default false
     * @return this
     */
    public Builder rotateOnSend(boolean value) {
      this.rotateOnSend = value;
      return this;
    }

    /**
     * @return the engine
     * @throws KrbCryptoException UNSUPPORTED for enctypes without an RFC 4121 token format here
     *     (e.g. rc4-hmac, which uses RFC 4757 tokens), BAD_KEY for a wrong key length
     */
    @Override
    public Rfc4121Protector build() throws KrbCryptoException {
      return new Rfc4121Protector(this);
    }
  }

  // ---------------------------------------------------------------- accessors (package + public)

  /** @return true when this side is the acceptor */
  public boolean localIsAcceptor() {
    return localIsAcceptor;
  }

  /** @return true when the token key is the acceptor subkey */
  public boolean acceptorSubkey() {
    return acceptorSubkey;
  }

  /** @return the next send sequence number (a snapshot) */
  public long nextSendSeq() {
    return sendSeq.get();
  }

  /** @return the enctype's checksum length (the EC of integrity-only wrap tokens) */
  public int checksumLength() {
    return checksumLength;
  }

  int overhead() {
    return overhead;
  }

  int macLength() {
    return macLength;
  }

  int sendFlags() {
    return sendFlags;
  }

  boolean rotateOnSend() {
    return rotateOnSend;
  }

  /** @return true for a DCE-style context (see {@link Builder#dceStyle(boolean)}) */
  @Override
  public boolean dceStyle() {
    return dceStyle;
  }

  UsageKeyPool sendSeal() {
    return sendSeal;
  }

  UsageKeyPool sendSign() {
    return sendSign;
  }

  UsageKeyPool recvSeal() {
    return recvSeal;
  }

  UsageKeyPool recvSign() {
    return recvSign;
  }

  long takeSendSeq() {
    return sendSeq.getAndIncrement();
  }

  SequenceWindow window() {
    return window;
  }

  KerberosKey key() {
    return key;
  }

  @Nullable KerberosKey partialKeyOrNull() {
    return partialKey;
  }

  boolean isDestroyed() {
    return destroyed;
  }

  // ---------------------------------------------------------------- MIC

  /**
   * {@code gss_get_mic}: a MIC token over the whole message.
   *
   * @see #getMic(MinorStatus, int, byte[], int, int, Buffer)
   */
  public int getMic(MinorStatus minor, int qop, byte[] message, Buffer token) {
    return getMic(minor, qop, message, 0, message.length, token);
  }

  /**
   * {@code gss_get_mic} over {@code message[off..off+len)} (RFC 4121 §4.2.6.1).
   *
   * @param minor receives the minor code; not null
   * @param qop must be 0 ({@code GSS_C_QOP_DEFAULT})
   * @param message the message; not null
   * @param off first byte
   * @param len length
   * @param token receives the token; not null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_QOP}, {@code GSS_S_NO_CONTEXT},
   *     {@code GSS_S_FAILURE}
   */
  public int getMic(MinorStatus minor, int qop, byte[] message, int off, int len, Buffer token) {
    Objects.requireNonNull(token, "token");
    return Rfc4121Mic.getMic(this, minor, qop, message, off, len, token);
  }

  /**
   * {@code gss_verify_mic} over the whole message and token.
   *
   * @see #verifyMic(MinorStatus, byte[], int, int, byte[], int, int, IntHolder)
   */
  public int verifyMic(MinorStatus minor, byte[] message, byte[] token,
      @Nullable IntHolder qopState) {
    return verifyMic(minor, message, 0, message.length, token, 0, token.length, qopState);
  }

  /**
   * {@code gss_verify_mic} (RFC 4121 §4.2.6.1).
   *
   * @param qopState receives 0 on success, or null
   * @return {@code GSS_S_COMPLETE} possibly with {@code GSS_S_DUPLICATE_TOKEN},
   *     {@code GSS_S_OLD_TOKEN}, {@code GSS_S_UNSEQ_TOKEN} or {@code GSS_S_GAP_TOKEN};
   *     {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_BAD_SIG}, {@code GSS_S_NO_CONTEXT}
   */
  public int verifyMic(MinorStatus minor, byte[] message, int off, int len, byte[] token,
      int tokOff, int tokLen, @Nullable IntHolder qopState) {
    return Rfc4121Mic.verifyMic(this, minor, message, off, len, token, tokOff, tokLen, qopState);
  }

  // ---------------------------------------------------------------- Wrap

  /**
   * {@code gss_wrap} of the whole message.
   *
   * @see #wrap(MinorStatus, boolean, int, byte[], int, int, BooleanHolder, Buffer)
   */
  public int wrap(MinorStatus minor, boolean conf, int qop, byte[] message,
      @Nullable BooleanHolder confState, Buffer token) {
    return wrap(minor, conf, qop, message, 0, message.length, confState, token);
  }

  /**
   * {@code gss_wrap} (RFC 4121 §4.2.4, §4.2.6.2) of {@code message[off..off+len)}.
   *
   * @param conf true for confidentiality (always available)
   * @param qop must be 0
   * @param confState receives {@code conf}, or null
   * @param token receives the token; not null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_QOP}, {@code GSS_S_NO_CONTEXT},
   *     {@code GSS_S_FAILURE}
   */
  public int wrap(MinorStatus minor, boolean conf, int qop, byte[] message, int off, int len,
      @Nullable BooleanHolder confState, Buffer token) {
    Objects.requireNonNull(token, "token");
    return Rfc4121Wrap.wrap(this, minor, conf, qop, message, off, len, confState, token);
  }

  /**
   * {@code gss_unwrap} of a whole token.
   *
   * @see #unwrap(MinorStatus, byte[], int, int, Buffer, BooleanHolder, IntHolder)
   */
  public int unwrap(MinorStatus minor, byte[] token, Buffer message,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    return unwrap(minor, token, 0, token.length, message, confState, qopState);
  }

  /**
   * {@code gss_unwrap} (RFC 4121 §4.2.4–§4.2.6.2) of {@code token[off..off+len)}.
   *
   * @param message receives the message (also with supplementary bits set); not null
   * @param confState receives whether the token was sealed, or null
   * @param qopState receives 0, or null
   * @return {@code GSS_S_COMPLETE} possibly with supplementary sequence bits;
   *     {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_BAD_SIG}, {@code GSS_S_NO_CONTEXT}
   */
  public int unwrap(MinorStatus minor, byte[] token, int off, int len, Buffer message,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    Objects.requireNonNull(message, "message");
    return Rfc4121Wrap.unwrap(this, minor, token, off, len, message, confState, qopState);
  }

  // ---------------------------------------------------------------- IOV (see Rfc4121Iov)

  /**
   * {@code gss_wrap_iov} with MIT's layout (see {@link Rfc4121Iov}).
   *
   * @param iov the buffers, modified in place; not null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CALL_BAD_STRUCTURE} (bad array or short
   *     buffer), {@code GSS_S_BAD_QOP}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_FAILURE}
   */
  public int wrapIov(MinorStatus minor, boolean conf, int qop, @Nullable BooleanHolder confState,
      io.gsskit.raw.ext.IovBuffer[] iov) {
    return Rfc4121Iov.wrapIov(this, minor, conf, qop, confState, Objects.requireNonNull(iov));
  }

  /**
   * {@code gss_wrap_iov_length}: sets the HEADER, PADDING and TRAILER lengths.
   *
   * @param iov the buffers; not null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CALL_BAD_STRUCTURE}, {@code GSS_S_BAD_QOP},
   *     {@code GSS_S_NO_CONTEXT}
   */
  public int wrapIovLength(MinorStatus minor, boolean conf, int qop,
      @Nullable BooleanHolder confState, io.gsskit.raw.ext.IovBuffer[] iov) {
    return Rfc4121Iov.wrapIovLength(this, minor, conf, qop, confState,
        Objects.requireNonNull(iov));
  }

  /**
   * {@code gss_unwrap_iov}: HEADER | DATA* | PADDING? | TRAILER? (plus SIGN_ONLY), or a STREAM
   * and one DATA buffer (pointed at the plaintext inside the stream).
   *
   * @param iov the buffers, modified in place; not null
   * @return as {@link #unwrap(MinorStatus, byte[], Buffer, BooleanHolder, IntHolder)}, plus
   *     {@code GSS_S_CALL_BAD_STRUCTURE}
   */
  public int unwrapIov(MinorStatus minor, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState, io.gsskit.raw.ext.IovBuffer[] iov) {
    return Rfc4121Iov.unwrapIov(this, minor, confState, qopState, Objects.requireNonNull(iov));
  }

  /**
   * {@code gss_get_mic_iov}: a MIC over DATA and SIGN_ONLY (array order) into MIC_TOKEN.
   *
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CALL_BAD_STRUCTURE}, ...
   */
  public int getMicIov(MinorStatus minor, int qop, io.gsskit.raw.ext.IovBuffer[] iov) {
    return Rfc4121Iov.getMicIov(this, minor, qop, Objects.requireNonNull(iov));
  }

  /**
   * {@code gss_get_mic_iov_length}: sets the MIC_TOKEN length.
   *
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CALL_BAD_STRUCTURE}, ...
   */
  public int getMicIovLength(MinorStatus minor, int qop, io.gsskit.raw.ext.IovBuffer[] iov) {
    return Rfc4121Iov.getMicIovLength(this, minor, qop, Objects.requireNonNull(iov));
  }

  /**
   * {@code gss_verify_mic_iov}.
   *
   * @return as {@link #verifyMic(MinorStatus, byte[], byte[], IntHolder)}, plus {@code
   *     GSS_S_CALL_BAD_STRUCTURE}
   */
  public int verifyMicIov(MinorStatus minor, @Nullable IntHolder qopState,
      io.gsskit.raw.ext.IovBuffer[] iov) {
    return Rfc4121Iov.verifyMicIov(this, minor, qopState, Objects.requireNonNull(iov));
  }

  // ---------------------------------------------------------------- size limit

  /**
   * {@code gss_wrap_size_limit}: the largest message whose wrap token is at most
   * {@code reqOutputSize} bytes (exact: CTS enctypes need no padding).
   *
   * @param maxInputSize receives the limit (0 when even an empty message does not fit); not null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_QOP}, {@code GSS_S_NO_CONTEXT}
   */
  public int wrapSizeLimit(MinorStatus minor, boolean conf, int qop, int reqOutputSize,
      IntHolder maxInputSize) {
    Objects.requireNonNull(maxInputSize, "maxInputSize");
    try {
      checkUsable(qop);
      long limit = Integer.toUnsignedLong(reqOutputSize) - tokenOverhead(conf);
      limit = Math.min(limit, maxMessageLength(conf));
      maxInputSize.set((int) Math.max(0, limit));
      return ok(minor);
    } catch (TokenFailure f) {
      return fail(minor, f);
    }
  }

  /**
   * The exact token length for a message length.
   *
   * @param conf sealed or integrity-only
   * @param messageLength a message length &gt;= 0
   * @return the token length
   */
  public long tokenLength(boolean conf, int messageLength) {
    return (long) tokenOverhead(conf) + messageLength;
  }

  /** The bytes a Wrap token adds to its message (EC = 0 when sealed). */
  int tokenOverhead(boolean conf) {
    return conf ? HEADER + HEADER + overhead : HEADER + checksumLength;
  }

  /** The longest message {@code gss_wrap} takes (its token must fit an array). */
  int maxMessageLength(boolean conf) {
    return Integer.MAX_VALUE - 64 - tokenOverhead(conf);
  }

  // ---------------------------------------------------------------- PRF

  /**
   * {@code gss_pseudo_random} for krb5 (RFC 4401; RFC 7802 §2, which obsoletes RFC 4402): output
   * = the first {@code outLen} bytes of {@code T0 | T1 | ...}, {@code Tn = PRF(K, n | in)} with
   * {@code n} a 4-byte big-endian counter starting at 0 and PRF the enctype's RFC 3961 PRF. K for
   * {@code GSS_C_PRF_KEY_FULL} (0) is the token key (acceptor subkey if any, else initiator
   * subkey, else session key); for {@code GSS_C_PRF_KEY_PARTIAL} (1) the partial key given to the
   * builder (initiator subkey, else session key), or the token key when none was given.
   *
   * @param prfKey 0 or 1
   * @param input the input, possibly empty; not null
   * @param outLen 0 to {@link #MAX_PRF_OUTPUT}
   * @param out receives the output; not null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_FAILURE} (bad key selector or length),
   *     {@code GSS_S_NO_CONTEXT}
   */
  public int pseudoRandom(MinorStatus minor, int prfKey, byte[] input, int outLen, Buffer out) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    return Rfc4121Prf.pseudoRandom(this, minor, prfKey, input, outLen, out);
  }

  // ---------------------------------------------------------------- export / import

  /**
   * Serializes the per-message state (keys, flags, both sequence counters, the receive window)
   * for {@code gss_export_sec_context}; see {@link ProtectorExport} for the format. The engine
   * stays usable; the caller normally destroys it afterwards.
   *
   * @return the encoding (contains key material: zero it after use)
   * @throws IllegalStateException after {@link #destroy()}
   */
  public byte[] export() {
    if (destroyed) {
      throw new IllegalStateException("destroyed");
    }
    return ProtectorExport.encode(this);
  }

  /**
   * Rebuilds an engine from {@link #export()}'s output; it continues exactly where the exported
   * one stopped.
   *
   * @param minor receives the minor code
   * @param blob the encoding; not null
   * @param out receives the engine
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_DEFECTIVE_TOKEN} (minor BAD_EXPORT /
   *     CRYPTO_FAILURE)
   */
  public static int importState(MinorStatus minor, byte[] blob,
      java.util.concurrent.atomic.AtomicReference<@Nullable Rfc4121Protector> out) {
    try {
      out.set(ProtectorExport.decode(blob));
      return ok(minor);
    } catch (TokenFailure f) {
      return fail(minor, f);
    }
  }

  // ---------------------------------------------------------------- lifecycle

  /** Zeroes the keys and drops every derived key. Idempotent; later calls get NO_CONTEXT. */
  public void destroy() {
    destroyed = true;
    sendSeal.close();
    sendSign.close();
    recvSeal.close();
    recvSign.close();
    key.destroy();
    if (partialKey != null) {
      partialKey.destroy();
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
    return "Rfc4121Protector[" + key.encType() + (localIsAcceptor ? ", acceptor" : ", initiator")
        + (acceptorSubkey ? ", acceptor subkey" : "") + (destroyed ? ", destroyed" : "") + "]";
  }

  // ---------------------------------------------------------------- helpers

  void checkUsable(int qop) throws TokenFailure {
    if (destroyed) {
      throw new TokenFailure(GSS_S_NO_CONTEXT, Rfc4121Minor.CONTEXT_DESTROYED);
    }
    if (qop != 0) {
      throw new TokenFailure(GSS_S_BAD_QOP, Rfc4121Minor.QOP_UNSUPPORTED);
    }
  }

  /** A caller's (array, offset, length) outside the array is a calling error, not an exception. */
  static void checkRange(byte[] b, int off, int len) throws TokenFailure {
    if (off < 0 || len < 0 || off > b.length || len > b.length - off) {
      throw new TokenFailure(GSS_S_CALL_BAD_STRUCTURE, Rfc4121Minor.BAD_LENGTH);
    }
  }

  /**
   * Checks the header of a received MIC or Wrap token (§4.2.6): TOK_ID, the filler bytes from 3
   * to {@code fillerEnd}, and the direction and key flags (§4.2.2; unknown flag bits ignored): a
   * token whose SentByAcceptor flag names our own side (reflection) or whose AcceptorSubkey flag
   * differs from ours gives {@code GSS_S_BAD_SIG}.
   *
   * @return the flags byte
   */
  int checkReceivedHeader(byte[] token, int off, int len, byte id0, byte id1, int fillerEnd)
      throws TokenFailure {
    if (len < HEADER) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.TOKEN_TOO_SHORT);
    }
    if (token[off] != id0 || token[off + 1] != id1) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_TOKEN_ID);
    }
    for (int i = 3; i < fillerEnd; i++) {
      if (token[off + i] != FILLER) {
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_FILLER);
      }
    }
    int flags = token[off + 2] & 0xFF;
    if ((flags & FLAG_SENT_BY_ACCEPTOR) != (expectedPeerFlags & FLAG_SENT_BY_ACCEPTOR)) {
      throw new TokenFailure(GSS_S_BAD_SIG, Rfc4121Minor.REFLECTED_TOKEN);
    }
    if ((flags & FLAG_ACCEPTOR_SUBKEY) != (expectedPeerFlags & FLAG_ACCEPTOR_SUBKEY)) {
      throw new TokenFailure(GSS_S_BAD_SIG, Rfc4121Minor.ACCEPTOR_SUBKEY_MISMATCH);
    }
    return flags;
  }

  /**
   * Completes the receipt of a verified token: its sequence number goes through the receive
   * window (the only receive state change), then the out-values are filled.
   *
   * @return {@code GSS_S_COMPLETE} possibly with supplementary sequence bits
   */
  int accept(MinorStatus minor, long seq, boolean sealed, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState) {
    int status = window.check(seq);
    if (confState != null) {
      confState.set(sealed);
    }
    if (qopState != null) {
      qopState.set(0);
    }
    minor.set(Rfc4121Minor.NONE);
    return status;
  }

  static int ok(MinorStatus minor) {
    minor.set(Rfc4121Minor.NONE);
    return GSS_S_COMPLETE;
  }

  static int fail(MinorStatus minor, TokenFailure f) {
    minor.set(f.minor());
    return f.major();
  }

  int cryptoFailure(MinorStatus minor, KrbCryptoException e) {
    switch (e.reason()) {
      case INTEGRITY_FAILED:
        minor.set(Rfc4121Minor.INTEGRITY_FAILED);
        return GSS_S_BAD_SIG;
      case TOO_SHORT:
        minor.set(Rfc4121Minor.TOKEN_TOO_SHORT);
        return GSS_S_DEFECTIVE_TOKEN;
      default:
        if (destroyed) {
          minor.set(Rfc4121Minor.CONTEXT_DESTROYED);
          return GSS_S_NO_CONTEXT;
        }
        minor.set(Rfc4121Minor.CRYPTO_FAILURE);
        return GSS_S_FAILURE;
    }
  }
}
