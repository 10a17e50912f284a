package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import io.gsskit.raw.internal.kerberos.kdc.KdcAttemptFailure;
import io.gsskit.raw.internal.kerberos.kdc.KdcException;
import io.gsskit.raw.internal.kerberos.kdc.KdcReply;
import io.gsskit.raw.internal.kerberos.kdc.KdcTransport;
import io.gsskit.raw.internal.kerberos.proto.KdcRep;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Sends a KDC-REQ to a realm's KDCs (krb5.conf {@code kdc =} list, else DNS SRV) and decodes the
 * answer into a KDC-REP or a KRB-ERROR. Transport failures become {@link KerberosException}s with
 * the attempts listed. Stateless, thread-safe.
 */
final class KdcCaller {

  /** One answer: exactly one of the two is set. */
  record Answer(@Nullable KdcRep reply, @Nullable KrbError error) {}

  /** How a request reaches the KDCs: {@link KdcTransport#send(String, List, byte[])}. */
  @FunctionalInterface
  interface Wire {
    KdcReply send(String realm, List<KdcAddress> kdcs, byte[] request) throws KdcException;
  }

  private final Krb5Config config;
  private final Wire wire;

  KdcCaller(Krb5Config config, KdcTransport transport) {
    this(config, transport::send);
  }

  /** For tests: another wire (e.g. recorded replies). */
  KdcCaller(Krb5Config config, Wire wire) {
    this.config = config;
    this.wire = wire;
  }

  Answer call(String realm, byte[] request, int expectedReplyType) throws KerberosException {
    KdcReply reply;
    try {
      reply = wire.send(realm, endpoints(realm), request);
    } catch (KdcException e) {
      throw transportFailure(realm, e);
    }
    return decode(realm, reply.bytes(), String.valueOf(reply.address()), expectedReplyType);
  }

  /**
   * Decodes a KDC's answer: a KRB-ERROR, or a KDC-REP of the expected type.
   *
   * @param realm the realm asked, for messages
   * @param b the message
   * @param from where it came from, for messages
   * @param expectedReplyType {@link MessageType#AS_REP} or {@link MessageType#TGS_REP}
   * @return the answer
   * @throws KerberosException for a malformed message or an unexpected type (the only failure)
   */
  static Answer decode(String realm, byte[] b, String from, int expectedReplyType)
      throws KerberosException {
    int tag = b.length > 0 ? b[0] & 0xff : -1;
    try {
      if (tag == (0x60 | MessageType.ERROR)) {
        return new Answer(null, KrbError.decode(b));
      }
      KdcRep rep = KdcRep.decode(b);
      if (rep.msgType() != expectedReplyType) {
        throw KerberosException.local("KDC for " + realm + " answered with message type "
            + rep.msgType() + ", expected " + expectedReplyType,
            KerberosLocalError.KRB5_KDCREP_MODIFIED, null);
      }
      return new Answer(rep, null);
    } catch (DerException e) {
      throw KerberosException.local("KDC for " + realm + " sent a malformed reply ("
          + b.length + " bytes from " + from + "): " + e.getMessage(),
          KerberosLocalError.of(KerberosLocalError.mitCodeFor(e.reason()))
              .orElse(KerberosLocalError.KRB5_KDCREP_MODIFIED), e);
    }
  }

  private List<KdcAddress> endpoints(String realm) throws KerberosException {
    try {
      return config.realm(realm).kdcs();
    } catch (Krb5ConfigException e) {
      throw KerberosException.local("krb5.conf: malformed kdc entry for realm " + realm + ": "
          + e.getMessage(), KerberosLocalError.KRB5_CONFIG_BADFORMAT, e);
    }
  }

  private static KerberosException transportFailure(String realm, KdcException e) {
    String attempts = e.failures().stream().map(KdcAttemptFailure::toString)
        .collect(Collectors.joining("; "));
    return switch (e.reason()) {
      case REALM_CANT_RESOLVE -> KerberosException.local("Cannot resolve KDC for realm " + realm
          + ": " + e.getMessage(), KerberosLocalError.KRB5_REALM_CANT_RESOLVE, e);
      case KDC_UNREACHABLE -> KerberosException.local("Cannot contact any KDC for realm " + realm
          + (attempts.isEmpty() ? "" : " (attempts: " + attempts + ")"),
          KerberosLocalError.KRB5_KDC_UNREACH, e);
      case INTERRUPTED -> KerberosException.local("interrupted while contacting the KDC for "
          + realm, KerberosLocalError.KRB5_KDC_UNREACH, e);
      case INVALID_ENDPOINT -> KerberosException.local(e.getMessage(),
          KerberosLocalError.KRB5_CONFIG_BADFORMAT, e);
    };
  }
}
