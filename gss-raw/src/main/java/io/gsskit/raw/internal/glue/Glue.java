package io.gsskit.raw.internal.glue;

/**
 * One mechglue instance: a registry, its minor-status map and the call families that dispatch
 * through them. {@link #global()} is the instance behind {@link io.gsskit.raw.Gss}, built lazily
 * on first use from {@link java.util.ServiceLoader} and the configured mechanism file; other
 * instances exist for tests and embedding. Immutable after construction; thread-safe.
 */
public final class Glue {

  private static final class Global {
    static final Glue INSTANCE = new Glue(MechRegistry.load(Glue.class.getClassLoader(),
        MechRegistry.configuredPath()));
  }

  final MechRegistry registry;
  final MinorMap minors = new MinorMap();

  /** Name calls. */
  public final NameCalls names;
  /** Credential calls. */
  public final CredCalls creds;
  /** Context establishment and context-level calls. */
  public final ContextCalls contexts;
  /** Per-message calls. */
  public final MessageCalls messages;
  /** {@code gss_display_status}. */
  public final StatusCalls status;
  /** Mechanism inquiries. */
  public final MechInfoCalls info;

  /**
   * Creates a mechglue over a registry.
   *
   * @param registry the mechanisms; not null
   */
  public Glue(MechRegistry registry) {
    this.registry = registry;
    this.names = new NameCalls(this);
    this.creds = new CredCalls(this);
    this.contexts = new ContextCalls(this);
    this.messages = new MessageCalls(this);
    this.status = new StatusCalls(this);
    this.info = new MechInfoCalls(this);
  }

  /** @return the process-wide mechglue, built on first use */
  public static Glue global() {
    return Global.INSTANCE;
  }

  /** @return this mechglue's registry */
  public MechRegistry registry() {
    return registry;
  }
}
