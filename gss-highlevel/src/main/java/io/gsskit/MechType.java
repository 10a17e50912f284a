package io.gsskit;

import io.gsskit.raw.Oid;
import java.util.List;
import java.util.Optional;

/**
 * A GSS-API mechanism type: the OID that selects a mechanism. The constants are the mechanisms
 * GSSKit builds in (Kerberos v5 under its OIDs, SPNEGO, NegoEx) plus IAKERB; {@link #of(Oid)} also
 * accepts the OID of a mechanism a third-party module registers, so this is an extensible
 * enumeration rather than a Java {@code enum}. Knowing an OID says nothing about whether the
 * mechanism is available: the raw layer's mechanism registry decides that.
 *
 * <p>python-gssapi counterpart: {@code gssapi.MechType}, whose only built-in attribute is
 * {@code kerberos} (set by {@code gssapi.raw.mech_krb5}).
 *
 * <p>Instances are immutable, compared by OID, and thread-safe. No method accepts or returns null.
 */
public final class MechType extends OidKeyedType {

  /**
   * Kerberos v5, {@code gss_mech_krb5} {@code {iso(1) member-body(2) US(840) mit(113554)
   * infosys(1) gssapi(2) krb5(2)}} (RFC 1964 §1, RFC 4121); python {@code MechType.kerberos}.
   */
  public static final MechType KERBEROS = new MechType("1.2.840.113554.1.2.2", "kerberos");

  /**
   * Kerberos v5 under the OID Microsoft's SSPI emits ({@code 1.2.840.48018.1.2.2}, MIT's
   * {@code gss_mech_krb5_wrong}); SPNEGO peers offer it and it selects the same mechanism as
   * {@link #KERBEROS} (MS-SPNG). No python-gssapi attribute.
   */
  public static final MechType KERBEROS_MICROSOFT =
      new MechType("1.2.840.48018.1.2.2", "kerberos (Microsoft OID)");

  /**
   * Kerberos v5 under its pre-RFC 1964 OID {@code 1.3.5.1.5.2} (MIT's
   * {@code gss_mech_krb5_old}), still recognised by MIT acceptors. No python-gssapi attribute.
   */
  public static final MechType KERBEROS_OLD =
      new MechType("1.3.5.1.5.2", "kerberos (pre-RFC OID)");

  /**
   * IAKERB, Kerberos through an acceptor proxy ({@code 1.3.6.1.5.2.5}, MIT's
   * {@code gss_mech_iakerb}, draft-ietf-kitten-iakerb). No python-gssapi attribute.
   */
  public static final MechType IAKERB = new MechType("1.3.6.1.5.2.5", "iakerb");

  /** SPNEGO ({@code 1.3.6.1.5.5.2}, RFC 4178). No python-gssapi attribute. */
  public static final MechType SPNEGO = new MechType("1.3.6.1.5.5.2", "spnego");

  /** NegoEx ({@code 1.3.6.1.4.1.311.2.2.30}, MS-NEGOEX). No python-gssapi attribute. */
  public static final MechType NEGOEX = new MechType("1.3.6.1.4.1.311.2.2.30", "negoex");

  private static final List<MechType> KNOWN =
      List.of(KERBEROS, KERBEROS_MICROSOFT, KERBEROS_OLD, IAKERB, SPNEGO, NEGOEX);

  private MechType(String dotted, String label) {
    this(Oid.of(dotted), label);
  }

  private MechType(Oid oid, String label) {
    super(oid, label);
  }

  /**
   * Looks up one of the constants of this class by OID.
   *
   * @param oid the OID; not null
   * @return the constant, or empty when GSSKit defines no constant for {@code oid}
   */
  public static Optional<MechType> fromOid(Oid oid) {
    return find(KNOWN, oid);
  }

  /**
   * The constant for {@code oid}, or a new mechanism type for an OID GSSKit does not know.
   *
   * @param oid the OID; not null
   * @return the mechanism type
   */
  public static MechType of(Oid oid) {
    return fromOid(oid).orElseGet(() -> new MechType(oid, oid.toString()));
  }

  /**
   * The constants of this class, in declaration order.
   *
   * @return an unmodifiable list
   */
  public static List<MechType> knownValues() {
    return KNOWN;
  }
}
