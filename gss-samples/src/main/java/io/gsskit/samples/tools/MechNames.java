package io.gsskit.samples.tools;

import io.gsskit.MechType;
import io.gsskit.raw.Gss;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.GssStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * Translates a {@code -mech} argument as MIT's samples accept it: {@code krb5},
 * {@code kerberos_v5}, {@code spnego}, {@code iakerb}, or a dotted OID such as
 * {@code 1.2.840.113554.1.2.2}. A mechanism this GSSKit build does not provide is refused with a
 * clear message. Stateless and thread-safe.
 */
final class MechNames {

  private MechNames() {}

  /**
   * @param text the option's argument; not null
   * @return the mechanism
   * @throws UsageException when the name is unknown or the mechanism is not available
   */
  static MechType parse(String text) throws UsageException {
    String lower = text.toLowerCase(Locale.ROOT);
    MechType mech = switch (lower) {
      case "krb5", "kerberos", "kerberos_v5", "kerberosv5" -> MechType.KERBEROS;
      case "spnego" -> MechType.SPNEGO;
      case "iakerb" -> MechType.IAKERB;
      default -> {
        if (lower.isEmpty() || !Character.isDigit(lower.charAt(0))) {
          throw new UsageException("unknown mechanism \"" + text
              + "\" (use krb5, kerberos_v5, spnego or a dotted OID)");
        }
        Optional<Oid> oid = Oid.parse(lower.replace(' ', '.'));
        if (oid.isEmpty()) {
          throw new UsageException("not a valid OID: \"" + text + "\"");
        }
        yield MechType.of(oid.get());
      }
    };
    requireAvailable(mech);
    return mech;
  }

  /**
   * @param mech a mechanism
   * @throws UsageException when this GSSKit build does not provide it
   */
  static void requireAvailable(MechType mech) throws UsageException {
    MinorStatus minor = new MinorStatus();
    OidSetHolder mechs = new OidSetHolder();
    int major = Gss.indicateMechs(minor, mechs);
    OidSet available = mechs.get();
    if (GssStatus.isError(major) || available == null || !available.contains(mech.oid())) {
      String what = mech.equals(MechType.SPNEGO) ? "SPNEGO"
          : mech.equals(MechType.IAKERB) ? "IAKERB" : "mechanism " + mech.oid();
      throw new UsageException(what + " is not available yet in this GSSKit build");
    }
  }
}
