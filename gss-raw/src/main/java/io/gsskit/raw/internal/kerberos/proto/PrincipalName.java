package io.gsskit.raw.internal.kerberos.proto;

import java.util.List;

/**
 * RFC 4120 §5.2.2 {@code PrincipalName}: a name type and its components, without the realm.
 *
 * <pre>
 * PrincipalName ::= SEQUENCE {
 *         name-type       [0] Int32,
 *         name-string     [1] SEQUENCE OF KerberosString
 * }
 * </pre>
 *
 * @param nameType the name type as on the wire (RFC 4120 §6.2; unknown values kept)
 * @param components the name components, at least one; copied, unmodifiable
 */
public record PrincipalName(int nameType, List<String> components) {

  /** NT-UNKNOWN (0). */
  public static final int NT_UNKNOWN = 0;
  /** NT-PRINCIPAL (1): a user or host-independent service. */
  public static final int NT_PRINCIPAL = 1;
  /** NT-SRV-INST (2): a service and other unique instance (krbtgt). */
  public static final int NT_SRV_INST = 2;
  /** NT-SRV-HST (3): a service with a host name as instance. */
  public static final int NT_SRV_HST = 3;
  /** NT-ENTERPRISE (10, RFC 6806 §5). */
  public static final int NT_ENTERPRISE = 10;
  /** NT-WELLKNOWN (11, RFC 6111). */
  public static final int NT_WELLKNOWN = 11;

  /**
   * Creates a principal name.
   *
   * @throws IllegalArgumentException when there are no components
   */
  public PrincipalName {
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a principal name needs at least one component");
    }
  }

  /**
   * Convenience factory.
   *
   * @param nameType the name type
   * @param components the components, at least one
   * @return the name
   */
  public static PrincipalName of(int nameType, String... components) {
    return new PrincipalName(nameType, List.of(components));
  }

  /** @return the components joined by {@code /}, with MIT's escapes for {@code / @ \} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < components.size(); i++) {
      if (i > 0) {
        sb.append('/');
      }
      KerberosPrincipal.escape(components.get(i), sb);
    }
    return sb.toString();
  }
}
