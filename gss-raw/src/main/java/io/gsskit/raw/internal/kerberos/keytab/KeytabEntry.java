package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.util.Objects;

/**
 * One keytab entry: principal, timestamp (unsigned 32-bit seconds), key version number (unsigned
 * 32-bit) and key (enctype kept as the raw number, known or not).
 *
 * <p>Immutable apart from {@link #destroy()}, which zeroes the key. {@link #toString()} never
 * shows key bytes.
 */
public final class KeytabEntry {

  /** Largest unsigned 32-bit value (timestamps, kvnos). */
  public static final long MAX_U32 = 0xFFFF_FFFFL;

  private final KerberosPrincipal principal;
  private final long timestamp;
  private final long kvno;
  private final EncryptionKey key;

  /**
   * Creates an entry.
   *
   * @param principal the principal; not null
   * @param timestamp when the key was written, unsigned seconds
   * @param kvno the key version number, unsigned
   * @param key the key; kept (not copied); not null
   * @throws IllegalArgumentException when the timestamp or kvno is outside 0–{@value #MAX_U32}
   */
  public KeytabEntry(KerberosPrincipal principal, long timestamp, long kvno, EncryptionKey key) {
    if (timestamp < 0 || timestamp > MAX_U32 || kvno < 0 || kvno > MAX_U32) {
      throw new IllegalArgumentException("timestamp and kvno must be unsigned 32-bit values");
    }
    this.principal = Objects.requireNonNull(principal, "principal");
    this.timestamp = timestamp;
    this.kvno = kvno;
    this.key = Objects.requireNonNull(key, "key");
  }

  /** @return the principal */
  public KerberosPrincipal principal() {
    return principal;
  }

  /** @return the timestamp, unsigned seconds since the epoch */
  public long timestamp() {
    return timestamp;
  }

  /** @return the key version number */
  public long kvno() {
    return kvno;
  }

  /** @return the key (shared: {@link #destroy()} zeroes it) */
  public EncryptionKey key() {
    return key;
  }

  /** @return the key's enctype number */
  public int enctype() {
    return key.keyType();
  }

  /** Zeroes the key. */
  public void destroy() {
    key.destroy();
  }

  /** @return a deep copy with its own key copy */
  public KeytabEntry copy() {
    return new KeytabEntry(principal, timestamp, kvno, new EncryptionKey(key.keyType(),
        key.keyValue()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeytabEntry e && e.principal.equals(principal)
        && e.timestamp == timestamp && e.kvno == kvno && e.key.equals(key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(principal, timestamp, kvno, key.keyType());
  }

  /** @return principal, kvno, enctype and timestamp; never the key */
  @Override
  public String toString() {
    return "KeytabEntry[" + principal + ", kvno=" + kvno + ", enctype=" + key.keyType()
        + ", timestamp=" + timestamp + "]";
  }
}
