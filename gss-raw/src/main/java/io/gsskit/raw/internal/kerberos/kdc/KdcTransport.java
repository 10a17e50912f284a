package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sends one request to a realm's KDCs and returns the first acceptable reply: UDP and TCP,
 * failover across the KDC list and across transports, per-KDC waits, an optional overall deadline,
 * and the KRB_ERR_RESPONSE_TOO_BIG retry over TCP (see {@link KdcExchange} for the schedule and
 * {@link KdcTransportOptions} for the knobs).
 *
 * <p>Thread-safe and stateless: any number of threads may send at once; each request uses its own
 * sockets and selector on the calling thread, all closed before the call returns. No background
 * threads.
 */
public final class KdcTransport {

  private final KdcTransportOptions options;
  private final KdcSrvLookup srvLookup;

  /**
   * Creates a transport.
   *
   * @param options the options
   * @param srvLookup the DNS SRV source used when no KDC is configured and {@link
   *     KdcTransportOptions#dnsLookupKdc()} is on
   */
  public KdcTransport(KdcTransportOptions options, KdcSrvLookup srvLookup) {
    this.options = Objects.requireNonNull(options, "options");
    this.srvLookup = Objects.requireNonNull(srvLookup, "srvLookup");
  }

  /**
   * A transport with the platform's DNS for SRV lookups.
   *
   * @param options the options
   */
  public KdcTransport(KdcTransportOptions options) {
    this(options, KdcSrvLookup.system());
  }

  /** @return the options */
  public KdcTransportOptions options() {
    return options;
  }

  /**
   * Sends a request with the default classifier ({@link ReplyClassifier#kerberos()}).
   *
   * @param realm the realm (for SRV lookup and messages)
   * @param configured the realm's {@code kdc =} endpoints in order; empty to use DNS SRV
   * @param request the DER request; not modified
   * @return the accepted reply
   * @throws KdcException when no KDC can be found or none answers acceptably
   */
  public KdcReply send(String realm, List<KdcAddress> configured, byte[] request)
      throws KdcException {
    return send(realm, configured, request, ReplyClassifier.kerberos());
  }

  /**
   * Sends a request.
   *
   * @param realm the realm (for SRV lookup and messages)
   * @param configured the realm's {@code kdc =} endpoints in order; empty to use DNS SRV
   * @param request the DER request; not modified
   * @param classifier decides which received messages are the reply
   * @return the accepted reply
   * @throws KdcException {@link KdcException.Reason#REALM_CANT_RESOLVE} when no KDC is known,
   *     {@link KdcException.Reason#KDC_UNREACHABLE} with one {@link KdcAttemptFailure} per attempt
   *     when none answered, {@link KdcException.Reason#INTERRUPTED} when the thread was
   *     interrupted
   */
  public KdcReply send(
      String realm, List<KdcAddress> configured, byte[] request, ReplyClassifier classifier)
      throws KdcException {
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(classifier, "classifier");
    List<KdcAddress> endpoints = locate(realm, configured);
    return new KdcExchange(realm, request.clone(), classifier, options).run(endpoints);
  }

  /**
   * The endpoints a request to this realm would go to: the configured ones (KKDCP URLs skipped:
   * MS-KKDCP is not implemented), else DNS SRV.
   *
   * @param realm the realm
   * @param configured the configured endpoints
   * @return the endpoints in order, never empty
   * @throws KdcException {@link KdcException.Reason#REALM_CANT_RESOLVE} when none is known,
   *     {@link KdcException.Reason#INVALID_ENDPOINT} when only KKDCP URLs are configured
   */
  public List<KdcAddress> locate(String realm, List<KdcAddress> configured) throws KdcException {
    if (!configured.isEmpty()) {
      List<KdcAddress> usable = new ArrayList<>();
      for (KdcAddress a : configured) {
        if (a.transport() != KdcAddress.Transport.KKDCP) {
          usable.add(a);
        }
      }
      if (usable.isEmpty()) {
        throw new KdcException(KdcException.Reason.INVALID_ENDPOINT, realm, "invalid kdc value '"
            + configured.get(0) + "': KKDCP (MS-KKDCP over HTTPS) KDC URLs are not supported");
      }
      return List.copyOf(usable);
    }
    if (!options.dnsLookupKdc()) {
      throw new KdcException(
          KdcException.Reason.REALM_CANT_RESOLVE,
          realm,
          "no KDC configured for realm " + realm + " and dns_lookup_kdc is off");
    }
    return srvLookup.lookup(realm);
  }
}
