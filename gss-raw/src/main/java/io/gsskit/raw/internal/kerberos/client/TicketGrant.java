package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.ccache.Credential;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ticket and its session key as a checked KDC reply (or a ccache) gave them. The server name is
 * the one from the encrypted part of the reply, never the ticket's clear {@code sname}. Holds the
 * session key: {@link #destroy()} zeroes it; {@link #toString()} never shows it. Immutable apart
 * from {@link #destroy()}; thread-safe.
 */
public final class TicketGrant {

  private final KerberosPrincipal client;
  private final KerberosPrincipal server;
  private final Ticket ticket;
  private final EncryptionKey sessionKey;
  private final int flags;
  private final Instant authTime;
  private final @Nullable Instant startTime;
  private final Instant endTime;
  private final @Nullable Instant renewTill;

  /**
   * Creates a grant.
   *
   * @param client the client principal; not null
   * @param server the server principal (from the encrypted reply part); not null
   * @param ticket the ticket; not null
   * @param sessionKey the session key; not null (not copied: the grant owns it)
   * @param flags ticket flags, MIT int layout
   * @param authTime the authentication time; not null
   * @param startTime the start time, or null (then the authtime)
   * @param endTime the end time; not null
   * @param renewTill the renewal limit, or null
   */
  public TicketGrant(KerberosPrincipal client, KerberosPrincipal server, Ticket ticket,
      EncryptionKey sessionKey, int flags, Instant authTime, @Nullable Instant startTime,
      Instant endTime, @Nullable Instant renewTill) {
    this.client = Objects.requireNonNull(client, "client");
    this.server = Objects.requireNonNull(server, "server");
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.sessionKey = Objects.requireNonNull(sessionKey, "sessionKey");
    this.flags = flags;
    this.authTime = Objects.requireNonNull(authTime, "authTime");
    this.startTime = startTime;
    this.endTime = Objects.requireNonNull(endTime, "endTime");
    this.renewTill = renewTill;
  }

  /**
   * Reads a ccache credential.
   *
   * @param c the credential; not null
   * @return the grant
   * @throws KerberosException {@link KerberosLocalError#KRB5_CC_FORMAT} when the stored ticket
   *     does not decode
   */
  public static TicketGrant fromCredential(Credential c) throws KerberosException {
    Ticket t;
    try {
      t = Ticket.decode(c.ticket());
    } catch (DerException e) {
      throw KerberosException.local("ccache credential for " + c.server()
          + " holds a malformed ticket: " + e.getMessage(), KerberosLocalError.KRB5_CC_FORMAT, e);
    }
    return new TicketGrant(c.client(), c.server(), t, c.key(), c.ticketFlags(),
        Instant.ofEpochSecond(c.authTime()),
        c.startTime() == 0 ? null : Instant.ofEpochSecond(c.startTime()),
        Instant.ofEpochSecond(c.endTime()),
        c.renewTill() == 0 ? null : Instant.ofEpochSecond(c.renewTill()));
  }

  /** @return the ccache form of this grant (no addresses, no authorization data) */
  public Credential toCredential() {
    return Credential.builder(client, server)
        .key(sessionKey)
        .times(seconds(authTime), startTime == null ? 0 : seconds(startTime), seconds(endTime),
            renewTill == null ? 0 : seconds(renewTill))
        .ticketFlags(flags)
        .ticket(ticket.encode())
        .build();
  }

  private static long seconds(Instant t) {
    return Math.max(0, Math.min(Credential.MAX_TIME, t.getEpochSecond()));
  }

  /** @return the client principal */
  public KerberosPrincipal client() {
    return client;
  }

  /** @return the server principal */
  public KerberosPrincipal server() {
    return server;
  }

  /** @return the ticket */
  public Ticket ticket() {
    return ticket;
  }

  /** @return the session key (the grant's own instance: do not destroy it separately) */
  public EncryptionKey sessionKey() {
    return sessionKey;
  }

  /** @return the ticket flags, MIT int layout */
  public int flags() {
    return flags;
  }

  /**
   * @param flag a {@link TicketFlag} bit number
   * @return whether the flag is set
   */
  public boolean hasFlag(int flag) {
    return FlagBits.isSet(flags, flag);
  }

  /** @return the authentication time */
  public Instant authTime() {
    return authTime;
  }

  /** @return the start time, or the authtime when absent */
  public Instant startTime() {
    return startTime != null ? startTime : authTime;
  }

  /** @return the end time */
  public Instant endTime() {
    return endTime;
  }

  /** @return the renewal limit, or null */
  public @Nullable Instant renewTill() {
    return renewTill;
  }

  /** @return whether this is a ticket-granting ticket ({@code krbtgt/REALM}) */
  public boolean isTgt() {
    return isTgs(server);
  }

  /**
   * @return the realm whose KDC this TGT is good for (the instance of {@code krbtgt/REALM}); for
   *     other tickets the server realm
   */
  public String tgsRealm() {
    List<String> c = server.name().components();
    return isTgs(server) ? c.get(1) : server.realm();
  }

  /**
   * @param now the current time; not null
   * @param skew the allowed clock skew; not null
   * @return whether the ticket may be used now: started (within the skew) and not expired
   */
  public boolean isValidAt(Instant now, Duration skew) {
    return !hasFlag(TicketFlag.INVALID) && !startTime().isAfter(now.plus(skew))
        && endTime.isAfter(now);
  }

  static boolean isTgs(KerberosPrincipal p) {
    List<String> c = p.name().components();
    return c.size() == 2 && c.get(0).equals("krbtgt");
  }

  /** Zeroes the session key. */
  public void destroy() {
    sessionKey.destroy();
  }

  /** @return client, server, flags and times; never the key */
  @Override
  public String toString() {
    return "TicketGrant[" + client + " -> " + server + ", flags "
        + FlagBits.describe(flags, TicketFlag::name) + ", " + startTime() + " .. " + endTime
        + (renewTill != null ? ", renew till " + renewTill : "") + ", session key enctype "
        + sessionKey.keyType() + "]";
  }
}
