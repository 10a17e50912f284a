package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.jspecify.annotations.Nullable;

/**
 * One attempt: one KDC address over one transport, driven by {@link KdcExchange}'s selector. Not
 * thread-safe; lives on the sending thread only.
 */
abstract class KdcConnection {

  /** What handling a readiness event produced. */
  enum Event {
    /** Nothing yet. */
    NONE,
    /** {@link #reply()} holds an accepted reply. */
    REPLY,
    /** The KDC asked for TCP (RESPONSE_TOO_BIG over UDP). */
    RETRY_OVER_TCP
  }

  final KdcAddress endpoint;
  final InetSocketAddress address;
  final byte[] request;
  final ReplyClassifier classifier;
  final long startedNanos;
  private @Nullable String failure;
  private @Nullable Throwable failureCause;
  private byte @Nullable [] reply;

  KdcConnection(
      KdcAddress endpoint, InetSocketAddress address, byte[] request, ReplyClassifier classifier) {
    this.endpoint = endpoint;
    this.address = address;
    this.request = request;
    this.classifier = classifier;
    this.startedNanos = System.nanoTime();
  }

  abstract KdcProtocol protocol();

  /** Opens the channel, registers it and sends (or starts connecting). Failures are recorded. */
  abstract void start(Selector selector);

  /** Handles a readiness event on this connection's key. */
  abstract Event onReady(SelectionKey key);

  /** Called at the start of a later pass: UDP sends the request again, TCP keeps waiting. */
  abstract void nextPass();

  /** @return a description of where it stands, for a timeout message */
  abstract String pendingState();

  abstract @Nullable SelectableChannel channel();

  /** @return true while it can still produce a reply */
  final boolean live() {
    return failure == null && reply == null;
  }

  final void fail(String problem, @Nullable Throwable cause) {
    if (failure == null) {
      failure = problem;
      failureCause = cause;
    }
    close();
  }

  final Event accept(byte[] message) {
    reply = message;
    return Event.REPLY;
  }

  final byte @Nullable [] reply() {
    return reply;
  }

  final String target() {
    String h = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    return (h.indexOf(':') >= 0 ? "[" + h + "]" : h) + ":" + address.getPort();
  }

  final long elapsedMillis() {
    return (System.nanoTime() - startedNanos) / 1_000_000L;
  }

  /** @return the failure record: the recorded problem, or the pending state as a timeout */
  final KdcAttemptFailure toFailure() {
    String problem = failure != null ? failure : pendingState();
    return new KdcAttemptFailure(target(), protocol(), problem, failureCause);
  }

  final void close() {
    SelectableChannel ch = channel();
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // closing a socket we are done with: nothing to report
      }
    }
  }
}
