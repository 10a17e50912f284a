package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Gss;
import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.mech.krb5.token.MessageProtector;
import io.gsskit.raw.internal.mech.krb5.token.ProtectorBuilder;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4121Protector;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4757Protector;
import io.gsskit.raw.internal.mech.krb5.token.TokenFormat;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one krb5 security context: who initiated it, the names, flags, lifetime, the
 * Kerberos keys (ticket session key, initiator and acceptor subkeys) and the initial sequence
 * numbers the RFC 4121 per-message engine starts from.
 *
 * <p>Establishment is single-threaded per context (the mechglue contract); once {@link #isOpen()}
 * the fields no longer change except through {@link #release()}, which destroys the keys. The
 * per-message engine ({@link #protector()}) is built once, when the context becomes open
 * (PROT_READY), and is itself thread-safe; it is published through a volatile field.
 */
public final class Krb5Context implements MechContext {

  /** Establishment state. */
  enum State {
    /** Initiator sent an AP-REQ with mutual authentication and waits for the AP-REP. */
    AWAIT_AP_REP,
    /**
     * DCE style: the acceptor sent its AP-REP and waits for the initiator's AP-REP (third leg,
     * {@link Krb5DceReply}).
     */
    AWAIT_DCE_AP_REP,
    /** Established. */
    OPEN,
    /** Failed or deleted; only deletion is allowed. */
    DEAD
  }

  private final boolean initiator;
  private final Oid mech;
  State state;
  int flags;
  @Nullable Krb5Name source;
  @Nullable Krb5Name target;
  Instant endTime;
  @Nullable KerberosKey sessionKey;
  @Nullable KerberosKey initiatorSubkey;
  @Nullable KerberosKey acceptorSubkey;
  long initiatorSeq;
  long acceptorSeq;
  Instant authCtime = Instant.EPOCH;
  int authCusec;
  int ticketFlags;
  @Nullable Instant authtime;
  List<AuthorizationDataEntry> authorizationData = List.of();
  /** The acceptor's clock skew, kept for the DCE third leg's time check. */
  java.time.Duration clockSkew = java.time.Duration.ofMinutes(5);
  @Nullable Krb5Cred delegated;
  private volatile @Nullable MessageProtector protector;
  private volatile @Nullable String protectorProblem;

  Krb5Context(boolean initiator, Oid mech, Instant endTime) {
    this.initiator = initiator;
    this.mech = mech;
    this.endTime = endTime;
    this.state = State.AWAIT_AP_REP;
  }

  /** @return whether this side initiated the context */
  public boolean isInitiator() {
    return initiator;
  }

  /** @return the mechanism OID the context was established with */
  public Oid mech() {
    return mech;
  }

  /** @return whether establishment completed */
  public boolean isOpen() {
    return state == State.OPEN;
  }

  /** @return the GSS_C_*_FLAG bits of the context */
  public int flags() {
    return flags;
  }

  /** @return whether the context was established DCE style ({@code GSS_C_DCE_STYLE}) */
  public boolean isDce() {
    return (flags & Gss.GSS_C_DCE_STYLE) != 0;
  }

  /** @return the initiator's name, once known */
  public @Nullable Krb5Name source() {
    return source;
  }

  /** @return the acceptor's name (for an acceptor: the principal whose key decrypted) */
  public @Nullable Krb5Name target() {
    return target;
  }

  /** @return the context's end time (the ticket's end time) */
  public Instant endTime() {
    return endTime;
  }

  /** @return the ticket session key, or null after release */
  public @Nullable KerberosKey sessionKey() {
    return sessionKey;
  }

  /** @return the initiator's authenticator subkey, or null */
  public @Nullable KerberosKey initiatorSubkey() {
    return initiatorSubkey;
  }

  /** @return the acceptor's AP-REP subkey, or null (RFC 4121 §2: AcceptorSubkey flag) */
  public @Nullable KerberosKey acceptorSubkey() {
    return acceptorSubkey;
  }

  /**
   * The key RFC 4121 per-message tokens use: the acceptor subkey when the acceptor sent one, else
   * the initiator subkey, else the ticket session key (RFC 4121 §2).
   *
   * @return the key, or null after release
   */
  public @Nullable KerberosKey protocolKey() {
    if (acceptorSubkey != null) {
      return acceptorSubkey;
    }
    return initiatorSubkey != null ? initiatorSubkey : sessionKey;
  }

  /** @return the first sequence number this side sends */
  public long sendSeq() {
    return initiator ? initiatorSeq : acceptorSeq;
  }

  /** @return the first sequence number this side expects from the peer */
  public long recvSeq() {
    return initiator ? acceptorSeq : initiatorSeq;
  }

  /**
   * Marks the context established (PROT_READY) and builds its per-message engine. First MIT's
   * rule for the AP-REP subkey ({@link TokenFormat#acceptorSubkeyInEffect}): an acceptor subkey of
   * the same legacy enctype as the context key (outside DCE_STYLE) is dropped, as MIT's initiator
   * ignores it. A legacy (rc4-hmac) token key then gets the RFC 4757 engine
   * ({@link Rfc4757Protector}); otherwise the RFC 4121 engine: the token key is
   * {@link #protocolKey()}, the AcceptorSubkey flag is set when the acceptor sent a
   * subkey, the PRF partial key is the initiator subkey (else the session key) when it differs
   * from the token key (RFC 7802 §2), the initial sequence numbers come from the authenticator and
   * the AP-REP, and replay/sequence detection follow the negotiated flags. An enctype without an
   * RFC 4121 token format leaves the context usable for authentication only; per-message calls
   * then fail with {@link #protectorProblem()}.
   */
  void markOpen() {
    state = State.OPEN;
    flags |= Gss.GSS_C_PROT_READY_FLAG;
    KerberosKey contextKey = initiatorSubkey != null ? initiatorSubkey : sessionKey;
    if (acceptorSubkey != null && contextKey != null
        && !TokenFormat.acceptorSubkeyInEffect(contextKey.keyType(), acceptorSubkey.keyType(),
            (flags & Gss.GSS_C_DCE_STYLE) != 0)) {
      acceptorSubkey.destroy();
      acceptorSubkey = null;
    }
    KerberosKey key = protocolKey();
    if (key == null) {
      protectorProblem = "the context has no key";
      return;
    }
    KerberosKey partial = acceptorSubkey == null ? null
        : initiatorSubkey != null ? initiatorSubkey : sessionKey;
    try {
      ProtectorBuilder<?> b = TokenFormat.isLegacy(key.keyType())
          ? Rfc4757Protector.builder(key, mech, !initiator)
          : Rfc4121Protector.builder(key, !initiator);
      protector = b.acceptorSubkey(acceptorSubkey != null)
          .partialKey(partial)
          .sendSeq(sendSeq())
          .recvSeq(recvSeq())
          .replayDetection((flags & Gss.GSS_C_REPLAY_FLAG) != 0)
          .sequenceDetection((flags & Gss.GSS_C_SEQUENCE_FLAG) != 0)
          .dceStyle(isDce())
          .build();
    } catch (KrbCryptoException e) {
      protectorProblem = "no per-message tokens for " + key.encType() + ": "
          + e.getMessage();
    }
  }

  /** Installs an imported engine (import_sec_context). */
  void adoptProtector(MessageProtector p) {
    protector = p;
  }

  /** @return the per-message engine, or null before {@link #markOpen()}, after release, or when
   *     the enctype has none (see {@link #protectorProblem()}) */
  public @Nullable MessageProtector protector() {
    return protector;
  }

  /** @return why there is no per-message engine, or null */
  @Nullable String protectorProblem() {
    return protectorProblem;
  }

  /** @return the ticket flags (RFC 4120 §5.3, MIT int layout) */
  public int ticketFlags() {
    return ticketFlags;
  }

  /**
   * @return the ticket's authtime (RFC 4120 §5.3), or null when unknown (contexts imported from
   *     tokens older than {@link Krb5ContextExport}'s version 0x03)
   */
  public @Nullable Instant authtime() {
    return authtime;
  }

  /**
   * @return the acceptor's authorization data: the ticket's top-level elements, then the
   *     authenticator's (MIT's order); empty for initiators
   */
  public List<AuthorizationDataEntry> authorizationData() {
    return authorizationData;
  }

  /** @return the credential delegated to this acceptor, or null */
  public @Nullable Krb5Cred delegated() {
    return delegated;
  }

  @Override
  public void release() {
    Krb5Cred pending = delegated;
    if (state == State.AWAIT_DCE_AP_REP && pending != null) {
      pending.release(); // never handed out: the DCE context did not complete
      delegated = null;
    }
    state = State.DEAD;
    MessageProtector p = protector;
    if (p != null) {
      p.destroy();
    }
    destroy(sessionKey);
    destroy(initiatorSubkey);
    destroy(acceptorSubkey);
    sessionKey = null;
    initiatorSubkey = null;
    acceptorSubkey = null;
  }

  private static void destroy(@Nullable KerberosKey k) {
    if (k != null) {
      k.destroy();
    }
  }

  @Override
  public String toString() {
    return "Krb5Context[" + (initiator ? "initiator" : "acceptor") + ", " + state + ", "
        + source + " -> " + target + ", flags=0x" + Integer.toHexString(flags) + "]";
  }
}
