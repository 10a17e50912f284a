package io.gsskit;

import io.gsskit.exceptions.EncryptionNotUsedException;
import io.gsskit.exceptions.GssException;
import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A GSS-API security context (python-gssapi {@code gssapi.SecurityContext}): built as an
 * initiator ({@link #initiator(Name)}) or an acceptor ({@link #acceptor(Credentials)}),
 * established by calling {@link #step(byte[])} until {@link #isComplete()}, then used to protect
 * messages ({@link #wrap(byte[], boolean)}, {@link #unwrap(byte[])}, {@link
 * #getSignature(byte[])}, {@link #verifySignature(byte[], byte[])}).
 *
 * <p>The step loops of both sides ({@code send}/{@code receive} stand for your transport; the
 * README's quick start is the same code, compiled and run by {@code QuickStartTest}):
 * {@snippet :
 * // Initiator (client)
 * try (SecurityContext client = SecurityContext.initiator(Name.hostbasedService("HTTP", host))
 *     .mech(MechType.KERBEROS)
 *     .flags(RequirementFlag.MUTUAL_AUTHENTICATION, RequirementFlag.CONFIDENTIALITY)
 *     .build()) {
 *   byte[] in = null;
 *   while (!client.isComplete()) {
 *     Optional<byte[]> out = client.step(in);       // throws GssException on failure
 *     out.ifPresent(token -> send(token));
 *     if (!client.isComplete()) {
 *       in = receive();
 *     }
 *   }
 *   send(client.encrypt(request));
 * }
 *
 * // Acceptor (server)
 * try (SecurityContext server = SecurityContext.acceptor(serverCreds).build()) {
 *   while (!server.isComplete()) {
 *     try {
 *       server.step(receive()).ifPresent(token -> send(token));
 *     } catch (GssException e) {
 *       e.errorToken().ifPresent(token -> send(token)); // the client must still see it
 *       throw e;
 *     }
 *   }
 *   Name client = server.initiatorName().orElseThrow();
 *   byte[] request = server.decrypt(receive());
 * }
 * }
 *
 * <p><b>Errors.</b> A failing step throws the mapped {@link GssException}; when the mechanism
 * produced an error token for the peer it is in {@link GssException#errorToken()}, and the caller
 * must still send it (python-gssapi defers the exception instead; GSSKit does not hide control
 * flow). After a failed step the context is dead: further calls throw {@link
 * IllegalStateException}. Replayed per-message tokens ({@code GSS_S_DUPLICATE_TOKEN}, {@code
 * GSS_S_OLD_TOKEN}) throw {@link io.gsskit.exceptions.DuplicateTokenException} / {@link
 * io.gsskit.exceptions.OldTokenException}, and, as in python-gssapi, out-of-order ones throw
 * {@link io.gsskit.exceptions.UnseqTokenException} / {@link
 * io.gsskit.exceptions.GapTokenException}; all four carry the message that verified anyway
 * ({@link io.gsskit.exceptions.SupplementaryException#verifiedMessage()}). API misuse (null arguments, per-message calls before the context
 * is ready, steps after completion, any call after {@link #close()} or {@link #export()}) throws
 * {@link NullPointerException}, {@link IllegalArgumentException} or {@link
 * IllegalStateException} before any raw call.
 *
 * <p><b>Threads.</b> Establishment ({@code step}), {@code export} and {@code close} are
 * single-threaded: one thread at a time per context. Once complete, the per-message calls
 * ({@code wrap}, {@code unwrap}, {@code encrypt}, {@code decrypt}, {@code getSignature}, {@code
 * verifySignature}, {@code getWrapSizeLimit}) and the inquiries are thread-safe, as the raw
 * layer's are (sequence numbers are atomic there).
 *
 * <p><b>Lifecycle.</b> {@link #close()} deletes the context ({@code gss_delete_sec_context},
 * zeroing keys); use try-with-resources. {@link #export()} hands the context to another process
 * and deactivates this object. Credentials passed to the builders are not closed by the
 * context.
 */
public final class SecurityContext implements AutoCloseable {

  private enum State { NEW, IN_PROGRESS, COMPLETE, FAILED, EXPORTED, CLOSED }

  /** python-gssapi's default request: mutual authentication and out-of-sequence detection. */
  private static final Set<RequirementFlag> DEFAULT_FLAGS = Collections.unmodifiableSet(
      EnumSet.of(RequirementFlag.MUTUAL_AUTHENTICATION,
          RequirementFlag.OUT_OF_SEQUENCE_DETECTION));

  private final ContextHandle.Ref ref;
  private final boolean initiator;
  private @Nullable Name target;
  private final @Nullable Credentials creds;
  private final int lifetime;
  private final int requestedFlags;
  private final @Nullable MechType requestedMech;
  private final @Nullable ChannelBindings bindings;

  private volatile State state;
  private volatile int flags;
  private volatile @Nullable Credentials delegated;

  private SecurityContext(boolean initiator, @Nullable Name target, @Nullable Credentials creds,
      int lifetime, int requestedFlags, @Nullable MechType mech,
      @Nullable ChannelBindings bindings) {
    this.ref = new ContextHandle.Ref();
    this.initiator = initiator;
    this.target = target;
    this.creds = creds;
    this.lifetime = lifetime;
    this.requestedFlags = requestedFlags;
    this.requestedMech = mech;
    this.bindings = bindings;
    this.state = State.NEW;
  }

  /**
   * Starts building an initiator context for a target ({@code gss_init_sec_context}).
   *
   * @param target the acceptor's name, e.g. {@link Name#hostbasedService(String, String)}; not
   *     null
   * @return the builder
   */
  public static InitiatorBuilder initiator(Name target) {
    return new InitiatorBuilder(Objects.requireNonNull(target, "target"));
  }

  /**
   * Starts building an acceptor context ({@code gss_accept_sec_context}).
   *
   * @param credentials the acceptor credentials; not null
   * @return the builder
   */
  public static AcceptorBuilder acceptor(Credentials credentials) {
    return new AcceptorBuilder(Objects.requireNonNull(credentials, "credentials"));
  }

  /**
   * Starts building an acceptor context with the default acceptor credentials ({@code
   * GSS_C_NO_CREDENTIAL}).
   *
   * @return the builder
   */
  public static AcceptorBuilder acceptor() {
    return new AcceptorBuilder(null);
  }

  /**
   * Imports a context exported by {@link #export()} ({@code gss_import_sec_context}), possibly in
   * another process.
   *
   * @param token the interprocess token; not null; untrusted input is fine
   * @return the context, complete when the exported one was
   * @throws io.gsskit.exceptions.DefectiveTokenException when the token is malformed
   * @throws io.gsskit.exceptions.UnavailableException when the mechanism cannot import
   */
  public static SecurityContext importToken(byte[] token) {
    Objects.requireNonNull(token, "token");
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref out = new ContextHandle.Ref();
    StatusCheck.check(Gss.importSecContext(minor, token.clone(), out), minor);
    return adopt(out.orElseThrow());
  }

  /**
   * A context around an existing raw handle, which it takes over: closing it deletes the raw
   * context (python: {@code SecurityContext(base=raw_ctx)}).
   *
   * @param handle a live raw context; not null
   * @return the context
   * @throws IllegalArgumentException when the handle has been released
   * @throws GssException when the context cannot be inquired
   */
  public static SecurityContext fromHandle(ContextHandle handle) {
    Objects.requireNonNull(handle, "handle");
    if (handle.isReleased()) {
      throw new IllegalArgumentException("context handle has been released");
    }
    return adopt(handle);
  }

  private static SecurityContext adopt(ContextHandle handle) {
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref targ = new NameHandle.Ref();
    IntHolder f = new IntHolder();
    BooleanHolder local = new BooleanHolder();
    BooleanHolder open = new BooleanHolder();
    int major = Gss.inquireContext(minor, handle, null, targ, null, null, f, local, open);
    if (GssStatus.isError(major)) {
      ContextHandle.Ref r = ContextHandle.Ref.of(handle);
      Gss.deleteSecContext(new MinorStatus(), r, null);
      throw StatusCheck.exception(major, minor, null);
    }
    SecurityContext ctx = new SecurityContext(local.get(),
        targ.get() == null ? null : Name.adopt(targ.orElseThrow()), null, 0, 0, null, null);
    ctx.ref.set(handle);
    ctx.flags = f.get();
    ctx.state = open.get() ? State.COMPLETE : State.IN_PROGRESS;
    return ctx;
  }

  /**
   * The raw handle, for {@link Gss} calls; still owned by this context.
   *
   * @return the handle
   * @throws IllegalStateException before the first step, or after close, export or failure
   */
  public ContextHandle handle() {
    State s = state;
    ContextHandle h = ref.get();
    if (s == State.CLOSED || s == State.EXPORTED || s == State.FAILED || h == null) {
      throw new IllegalStateException("no context: " + s.name().toLowerCase(java.util.Locale.ROOT));
    }
    return h;
  }

  /**
   * One establishment step: passes the peer's token to the mechanism and returns the token to
   * send back, if any. Initiators pass null on the first call; acceptors start with the
   * initiator's first token. Loop until {@link #isComplete()}; see the class example.
   *
   * @param token the peer's token; null only for an initiator's first step
   * @return the token to send to the peer; empty when there is nothing to send
   * @throws IllegalStateException when the context is complete, failed, exported or closed
   * @throws NullPointerException when an acceptor gets a null token
   * @throws IllegalArgumentException when an initiator gets null after its first step
   * @throws GssException when the mechanism fails; the context is then dead, and {@link
   *     GssException#errorToken()} holds a token the peer must still receive, if any
   */
  public Optional<byte[]> step(byte @Nullable [] token) {
    State s = state;
    if (s != State.NEW && s != State.IN_PROGRESS) {
      throw new IllegalStateException("cannot step a context that is "
          + s.name().toLowerCase(java.util.Locale.ROOT));
    }
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    IntHolder retFlags = new IntHolder();
    int major;
    if (initiator) {
      if (token == null && s != State.NEW) {
        throw new IllegalArgumentException("the acceptor's token is required after the first step");
      }
      Name t = target;
      if (t == null) {
        throw new IllegalStateException("imported initiator context has no target name");
      }
      CredHandle c = creds == null ? null : creds.handle();
      major = Gss.initSecContext(minor, c, ref, t.handle(),
          requestedMech == null ? null : requestedMech.oid(), requestedFlags, lifetime, bindings,
          token == null ? null : token.clone(), null, out, retFlags, null);
    } else {
      Objects.requireNonNull(token, "token");
      CredHandle c = creds == null ? null : creds.handle();
      CredHandle.Ref deleg = new CredHandle.Ref();
      major = Gss.acceptSecContext(minor, ref, c, token.clone(), bindings, null, null, out,
          retFlags, null, deleg);
      if (!GssStatus.isError(major) && deleg.get() != null) {
        delegated = Credentials.adopt(deleg.orElseThrow());
      }
    }
    byte[] output = out.value();
    try {
      StatusCheck.checkNoReplay(major, minor, output);
    } catch (GssException e) {
      state = State.FAILED;
      Gss.deleteSecContext(new MinorStatus(), ref, null);
      throw e;
    }
    flags = retFlags.get();
    state = GssStatus.isContinueNeeded(major) ? State.IN_PROGRESS : State.COMPLETE;
    return output.length == 0 ? Optional.empty() : Optional.of(output);
  }

  /**
   * Whether establishment has completed (python {@code complete}).
   *
   * @return true once the last step returned {@code GSS_S_COMPLETE}
   */
  public boolean isComplete() {
    return state == State.COMPLETE;
  }

  /**
   * Whether this side initiated the context (python {@code locally_initiated}).
   *
   * @return true for an initiator
   */
  public boolean locallyInitiated() {
    return initiator;
  }

  /**
   * Wraps a message: integrity-protected and, when {@code encrypt} and the context allows it,
   * encrypted ({@code gss_wrap}).
   *
   * @param message the message; not null, may be empty
   * @param encrypt whether to request confidentiality
   * @return the token and whether it was encrypted
   * @throws IllegalStateException when the context is not ready for messages
   * @throws GssException when the mechanism fails (e.g. {@link
   *     io.gsskit.exceptions.ExpiredContextException})
   */
  public WrapResult wrap(byte[] message, boolean encrypt) {
    Objects.requireNonNull(message, "message");
    ContextHandle h = ready();
    MinorStatus minor = new MinorStatus();
    BooleanHolder conf = new BooleanHolder();
    Buffer out = new Buffer();
    StatusCheck.check(Gss.wrap(minor, h, encrypt, Gss.GSS_C_QOP_DEFAULT, message, conf, out),
        minor);
    return WrapResult.builder().message(out.value()).encrypted(conf.get()).build();
  }

  /**
   * Unwraps a token from the peer, verifying its integrity ({@code gss_unwrap}).
   *
   * @param message the wrap token; not null
   * @return the message, whether it was encrypted, the QOP and ordering information
   * @throws IllegalStateException when the context is not ready for messages
   * @throws io.gsskit.exceptions.BadMicException when integrity fails
   * @throws io.gsskit.exceptions.DefectiveTokenException when the token is malformed
   * @throws io.gsskit.exceptions.DuplicateTokenException when the token is a replay
   * @throws io.gsskit.exceptions.OldTokenException when the token is too old to check
   * @throws io.gsskit.exceptions.UnseqTokenException when a later token came first (the message
   *     is in {@code verifiedMessage()})
   * @throws io.gsskit.exceptions.GapTokenException when earlier tokens are missing (the message
   *     is in {@code verifiedMessage()})
   * @throws GssException for other failures
   */
  public UnwrapResult unwrap(byte[] message) {
    Objects.requireNonNull(message, "message");
    ContextHandle h = ready();
    MinorStatus minor = new MinorStatus();
    BooleanHolder conf = new BooleanHolder();
    IntHolder qop = new IntHolder();
    Buffer out = new Buffer();
    int major = Gss.unwrap(minor, h, message, out, conf, qop);
    StatusCheck.checkComplete(major, minor, out.value());
    return UnwrapResult.builder().message(out.value()).encrypted(conf.get()).qop(qop.get())
        .build();
  }

  /**
   * Wraps with confidentiality and returns the token (python {@code encrypt}).
   *
   * @param message the message; not null
   * @return the encrypted token
   * @throws EncryptionNotUsedException when the mechanism did not encrypt
   * @throws IllegalStateException when the context is not ready for messages
   * @throws GssException when the mechanism fails
   */
  public byte[] encrypt(byte[] message) {
    WrapResult r = wrap(message, true);
    if (!r.encrypted()) {
      throw new EncryptionNotUsedException(
          "confidentiality was requested but the mechanism did not apply it", null);
    }
    return r.message();
  }

  /**
   * Unwraps and returns the message (python {@code decrypt}).
   *
   * @param message the token; not null
   * @return the message
   * @throws EncryptionNotUsedException when the context offers confidentiality but the token was
   *     not encrypted; {@link EncryptionNotUsedException#unwrappedMessage()} holds the message
   * @throws IllegalStateException when the context is not ready for messages
   * @throws GssException when unwrapping fails (see {@link #unwrap(byte[])})
   */
  public byte[] decrypt(byte[] message) {
    UnwrapResult r = unwrap(message);
    if (!r.encrypted() && (flags & RequirementFlag.CONFIDENTIALITY.bit()) != 0) {
      throw new EncryptionNotUsedException(
          "the context was established with confidentiality, but the message was not encrypted",
          r.message());
    }
    return r.message();
  }

  /**
   * A MIC over a message ({@code gss_get_mic}; python {@code get_signature}).
   *
   * @param message the message; not null
   * @return the MIC token
   * @throws IllegalStateException when the context is not ready for messages
   * @throws GssException when the mechanism fails
   */
  public byte[] getSignature(byte[] message) {
    Objects.requireNonNull(message, "message");
    ContextHandle h = ready();
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    StatusCheck.check(Gss.getMic(minor, h, Gss.GSS_C_QOP_DEFAULT, message, out), minor);
    return out.value();
  }

  /**
   * Verifies a MIC ({@code gss_verify_mic}; python {@code verify_signature}); returns normally
   * only when it is valid.
   *
   * @param message the message; not null
   * @param mic the MIC token; not null
   * @return the QOP and ordering information
   * @throws IllegalStateException when the context is not ready for messages
   * @throws io.gsskit.exceptions.BadMicException when the MIC does not match
   * @throws io.gsskit.exceptions.DuplicateTokenException when the MIC is a replay
   * @throws io.gsskit.exceptions.SupplementaryException when the MIC verified but is old or out
   *     of sequence ({@code OldTokenException}, {@code UnseqTokenException}, {@code
   *     GapTokenException})
   * @throws GssException for other failures
   */
  public VerifyResult verifySignature(byte[] message, byte[] mic) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(mic, "mic");
    ContextHandle h = ready();
    MinorStatus minor = new MinorStatus();
    IntHolder qop = new IntHolder();
    int major = Gss.verifyMic(minor, h, message, mic, qop);
    StatusCheck.checkComplete(major, minor, message);
    return VerifyResult.builder().qop(qop.get()).build();
  }

  /**
   * The largest message whose wrap token fits in {@code desiredOutputSize} bytes ({@code
   * gss_wrap_size_limit}).
   *
   * @param desiredOutputSize the largest token the caller can send; not negative
   * @param encrypted whether the messages will be encrypted
   * @return the largest message size
   * @throws IllegalArgumentException when {@code desiredOutputSize} is negative
   * @throws IllegalStateException when the context is not ready for messages
   * @throws GssException when the mechanism fails
   */
  public int getWrapSizeLimit(int desiredOutputSize, boolean encrypted) {
    if (desiredOutputSize < 0) {
      throw new IllegalArgumentException("negative size: " + desiredOutputSize);
    }
    ContextHandle h = ready();
    MinorStatus minor = new MinorStatus();
    IntHolder max = new IntHolder();
    StatusCheck.check(Gss.wrapSizeLimit(minor, h, encrypted, Gss.GSS_C_QOP_DEFAULT,
        desiredOutputSize, max), minor);
    return max.get();
  }

  /**
   * Passes an asynchronous token from the peer, e.g. an error token received after this side
   * completed ({@code gss_process_context_token}; deprecated in python-gssapi, kept for RFC 2743
   * completeness).
   *
   * @param token the token; not null
   * @throws IllegalStateException before the first step or after close/export/failure
   * @throws GssException as the mechanism reports it
   */
  public void processToken(byte[] token) {
    Objects.requireNonNull(token, "token");
    ContextHandle h = handle();
    MinorStatus minor = new MinorStatus();
    StatusCheck.check(Gss.processContextToken(minor, h, token.clone()), minor);
  }

  /**
   * Exports the context for another process ({@code gss_export_sec_context}); this object is
   * deactivated. Delegated credentials are not part of the token.
   *
   * @return the interprocess token (contains keys: protect it)
   * @throws IllegalStateException before the first step or after close/export/failure
   * @throws io.gsskit.exceptions.UnavailableException when the mechanism cannot export
   */
  public byte[] export() {
    handle();
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    StatusCheck.check(Gss.exportSecContext(minor, ref, out), minor);
    state = State.EXPORTED;
    return out.value();
  }

  /**
   * The remaining lifetime ({@code gss_context_time}).
   *
   * @return the lifetime; {@link GssKit#INDEFINITE} when unlimited
   * @throws IllegalStateException before the first step or after close/export/failure
   * @throws io.gsskit.exceptions.ExpiredContextException when the context has expired
   */
  public Duration lifetime() {
    ContextHandle h = handle();
    MinorStatus minor = new MinorStatus();
    IntHolder t = new IntHolder();
    StatusCheck.check(Gss.contextTime(minor, h, t), minor);
    return Lifetimes.fromRaw(t.get());
  }

  /**
   * The credentials the initiator delegated (acceptor side, with {@link
   * RequirementFlag#DELEGATE_TO_PEER}); the caller owns and closes them. Not exported with the
   * context.
   *
   * @return the credentials, the same object on every call; empty when none were delegated
   */
  public Optional<Credentials> delegatedCredentials() {
    return Optional.ofNullable(delegated);
  }

  /**
   * The initiator's name ({@code gss_inquire_context}); on an acceptor, the authenticated
   * client (an MN).
   *
   * @return the name; empty while the mechanism does not know it yet
   * @throws IllegalStateException before the first step or after close/export/failure
   * @throws GssException when the inquiry fails
   */
  public Optional<Name> initiatorName() {
    return inquireName(true);
  }

  /**
   * The acceptor's name ({@code gss_inquire_context}).
   *
   * @return the name; empty while unknown (an acceptor before completion)
   * @throws IllegalStateException before the first step or after close/export/failure
   * @throws GssException when the inquiry fails
   */
  public Optional<Name> targetName() {
    return inquireName(false);
  }

  private Optional<Name> inquireName(boolean source) {
    ContextHandle h = handle();
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref n = new NameHandle.Ref();
    StatusCheck.check(Gss.inquireContext(minor, h, source ? n : null, source ? null : n, null,
        null, null, null, null), minor);
    return n.get() == null ? Optional.empty() : Optional.of(Name.adopt(n.orElseThrow()));
  }

  /**
   * The mechanism in use ({@code gss_inquire_context}).
   *
   * @return the mechanism; empty before the mechanism is known
   * @throws IllegalStateException before the first step or after close/export/failure
   * @throws GssException when the inquiry fails
   */
  public Optional<MechType> mech() {
    ContextHandle h = handle();
    MinorStatus minor = new MinorStatus();
    OidHolder m = new OidHolder();
    StatusCheck.check(Gss.inquireContext(minor, h, null, null, null, m, null, null, null),
        minor);
    Oid oid = m.get();
    return oid == null ? Optional.empty() : Optional.of(MechType.of(oid));
  }

  /**
   * The flags the context provides (python {@code actual_flags}): those reported by the last
   * step, or by {@code gss_inquire_context} for an imported context.
   *
   * @return a new set
   */
  public Set<RequirementFlag> actualFlags() {
    return RequirementFlag.fromBits(flags);
  }

  /**
   * Deletes the context ({@code gss_delete_sec_context}), zeroing its keys; idempotent. Must not
   * run while another thread uses the context.
   */
  @Override
  public void close() {
    if (state != State.CLOSED) {
      state = State.CLOSED;
      Gss.deleteSecContext(new MinorStatus(), ref, null);
    }
  }

  /** @return a description with the role and state, without names or keys */
  @Override
  public String toString() {
    return "SecurityContext[" + (initiator ? "initiator" : "acceptor") + ", "
        + state.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }

  private ContextHandle ready() {
    ContextHandle h = handle();
    if (state != State.COMPLETE
        && (flags & RequirementFlag.PROTECTION_READY.bit()) == 0) {
      throw new IllegalStateException("context is not established (and not protection-ready)");
    }
    return h;
  }

  /** Builder of an initiator context. Mutable, for one thread. */
  public static final class InitiatorBuilder {
    private final Name target;
    private @Nullable Credentials credentials;
    private Duration lifetime = Duration.ZERO;
    private Set<RequirementFlag> flags = DEFAULT_FLAGS;
    private @Nullable MechType mech;
    private @Nullable ChannelBindings bindings;

    private InitiatorBuilder(Name target) {
      this.target = target;
    }

    /**
     * The initiator credentials (default: the default initiator credentials).
     *
     * @param credentials not null
     * @return this builder
     */
    public InitiatorBuilder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * The requested lifetime (default: {@link Duration#ZERO}, the mechanism's default).
     *
     * @param lifetime not null, not negative
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public InitiatorBuilder lifetime(Duration lifetime) {
      Lifetimes.toRaw(lifetime);
      this.lifetime = lifetime;
      return this;
    }

    /**
     * The requested flags (default, as python-gssapi: mutual authentication and
     * out-of-sequence detection).
     *
     * @param flags not null, no null elements
     * @return this builder
     */
    public InitiatorBuilder flags(Set<RequirementFlag> flags) {
      this.flags = Set.copyOf(flags);
      return this;
    }

    /**
     * The requested flags.
     *
     * @param flags not null
     * @return this builder
     */
    public InitiatorBuilder flags(RequirementFlag... flags) {
      return flags(Set.copyOf(List.of(flags)));
    }

    /**
     * The mechanism (default: the default mechanism).
     *
     * @param mech not null
     * @return this builder
     */
    public InitiatorBuilder mech(MechType mech) {
      this.mech = Objects.requireNonNull(mech, "mech");
      return this;
    }

    /**
     * Channel bindings (RFC 2743 §1.1.6, RFC 5554); the acceptor must use equal ones.
     *
     * @param bindings not null
     * @return this builder
     */
    public InitiatorBuilder channelBindings(ChannelBindings bindings) {
      this.bindings = Objects.requireNonNull(bindings, "bindings");
      return this;
    }

    /**
     * Creates the context; nothing is sent until the first {@link SecurityContext#step(byte[])}.
     *
     * @return a new context
     */
    public SecurityContext build() {
      return new SecurityContext(true, target, credentials, Lifetimes.toRaw(lifetime),
          RequirementFlag.toBits(flags), mech, bindings);
    }
  }

  /** Builder of an acceptor context. Mutable, for one thread. */
  public static final class AcceptorBuilder {
    private final @Nullable Credentials credentials;
    private @Nullable ChannelBindings bindings;

    private AcceptorBuilder(@Nullable Credentials credentials) {
      this.credentials = credentials;
    }

    /**
     * Channel bindings; must equal the initiator's when it sent any.
     *
     * @param bindings not null
     * @return this builder
     */
    public AcceptorBuilder channelBindings(ChannelBindings bindings) {
      this.bindings = Objects.requireNonNull(bindings, "bindings");
      return this;
    }

    /**
     * Creates the context; the first {@link SecurityContext#step(byte[])} takes the
     * initiator's first token.
     *
     * @return a new context
     */
    public SecurityContext build() {
      return new SecurityContext(false, null, credentials, 0, 0, null, bindings);
    }
  }
}
