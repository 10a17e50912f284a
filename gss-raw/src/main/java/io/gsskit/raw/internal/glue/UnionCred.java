package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Oid;
import io.gsskit.raw.spi.MechCred;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The mechglue's credential ({@code gss_union_cred_desc}): one element per mechanism route.
 * Elements are kept in an immutable list replaced atomically, so readers never lock; {@link
 * #add} (in-place {@code gss_add_cred}) and {@link #release()} synchronise. A mechanism element
 * may be shared by several union credentials ({@code gss_add_cred} with an output handle), so
 * elements are reference-counted and a mechanism credential is released (keys zeroed) when the
 * last union credential holding it is released. Thread-safe.
 */
public final class UnionCred {

  /**
   * One mechanism's part of the credential.
   *
   * @param dispatch the route the element was acquired through
   * @param ref the shared mechanism element
   * @param usage the usage it was acquired for
   */
  record Element(Dispatch dispatch, CredRef ref, int usage) {
    /** A new element around a freshly acquired mechanism credential. */
    Element(Dispatch dispatch, MechCred cred, int usage) {
      this(dispatch, new CredRef(cred), usage);
    }

    /** @return the mechanism credential */
    MechCred cred() {
      return ref.cred;
    }
  }

  /** A mechanism credential with a count of the union credentials holding it. */
  static final class CredRef {
    final MechCred cred;
    private final AtomicInteger refs = new AtomicInteger(1);

    CredRef(MechCred cred) {
      this.cred = cred;
    }

    CredRef retain() {
      refs.incrementAndGet();
      return this;
    }

    void release() {
      if (refs.decrementAndGet() == 0) {
        try {
          cred.release();
        } catch (Throwable t) {
          Guard.rethrowIfFatal(t);
        }
      }
    }
  }

  private volatile List<Element> elements;
  private volatile boolean released;

  UnionCred(List<Element> elements) {
    this.elements = List.copyOf(elements);
  }

  /** A new credential sharing this one's elements (each retained) plus {@code extra}. */
  synchronized UnionCred copyWith(Element extra) {
    List<Element> copy = new ArrayList<>();
    for (Element e : elements) {
      copy.add(new Element(e.dispatch(), e.ref().retain(), e.usage()));
    }
    copy.add(extra);
    return new UnionCred(copy);
  }

  /** @return the elements in acquisition order */
  List<Element> elements() {
    return elements;
  }

  /** @return true once released */
  boolean isReleased() {
    return released;
  }

  /**
   * Adds an element unless one for the same route exists.
   *
   * @return false when an element for the route already exists or the credential is released
   */
  synchronized boolean add(Element e) {
    if (released || find(e.dispatch().handleOid()) != null) {
      return false;
    }
    List<Element> copy = new ArrayList<>(elements);
    copy.add(e);
    elements = List.copyOf(copy);
    return true;
  }

  /**
   * The element acquired through exactly this OID (public or concatenated).
   *
   * @param handleOid the route's OID
   * @return the element, or null
   */
  @Nullable Element find(Oid handleOid) {
    for (Element e : elements) {
      if (e.dispatch().handleOid().equals(handleOid)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The element for a public mechanism OID through any route, preferring the exact route.
   *
   * @param publicOid the mechanism OID
   * @return the element, or null
   */
  @Nullable Element findForMech(Oid publicOid) {
    Element exact = find(publicOid);
    if (exact != null) {
      return exact;
    }
    for (Element e : elements) {
      if (e.dispatch().publicOid().equals(publicOid)) {
        return e;
      }
    }
    return null;
  }

  /** Releases every element (zeroing keys); idempotent; never throws. */
  public void release() {
    List<Element> toRelease;
    synchronized (this) {
      if (released) {
        return;
      }
      released = true;
      toRelease = elements;
      elements = List.of();
    }
    for (Element e : toRelease) {
      e.ref().release();
    }
  }

  /** @return the routes, never key material */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (Element e : elements) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.dispatch().name());
    }
    return released ? "released" : sb.toString();
  }
}
