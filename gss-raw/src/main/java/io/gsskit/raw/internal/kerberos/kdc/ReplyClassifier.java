package io.gsskit.raw.internal.kerberos.kdc;

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
   * The default for AS and TGS requests: AS-REP ([APPLICATION 11]), TGS-REP ([APPLICATION 13]) and
   * KRB-ERROR ([APPLICATION 30]) are accepted, except a KRB-ERROR with error-code 52
   * (KRB_ERR_RESPONSE_TOO_BIG) over UDP, which asks for TCP; anything else is discarded.
   *
   * @return the classifier
   */
  static ReplyClassifier kerberos() {
    return (message, protocol) -> {
      if (message.length < 2) {
        return Verdict.DISCARD;
      }
      int tag = message[0] & 0xff;
      if (tag == KrbErrorCodeReader.AS_REP_TAG || tag == KrbErrorCodeReader.TGS_REP_TAG) {
        return Verdict.ACCEPT;
      }
      if (tag == KrbErrorCodeReader.KRB_ERROR_TAG) {
        if (protocol == KdcProtocol.UDP
            && KrbErrorCodeReader.errorCode(message).orElse(0) == RESPONSE_TOO_BIG) {
          return Verdict.RETRY_OVER_TCP;
        }
        return Verdict.ACCEPT;
      }
      return Verdict.DISCARD;
    };
  }

  /** KRB_ERR_RESPONSE_TOO_BIG (RFC 4120 §7.5.9). */
  int RESPONSE_TOO_BIG = 52;
}
