package io.gsskit;

import io.gsskit.raw.Oid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link MechType} and {@link NameType} share: an extensible enumeration keyed by OID, with a
 * label for logs. Two values are equal when they are of the same class and have the same OID.
 *
 * <p>Immutable and thread-safe.
 */
abstract class OidKeyedType {

  private final Oid oid;
  private final String label;

  OidKeyedType(Oid oid, String label) {
    this.oid = oid;
    this.label = label;
  }

  /**
   * The OID that identifies this value.
   *
   * @return the OID
   */
  public final Oid oid() {
    return oid;
  }

  /** The constant in {@code known} with OID {@code oid}, or empty. */
  static <T extends OidKeyedType> Optional<T> find(List<T> known, Oid oid) {
    Objects.requireNonNull(oid, "oid");
    for (T t : known) {
      if (t.oid().equals(oid)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && oid.equals(((OidKeyedType) o).oid);
  }

  @Override
  public final int hashCode() {
    return oid.hashCode();
  }

  /**
   * The label and the OID, e.g. {@code spnego (1.3.6.1.5.5.2)} or {@code GSS_C_NT_USER_NAME
   * (1.2.840.113554.1.2.1.1)}; just the OID for a value GSSKit does not know.
   *
   * @return a description for logs
   */
  @Override
  public final String toString() {
    return label.equals(oid.toString()) ? label : label + " (" + oid + ")";
  }
}
