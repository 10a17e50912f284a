package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Oid;
import io.gsskit.raw.spi.MechName;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The mechglue's name ({@code gss_union_name_desc}): the external form the application imported
 * (bytes and name type), and per-mechanism elements created lazily when a mechanism first needs
 * the name. A mechanism name (MN) also records the mechanism it belongs to; an MN made by a
 * mechanism (an accepted initiator name) may have no external form until it is displayed.
 *
 * <p>The external form and MN mechanism never change; elements are added concurrently with
 * {@code putIfAbsent}. Thread-safe.
 */
public final class UnionName {

  private final byte @Nullable [] external;
  private final @Nullable Oid nameType;
  private final @Nullable Dispatch mn;
  private final ConcurrentHashMap<Dispatch, MechName> elements;

  private UnionName(byte @Nullable [] external, @Nullable Oid nameType, @Nullable Dispatch mn,
      ConcurrentHashMap<Dispatch, MechName> elements) {
    this.external = external;
    this.nameType = nameType;
    this.mn = mn;
    this.elements = elements;
  }

  /** An imported, not yet canonical name. */
  static UnionName imported(byte[] external, @Nullable Oid nameType) {
    return new UnionName(external, nameType, null, new ConcurrentHashMap<>());
  }

  /** A mechanism name with its element; {@code external} may be null. */
  static UnionName mechanismName(Dispatch mech, MechName element, byte @Nullable [] external,
      @Nullable Oid nameType) {
    ConcurrentHashMap<Dispatch, MechName> m = new ConcurrentHashMap<>();
    m.put(mech, element);
    return new UnionName(external, nameType, mech, m);
  }

  /** A copy sharing the external form, MN mechanism and the given elements. */
  UnionName copyWith(Map<Dispatch, MechName> newElements) {
    return new UnionName(external, nameType, mn, new ConcurrentHashMap<>(newElements));
  }

  /** @return the imported bytes, not copied (never modified), or null for a mechanism-made MN */
  byte @Nullable [] external() {
    return external;
  }

  /** @return the imported name type, or null ({@code GSS_C_NO_OID}) */
  @Nullable Oid nameType() {
    return nameType;
  }

  /** @return the MN's mechanism, or null when this is not a mechanism name */
  @Nullable Dispatch mn() {
    return mn;
  }

  /** @return the element for a mechanism route, or null when not created yet */
  @Nullable MechName element(Dispatch d) {
    return elements.get(d);
  }

  /** Stores an element unless another thread did first; returns the one kept. */
  MechName putElement(Dispatch d, MechName element) {
    MechName prev = elements.putIfAbsent(d, element);
    return prev == null ? element : prev;
  }

  /** @return a snapshot of the elements */
  Map<Dispatch, MechName> elements() {
    return Map.copyOf(elements);
  }

  /** @return a description without the name text */
  public String describe() {
    return (mn != null ? "MN " + mn.name() : "name")
        + (nameType != null ? ", type " + nameType : "");
  }
}
