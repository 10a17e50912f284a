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
 * RFC 4120 §5.4.1 {@code AS-REQ} and {@code TGS-REQ}: a {@code KDC-REQ} under application tag
 * 10 or 12.
 *
 * <pre>
 * AS-REQ          ::= [APPLICATION 10] KDC-REQ
 *
 * TGS-REQ         ::= [APPLICATION 12] KDC-REQ
 *
 * KDC-REQ         ::= SEQUENCE {
 *         -- NOTE: first tag is [1], not [0]
 *         pvno            [1] INTEGER (5) ,
 *         msg-type        [2] INTEGER (10 -- AS -- | 12 -- TGS --),
 *         padata          [3] SEQUENCE OF PA-DATA OPTIONAL
 *                             -- NOTE: not empty --,
 *         req-body        [4] KDC-REQ-BODY
 * }
 * </pre>
 *
 * <p>The msg-type must equal the application tag. Immutable, thread-safe.
 *
 * @param msgType {@link MessageType#AS_REQ} or {@link MessageType#TGS_REQ}
 * @param padata the padata, or null when absent
 * @param reqBody the request body (keeps its exact encoding)
 */
public record KdcReq(int msgType, @Nullable List<PaData> padata, KdcReqBody reqBody)
    implements DerEncodable {

  /**
   * Checks the message type and copies the padata list.
   *
   * @param msgType {@link MessageType#AS_REQ} or {@link MessageType#TGS_REQ}
   * @param padata the padata, or null when absent
   * @param reqBody the request body (keeps its exact encoding)
   * @throws IllegalArgumentException when {@code msgType} is neither 10 nor 12
   */
  public KdcReq {
    if (msgType != MessageType.AS_REQ && msgType != MessageType.TGS_REQ) {
      throw new IllegalArgumentException("not a KDC-REQ message type: " + msgType);
    }
    Objects.requireNonNull(reqBody, "reqBody");
    padata = padata == null ? null : List.copyOf(padata);
  }

  /** @return whether this is an AS-REQ */
  public boolean isAsReq() {
    return msgType == MessageType.AS_REQ;
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
   * Reads an AS-REQ or a TGS-REQ, whichever is next.
   *
   * @param reader positioned at the application tag; not null
   * @return the request
   * @throws DerException when malformed, pvno is not 5, or the tag or msg-type is not 10/12
   */
  public static KdcReq read(DerReader reader) throws DerException {
    int at = reader.offset();
    int tag = reader.peekTag();
    int type;
    if (tag == DerTag.application(MessageType.AS_REQ)) {
      type = MessageType.AS_REQ;
    } else if (tag == DerTag.application(MessageType.TGS_REQ)) {
      type = MessageType.TGS_REQ;
    } else {
      throw new DerException(Reason.WRONG_MESSAGE_TYPE, at,
          "expected AS-REQ or TGS-REQ, found " + DerTag.toString(tag));
    }
    DerReader seq = KerberosFields.openApplication(reader, type);
    KerberosFields.readVersion(seq, 1);
    KerberosFields.readMessageType(seq, 2, type);
    List<PaData> padata = seq.readOptionalField(3, PaData::readList);
    KdcReqBody body = seq.readField(4, KdcReqBody::read);
    seq.endExtensible(4);
    return new KdcReq(type, padata, body);
  }

  /**
   * @param der a complete AS-REQ or TGS-REQ; not null
   * @return the request
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KdcReq decode(byte[] der) throws DerException {
    return DerReader.decode(der, KdcReq::read);
  }

  /**
   * @param der a complete encoding; not null
   * @param expectedType {@link MessageType#AS_REQ} or {@link MessageType#TGS_REQ}
   * @return the request
   * @throws DerException ({@link Reason#WRONG_MESSAGE_TYPE}) when it is the other kind, or when
   *     malformed
   */
  public static KdcReq decode(byte[] der, int expectedType) throws DerException {
    KdcReq req = decode(der);
    if (req.msgType != expectedType) {
      throw new DerException(Reason.WRONG_MESSAGE_TYPE, 0,
          "message type " + req.msgType + ", expected " + expectedType);
    }
    return req;
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(msgType).beginSequence();
    KerberosFields.writeInt(w, 1, KerberosFields.PVNO);
    KerberosFields.writeInt(w, 2, msgType);
    KerberosFields.writeOptionalSequenceOf(w, 3, padata);
    KerberosFields.writeField(w, 4, reqBody);
    w.end().end();
  }
}
