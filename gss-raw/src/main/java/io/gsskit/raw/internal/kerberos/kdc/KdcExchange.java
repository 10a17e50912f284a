package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One request's trip through the KDC list, on the calling thread with one {@link Selector}.
 *
 * <p>Order: every endpoint over the preferred transport (UDP, or TCP for requests above {@code
 * udp_preference_limit}), then every endpoint over the other one. Each address is started in turn
 * and given {@code kdcTimeout * 2^pass} before the next one starts; earlier attempts stay open and
 * a reply from any of them ends the exchange. Pass 0 resolves and starts; later passes send UDP
 * requests again and give every live attempt another, longer wait. An attempt that fails outright
 * (refused, ICMP unreachable, broken framing) costs no wait. A KRB_ERR_RESPONSE_TOO_BIG over UDP
 * starts TCP to the same address at once. The overall deadline, if set, bounds everything.
 *
 * <p>Not thread-safe: one instance per request, used by one thread; all sockets and the selector
 * are closed when {@link #run(List)} returns or throws.
 */
final class KdcExchange {

  private static final long MAX_WAIT_NANOS = 60_000_000_000L;

  private final String realm;
  private final byte[] request;
  private final ReplyClassifier classifier;
  private final KdcTransportOptions options;
  private final List<KdcConnection> connections = new ArrayList<>();
  private final Set<String> started = new HashSet<>();
  private final List<KdcAttemptFailure> notStarted = new ArrayList<>();
  private final Map<String, InetAddress[]> resolved = new HashMap<>();
  private @Nullable ByteBuffer udpBuffer;
  private @Nullable Selector selector;
  private long deadline;
  private boolean deadlineReached;

  /** A planned attempt: one endpoint over one transport. */
  private record Attempt(KdcAddress endpoint, KdcProtocol protocol, List<KdcConnection> conns) {}

  KdcExchange(String realm, byte[] request, ReplyClassifier classifier, KdcTransportOptions options) {
    this.realm = realm;
    this.request = request;
    this.classifier = classifier;
    this.options = options;
  }

  KdcReply run(List<KdcAddress> endpoints) throws KdcException {
    long start = System.nanoTime();
    deadline =
        options.requestTimeout().isZero()
            ? Long.MAX_VALUE
            : start + Math.min(options.requestTimeout().toNanos(), Long.MAX_VALUE / 4);
    List<Attempt> plan = plan(endpoints);
    try (Selector sel = Selector.open()) {
      selector = sel;
      KdcReply reply = drive(plan, sel);
      if (reply != null) {
        return reply;
      }
    } catch (IOException e) {
      throw new KdcException(
          KdcException.Reason.KDC_UNREACHABLE, realm, "cannot open a selector: " + e, failures(), e);
    } finally {
      for (KdcConnection c : connections) {
        c.close();
      }
    }
    throw unreachable();
  }

  private @Nullable KdcReply drive(List<Attempt> plan, Selector sel) throws KdcException {
    for (int pass = 0; pass < options.maxRetries(); pass++) {
      long wait = Math.min(MAX_WAIT_NANOS, options.kdcTimeout().toNanos() << pass);
      for (Attempt attempt : plan) {
        if (pass == 0) {
          for (InetSocketAddress address : addresses(attempt)) {
            if (deadlinePassed()) {
              return null;
            }
            KdcConnection c = startConnection(attempt.endpoint(), address, attempt.protocol(), sel);
            if (c == null) {
              continue;
            }
            attempt.conns().add(c);
            KdcReply r = waitFor(step(wait), c);
            if (r != null) {
              return r;
            }
          }
        } else {
          for (KdcConnection c : attempt.conns()) {
            if (!c.live()) {
              continue;
            }
            if (deadlinePassed()) {
              return null;
            }
            c.nextPass();
            KdcReply r = waitFor(step(wait), c);
            if (r != null) {
              return r;
            }
          }
        }
      }
      if (connections.stream().noneMatch(KdcConnection::live)) {
        return null; // everything failed outright; another pass cannot help
      }
    }
    return null;
  }

  private long step(long wait) {
    long now = System.nanoTime();
    return now + Math.min(wait, Math.max(0, deadline - now));
  }

  private boolean deadlinePassed() {
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
      deadlineReached = true;
    }
    return deadlineReached;
  }

  private List<Attempt> plan(List<KdcAddress> endpoints) {
    boolean udpUsable = !options.tcpOnly() && request.length <= KdcTransportOptions.MAX_UDP_PAYLOAD;
    boolean tcpFirst = options.tcpOnly() || request.length > options.udpPreferenceLimit();
    KdcProtocol first = tcpFirst ? KdcProtocol.TCP : KdcProtocol.UDP;
    KdcProtocol second = tcpFirst ? KdcProtocol.UDP : KdcProtocol.TCP;
    List<Attempt> plan = new ArrayList<>();
    for (KdcProtocol p : List.of(first, second)) {
      for (KdcAddress e : endpoints) {
        if (!allows(e.transport(), p)) {
          continue;
        }
        if (p == KdcProtocol.UDP && !udpUsable) {
          if (e.transport() == KdcAddress.Transport.UDP) {
            notStarted.add(
                new KdcAttemptFailure(
                    e.toString(),
                    p,
                    options.tcpOnly()
                        ? "not tried: UDP-only KDC and TCP is required"
                        : "not tried: request of " + request.length + " bytes is too long for UDP",
                    null));
          }
          continue;
        }
        plan.add(new Attempt(e, p, new ArrayList<>()));
      }
    }
    return plan;
  }

  private static boolean allows(KdcAddress.Transport t, KdcProtocol p) {
    return switch (t) {
      case ANY -> true;
      case UDP -> p == KdcProtocol.UDP;
      case TCP -> p == KdcProtocol.TCP;
      case KKDCP -> false; // MS-KKDCP over HTTPS is not implemented; KdcTransport skips these
    };
  }

  private List<InetSocketAddress> addresses(Attempt attempt) {
    KdcAddress e = attempt.endpoint();
    InetAddress[] all = resolved.get(e.host());
    if (all == null && !resolved.containsKey(e.host())) {
      try {
        all = InetAddress.getAllByName(e.host());
      } catch (UnknownHostException | SecurityException ex) {
        all = null;
        notStarted.add(
            new KdcAttemptFailure(
                e.host() + ":" + e.port(), attempt.protocol(), "cannot resolve host: "
                    + UdpKdcConnection.describe(ex), ex));
      }
      resolved.put(e.host(), all);
    }
    List<InetSocketAddress> out = new ArrayList<>();
    if (all != null) {
      for (InetAddress a : all) {
        out.add(new InetSocketAddress(a, e.port()));
      }
    }
    return out;
  }

  private @Nullable KdcConnection startConnection(
      KdcAddress endpoint, InetSocketAddress address, KdcProtocol protocol, Selector sel) {
    if (!started.add(protocol + " " + address)) {
      return null; // the same address over the same transport is already being tried
    }
    KdcConnection c;
    if (protocol == KdcProtocol.UDP) {
      ByteBuffer buf = udpBuffer;
      if (buf == null) {
        buf = udpBuffer = ByteBuffer.allocate(65536);
      }
      c = new UdpKdcConnection(endpoint, address, request, classifier, buf, options.maxUdpReplyBytes());
    } else {
      c = new TcpKdcConnection(endpoint, address, request, classifier, options.maxTcpReplyBytes());
    }
    connections.add(c);
    c.start(sel);
    return c;
  }

  /**
   * Services every open attempt until a reply, {@code until}, or the attempt in focus (the one
   * this step started or resent) can no longer answer. A RESPONSE_TOO_BIG moves the focus to the
   * TCP attempt it starts and gives that at least one {@code kdcTimeout}.
   */
  private @Nullable KdcReply waitFor(long until, KdcConnection initialFocus) throws KdcException {
    Selector sel = selector;
    if (sel == null) {
      return null;
    }
    KdcConnection focus = initialFocus;
    while (true) {
      if (!focus.live()) {
        return null;
      }
      long remaining = until - System.nanoTime();
      if (remaining <= 0) {
        deadlinePassed();
        return null;
      }
      try {
        sel.select(Math.max(1, (remaining + 999_999) / 1_000_000));
      } catch (IOException e) {
        throw new KdcException(
            KdcException.Reason.KDC_UNREACHABLE, realm, "selector failed: " + e, failures(), e);
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new KdcException(
            KdcException.Reason.INTERRUPTED,
            realm,
            "interrupted while waiting for a KDC of realm " + realm,
            failures(),
            null);
      }
      Iterator<SelectionKey> it = sel.selectedKeys().iterator();
      while (it.hasNext()) {
        SelectionKey key = it.next();
        it.remove();
        if (!(key.attachment() instanceof KdcConnection c) || !c.live()) {
          continue;
        }
        KdcConnection.Event event = c.onReady(key);
        if (event == KdcConnection.Event.REPLY) {
          byte[] bytes = c.reply();
          if (bytes != null) {
            return new KdcReply(c.endpoint, c.address, c.protocol(), bytes);
          }
        } else if (event == KdcConnection.Event.RETRY_OVER_TCP) {
          KdcConnection tcp = startConnection(c.endpoint, c.address, KdcProtocol.TCP, sel);
          if (tcp != null && c == focus) {
            focus = tcp;
            long fresh = System.nanoTime() + options.kdcTimeout().toNanos();
            until = Math.max(until, Math.min(fresh, deadline));
          }
        }
      }
    }
  }

  private List<KdcAttemptFailure> failures() {
    List<KdcAttemptFailure> all = new ArrayList<>(notStarted);
    for (KdcConnection c : connections) {
      all.add(c.toFailure());
    }
    return all;
  }

  private KdcException unreachable() {
    List<KdcAttemptFailure> all = failures();
    StringBuilder sb = new StringBuilder("no KDC for realm ").append(realm).append(" answered");
    if (deadlineReached) {
      sb.append(" within the request timeout of ")
          .append(options.requestTimeout().toMillis())
          .append(" ms");
    }
    sb.append(": ");
    if (all.isEmpty()) {
      sb.append("no usable KDC address");
    }
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(all.get(i));
    }
    return new KdcException(KdcException.Reason.KDC_UNREACHABLE, realm, sb.toString(), all, null);
  }
}
