package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import io.gsskit.raw.internal.kerberos.proto.KrbError;

/**
 * Decides what a received message means to the request in flight. Called on the sending thread,
 * once per received message; must not block. Implementations should be stateless.
 */
@FunctionalInterface
public interface ReplyClassifier {

  /** What the transport does with a received message. */
  enum Verdict {
    /** The reply: stop and return it. */
    ACCEPT,
    /**
     * KRB_ERR_RESPONSE_TOO_BIG (RFC 4120 §7.2.1): ask the same KDC again over TCP. Treated as
     * {@link #ACCEPT} when the message already came over TCP.
     */
    RETRY_OVER_TCP,
    /**
     * Not a reply to this request (garbage, truncated, spoofed): a UDP attempt keeps waiting, a
     * TCP attempt fails.
     */
    DISCARD
  }

  /**
   * Classifies a message.
   *
   * @param message the received bytes (a whole datagram, or a TCP message without its prefix)
   * @param protocol the transport it came over
   * @return the verdict
   */
  Verdict classify(byte[] message, KdcProtocol protocol);

  /**
   * The default for AS and TGS requests: AS-REP ([APPLICATION 11]) and TGS-REP ([APPLICATION 13])
   * are accepted by their tag (the client decodes them); a KRB-ERROR ([APPLICATION 30]) is decoded
   * with {@link KrbError#decode}: a malformed one is discarded (over UDP a spoofed or truncated
   * datagram must not end the wait), error-code 52 (KRB_ERR_RESPONSE_TOO_BIG) over UDP asks for
   * TCP, any other is accepted; anything else is discarded.
   *
   * @return the classifier
   */
  static ReplyClassifier kerberos() {
    return (message, protocol) -> {
      if (message.length < 2) {
        return Verdict.DISCARD;
      }
      int tag = message[0] & 0xff;
      if (tag == (APPLICATION | MessageType.AS_REP) || tag == (APPLICATION | MessageType.TGS_REP)) {
        return Verdict.ACCEPT;
      }
      if (tag == (APPLICATION | MessageType.ERROR)) {
        int code;
        try {
          code = KrbError.decode(message).errorCode();
        } catch (DerException e) {
          return Verdict.DISCARD;
        }
        return protocol == KdcProtocol.UDP && code == RESPONSE_TOO_BIG
            ? Verdict.RETRY_OVER_TCP : Verdict.ACCEPT;
      }
      return Verdict.DISCARD;
    };
  }

  /** The identifier bits of a constructed [APPLICATION n] tag (n below 31). */
  int APPLICATION = 0x60;

  /** KRB_ERR_RESPONSE_TOO_BIG (RFC 4120 §7.5.9). */
  int RESPONSE_TOO_BIG = 52;
}
