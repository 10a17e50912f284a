package io.gsskit.raw;

import org.jspecify.annotations.Nullable;

/**
 * The minor-status out-parameter of every raw call ({@code OM_uint32 *minor_status}), plus the
 * mechanism the code came from.
 *
 * <p>The mechglue maps each mechanism's codes onto values that never collide across mechanisms
 * (MIT {@code util_errmap.c}); {@link #value()} is that mapped value and is what {@link
 * Gss#displayStatus(MinorStatus, int, int, Oid, IntHolder, StringHolder)} expects. {@link
 * #mechStatus()} is the code exactly as the mechanism reported it, {@link #mech()} the mechanism's
 * public OID, or null for codes produced by the mechglue itself.
 *
 * <p>A mechanism implementation receives a cleared instance and reports its own code with {@link
 * #set(int)}; the mechglue rewrites it afterwards. Instances are mutable and not thread-safe: use
 * one per call or per thread.
 */
public final class MinorStatus {

  private int value;
  private int mechStatus;
  private @Nullable Oid mech;

  /** Creates a cleared minor status (value 0, no mechanism). */
  public MinorStatus() {}

  /** @return the (mapped) minor status value, an unsigned 32-bit code held in an int */
  public int value() {
    return value;
  }

  /** @return the code as the mechanism reported it, before mapping; equals {@link #value()} when
   *     no mapping was needed */
  public int mechStatus() {
    return mechStatus;
  }

  /** @return the public OID of the mechanism the code came from, or null for mechglue codes and
   *     for a cleared status */
  public @Nullable Oid mech() {
    return mech;
  }

  /**
   * Sets the code; used by mechanisms, which report their own raw codes.
   *
   * @param code the mechanism's code
   */
  public void set(int code) {
    this.value = code;
    this.mechStatus = code;
    this.mech = null;
  }

  /**
   * Sets all three fields; used by the mechglue after mapping.
   *
   * @param value the mapped value
   * @param mech the mechanism OID, or null for a mechglue code
   * @param mechStatus the original code
   */
  public void set(int value, @Nullable Oid mech, int mechStatus) {
    this.value = value;
    this.mech = mech;
    this.mechStatus = mechStatus;
  }

  /** Resets to 0 and no mechanism. */
  public void clear() {
    value = 0;
    mechStatus = 0;
    mech = null;
  }

  /** @return e.g. {@code minor 0x96c73a25 (mech 1.2.840.113554.1.2.2, code 0x96c73a25)} */
  @Override
  public String toString() {
    return "minor 0x" + Integer.toHexString(value)
        + (mech == null ? "" : " (mech " + mech + ", code 0x" + Integer.toHexString(mechStatus)
        + ")");
  }
}
