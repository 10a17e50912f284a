package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One credential as a ccache stores it: client and server principals, the session key, the four
 * ticket times (32-bit unsigned seconds since the epoch, 0 = absent), the is-skey flag, the
 * ticket flags (RFC 4120 §5.3 bit string as a 32-bit integer, bit 0 = the most significant), the
 * addresses and authorization data, and the ticket and second ticket as opaque DER bytes.
 *
 * <p>Configuration entries (MIT "Credential cache configuration entries") are credentials whose
 * server has the realm {@value #CONFIG_REALM} and the first component {@value #CONFIG_PREFIX};
 * their value is in the ticket field. See {@link #configEntry} and {@link #isConfigEntry()}.
 *
 * <p>Immutable apart from {@link #destroy()}, which zeroes the key. {@link #toString()} never
 * shows the key or ticket bytes.
 */
public final class Credential {

  /** The realm of configuration entries. */
  public static final String CONFIG_REALM = "X-CACHECONF:";
  /** The first server component of configuration entries. */
  public static final String CONFIG_PREFIX = "krb5_ccache_conf_data";
  /** Largest unsigned 32-bit time. */
  public static final long MAX_TIME = 0xFFFF_FFFFL;

  private final KerberosPrincipal client;
  private final KerberosPrincipal server;
  private final EncryptionKey key;
  private final long authTime;
  private final long startTime;
  private final long endTime;
  private final long renewTill;
  private final boolean isSkey;
  private final int ticketFlags;
  private final List<CredentialAddress> addresses;
  private final List<CredentialAuthData> authData;
  private final byte[] ticket;
  private final byte[] secondTicket;

  private Credential(Builder b) {
    this.client = b.client;
    this.server = b.server;
    this.key = b.key;
    this.authTime = b.authTime;
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.renewTill = b.renewTill;
    this.isSkey = b.isSkey;
    this.ticketFlags = b.ticketFlags;
    this.addresses = List.copyOf(b.addresses);
    this.authData = List.copyOf(b.authData);
    this.ticket = b.ticket.clone();
    this.secondTicket = b.secondTicket.clone();
  }

  /**
   * Starts a credential.
   *
   * @param client the client principal; not null
   * @param server the server principal; not null
   * @return a builder with an empty key of type 0, zero times and flags, no addresses, no
   *     authorization data and empty tickets
   */
  public static Builder builder(KerberosPrincipal client, KerberosPrincipal server) {
    return new Builder(client, server);
  }

  /**
   * Builds a configuration entry.
   *
   * @param client the cache's default principal; not null
   * @param key the configuration key, e.g. {@code fast_avail}, {@code pa_type},
   *     {@code start_realm}, {@code refresh_time}; not null, not empty, no {@code /} or {@code @}
   *     escapes needed (any text is allowed; it is stored as a component)
   * @param associated the principal the key is associated with, or null
   * @param value the value bytes; copied; not null
   * @return the entry
   */
  public static Credential configEntry(KerberosPrincipal client, String key,
      @Nullable KerberosPrincipal associated, byte[] value) {
    List<String> comps = new ArrayList<>(3);
    comps.add(CONFIG_PREFIX);
    comps.add(key);
    if (associated != null) {
      comps.add(associated.toString());
    }
    KerberosPrincipal server = new KerberosPrincipal(CONFIG_REALM,
        new PrincipalName(PrincipalName.NT_PRINCIPAL, comps));
    return builder(client, server).ticket(value).build();
  }

  /** @return true when this is a configuration entry */
  public boolean isConfigEntry() {
    List<String> c = server.name().components();
    return CONFIG_REALM.equals(server.realm()) && (c.size() == 2 || c.size() == 3)
        && CONFIG_PREFIX.equals(c.get(0));
  }

  /** @return the configuration key, or empty when this is not a configuration entry */
  public Optional<String> configKey() {
    return isConfigEntry() ? Optional.of(server.name().components().get(1)) : Optional.empty();
  }

  /**
   * @return the text of the principal a configuration entry is associated with, or empty when
   *     there is none or this is not a configuration entry
   */
  public Optional<String> configPrincipal() {
    return isConfigEntry() && server.name().components().size() == 3
        ? Optional.of(server.name().components().get(2))
        : Optional.empty();
  }

  /** @return the client principal */
  public KerberosPrincipal client() {
    return client;
  }

  /** @return the server principal */
  public KerberosPrincipal server() {
    return server;
  }

  /** @return the session key (shared with this credential: {@link #destroy()} zeroes it) */
  public EncryptionKey key() {
    return key;
  }

  /** @return the authentication time, unsigned seconds */
  public long authTime() {
    return authTime;
  }

  /** @return the start time, unsigned seconds, 0 when absent */
  public long startTime() {
    return startTime;
  }

  /** @return the end time, unsigned seconds */
  public long endTime() {
    return endTime;
  }

  /** @return the renew-till time, unsigned seconds, 0 when absent */
  public long renewTill() {
    return renewTill;
  }

  /** @return true when the ticket is encrypted in a session key (user-to-user) */
  public boolean isSkey() {
    return isSkey;
  }

  /** @return the ticket flags as a 32-bit integer (RFC 4120 bit 0 = {@code 0x80000000}) */
  public int ticketFlags() {
    return ticketFlags;
  }

  /** @return the addresses; unmodifiable */
  public List<CredentialAddress> addresses() {
    return addresses;
  }

  /** @return the authorization data; unmodifiable */
  public List<CredentialAuthData> authData() {
    return authData;
  }

  /** @return a copy of the ticket bytes (DER, or the value of a configuration entry) */
  public byte[] ticket() {
    return ticket.clone();
  }

  /** @return a copy of the second ticket bytes; empty when absent */
  public byte[] secondTicket() {
    return secondTicket.clone();
  }

  byte[] rawTicket() {
    return ticket;
  }

  byte[] rawSecondTicket() {
    return secondTicket;
  }

  /** Zeroes the session key. */
  public void destroy() {
    key.destroy();
  }

  /** @return a deep copy with its own copy of the key */
  public Credential copy() {
    return toBuilder().key(new EncryptionKey(key.keyType(), key.keyValue())).build();
  }

  /** @return a builder initialised with this credential's fields (sharing its key) */
  public Builder toBuilder() {
    Builder b = new Builder(client, server);
    b.key = key;
    b.authTime = authTime;
    b.startTime = startTime;
    b.endTime = endTime;
    b.renewTill = renewTill;
    b.isSkey = isSkey;
    b.ticketFlags = ticketFlags;
    b.addresses = new ArrayList<>(addresses);
    b.authData = new ArrayList<>(authData);
    b.ticket = ticket;
    b.secondTicket = secondTicket;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credential c && c.client.equals(client) && c.server.equals(server)
        && c.key.equals(key) && c.authTime == authTime && c.startTime == startTime
        && c.endTime == endTime && c.renewTill == renewTill && c.isSkey == isSkey
        && c.ticketFlags == ticketFlags && c.addresses.equals(addresses)
        && c.authData.equals(authData) && Arrays.equals(c.ticket, ticket)
        && Arrays.equals(c.secondTicket, secondTicket);
  }

  @Override
  public int hashCode() {
    return Objects.hash(client, server, endTime, ticketFlags, Arrays.hashCode(ticket));
  }

  /** @return principals, enctype, times and flags; never key or ticket bytes */
  @Override
  public String toString() {
    return "Credential[" + client + " -> " + server + ", enctype=" + key.keyType()
        + ", auth=" + authTime + ", start=" + startTime + ", end=" + endTime + ", renew="
        + renewTill + ", flags=0x" + Integer.toHexString(ticketFlags)
        + (isSkey ? ", skey" : "") + ", ticket " + ticket.length + " bytes]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final KerberosPrincipal client;
    private final KerberosPrincipal server;
    private EncryptionKey key = new EncryptionKey(0, new byte[0]);
    private long authTime;
    private long startTime;
    private long endTime;
    private long renewTill;
    private boolean isSkey;
    private int ticketFlags;
    private List<CredentialAddress> addresses = new ArrayList<>();
    private List<CredentialAuthData> authData = new ArrayList<>();
    private byte[] ticket = new byte[0];
    private byte[] secondTicket = new byte[0];

    private Builder(KerberosPrincipal client, KerberosPrincipal server) {
      this.client = Objects.requireNonNull(client, "client");
      this.server = Objects.requireNonNull(server, "server");
    }

    /**
     * @param key the session key; kept (not copied); not null
     * @return this
     */
    public Builder key(EncryptionKey key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Sets the four times (unsigned 32-bit seconds).
     *
     * @param auth authtime
     * @param start starttime, 0 when absent
     * @param end endtime
     * @param renew renew-till, 0 when absent
     * @return this
     * @throws IllegalArgumentException when a time is outside 0–{@value #MAX_TIME}
     */
    public Builder times(long auth, long start, long end, long renew) {
      this.authTime = time(auth);
      this.startTime = time(start);
      this.endTime = time(end);
      this.renewTill = time(renew);
      return this;
    }

    private static long time(long t) {
      if (t < 0 || t > MAX_TIME) {
        throw new IllegalArgumentException("time outside the unsigned 32-bit range: " + t);
      }
      return t;
    }

    /**
     * @param skey true for a user-to-user ticket
     * @return this
     */
    public Builder isSkey(boolean skey) {
      this.isSkey = skey;
      return this;
    }

    /**
     * @param flags the ticket flags
     * @return this
     */
    public Builder ticketFlags(int flags) {
      this.ticketFlags = flags;
      return this;
    }

    /**
     * @param list the addresses; copied; not null
     * @return this
     */
    public Builder addresses(List<CredentialAddress> list) {
      this.addresses = new ArrayList<>(list);
      return this;
    }

    /**
     * @param list the authorization data; copied; not null
     * @return this
     */
    public Builder authData(List<CredentialAuthData> list) {
      this.authData = new ArrayList<>(list);
      return this;
    }

    /**
     * @param der the ticket bytes; copied on build; not null
     * @return this
     */
    public Builder ticket(byte[] der) {
      this.ticket = Objects.requireNonNull(der, "ticket");
      return this;
    }

    /**
     * @param der the second ticket bytes, empty when absent; copied on build; not null
     * @return this
     */
    public Builder secondTicket(byte[] der) {
      this.secondTicket = Objects.requireNonNull(der, "secondTicket");
      return this;
    }

    /** @return the credential */
    public Credential build() {
      return new Credential(this);
    }
  }
}
