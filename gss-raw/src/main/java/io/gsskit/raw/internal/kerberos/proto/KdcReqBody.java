package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.4.1 {@code KDC-REQ-BODY}.
 *
 * <pre>
 * KDC-REQ-BODY    ::= SEQUENCE {
 *         kdc-options             [0] KDCOptions,
 *         cname                   [1] PrincipalName OPTIONAL
 *                                     -- Used only in AS-REQ --,
 *         realm                   [2] Realm
 *                                     -- Server's realm
 *                                     -- Also client's in AS-REQ --,
 *         sname                   [3] PrincipalName OPTIONAL,
 *         from                    [4] KerberosTime OPTIONAL,
 *         till                    [5] KerberosTime,
 *         rtime                   [6] KerberosTime OPTIONAL,
 *         nonce                   [7] UInt32,
 *         etype                   [8] SEQUENCE OF Int32 -- EncryptionType
 *                                     -- in preference order --,
 *         addresses               [9] HostAddresses OPTIONAL,
 *         enc-authorization-data  [10] EncryptedData OPTIONAL
 *                                     -- AuthorizationData --,
 *         additional-tickets      [11] SEQUENCE OF Ticket OPTIONAL
 *                                        -- NOTE: not empty
 * }
 * </pre>
 *
 * <p>A decoded body keeps its exact encoding ({@link #encode()}): the PA-TGS-REQ authenticator
 * checksum and the RFC 6806 / FAST checksums are computed over it. Options use the MIT int
 * layout (see {@code iana.KdcOption}); etypes are raw ints; the nonce is read leniently (old
 * clients send negative nonces) and kept as encoded. Immutable, thread-safe; equality is
 * equality of the encodings.
 */
public final class KdcReqBody implements DerEncodable {

  /** Most etypes a decoded body may list. */
  public static final int MAX_ETYPES = 128;
  /** Most additional tickets a decoded body may carry. */
  public static final int MAX_ADDITIONAL_TICKETS = 16;

  private final int kdcOptions;
  private final @Nullable PrincipalName cname;
  private final String realm;
  private final @Nullable PrincipalName sname;
  private final @Nullable Instant from;
  private final Instant till;
  private final @Nullable Instant rtime;
  private final long nonce;
  private final List<Integer> etypes;
  private final @Nullable List<HostAddress> addresses;
  private final @Nullable EncryptedData encAuthorizationData;
  private final @Nullable List<Ticket> additionalTickets;
  private final byte[] der;

  /**
   * Creates a body and encodes it.
   *
   * @param kdcOptions KDC options, MIT int layout
   * @param cname client name (AS-REQ), or null
   * @param realm server realm; not null
   * @param sname server name, or null
   * @param from requested start time, or null
   * @param till requested end time; not null
   * @param rtime requested renew-till, or null
   * @param nonce the nonce (0..2^32-1; negative values are encoded as given)
   * @param etypes enctypes in preference order; not null
   * @param addresses client addresses, or null
   * @param encAuthorizationData encrypted authorization data, or null
   * @param additionalTickets additional tickets, or null
   */
  public KdcReqBody(int kdcOptions, @Nullable PrincipalName cname, String realm,
      @Nullable PrincipalName sname, @Nullable Instant from, Instant till,
      @Nullable Instant rtime, long nonce, List<Integer> etypes,
      @Nullable List<HostAddress> addresses, @Nullable EncryptedData encAuthorizationData,
      @Nullable List<Ticket> additionalTickets) {
    this(kdcOptions, cname, realm, sname, from, till, rtime, nonce, etypes, addresses,
        encAuthorizationData, additionalTickets, null);
  }

  private KdcReqBody(int kdcOptions, @Nullable PrincipalName cname, String realm,
      @Nullable PrincipalName sname, @Nullable Instant from, Instant till,
      @Nullable Instant rtime, long nonce, List<Integer> etypes,
      @Nullable List<HostAddress> addresses, @Nullable EncryptedData encAuthorizationData,
      @Nullable List<Ticket> additionalTickets, byte @Nullable [] der) {
    this.kdcOptions = kdcOptions;
    this.cname = cname;
    this.realm = Objects.requireNonNull(realm, "realm");
    this.sname = sname;
    this.from = from;
    this.till = Objects.requireNonNull(till, "till");
    this.rtime = rtime;
    this.nonce = nonce;
    this.etypes = List.copyOf(etypes);
    this.addresses = addresses == null ? null : List.copyOf(addresses);
    this.encAuthorizationData = encAuthorizationData;
    this.additionalTickets = additionalTickets == null ? null : List.copyOf(additionalTickets);
    this.der = der != null ? der : encodeFields();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the body, keeping its encoding
   * @throws DerException when malformed
   */
  public static KdcReqBody read(DerReader reader) throws DerException {
    int start = reader.offset();
    DerReader seq = reader.readSequence();
    int options = seq.readField(0, DerReader::readKerberosFlags);
    PrincipalName cname = seq.readOptionalField(1, PrincipalName::read);
    String realm = seq.readField(2, DerReader::readKerberosString);
    PrincipalName sname = seq.readOptionalField(3, PrincipalName::read);
    Instant from = seq.readOptionalField(4, DerReader::readKerberosTime);
    Instant till = seq.readField(5, DerReader::readKerberosTime);
    Instant rtime = seq.readOptionalField(6, DerReader::readKerberosTime);
    long nonce = seq.readField(7, DerReader::readUInt32Lenient);
    List<Integer> etypes = seq.readField(8,
        r -> r.readSequenceOf(DerReader::readInt32, MAX_ETYPES));
    List<HostAddress> addresses = seq.readOptionalField(9, HostAddress::readList);
    EncryptedData encAd = seq.readOptionalField(10, EncryptedData::read);
    List<Ticket> tickets = seq.readOptionalField(11,
        r -> r.readSequenceOf(Ticket::read, MAX_ADDITIONAL_TICKETS));
    seq.endExtensible(11);
    return new KdcReqBody(options, cname, realm, sname, from, till, rtime, nonce, etypes,
        addresses, encAd, tickets, reader.rawSince(start));
  }

  /**
   * @param der a complete encoding; not null
   * @return the body
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KdcReqBody decode(byte[] der) throws DerException {
    return DerReader.decode(der, KdcReqBody::read);
  }

  private byte[] encodeFields() {
    DerWriter w = new DerWriter();
    w.beginSequence();
    KerberosFields.writeFlags(w, 0, kdcOptions);
    KerberosFields.writeOptionalField(w, 1, cname);
    KerberosFields.writeString(w, 2, realm);
    KerberosFields.writeOptionalField(w, 3, sname);
    KerberosFields.writeOptionalTime(w, 4, from);
    KerberosFields.writeTime(w, 5, till);
    KerberosFields.writeOptionalTime(w, 6, rtime);
    KerberosFields.writeInt(w, 7, nonce);
    w.beginExplicit(8).beginSequence();
    for (int e : etypes) {
      w.writeInteger(e);
    }
    w.end().end();
    KerberosFields.writeOptionalSequenceOf(w, 9, addresses);
    KerberosFields.writeOptionalField(w, 10, encAuthorizationData);
    KerberosFields.writeOptionalSequenceOf(w, 11, additionalTickets);
    w.end();
    return w.toByteArray();
  }

  /** @return KDC options, MIT int layout */
  public int kdcOptions() {
    return kdcOptions;
  }

  /** @return client name, or null */
  public @Nullable PrincipalName cname() {
    return cname;
  }

  /** @return server realm (and client realm in an AS-REQ) */
  public String realm() {
    return realm;
  }

  /** @return server name, or null */
  public @Nullable PrincipalName sname() {
    return sname;
  }

  /** @return requested start time, or null */
  public @Nullable Instant from() {
    return from;
  }

  /** @return requested end time */
  public Instant till() {
    return till;
  }

  /** @return requested renew-till, or null */
  public @Nullable Instant rtime() {
    return rtime;
  }

  /** @return the nonce as encoded; compare replies with {@code (int) nonce} */
  public long nonce() {
    return nonce;
  }

  /** @return enctypes in preference order, raw, unmodifiable */
  public List<Integer> etypes() {
    return etypes;
  }

  /** @return client addresses, or null */
  public @Nullable List<HostAddress> addresses() {
    return addresses;
  }

  /** @return encrypted authorization data, or null */
  public @Nullable EncryptedData encAuthorizationData() {
    return encAuthorizationData;
  }

  /** @return additional tickets, or null */
  public @Nullable List<Ticket> additionalTickets() {
    return additionalTickets;
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.writeRaw(der);
  }

  /** @return a copy of the exact encoding, for checksums over the body */
  @Override
  public byte[] encode() {
    return der.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KdcReqBody b && Arrays.equals(b.der, der);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(der);
  }

  @Override
  public String toString() {
    return "KdcReqBody[options=0x" + Integer.toHexString(kdcOptions) + ", cname=" + cname
        + ", realm=" + realm + ", sname=" + sname + ", till=" + till + ", nonce=" + nonce
        + ", etypes=" + etypes + "]";
  }
}
