package io.gsskit.raw.ext;

import io.gsskit.raw.Oid;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * Kerberos-specific OIDs for {@link io.gsskit.raw.Gss#inquireSecContextByOid}, with MIT krb5's
 * numbers (arc 1.2.840.113554.1.2.2.5, {@code src/lib/gssapi/krb5/gssapiP_krb5.h}) and result
 * layouts, so that code written against MIT's {@code gss_krb5_get_tkt_flags},
 * {@code gsskrb5_extract_authz_data_from_sec_context} and
 * {@code gsskrb5_extract_authtime_from_sec_context} (python-gssapi: {@code krb5_get_tkt_flags},
 * {@code krb5_extract_authz_data_from_sec_context},
 * {@code krb5_extract_authtime_from_sec_context}) ports over.
 *
 * <p><b>Byte order.</b> MIT answers the two integer inquiries with the raw bytes of a C
 * {@code krb5_flags} / {@code krb5_timestamp} (32 bits) in the host's byte order. GSSKit always
 * answers with four bytes in <em>little-endian</em> order: the bytes MIT gives on x86-64 and
 * little-endian ARM, so buffers compare equal with MIT's on those platforms. Use
 * {@link #decodeInt32} to read them.
 *
 * <p>Like MIT, the krb5 mechanism answers these inquiries only on an established context
 * ({@code GSS_S_NO_CONTEXT} otherwise). All members are static; the class is immutable and
 * thread-safe.
 */
public final class Krb5Inquiry {

  /**
   * {@code GSS_KRB5_GET_TKT_FLAGS_OID} (1.2.840.113554.1.2.2.5.1): the flags of the ticket the
   * context was established with (the service ticket; RFC 4120 §5.3 {@code TicketFlags}), one
   * buffer of four bytes, little-endian, in MIT's {@code krb5_flags} layout: RFC bit 0
   * ({@code reserved}) is the most significant bit, e.g. {@code forwardable} (bit 1) is
   * {@code 0x40000000}, {@code ok-as-delegate} (bit 13) is {@code 0x00040000} and
   * {@code anonymous} (bit 16) is {@code 0x00008000}. Both initiator and acceptor contexts
   * answer.
   */
  public static final Oid GSS_KRB5_GET_TKT_FLAGS_OID = Oid.of("1.2.840.113554.1.2.2.5.1");

  /**
   * {@code GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID} (1.2.840.113554.1.2.2.5.10): the
   * prefix of the authorization-data inquiry. The query OID is this prefix followed by one more
   * arc, the ad-type (RFC 4120 §5.2.6; for example {@code 1} AD-IF-RELEVANT, {@code 128}
   * AD-WIN2K-PAC): build it with {@link #authzDataOid(int)}.
   *
   * <p>The answer has one buffer per top-level element of that ad-type, holding the element's
   * {@code ad-data} octets, in MIT's order: first the elements of the ticket's
   * {@code authorization-data} (from the KDC, e.g. an AD-IF-RELEVANT wrapping a PAC), then those
   * of the authenticator's (from the initiator, e.g. MIT's KERB_AP_OPTIONS under
   * AD-IF-RELEVANT). Containers are not opened: asking for 128 does not find a PAC inside
   * AD-IF-RELEVANT. No matching element gives {@code GSS_S_COMPLETE} with no buffers (MIT's
   * one-buffer wrapper then fails). Only acceptor contexts hold authorization data; an initiator
   * context answers with no buffers. A context moved with {@code gss_export_sec_context} and
   * {@code gss_import_sec_context} keeps them (up to 256 elements and 64 KiB of ad-data; a larger
   * context is not exported), except one exported by a GSSKit release before this format
   * ({@code GSS_S_UNAVAILABLE}). A query without the
   * ad-type arc, with ad-type 0 or with more than one extra arc fails with
   * {@code GSS_S_FAILURE}.
   */
  public static final Oid GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID =
      Oid.of("1.2.840.113554.1.2.2.5.10");

  /**
   * {@code GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID} (1.2.840.113554.1.2.2.5.12): the
   * ticket's {@code authtime} (RFC 4120 §5.3, the time of the initial authentication that led to
   * the ticket) in seconds since 1970-01-01 UTC, one buffer of four bytes, little-endian: a 32-bit
   * {@code krb5_timestamp}, which MIT (since 1.17) reads as unsigned, so it lasts until 2106
   * ({@link #decodeAuthtime}). Both initiator and acceptor contexts answer, also after
   * {@code gss_export_sec_context} and {@code gss_import_sec_context}, except a context exported
   * by a GSSKit release before that was carried ({@code GSS_S_UNAVAILABLE}).
   */
  public static final Oid GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID =
      Oid.of("1.2.840.113554.1.2.2.5.12");

  private Krb5Inquiry() {}

  /**
   * The authorization-data query for one ad-type (the OID MIT's
   * {@code gsskrb5_extract_authz_data_from_sec_context} composes).
   *
   * @param adType the ad-type, 1 or more
   * @return {@link #GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID} with {@code adType} appended
   * @throws IllegalArgumentException when {@code adType} is 0 or negative (an OID arc cannot
   *     carry it, and MIT rejects 0)
   */
  public static Oid authzDataOid(int adType) {
    if (adType <= 0) {
      throw new IllegalArgumentException("ad-type must be positive: " + adType);
    }
    return Oid.of(GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID + "." + adType);
  }

  /**
   * Reads the four-byte little-endian integer of a ticket-flags or authtime answer.
   *
   * @param buffer the answer's buffer; not null
   * @return the value (ticket flags in MIT's layout, or authtime seconds)
   * @throws IllegalArgumentException when the buffer is not four bytes long
   */
  public static int decodeInt32(byte[] buffer) {
    Objects.requireNonNull(buffer, "buffer");
    if (buffer.length != 4) {
      throw new IllegalArgumentException("expected 4 bytes, got " + buffer.length);
    }
    return ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }

  /**
   * Reads an authtime answer as an instant, taking the 32 bits as unsigned seconds (as MIT's
   * {@code ts2tt} does).
   *
   * @param buffer the answer's buffer; not null
   * @return the authtime
   * @throws IllegalArgumentException when the buffer is not four bytes long
   */
  public static Instant decodeAuthtime(byte[] buffer) {
    return Instant.ofEpochSecond(Integer.toUnsignedLong(decodeInt32(buffer)));
  }
}
