package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.9.1 {@code KRB-ERROR}.
 *
 * <pre>
 * KRB-ERROR       ::= [APPLICATION 30] SEQUENCE {
 *         pvno            [0] INTEGER (5),
 *         msg-type        [1] INTEGER (30),
 *         ctime           [2] KerberosTime OPTIONAL,
 *         cusec           [3] Microseconds OPTIONAL,
 *         stime           [4] KerberosTime,
 *         susec           [5] Microseconds,
 *         error-code      [6] Int32,
 *         crealm          [7] Realm OPTIONAL,
 *         cname           [8] PrincipalName OPTIONAL,
 *         realm           [9] Realm -- service realm --,
 *         sname           [10] PrincipalName -- service name --,
 *         e-text          [11] KerberosString OPTIONAL,
 *         e-data          [12] OCTET STRING OPTIONAL
 * }
 * </pre>
 *
 * <p>The error code is kept raw ({@link #code()} names it). {@code e-text} is display text and
 * is read leniently (malformed UTF-8 replaced), so a KDC's local code page never hides the
 * error code. {@code e-data} is kept as raw bytes; {@link #methodData()} decodes the
 * METHOD-DATA of KDC_ERR_PREAUTH_REQUIRED. A KRB-ERROR is unauthenticated: treat every field
 * as a hint. Immutable, thread-safe.
 *
 * @param ctime client time echoed, or null
 * @param cusec client microseconds echoed, or null
 * @param stime server time
 * @param susec server microseconds
 * @param errorCode the error code (see {@link KerberosErrorCode})
 * @param crealm client realm, or null
 * @param cname client name, or null
 * @param realm service realm
 * @param sname service name
 * @param eText error text, or null
 * @param eData error data, or null; copied in and out
 */
public record KrbError(@Nullable Instant ctime, @Nullable Integer cusec, Instant stime,
    int susec, int errorCode, @Nullable String crealm, @Nullable PrincipalName cname,
    String realm, PrincipalName sname, @Nullable String eText, byte @Nullable [] eData)
    implements DerEncodable {

  /**
   * Checks mandatory components and copies e-data.
   *
   * @param ctime client time echoed, or null
   * @param cusec client microseconds echoed, or null
   * @param stime server time
   * @param susec server microseconds
   * @param errorCode the error code (see {@link KerberosErrorCode})
   * @param crealm client realm, or null
   * @param cname client name, or null
   * @param realm service realm
   * @param sname service name
   * @param eText error text, or null
   * @param eData error data, or null; copied in and out
   */
  public KrbError {
    Objects.requireNonNull(stime, "stime");
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(sname, "sname");
    eData = KerberosFields.copyOrNull(eData);
  }

  /** @return a copy of the e-data, or null */
  @Override
  public byte @Nullable [] eData() {
    return KerberosFields.copyOrNull(eData);
  }

  /** @return the error code as a known constant or an unknown holder */
  public KerberosErrorCode code() {
    return KerberosErrorCode.of(errorCode);
  }

  /**
   * Decodes the e-data as METHOD-DATA (pre-authentication hints).
   *
   * @return the hints, or empty when there is no e-data
   * @throws DerException when the e-data is not METHOD-DATA
   */
  public Optional<MethodData> methodData() throws DerException {
    return eData == null ? Optional.empty() : Optional.of(MethodData.decode(eData));
  }

  /**
   * @param reader positioned at [APPLICATION 30]; not null
   * @return the value
   * @throws DerException when malformed, pvno is not 5, or not a KRB-ERROR
   */
  public static KrbError read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.ERROR);
    KerberosFields.readVersion(seq, 0);
    KerberosFields.readMessageType(seq, 1, MessageType.ERROR);
    Instant ctime = seq.readOptionalField(2, DerReader::readKerberosTime);
    Integer cusec = seq.readOptionalField(3, DerReader::readInt32);
    Instant stime = seq.readField(4, DerReader::readKerberosTime);
    int susec = seq.readField(5, DerReader::readInt32);
    int code = seq.readField(6, DerReader::readInt32);
    String crealm = seq.readOptionalField(7, DerReader::readKerberosString);
    PrincipalName cname = seq.readOptionalField(8, PrincipalName::read);
    String realm = seq.readField(9, DerReader::readKerberosString);
    PrincipalName sname = seq.readField(10, PrincipalName::read);
    String eText = seq.readOptionalField(11, DerReader::readKerberosStringLenient);
    byte[] eData = seq.readOptionalField(12, DerReader::readOctetString);
    seq.endExtensible(12);
    return new KrbError(ctime, cusec, stime, susec, code, crealm, cname, realm, sname, eText,
        eData);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KrbError decode(byte[] der) throws DerException {
    return DerReader.decode(der, KrbError::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.ERROR).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeInt(w, 1, MessageType.ERROR);
    KerberosFields.writeOptionalTime(w, 2, ctime);
    KerberosFields.writeOptionalInt(w, 3, cusec);
    KerberosFields.writeTime(w, 4, stime);
    KerberosFields.writeInt(w, 5, susec);
    KerberosFields.writeInt(w, 6, errorCode);
    KerberosFields.writeOptionalString(w, 7, crealm);
    KerberosFields.writeOptionalField(w, 8, cname);
    KerberosFields.writeString(w, 9, realm);
    KerberosFields.writeField(w, 10, sname);
    KerberosFields.writeOptionalString(w, 11, eText);
    KerberosFields.writeOptionalOctets(w, 12, eData);
    w.end().end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KrbError e && Objects.equals(e.ctime, ctime)
        && Objects.equals(e.cusec, cusec) && e.stime.equals(stime) && e.susec == susec
        && e.errorCode == errorCode && Objects.equals(e.crealm, crealm)
        && Objects.equals(e.cname, cname) && e.realm.equals(realm) && e.sname.equals(sname)
        && Objects.equals(e.eText, eText) && Arrays.equals(e.eData, eData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ctime, cusec, stime, susec, errorCode, crealm, cname, realm, sname,
        eText) * 31 + Arrays.hashCode(eData);
  }

  @Override
  public String toString() {
    return "KrbError[" + code() + ", stime=" + stime + ", crealm=" + crealm + ", cname=" + cname
        + ", realm=" + realm + ", sname=" + sname + ", e-text=" + eText + ", e-data="
        + KerberosFields.describe(eData) + "]";
  }
}
