/**
 * The Kerberos V5 wire types of RFC 4120 §5 and the extensions named on each type (RFC 4121
 * §4.1.1, RFC 6806, MS-KILE, MS-SFU): immutable, one per file, named after their ASN.1 type.
 *
 * <p>How to use a type {@code X}:
 * <ul>
 *   <li>{@code X.decode(byte[])} decodes a complete encoding (trailing bytes are an error);
 *       {@code X.read(DerReader)} reads one from a reader, for nesting.
 *   <li>{@code x.encode()} returns the DER encoding; {@code x.writeTo(DerWriter)} appends it
 *       ({@link io.gsskit.raw.internal.asn1.DerEncodable}).
 *   <li>Every malformed input raises {@link io.gsskit.raw.internal.asn1.DerException} with a
 *       reason: {@code WRONG_MESSAGE_TYPE} for another application tag or msg-type (map to
 *       KRB_AP_ERR_MSG_TYPE), {@code BAD_VERSION} for pvno/tkt-vno other than 5, and the DER
 *       reasons otherwise. No other exception escapes a decoder.
 * </ul>
 *
 * <p>Conventions: unknown numbers (enctypes, checksum types, padata, ad-types, name types, error
 * codes) are kept as raw {@code int}s, named by {@code io.gsskit.raw.internal.kerberos.iana};
 * Kerberos flags are {@code int}s in MIT's layout (bit 0 = most significant); KerberosTime is
 * {@link java.time.Instant}; UInt32 nonces, sequence numbers and kvnos are read leniently
 * (negative values from old senders) and kept as encoded in a {@code long}; OPTIONAL fields
 * are {@code null} when absent, and an absent list differs from an empty one. Decoders skip
 * unknown trailing context-tagged fields (later extensions) as MIT does. Ticket, KDC-REQ-BODY,
 * KRB-SAFE-BODY and S4UUserID keep their exact received encodings, because checksums are
 * computed over them or they are forwarded unchanged. Types holding keys never print them.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.proto;

import org.jspecify.annotations.NullMarked;
