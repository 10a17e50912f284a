package io.gsskit;

import io.gsskit.raw.Oid;
import java.util.List;
import java.util.Optional;

/**
 * A GSS-API name type: the OID that tells {@code importName} how to read a name's text. The
 * constants are the name types of RFC 2743 §4, RFC 6680 and MIT's {@code gssapi_krb5.h};
 * {@link #of(Oid)} also accepts name types a third-party mechanism defines, so this is an
 * extensible enumeration rather than a Java {@code enum}.
 *
 * <p>python-gssapi counterpart: {@code gssapi.NameType} ({@code gssapi.raw.types.NameType} with
 * the attributes {@code gssapi.raw.mech_krb5} and {@code ext_rfc6680_comp_oid} add).
 *
 * <p>Instances are immutable, compared by OID, and thread-safe. No method accepts or returns null.
 */
public final class NameType extends OidKeyedType {

  /**
   * {@code GSS_C_NT_HOSTBASED_SERVICE}, {@code service@host} (RFC 2743 §4.1);
   * python {@code NameType.hostbased_service}.
   */
  public static final NameType HOSTBASED_SERVICE =
      new NameType("1.2.840.113554.1.2.1.4", "GSS_C_NT_HOSTBASED_SERVICE");

  /**
   * {@code GSS_C_NT_HOSTBASED_SERVICE_X}, the deprecated earlier OID of the host-based service
   * form (RFC 2744 appendix A, RFC 2743 §4.1); python-gssapi leaves it out as deprecated.
   * Accepted on import for interoperability only; new code uses {@link #HOSTBASED_SERVICE}.
   */
  public static final NameType HOSTBASED_SERVICE_X =
      new NameType("1.3.6.1.5.6.2", "GSS_C_NT_HOSTBASED_SERVICE_X");

  /**
   * {@code GSS_C_NT_USER_NAME}, a local user name (RFC 2743 §4.2); python {@code NameType.user}.
   */
  public static final NameType USER = new NameType("1.2.840.113554.1.2.1.1", "GSS_C_NT_USER_NAME");

  /**
   * {@code GSS_C_NT_MACHINE_UID_NAME}, a numeric user id in host byte order (RFC 2743 §4.3);
   * python {@code NameType.machine_uid}.
   */
  public static final NameType MACHINE_UID =
      new NameType("1.2.840.113554.1.2.1.2", "GSS_C_NT_MACHINE_UID_NAME");

  /**
   * {@code GSS_C_NT_STRING_UID_NAME}, a user id as decimal text (RFC 2743 §4.4); python
   * {@code NameType.string_uid}.
   */
  public static final NameType STRING_UID =
      new NameType("1.2.840.113554.1.2.1.3", "GSS_C_NT_STRING_UID_NAME");

  /**
   * {@code GSS_C_NT_ANONYMOUS}, the anonymous name (RFC 2743 §4.5); python
   * {@code NameType.anonymous}.
   */
  public static final NameType ANONYMOUS = new NameType("1.3.6.1.5.6.3", "GSS_C_NT_ANONYMOUS");

  /**
   * {@code GSS_C_NT_EXPORT_NAME}, an exported mechanism name token (RFC 2743 §3.2,
   * §4.7); python {@code NameType.export}.
   */
  public static final NameType EXPORT = new NameType("1.3.6.1.5.6.4", "GSS_C_NT_EXPORT_NAME");

  /**
   * {@code GSS_C_NT_COMPOSITE_EXPORT}, an exported name token with attributes (RFC 6680 §8);
   * python {@code NameType.composite_export}.
   */
  public static final NameType COMPOSITE_EXPORT =
      new NameType("1.3.6.1.5.6.6", "GSS_C_NT_COMPOSITE_EXPORT");

  /**
   * {@code GSS_KRB5_NT_PRINCIPAL_NAME}, a Kerberos principal {@code name@REALM} (RFC 1964
   * §2.1.1); python {@code NameType.kerberos_principal}, also {@code krb5_nt_principal_name}.
   */
  public static final NameType KERBEROS_PRINCIPAL =
      new NameType("1.2.840.113554.1.2.2.1", "GSS_KRB5_NT_PRINCIPAL_NAME");

  /**
   * {@code GSS_KRB5_NT_ENTERPRISE_NAME}, a Kerberos enterprise principal (name type
   * NT-ENTERPRISE, RFC 6806), e.g. {@code user@example.com@EXAMPLE.COM}; defined by MIT krb5's
   * {@code gssapi_krb5.h}. No python-gssapi attribute.
   */
  public static final NameType KERBEROS_ENTERPRISE =
      new NameType("1.2.840.113554.1.2.2.6", "GSS_KRB5_NT_ENTERPRISE_NAME");

  /**
   * {@code GSS_KRB5_NT_X509_CERT}, a DER X.509 certificate naming the user to impersonate
   * (S4U2Self by certificate, MIT krb5 1.19 {@code gssapi_krb5.h}). No python-gssapi attribute.
   */
  public static final NameType KERBEROS_X509_CERT =
      new NameType("1.2.840.113554.1.2.2.7", "GSS_KRB5_NT_X509_CERT");

  private static final List<NameType> KNOWN = List.of(HOSTBASED_SERVICE, HOSTBASED_SERVICE_X,
      USER, MACHINE_UID, STRING_UID, ANONYMOUS, EXPORT, COMPOSITE_EXPORT, KERBEROS_PRINCIPAL,
      KERBEROS_ENTERPRISE, KERBEROS_X509_CERT);

  private NameType(String dotted, String label) {
    this(Oid.of(dotted), label);
  }

  private NameType(Oid oid, String label) {
    super(oid, label);
  }

  /**
   * Looks up one of the constants of this class by OID.
   *
   * @param oid the OID; not null
   * @return the constant, or empty when GSSKit defines no constant for {@code oid}
   */
  public static Optional<NameType> fromOid(Oid oid) {
    return find(KNOWN, oid);
  }

  /**
   * The constant for {@code oid}, or a new name type for an OID GSSKit does not know (one a
   * third-party mechanism defines).
   *
   * @param oid the OID; not null
   * @return the name type
   */
  public static NameType of(Oid oid) {
    return fromOid(oid).orElseGet(() -> new NameType(oid, oid.toString()));
  }

  /**
   * The constants of this class, in declaration order.
   *
   * @return an unmodifiable list
   */
  public static List<NameType> knownValues() {
    return KNOWN;
  }
}
