package io.gsskit.raw.internal.kerberos.rcache;

/** The answer of {@link ReplayCache#checkAndStore(ReplayTag)}. */
public enum ReplayStatus {
  /** The tag was not live in the cache; it is now recorded with the current time. */
  FRESH,
  /**
   * The tag was recorded less than one clock-skew window ago: the authenticator is a replay
   * (KRB_AP_ERR_REPEAT, RFC 4120 §3.2.3).
   */
  REPLAY
}
