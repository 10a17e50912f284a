package io.gsskit.testkit;

import io.gsskit.SecurityContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs an initiator and an acceptor {@link SecurityContext} against each other in memory until
 * both are complete, the way two peers would over a transport:
 *
 * {@snippet :
 * TokenExchange.Result r = TokenExchange.run(
 *     SecurityContext.initiator(target).credentials(clientCreds).build(),
 *     SecurityContext.acceptor(serverCreds).build());
 * assertEquals(r.initiator().actualFlags(), r.acceptor().actualFlags());
 * }
 *
 * <p>A {@link Wire} can observe or change every token in flight (e.g. to mutate one). A failing
 * step propagates its {@link io.gsskit.exceptions.GssException}; when it carries an error token
 * the harness first delivers that token to the peer (which must fail too or ignore it), as a real
 * application must. Stateless; each run uses its two contexts from the calling thread.
 */
public final class TokenExchange {

  /** The most legs any mechanism may take before the harness gives up. */
  public static final int MAX_LEGS = 64;

  private TokenExchange() {}

  /**
   * What travels between the peers; return the token to deliver.
   */
  @FunctionalInterface
  public interface Wire {
    /**
     * Called for every token.
     *
     * @param leg 0 for the initiator's first token, then 1, 2, …
     * @param fromInitiator whether the initiator sent it
     * @param token the token; not null
     * @return the token to deliver; not null
     */
    byte[] carry(int leg, boolean fromInitiator, byte[] token);
  }

  /**
   * The outcome of a completed exchange.
   *
   * @param initiator the initiator context, complete
   * @param acceptor the acceptor context, complete
   * @param tokens the tokens as delivered, in order
   */
  public record Result(SecurityContext initiator, SecurityContext acceptor, List<byte[]> tokens) {

    /**
     * The outcome.
     *
     * @param initiator the initiator
     * @param acceptor the acceptor
     * @param tokens the tokens (copied into an unmodifiable list)
     */
    public Result {
      Objects.requireNonNull(initiator, "initiator");
      Objects.requireNonNull(acceptor, "acceptor");
      tokens = Collections.unmodifiableList(new ArrayList<>(tokens));
    }

    /**
     * The number of tokens exchanged.
     *
     * @return the leg count
     */
    public int legs() {
      return tokens.size();
    }
  }

  /**
   * Runs the exchange without interfering.
   *
   * @param initiator a new initiator context; not null
   * @param acceptor a new acceptor context; not null
   * @return both contexts, complete
   * @throws io.gsskit.exceptions.GssException when a step fails
   * @throws IllegalStateException when the exchange does not complete within {@link #MAX_LEGS}
   */
  public static Result run(SecurityContext initiator, SecurityContext acceptor) {
    return run(initiator, acceptor, (leg, fromInitiator, token) -> token);
  }

  /**
   * Runs the exchange, passing every token through {@code wire}.
   *
   * @param initiator a new initiator context; not null
   * @param acceptor a new acceptor context; not null
   * @param wire the transport; not null
   * @return both contexts, complete
   * @throws io.gsskit.exceptions.GssException when a step fails
   * @throws IllegalStateException when the exchange does not complete within {@link #MAX_LEGS}
   */
  public static Result run(SecurityContext initiator, SecurityContext acceptor, Wire wire) {
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(acceptor, "acceptor");
    Objects.requireNonNull(wire, "wire");
    List<byte[]> tokens = new ArrayList<>();
    byte[] toInitiator = null;
    boolean first = true;
    for (int leg = 0; leg < MAX_LEGS; leg++) {
      boolean initiatorTurn = leg % 2 == 0;
      SecurityContext self = initiatorTurn ? initiator : acceptor;
      SecurityContext peer = initiatorTurn ? acceptor : initiator;
      if (self.isComplete()) {
        if (peer.isComplete()) {
          return new Result(initiator, acceptor, tokens);
        }
        throw new IllegalStateException("peer waits for a token the completed side never sent");
      }
      byte[] input = initiatorTurn && first ? null : toInitiator;
      first = false;
      Optional<byte[]> out;
      try {
        out = self.step(input);
      } catch (io.gsskit.exceptions.GssException e) {
        Optional<byte[]> error = e.errorToken();
        if (error.isPresent() && !peer.isComplete()) {
          byte[] delivered = wire.carry(leg, initiatorTurn, error.get());
          tokens.add(delivered);
          try {
            peer.step(delivered);
          } catch (io.gsskit.exceptions.GssException ignored) {
            // The peer rejecting the error token is expected; the first failure is reported.
          }
        }
        throw e;
      }
      if (out.isEmpty()) {
        if (initiator.isComplete() && acceptor.isComplete()) {
          return new Result(initiator, acceptor, tokens);
        }
        if (self.isComplete() && !peer.isComplete()) {
          throw new IllegalStateException("completed without a token for the waiting peer");
        }
        throw new IllegalStateException("a step produced no token before completion");
      }
      byte[] delivered = Objects.requireNonNull(wire.carry(leg, initiatorTurn, out.get()));
      tokens.add(delivered);
      toInitiator = delivered;
    }
    throw new IllegalStateException("no completion within " + MAX_LEGS + " legs");
  }
}
