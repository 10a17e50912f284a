package io.gsskit;

import io.gsskit.exceptions.GssException;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidSetHolder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * GSS-API credentials (python-gssapi {@code gssapi.Credentials}): one element per mechanism,
 * acquired from the default stores or from an MIT credential store map (ccache, keytab,
 * client_keytab …, see {@link io.gsskit.ext.CredStoreKeys}).
 *
 * {@snippet :
 * Map<String, String> store = Map.of(CredStoreKeys.KEYTAB, "/etc/http.keytab");
 * try (Credentials creds = Credentials.acquire()
 *     .name(Name.hostbasedService("HTTP", "www.example.com"))
 *     .usage(Usage.ACCEPT)
 *     .store(store)
 *     .acquire()
 *     .credentials()) {
 *   // SecurityContext.acceptor(creds)...
 * }
 * }
 *
 * <p><b>Lifecycle.</b> Credentials own a raw {@link CredHandle} that may hold keys; {@link
 * #close()} releases it ({@code gss_release_cred}, zeroing keys). Afterwards every method except
 * {@code close} throws {@link IllegalStateException}. Contexts built from credentials keep what
 * they need: credentials may be closed once the contexts are established.
 *
 * <p><b>Threads.</b> Thread-safe: every method is one or a few raw calls on a thread-safe handle
 * ({@code add} without an output handle is atomic in the raw layer). Do not close credentials
 * while another thread uses them.
 *
 * <p>API misuse (null arguments, a closed object, contradictory builder settings) throws {@link
 * NullPointerException}, {@link IllegalStateException} or {@link IllegalArgumentException} before
 * any raw call; failures of the mechanisms throw the mapped {@link GssException}.
 */
public final class Credentials implements AutoCloseable {

  private final CredHandle.Ref ref;
  private volatile boolean closed;

  private Credentials(CredHandle handle) {
    this.ref = CredHandle.Ref.of(handle);
  }

  static Credentials adopt(CredHandle handle) {
    return new Credentials(handle);
  }

  /**
   * Starts acquiring credentials ({@code gss_acquire_cred} / {@code gss_acquire_cred_from}).
   *
   * @return a builder with defaults: default name, indefinite lifetime, every mechanism, {@link
   *     Usage#BOTH}, the default store
   */
  public static Acquirer acquire() {
    return new Acquirer(null);
  }

  /**
   * Credentials around an existing raw handle, which they take over: closing them releases it
   * (python: {@code Credentials(base=raw_creds)}).
   *
   * @param handle a live raw credential; not null
   * @return the credentials
   * @throws IllegalArgumentException when the handle has been released
   */
  public static Credentials fromHandle(CredHandle handle) {
    Objects.requireNonNull(handle, "handle");
    if (handle.isReleased()) {
      throw new IllegalArgumentException("credential handle has been released");
    }
    return new Credentials(handle);
  }

  /**
   * Imports credentials exported by {@link #export()} ({@code gss_import_cred}).
   *
   * @param token the token; not null; untrusted input is fine
   * @return the credentials
   * @throws io.gsskit.exceptions.DefectiveTokenException when the token is malformed
   * @throws io.gsskit.exceptions.UnavailableException when the mechanism cannot import
   */
  public static Credentials importToken(byte[] token) {
    Objects.requireNonNull(token, "token");
    MinorStatus minor = new MinorStatus();
    CredHandle.Ref out = new CredHandle.Ref();
    StatusCheck.check(Gss.importCred(minor, token.clone(), out), minor);
    return new Credentials(out.orElseThrow());
  }

  /**
   * The raw handle, for {@link Gss} calls; still owned by these credentials.
   *
   * @return the handle
   * @throws IllegalStateException when closed
   */
  public CredHandle handle() {
    CredHandle h = ref.get();
    if (closed || h == null) {
      throw new IllegalStateException("credentials are closed");
    }
    return h;
  }

  /**
   * The principal ({@code gss_inquire_cred}).
   *
   * @return the name; empty when the credentials have no name (e.g. a default acceptor)
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails
   */
  public Optional<Name> name() {
    return inquire(true, false, false, false).name();
  }

  /**
   * The shortest remaining lifetime ({@code gss_inquire_cred}).
   *
   * @return the lifetime; {@link GssKit#INDEFINITE} when unlimited
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails (e.g. {@link
   *     io.gsskit.exceptions.ExpiredCredentialsException})
   */
  public Duration lifetime() {
    return inquire(false, true, false, false).lifetime().orElseThrow();
  }

  /**
   * The mechanisms of the elements ({@code gss_inquire_cred}).
   *
   * @return the mechanisms
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails
   */
  public Set<MechType> mechs() {
    return inquire(false, false, false, true).mechs().orElseThrow();
  }

  /**
   * The usage ({@code gss_inquire_cred}; {@link Usage#BOTH} when elements differ).
   *
   * @return the usage
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails
   */
  public Usage usage() {
    return inquire(false, false, true, false).usage().orElseThrow();
  }

  /**
   * Everything {@code gss_inquire_cred} reports.
   *
   * @return name, lifetime, usage and mechanisms
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails
   */
  public InquireResult inquire() {
    return inquire(true, true, true, true);
  }

  /**
   * {@code gss_inquire_cred} for the chosen fields (python's keyword flags).
   *
   * @param name whether to get the name
   * @param lifetime whether to get the lifetime
   * @param usage whether to get the usage
   * @param mechs whether to get the mechanisms
   * @return the result, with empty fields for the ones not asked for
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails
   */
  public InquireResult inquire(boolean name, boolean lifetime, boolean usage, boolean mechs) {
    CredHandle h = handle();
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref n = name ? new NameHandle.Ref() : null;
    IntHolder life = lifetime ? new IntHolder() : null;
    IntHolder use = usage ? new IntHolder() : null;
    OidSetHolder m = mechs ? new OidSetHolder() : null;
    StatusCheck.check(Gss.inquireCred(minor, h, n, life, use, m), minor);
    InquireResult.Builder b = InquireResult.builder();
    if (n != null && n.get() != null) {
      b.name(Name.adopt(n.orElseThrow()));
    }
    if (life != null) {
      b.lifetime(Lifetimes.fromRaw(life.get()));
    }
    if (use != null) {
      b.usage(Usage.fromCode(use.get()).orElse(Usage.BOTH));
    }
    if (m != null) {
      b.mechs(Mechs.fromRaw(m.get()));
    }
    return b.build();
  }

  /**
   * Everything {@code gss_inquire_cred_by_mech} reports for one mechanism.
   *
   * @param mech the mechanism; not null
   * @return the element's name, lifetimes and usage
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails (e.g. {@link
   *     io.gsskit.exceptions.NoCredentialsException} when there is no such element)
   */
  public InquireByMechResult inquireByMech(MechType mech) {
    return inquireByMech(mech, true, true, true, true);
  }

  /**
   * {@code gss_inquire_cred_by_mech} for the chosen fields.
   *
   * @param mech the mechanism; not null
   * @param name whether to get the name
   * @param initLifetime whether to get the initiator lifetime
   * @param acceptLifetime whether to get the acceptor lifetime
   * @param usage whether to get the usage
   * @return the result, with empty fields for the ones not asked for
   * @throws IllegalStateException when closed
   * @throws GssException when the inquiry fails
   */
  public InquireByMechResult inquireByMech(MechType mech, boolean name, boolean initLifetime,
      boolean acceptLifetime, boolean usage) {
    Objects.requireNonNull(mech, "mech");
    CredHandle h = handle();
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref n = name ? new NameHandle.Ref() : null;
    IntHolder il = initLifetime ? new IntHolder() : null;
    IntHolder al = acceptLifetime ? new IntHolder() : null;
    IntHolder use = usage ? new IntHolder() : null;
    StatusCheck.check(Gss.inquireCredByMech(minor, h, mech.oid(), n, il, al, use), minor);
    InquireByMechResult.Builder b = InquireByMechResult.builder();
    if (n != null && n.get() != null) {
      b.name(Name.adopt(n.orElseThrow()));
    }
    if (il != null) {
      b.initLifetime(Lifetimes.fromRaw(il.get()));
    }
    if (al != null) {
      b.acceptLifetime(Lifetimes.fromRaw(al.get()));
    }
    if (use != null) {
      b.usage(Usage.fromCode(use.get()).orElse(Usage.BOTH));
    }
    return b.build();
  }

  /**
   * Starts acquiring one more mechanism element into a copy of these credentials ({@code
   * gss_add_cred}, {@code gss_add_cred_from}, {@code gss_add_cred_impersonate_name}); these
   * credentials are unchanged.
   *
   * @param name the principal; not null
   * @param mech the mechanism; not null
   * @return a builder
   * @throws IllegalStateException when closed
   */
  public Adder add(Name name, MechType mech) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mech, "mech");
    handle();
    return new Adder(this, name, mech);
  }

  /**
   * Starts storing these credentials (RFC 5588 {@code gss_store_cred}, or MIT {@code
   * gss_store_cred_into} with {@link Storer#into(Map)}).
   *
   * @return a builder with defaults: default store, {@link Usage#BOTH}, every mechanism, no
   *     overwrite, not default
   * @throws IllegalStateException when closed
   */
  public Storer store() {
    handle();
    return new Storer(this);
  }

  /**
   * Starts acquiring credentials for another principal with these (the service's) credentials:
   * Kerberos S4U2Self ({@code gss_acquire_cred_impersonate_name}).
   *
   * @param name the principal to impersonate; not null
   * @return a builder preset with the name and {@link Usage#INITIATE}
   * @throws IllegalStateException when closed
   */
  public Acquirer impersonate(Name name) {
    Objects.requireNonNull(name, "name");
    handle();
    return new Acquirer(this).name(name).usage(Usage.INITIATE);
  }

  /**
   * Exports every element into a token ({@code gss_export_cred}). The token may contain keys:
   * protect it like the credentials themselves.
   *
   * @return the token
   * @throws IllegalStateException when closed
   * @throws io.gsskit.exceptions.UnavailableException when a mechanism cannot export
   */
  public byte[] export() {
    CredHandle h = handle();
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    StatusCheck.check(Gss.exportCred(minor, h, out), minor);
    return out.value();
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true when closed
   */
  public boolean isClosed() {
    return closed;
  }

  /** Releases the credentials ({@code gss_release_cred}), zeroing keys; idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      Gss.releaseCred(new MinorStatus(), ref);
    }
  }

  /** @return a description without names or secrets */
  @Override
  public String toString() {
    return closed ? "Credentials[closed]" : "Credentials[" + ref.get() + "]";
  }

  private static Map<String, String> copyStore(Map<String, String> store) {
    Map<String, String> copy = new LinkedHashMap<>();
    store.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "store key"),
        Objects.requireNonNull(v, "store value")));
    return copy;
  }

  /**
   * Builder of {@link Credentials#acquire()} and {@link Credentials#impersonate(Name)}. Mutable,
   * for one thread; {@link #acquire()} may be called more than once.
   */
  public static final class Acquirer {
    private final @Nullable Credentials impersonator;
    private @Nullable Name name;
    private Duration lifetime = GssKit.INDEFINITE;
    private @Nullable Set<MechType> mechs;
    private Usage usage = Usage.BOTH;
    private @Nullable Map<String, String> store;

    private Acquirer(@Nullable Credentials impersonator) {
      this.impersonator = impersonator;
    }

    /**
     * The principal (default: the mechanism's default principal).
     *
     * @param name the name; not null
     * @return this builder
     */
    public Acquirer name(Name name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The requested lifetime (default: {@link GssKit#INDEFINITE}).
     *
     * @param lifetime not null, not negative
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Acquirer lifetime(Duration lifetime) {
      Lifetimes.toRaw(lifetime);
      this.lifetime = lifetime;
      return this;
    }

    /**
     * The mechanisms (default: every registered mechanism).
     *
     * @param mechs not null, no null elements
     * @return this builder
     */
    public Acquirer mechs(Set<MechType> mechs) {
      this.mechs = Set.copyOf(mechs);
      return this;
    }

    /**
     * The mechanisms, in preference order.
     *
     * @param mechs not null, no null elements
     * @return this builder
     */
    public Acquirer mechs(MechType... mechs) {
      this.mechs = new LinkedHashSet<>(List.of(mechs));
      return this;
    }

    /**
     * The usage (default {@link Usage#BOTH}).
     *
     * @param usage not null
     * @return this builder
     */
    public Acquirer usage(Usage usage) {
      this.usage = Objects.requireNonNull(usage, "usage");
      return this;
    }

    /**
     * Acquire from a credential store ({@code gss_acquire_cred_from}); keys as in {@link
     * io.gsskit.ext.CredStoreKeys}. The map is copied.
     *
     * @param store not null, no null keys or values
     * @return this builder
     */
    public Acquirer store(Map<String, String> store) {
      this.store = copyStore(store);
      return this;
    }

    /**
     * Acquires the credentials.
     *
     * @return the credentials, their mechanisms and lifetime
     * @throws IllegalArgumentException when impersonating with a store (the raw layer has no such
     *     call)
     * @throws IllegalStateException when the impersonator credentials are closed
     * @throws io.gsskit.exceptions.NoCredentialsException when no mechanism has credentials
     * @throws GssException for other failures
     */
    public AcquireResult acquire() {
      MinorStatus minor = new MinorStatus();
      CredHandle.Ref out = new CredHandle.Ref();
      OidSetHolder actual = new OidSetHolder();
      IntHolder timeRec = new IntHolder();
      NameHandle n = name == null ? null : name.handle();
      int time = Lifetimes.toRaw(lifetime);
      int major;
      if (impersonator != null) {
        if (store != null) {
          throw new IllegalArgumentException("impersonation cannot use a credential store");
        }
        major = Gss.acquireCredImpersonateName(minor, impersonator.handle(),
            Objects.requireNonNull(n), time, Mechs.toRaw(mechs), usage.code(), out, actual,
            timeRec);
      } else if (store != null) {
        major = Gss.acquireCredFrom(minor, n, time, Mechs.toRaw(mechs), usage.code(), store,
            out, actual, timeRec);
      } else {
        major = Gss.acquireCred(minor, n, time, Mechs.toRaw(mechs), usage.code(), out, actual,
            timeRec);
      }
      StatusCheck.check(major, minor);
      return AcquireResult.builder()
          .credentials(new Credentials(out.orElseThrow()))
          .lifetime(Lifetimes.fromRaw(timeRec.get()))
          .addAllMechs(Mechs.fromRaw(actual.get()))
          .build();
    }
  }

  /** Builder of {@link Credentials#add(Name, MechType)}. Mutable, for one thread. */
  public static final class Adder {
    private final Credentials base;
    private final Name name;
    private final MechType mech;
    private Usage usage = Usage.BOTH;
    private Duration initLifetime = GssKit.INDEFINITE;
    private Duration acceptLifetime = GssKit.INDEFINITE;
    private @Nullable Credentials impersonator;
    private @Nullable Map<String, String> store;

    private Adder(Credentials base, Name name, MechType mech) {
      this.base = base;
      this.name = name;
      this.mech = mech;
    }

    /**
     * The usage (default {@link Usage#BOTH}).
     *
     * @param usage not null
     * @return this builder
     */
    public Adder usage(Usage usage) {
      this.usage = Objects.requireNonNull(usage, "usage");
      return this;
    }

    /**
     * The initiator lifetime (default {@link GssKit#INDEFINITE}).
     *
     * @param lifetime not null, not negative
     * @return this builder
     */
    public Adder initLifetime(Duration lifetime) {
      Lifetimes.toRaw(lifetime);
      this.initLifetime = lifetime;
      return this;
    }

    /**
     * The acceptor lifetime (default {@link GssKit#INDEFINITE}).
     *
     * @param lifetime not null, not negative
     * @return this builder
     */
    public Adder acceptLifetime(Duration lifetime) {
      Lifetimes.toRaw(lifetime);
      this.acceptLifetime = lifetime;
      return this;
    }

    /**
     * Impersonate {@code name} with these service credentials (S4U2Self).
     *
     * @param impersonator not null
     * @return this builder
     */
    public Adder impersonator(Credentials impersonator) {
      this.impersonator = Objects.requireNonNull(impersonator, "impersonator");
      return this;
    }

    /**
     * Acquire the element from a credential store (copied).
     *
     * @param store not null
     * @return this builder
     */
    public Adder store(Map<String, String> store) {
      this.store = copyStore(store);
      return this;
    }

    /**
     * Adds the element.
     *
     * @return new credentials with the old elements and the new one
     * @throws IllegalArgumentException when both a store and an impersonator are set
     * @throws IllegalStateException when the base or impersonator credentials are closed
     * @throws io.gsskit.exceptions.DuplicateElementException when the mechanism already has an
     *     element
     * @throws GssException for other failures
     */
    public Credentials add() {
      if (store != null && impersonator != null) {
        throw new IllegalArgumentException("store and impersonator cannot be combined");
      }
      CredHandle in = base.handle();
      MinorStatus minor = new MinorStatus();
      CredHandle.Ref out = new CredHandle.Ref();
      int il = Lifetimes.toRaw(initLifetime);
      int al = Lifetimes.toRaw(acceptLifetime);
      int major;
      if (impersonator != null) {
        major = Gss.addCredImpersonateName(minor, in, impersonator.handle(), name.handle(),
            mech.oid(), usage.code(), il, al, out, null, null, null);
      } else if (store != null) {
        major = Gss.addCredFrom(minor, in, name.handle(), mech.oid(), usage.code(), il, al,
            store, out, null, null, null);
      } else {
        major = Gss.addCred(minor, in, name.handle(), mech.oid(), usage.code(), il, al, out,
            null, null, null);
      }
      StatusCheck.check(major, minor);
      return new Credentials(out.orElseThrow());
    }
  }

  /** Builder of {@link Credentials#store()}. Mutable, for one thread. */
  public static final class Storer {
    private final Credentials creds;
    private @Nullable Map<String, String> store;
    private Usage usage = Usage.BOTH;
    private @Nullable MechType mech;
    private boolean overwrite;
    private boolean setDefault;

    private Storer(Credentials creds) {
      this.creds = creds;
    }

    /**
     * Store into a credential store ({@code gss_store_cred_into}); default: the default store
     * (RFC 5588 {@code gss_store_cred}).
     *
     * @param store not null (copied)
     * @return this builder
     */
    public Storer into(Map<String, String> store) {
      this.store = copyStore(store);
      return this;
    }

    /**
     * Which usage to store (default {@link Usage#BOTH}).
     *
     * @param usage not null
     * @return this builder
     */
    public Storer usage(Usage usage) {
      this.usage = Objects.requireNonNull(usage, "usage");
      return this;
    }

    /**
     * Store only this mechanism's element (default: every element).
     *
     * @param mech not null
     * @return this builder
     */
    public Storer mech(MechType mech) {
      this.mech = Objects.requireNonNull(mech, "mech");
      return this;
    }

    /**
     * Whether existing credentials may be replaced (default false).
     *
     * @param overwrite the flag
     * @return this builder
     */
    public Storer overwrite(boolean overwrite) {
      this.overwrite = overwrite;
      return this;
    }

    /**
     * Whether the stored credentials become the default (default false).
     *
     * @param setDefault the flag
     * @return this builder
     */
    public Storer setDefault(boolean setDefault) {
      this.setDefault = setDefault;
      return this;
    }

    /**
     * Stores the credentials.
     *
     * @return the mechanisms and usage stored
     * @throws IllegalStateException when the credentials are closed
     * @throws io.gsskit.exceptions.DuplicateElementException when credentials exist and
     *     overwrite is false
     * @throws io.gsskit.exceptions.UnavailableException when no element can be stored there
     * @throws GssException for other failures
     */
    public StoreResult apply() {
      CredHandle h = creds.handle();
      MinorStatus minor = new MinorStatus();
      OidSetHolder stored = new OidSetHolder();
      IntHolder usageStored = new IntHolder();
      int major = Gss.storeCredInto(minor, h, usage.code(), mech == null ? null : mech.oid(),
          overwrite, setDefault, store, stored, usageStored);
      StatusCheck.check(major, minor);
      return StoreResult.builder()
          .usage(Usage.fromCode(usageStored.get()).orElse(Usage.BOTH))
          .addAllMechs(Mechs.fromRaw(stored.get()))
          .build();
    }
  }
}
