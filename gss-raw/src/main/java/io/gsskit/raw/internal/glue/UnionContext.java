package io.gsskit.raw.internal.glue;

import io.gsskit.raw.spi.MechContext;
import org.jspecify.annotations.Nullable;

/**
 * The mechglue's context ({@code gss_union_ctx_id_desc}): the mechanism route chosen by the first
 * call, the mechanism's context once it exists, and the establishment leg count. The route is
 * fixed at creation; the mechanism context is published through a volatile field so per-message
 * calls on other threads see it without locking. Establishment is single-threaded per context.
 */
public final class UnionContext {

  private final Dispatch dispatch;
  private volatile @Nullable MechContext mech;
  private int legs;

  UnionContext(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  /** @return the mechanism route */
  Dispatch dispatch() {
    return dispatch;
  }

  /** @return the mechanism's context, or null before the mechanism created one */
  @Nullable MechContext mech() {
    return mech;
  }

  void setMech(@Nullable MechContext mech) {
    this.mech = mech;
  }

  /** Counts one establishment call; returns the new count. */
  int countLeg() {
    return ++legs;
  }

  /** @return a description naming the mechanism */
  public String describe() {
    return dispatch.name() + (mech == null ? ", not started" : "");
  }
}
