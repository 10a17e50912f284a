package io.gsskit.raw.internal.kerberos.rcache;

/**
 * The {@code none} type: replay detection disabled (MIT's {@code KRB5RCACHETYPE=none}). Every tag
 * is fresh. Only ever used when configured explicitly. Stateless and thread-safe.
 */
public final class NoneReplayCache implements ReplayCache {

  /** The single instance. */
  public static final NoneReplayCache INSTANCE = new NoneReplayCache();

  private NoneReplayCache() {}

  /** @return always {@link ReplayStatus#FRESH} */
  @Override
  public ReplayStatus checkAndStore(ReplayTag tag) {
    return ReplayStatus.FRESH;
  }

  @Override
  public String name() {
    return "none:";
  }

  @Override
  public String toString() {
    return "ReplayCache[none:]";
  }
}
