package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * MIT's rules for choosing a keytab entry ({@code krb5_kt_get_entry} on a FILE keytab):
 *
 * <ul>
 *   <li>the principal must match by realm and components (the name type is ignored);
 *   <li>an enctype of 0 accepts any enctype the caller supports, otherwise it must be equal;
 *   <li>a kvno of 0 asks for the most recent key: the highest kvno, except that a small kvno
 *       (below 128) written no earlier than a large one (above 240) is taken to have wrapped
 *       around 8-bit or 16-bit storage and counts as newer; among equals the first entry wins;
 *   <li>any other kvno must be equal.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class KeytabLookup {

  private KeytabLookup() {}

  /**
   * Chooses an entry, accepting every enctype.
   *
   * @param entries the keytab entries in file order; not null
   * @param principal the principal; not null
   * @param kvno the key version, or 0 for the most recent
   * @param enctype the enctype, or 0 for any
   * @return the match or the reason for none
   */
  public static KeytabMatch find(List<KeytabEntry> entries, KerberosPrincipal principal,
      long kvno, int enctype) {
    return find(entries, principal, kvno, enctype, e -> true);
  }

  /**
   * Chooses an entry.
   *
   * @param entries the keytab entries in file order; not null
   * @param principal the principal; not null
   * @param kvno the key version, or 0 for the most recent
   * @param enctype the enctype, or 0 for any supported one
   * @param supported which enctypes may be chosen when {@code enctype} is 0 (MIT skips entries
   *     whose enctype its crypto library does not know); not null
   * @return the match or the reason for none
   */
  public static KeytabMatch find(List<KeytabEntry> entries, KerberosPrincipal principal,
      long kvno, int enctype, IntPredicate supported) {
    TreeSet<Long> kvnos = new TreeSet<>();
    TreeSet<Integer> enctypes = new TreeSet<>();
    KeytabEntry best = null;
    for (KeytabEntry e : entries) {
      if (!sameName(e.principal(), principal)) {
        continue;
      }
      kvnos.add(e.kvno());
      if (kvno != 0 && e.kvno() != kvno) {
        continue;
      }
      enctypes.add(e.enctype());
      boolean typeOk = enctype == 0 ? supported.test(e.enctype()) : e.enctype() == enctype;
      if (!typeOk) {
        continue;
      }
      if (kvno != 0) {
        best = e;
        break;
      }
      if (best == null || moreRecent(e, best)) {
        best = e;
      }
    }
    KeytabMatch.Failure failure = null;
    if (best == null) {
      failure = kvnos.isEmpty() ? KeytabMatch.Failure.NO_PRINCIPAL
          : enctypes.isEmpty() ? KeytabMatch.Failure.NO_KVNO : KeytabMatch.Failure.NO_ENCTYPE;
    }
    return new KeytabMatch(best, failure, List.copyOf(kvnos), List.copyOf(enctypes));
  }

  /** True when {@code a} is more recent than {@code b}, with MIT's wrap-around heuristic. */
  static boolean moreRecent(KeytabEntry a, KeytabEntry b) {
    if (a.timestamp() >= b.timestamp() && a.kvno() < 128 && b.kvno() > 240) {
      return true;
    }
    if (b.timestamp() >= a.timestamp() && a.kvno() > 240 && b.kvno() < 128) {
      return false;
    }
    return a.kvno() > b.kvno();
  }

  /** Realm and components equal; the name type does not matter (MIT principal_compare). */
  static boolean sameName(KerberosPrincipal a, KerberosPrincipal b) {
    return a.realm().equals(b.realm()) && a.name().components().equals(b.name().components());
  }
}
