package io.gsskit.raw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of OIDs ({@code gss_OID_set}) that keeps insertion order (the order of
 * {@link Gss#indicateMechs} is the mechanism preference order).
 *
 * <p>RFC 2744 §5.4 and §5.1 ({@code gss_create_empty_oid_set}, {@code gss_add_oid_set_member},
 * {@code gss_test_oid_set_member}) describe a set the caller grows; here that is {@link #with} or
 * {@link Builder}, and {@link Gss#addOidSetMember} on an {@link OidSetHolder}. Adding a member that
 * is already present leaves the set unchanged, as the RFC requires.
 *
 * <p>Thread-safe. No method accepts or returns null.
 */
public final class OidSet implements Iterable<Oid> {

  private static final OidSet EMPTY = new OidSet(List.of());

  private final List<Oid> members;

  private OidSet(List<Oid> members) {
    this.members = members;
  }

  /** @return the empty set ({@code gss_create_empty_oid_set}) */
  public static OidSet empty() {
    return EMPTY;
  }

  /**
   * Builds a set from members, dropping duplicates and keeping first-seen order.
   *
   * @param oids the members; not null, no null elements
   * @return the set
   */
  public static OidSet of(Oid... oids) {
    return of(List.of(oids));
  }

  /**
   * Builds a set from members, dropping duplicates and keeping first-seen order.
   *
   * @param oids the members; not null, no null elements
   * @return the set
   */
  public static OidSet of(Iterable<Oid> oids) {
    Builder b = builder();
    for (Oid o : oids) {
      b.add(o);
    }
    return b.build();
  }

  /** @return a new, empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this set with {@code oid} added at the end ({@code gss_add_oid_set_member}).
   *
   * @param oid the member; not null
   * @return this set when {@code oid} is already a member, else a new set
   */
  public OidSet with(Oid oid) {
    if (members.contains(oid)) {
      return this;
    }
    List<Oid> copy = new ArrayList<>(members.size() + 1);
    copy.addAll(members);
    copy.add(oid);
    return new OidSet(Collections.unmodifiableList(copy));
  }

  /**
   * Tests membership ({@code gss_test_oid_set_member}).
   *
   * @param oid the candidate; not null
   * @return true when {@code oid} is a member
   */
  public boolean contains(Oid oid) {
    return members.contains(oid);
  }

  /** @return the number of members ({@code gss_OID_set_desc.count}) */
  public int size() {
    return members.size();
  }

  /** @return true when the set has no members */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** @return the members in order, as an unmodifiable list */
  public List<Oid> asList() {
    return members;
  }

  /** @return the members in order, as an unmodifiable set */
  public Set<Oid> asSet() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(members));
  }

  /** @return the members in order */
  public Stream<Oid> stream() {
    return members.stream();
  }

  @Override
  public Iterator<Oid> iterator() {
    return members.iterator();
  }

  /** Sets are equal when they have the same members, in any order. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OidSet other && members.size() == other.members.size()
        && other.members.containsAll(members);
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Oid o : members) {
      h += o.hashCode();
    }
    return h;
  }

  /** @return e.g. {@code {1.2.840.113554.1.2.2, 1.3.6.1.5.5.2}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < members.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(members.get(i));
    }
    return sb.append('}').toString();
  }

  /** A mutable builder for {@link OidSet}; not thread-safe. */
  public static final class Builder {
    private final LinkedHashSet<Oid> members = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds a member; duplicates are ignored.
     *
     * @param oid the member; not null
     * @return this builder
     */
    public Builder add(Oid oid) {
      members.add(java.util.Objects.requireNonNull(oid, "oid"));
      return this;
    }

    /**
     * Adds every member of a set.
     *
     * @param set the members; not null
     * @return this builder
     */
    public Builder addAll(OidSet set) {
      members.addAll(set.members);
      return this;
    }

    /** @return the set built so far */
    public OidSet build() {
      return members.isEmpty() ? EMPTY
          : new OidSet(Collections.unmodifiableList(new ArrayList<>(members)));
    }
  }
}
