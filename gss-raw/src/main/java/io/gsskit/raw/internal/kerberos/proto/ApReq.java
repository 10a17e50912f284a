package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.util.Objects;

/**
 * RFC 4120 §5.5.1 {@code AP-REQ}.
 *
 * <pre>
 * AP-REQ          ::= [APPLICATION 14] SEQUENCE {
 *         pvno            [0] INTEGER (5),
 *         msg-type        [1] INTEGER (14),
 *         ap-options      [2] APOptions,
 *         ticket          [3] Ticket,
 *         authenticator   [4] EncryptedData -- Authenticator
 * }
 * </pre>
 *
 * <p>AP options use the MIT int layout (see {@code iana.ApOption}). Another application tag
 * (e.g. an AP-REP) is reported as {@link DerException.Reason#WRONG_MESSAGE_TYPE}, which an
 * acceptor maps to KRB_AP_ERR_MSG_TYPE. Immutable, thread-safe.
 *
 * @param apOptions the AP options
 * @param ticket the service ticket
 * @param authenticator the encrypted {@link Authenticator}
 */
public record ApReq(int apOptions, Ticket ticket, EncryptedData authenticator)
    implements DerEncodable {

  /**
   * Checks mandatory components.
   *
   * @param apOptions the AP options
   * @param ticket the service ticket
   * @param authenticator the encrypted {@link Authenticator}
   */
  public ApReq {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(authenticator, "authenticator");
  }

  /**
   * @param reader positioned at [APPLICATION 14]; not null
   * @return the value
   * @throws DerException when malformed, pvno is not 5, or not an AP-REQ
   */
  public static ApReq read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.AP_REQ);
    KerberosFields.readVersion(seq, 0);
    KerberosFields.readMessageType(seq, 1, MessageType.AP_REQ);
    int options = seq.readField(2, DerReader::readKerberosFlags);
    Ticket ticket = seq.readField(3, Ticket::read);
    EncryptedData auth = seq.readField(4, EncryptedData::read);
    seq.endExtensible(4);
    return new ApReq(options, ticket, auth);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static ApReq decode(byte[] der) throws DerException {
    return DerReader.decode(der, ApReq::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.AP_REQ).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeInt(w, 1, MessageType.AP_REQ);
    KerberosFields.writeFlags(w, 2, apOptions);
    KerberosFields.writeField(w, 3, ticket);
    KerberosFields.writeField(w, 4, authenticator);
    w.end().end();
  }
}
