package io.gsskit.raw.internal.mech.krb5.token;

import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import org.jspecify.annotations.Nullable;

/**
 * The settings both per-message engines share ({@link Rfc4121Protector.Builder}, {@link
 * Rfc4757Protector.Builder}): the token key and direction, the acceptor-subkey and DCE-style
 * flags, the {@code GSS_C_PRF_KEY_PARTIAL} key, the initial sequence numbers and the replay and
 * sequence detection of the receive window (RFC 2743 §1.2.3). A context configures them the same
 * way whatever the token format, then calls {@link #build()}.
 *
 * <p>Mutable, not thread-safe; the engine copies what it keeps.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ProtectorBuilder<B extends ProtectorBuilder<B>> {

  final KerberosKey key;
  final boolean localIsAcceptor;
  @Nullable KerberosKey partialKey;
  boolean acceptorSubkey;
  boolean dceStyle;
  long sendSeq;
  long recvSeq;
  long recvSeen;
  boolean learnRecvSeq;
  boolean replay;
  boolean sequence;

  ProtectorBuilder(KerberosKey key, boolean localIsAcceptor) {
    this.key = key;
    this.localIsAcceptor = localIsAcceptor;
  }

  abstract B self();

  /**
   * @param value true when the token key is the acceptor subkey: RFC 4121 tokens then set and
   *     expect the AcceptorSubkey flag; RFC 4757 tokens do not say which key protects them (only
   *     recorded); default false
   * @return this
   */
  public B acceptorSubkey(boolean value) {
    this.acceptorSubkey = value;
    return self();
  }

  /**
   * @param k the key for {@code GSS_C_PRF_KEY_PARTIAL} (RFC 4402/7802 §2: the initiator subkey,
   *     else the session key) when it differs from the token key, i.e. when an acceptor subkey is
   *     in use; null (the default) means the token key; copied by the engine
   * @return this
   */
  public B partialKey(@Nullable KerberosKey k) {
    this.partialKey = k;
    return self();
  }

  /**
   * @param value true for a {@code GSS_C_DCE_STYLE} context, whose IOV tokens follow MIT's DCE
   *     layout; default false. RFC 4121 ({@link Rfc4121Iov}): sealed IOV tokens carry EC = the
   *     cipher block size (16) and, without a TRAILER buffer, RRC = rotation - EC; received sealed
   *     tokens with RRC != 0 are rotated back by RRC + EC. RFC 4757 ({@link Rfc4757Iov}): IOV Wrap
   *     tokens have no padding (the caller pads, MIT k5sealiov.c "DCE will pad the actual data
   *     itself") and their framing announces only the token header
   * @return this
   */
  public B dceStyle(boolean value) {
    this.dceStyle = value;
    return self();
  }

  /**
   * @param seq our initial send sequence number (from our authenticator or AP-REP; RFC 4757
   *     tokens use only its low 32 bits); default 0
   * @return this
   */
  public B sendSeq(long seq) {
    this.sendSeq = seq;
    return self();
  }

  /**
   * @param seq the peer's initial sequence number: the first number expected; default 0
   * @return this
   */
  public B recvSeq(long seq) {
    this.recvSeq = seq;
    this.learnRecvSeq = false;
    return self();
  }

  /**
   * Takes the first accepted token's sequence number as the peer's initial number (for peers
   * whose initial number is unknown).
   *
   * @return this
   */
  public B learnRecvSeq() {
    this.learnRecvSeq = true;
    return self();
  }

  /**
   * @param value replay detection (GSS_C_REPLAY_FLAG); default false
   * @return this
   */
  public B replayDetection(boolean value) {
    this.replay = value;
    return self();
  }

  /**
   * @param value sequence detection (GSS_C_SEQUENCE_FLAG); default false
   * @return this
   */
  public B sequenceDetection(boolean value) {
    this.sequence = value;
    return self();
  }

  /** The receive window's seen-bitmap (import of exported state). */
  B recvSeen(long bitmap) {
    this.recvSeen = bitmap;
    return self();
  }

  /** @return a new receive window with these settings */
  SequenceWindow newWindow() {
    return new SequenceWindow(replay, sequence, recvSeq, recvSeen, learnRecvSeq);
  }

  /** @return a copy of the partial key, or null */
  @Nullable KerberosKey copyPartialKey() {
    KerberosKey k = partialKey;
    return k == null ? null : new KerberosKey(k.keyType(), k.copyBytes());
  }

  /**
   * @return the engine
   * @throws KrbCryptoException UNSUPPORTED for a key the engine's token format does not use,
   *     BAD_KEY for a wrong key length
   */
  public abstract MessageProtector build() throws KrbCryptoException;
}
