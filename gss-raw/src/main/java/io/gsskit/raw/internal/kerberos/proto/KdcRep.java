package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerException.Reason;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerTag;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.4.2 {@code AS-REP} and {@code TGS-REP}: a {@code KDC-REP} under application tag
 * 11 or 13.
 *
 * <pre>
 * AS-REP          ::= [APPLICATION 11] KDC-REP
 *
 * TGS-REP         ::= [APPLICATION 13] KDC-REP
 *
 * KDC-REP         ::= SEQUENCE {
 *         pvno            [0] INTEGER (5),
 *         msg-type        [1] INTEGER (11 -- AS -- | 13 -- TGS --),
 *         padata          [2] SEQUENCE OF PA-DATA OPTIONAL
 *                                 -- NOTE: not empty --,
 *         crealm          [3] Realm,
 *         cname           [4] PrincipalName,
 *         ticket          [5] Ticket,
 *         enc-part        [6] EncryptedData
 *                                 -- EncASRepPart or EncTGSRepPart,
 *                                 -- as appropriate
 * }
 * </pre>
 *
 * <p>crealm, cname and the ticket's names are unprotected: a client must compare them with the
 * decrypted {@link EncKdcRepPart} and its request. Immutable, thread-safe.
 *
 * @param msgType {@link MessageType#AS_REP} or {@link MessageType#TGS_REP}
 * @param padata the padata, or null when absent
 * @param crealm the client realm
 * @param cname the client name
 * @param ticket the issued ticket
 * @param encPart the encrypted {@link EncKdcRepPart}
 */
public record KdcRep(int msgType, @Nullable List<PaData> padata, String crealm,
    PrincipalName cname, Ticket ticket, EncryptedData encPart) implements DerEncodable {

  /**
   * Checks the message type and mandatory components.
   *
   * @param msgType {@link MessageType#AS_REP} or {@link MessageType#TGS_REP}
   * @param padata the padata, or null when absent
   * @param crealm the client realm
   * @param cname the client name
   * @param ticket the issued ticket
   * @param encPart the encrypted {@link EncKdcRepPart}
   * @throws IllegalArgumentException when {@code msgType} is neither 11 nor 13
   */
  public KdcRep {
    if (msgType != MessageType.AS_REP && msgType != MessageType.TGS_REP) {
      throw new IllegalArgumentException("not a KDC-REP message type: " + msgType);
    }
    Objects.requireNonNull(crealm, "crealm");
    Objects.requireNonNull(cname, "cname");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(encPart, "encPart");
    padata = padata == null ? null : List.copyOf(padata);
  }

  /** @return whether this is an AS-REP */
  public boolean isAsRep() {
    return msgType == MessageType.AS_REP;
  }

  /**
   * @param type a padata type
   * @return the first padata element of that type, if any
   */
  public Optional<PaData> findPadata(int type) {
    return padata == null ? Optional.empty()
        : padata.stream().filter(p -> p.type() == type).findFirst();
  }

  /**
   * Reads an AS-REP or a TGS-REP, whichever is next.
   *
   * @param reader positioned at the application tag; not null
   * @return the reply
   * @throws DerException when malformed, pvno is not 5, or the tag or msg-type is not 11/13
   *     (a KRB-ERROR is reported as {@link Reason#WRONG_MESSAGE_TYPE})
   */
  public static KdcRep read(DerReader reader) throws DerException {
    int at = reader.offset();
    int tag = reader.peekTag();
    int type;
    if (tag == DerTag.application(MessageType.AS_REP)) {
      type = MessageType.AS_REP;
    } else if (tag == DerTag.application(MessageType.TGS_REP)) {
      type = MessageType.TGS_REP;
    } else {
      throw new DerException(Reason.WRONG_MESSAGE_TYPE, at,
          "expected AS-REP or TGS-REP, found " + DerTag.toString(tag));
    }
    DerReader seq = KerberosFields.openApplication(reader, type);
    KerberosFields.readVersion(seq, 0);
    KerberosFields.readMessageType(seq, 1, type);
    List<PaData> padata = seq.readOptionalField(2, PaData::readList);
    String crealm = seq.readField(3, DerReader::readKerberosString);
    PrincipalName cname = seq.readField(4, PrincipalName::read);
    Ticket ticket = seq.readField(5, Ticket::read);
    EncryptedData enc = seq.readField(6, EncryptedData::read);
    seq.endExtensible(6);
    return new KdcRep(type, padata, crealm, cname, ticket, enc);
  }

  /**
   * @param der a complete AS-REP or TGS-REP; not null
   * @return the reply
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KdcRep decode(byte[] der) throws DerException {
    return DerReader.decode(der, KdcRep::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(msgType).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeInt(w, 1, msgType);
    KerberosFields.writeOptionalSequenceOf(w, 2, padata);
    KerberosFields.writeString(w, 3, crealm);
    KerberosFields.writeField(w, 4, cname);
    KerberosFields.writeField(w, 5, ticket);
    KerberosFields.writeField(w, 6, encPart);
    w.end().end();
  }
}
