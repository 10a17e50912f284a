package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A named keytab ({@code FILE:}, {@code WRFILE:}, {@code MEMORY:}): list, look up, add and remove
 * entries. Each change is one atomic rewrite; a reader sees the keytab before or after it.
 *
 * <p>Thread-safe; instances hold no state but the name.
 */
public abstract class Keytab {

  /** A change: the new entry list from the current one (null when the keytab does not exist). */
  @FunctionalInterface
  interface Change {
    @Nullable List<KeytabEntry> apply(@Nullable KeytabContents current) throws KeytabException;
  }

  Keytab() {}

  /** @return the full name, e.g. {@code FILE:/etc/krb5.keytab} */
  public abstract String name();

  /** @return the type: {@code FILE}, {@code WRFILE} or {@code MEMORY} */
  public abstract String type();

  /**
   * Reads the keytab.
   *
   * @return the contents, or empty when the keytab does not exist
   * @throws KeytabException {@link Kind#FORMAT} or {@link Kind#IO}
   */
  public abstract Optional<KeytabContents> read() throws KeytabException;

  abstract void replace(Change change) throws KeytabException;

  /**
   * @return the entries in file order
   * @throws KeytabException {@link Kind#NOT_FOUND} when the keytab does not exist
   */
  public List<KeytabEntry> entries() throws KeytabException {
    return read().orElseThrow(() -> new KeytabException(Kind.NOT_FOUND,
        "key table not found: " + name())).entries();
  }

  /**
   * Chooses an entry with MIT's rules ({@link KeytabLookup}).
   *
   * @param principal the principal; not null
   * @param kvno the key version, or 0 for the most recent
   * @param enctype the enctype, or 0 for any
   * @return the match or the reason for none
   * @throws KeytabException {@link Kind#NOT_FOUND} when the keytab does not exist
   */
  public KeytabMatch find(KerberosPrincipal principal, long kvno, int enctype)
      throws KeytabException {
    return KeytabLookup.find(entries(), principal, kvno, enctype);
  }

  /**
   * Chooses an entry among supported enctypes.
   *
   * @param principal the principal; not null
   * @param kvno the key version, or 0 for the most recent
   * @param enctype the enctype, or 0 for any supported
   * @param supported the enctypes the caller can use; not null
   * @return the match or the reason for none
   * @throws KeytabException {@link Kind#NOT_FOUND} when the keytab does not exist
   */
  public KeytabMatch find(KerberosPrincipal principal, long kvno, int enctype,
      IntPredicate supported) throws KeytabException {
    return KeytabLookup.find(entries(), principal, kvno, enctype, supported);
  }

  /**
   * Appends an entry, creating the keytab when needed.
   *
   * @param entry the entry; not null
   * @throws KeytabException {@link Kind#FORMAT} when the existing file is not a keytab or the entry
   *     cannot be encoded, {@link Kind#IO} when writing fails (the old file stays intact)
   */
  public void add(KeytabEntry entry) throws KeytabException {
    addAll(List.of(entry));
  }

  /**
   * Appends entries in one atomic change, creating the keytab when needed.
   *
   * @param list the entries; not null
   * @throws KeytabException as for {@link #add}
   */
  public void addAll(List<KeytabEntry> list) throws KeytabException {
    replace(cur -> {
      List<KeytabEntry> all = new ArrayList<>(cur == null ? List.of() : cur.entries());
      all.addAll(list);
      return all;
    });
  }

  /**
   * Removes entries.
   *
   * @param match selects the entries to remove; not null
   * @return how many were removed
   * @throws KeytabException {@link Kind#NOT_FOUND} when the keytab does not exist
   */
  public int remove(Predicate<KeytabEntry> match) throws KeytabException {
    int[] removed = {0};
    replace(cur -> {
      if (cur == null) {
        throw new KeytabException(Kind.NOT_FOUND, "key table not found: " + name());
      }
      List<KeytabEntry> keep = new ArrayList<>();
      for (KeytabEntry e : cur.entries()) {
        if (match.test(e)) {
          removed[0]++;
        } else {
          keep.add(e);
        }
      }
      return removed[0] == 0 ? null : keep;
    });
    return removed[0];
  }

  @Override
  public String toString() {
    return name();
  }
}
