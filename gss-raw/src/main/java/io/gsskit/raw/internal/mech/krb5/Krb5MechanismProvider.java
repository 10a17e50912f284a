package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Gss;
import io.gsskit.raw.Oid;
import io.gsskit.raw.spi.Mechanism;
import io.gsskit.raw.spi.MechanismProvider;
import java.util.List;
import java.util.Objects;

/**
 * Registers the Kerberos v5 mechanism with the mechglue ({@code META-INF/services} and the
 * module's {@code provides}): OIDs {@code 1.2.840.113554.1.2.2} (RFC 1964), Microsoft's {@code
 * 1.2.840.48018.1.2.2} and the pre-RFC {@code 1.3.5.1.5.2}; the highest built-in priority, so it
 * is the default mechanism. Thread-safe.
 */
public final class Krb5MechanismProvider implements MechanismProvider {

  /** Priority above every other built-in mechanism. */
  public static final int PRIORITY = 100;

  private static final List<Oid> OIDS =
      List.of(Gss.GSS_MECH_KRB5, Gss.GSS_MECH_KRB5_MS, Gss.GSS_MECH_KRB5_OLD);

  private final Krb5Settings settings;

  /** The provider ServiceLoader creates: the process environment and system clock. */
  public Krb5MechanismProvider() {
    this(Krb5Settings.system());
  }

  /**
   * A provider over given settings (tests, embedding applications).
   *
   * @param settings the environment, clock and randomness; not null
   */
  public Krb5MechanismProvider(Krb5Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public String name() {
    return "krb5";
  }

  @Override
  public List<Oid> oids() {
    return OIDS;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Mechanism create(String options) {
    return new Krb5Mechanism(settings);
  }

  /**
   * @param oid a mechanism OID
   * @return whether it is one of the krb5 OIDs
   */
  static boolean isKrb5(Oid oid) {
    return OIDS.contains(oid);
  }
}
