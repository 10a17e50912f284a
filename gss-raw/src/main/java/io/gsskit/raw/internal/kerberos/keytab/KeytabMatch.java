package io.gsskit.raw.internal.kerberos.keytab;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a keytab lookup: the chosen entry, or why there is none together with the facts
 * an error message needs ("keytab has kvno 3, ticket needs kvno 4").
 *
 * @param entry the chosen entry, or null
 * @param failure why nothing matched, or null when {@code entry} is set
 * @param kvnosForPrincipal the kvnos the keytab has for the principal (ascending, distinct)
 * @param enctypesForKvno the enctypes the keytab has for the principal and requested kvno
 */
public record KeytabMatch(@Nullable KeytabEntry entry, @Nullable Failure failure,
    List<Long> kvnosForPrincipal, List<Integer> enctypesForKvno) {

  /** Why a lookup found nothing (MIT {@code KRB5_KT_NOTFOUND}, {@code KRB5_KT_KVNONOTFOUND}). */
  public enum Failure {
    /** No entry for the principal at all. */
    NO_PRINCIPAL,
    /** Entries for the principal, but none with the requested kvno. */
    NO_KVNO,
    /** Entries for the principal and kvno, but none with the requested enctype. */
    NO_ENCTYPE
  }

  /** Copies the lists. */
  public KeytabMatch {
    kvnosForPrincipal = List.copyOf(kvnosForPrincipal);
    enctypesForKvno = List.copyOf(enctypesForKvno);
  }

  /** @return the chosen entry, if any */
  public Optional<KeytabEntry> found() {
    return Optional.ofNullable(entry);
  }
}
