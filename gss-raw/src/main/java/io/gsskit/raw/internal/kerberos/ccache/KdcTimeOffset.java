package io.gsskit.raw.internal.kerberos.ccache;

/**
 * The KDC time offset of a version 4 ccache (header tag 1): adding it to the client's clock
 * gives the KDC's clock as of the initial authentication.
 *
 * @param seconds the seconds part (signed)
 * @param microseconds the microseconds part (signed)
 */
public record KdcTimeOffset(int seconds, int microseconds) {

  /** No offset. */
  public static final KdcTimeOffset NONE = new KdcTimeOffset(0, 0);
}
