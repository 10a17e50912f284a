package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;

/** OIDs of the test mechanisms, under a UUID arc (X.667, 2.25) so they can never collide. */
public final class TestOids {

  /** The test arc. */
  public static final String ARC = "2.25.207612469745281063812353536823637386661";

  /** PSK mechanism "alpha" (interposed by the test interposer). */
  public static final Oid ALPHA = Oid.of(ARC + ".1");
  /** PSK mechanism "beta". */
  public static final Oid BETA = Oid.of(ARC + ".2");
  /** PSK mechanism "gamma" (same minor codes as beta). */
  public static final Oid GAMMA = Oid.of(ARC + ".3");
  /** A mechanism implementing only names, credentials and a one-leg exchange. */
  public static final Oid MINIMAL = Oid.of(ARC + ".5");
  /** A mechanism implementing nothing. */
  public static final Oid BARE = Oid.of(ARC + ".6");
  /** The test interposer's own OID. */
  public static final Oid INTERPOSER = Oid.of(ARC + ".9");

  private TestOids() {}
}
