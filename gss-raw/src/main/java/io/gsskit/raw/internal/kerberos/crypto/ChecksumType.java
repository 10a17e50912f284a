package io.gsskit.raw.internal.kerberos.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Kerberos checksum-type registry (RFC 3961 §8, RFC 3962 §7, RFC 8009 §8, RFC 6803 §9,
 * RFC 4757), with MIT krb5's names. Unknown numbers are representable ({@link #isKnown()} false),
 * so a wire value is never lost. Only {@link #isSupported()} entries can be computed.
 *
 * <p>Instances are immutable and thread-safe; equality is by number.
 */
public final class ChecksumType {

  /** RFC 3961 §6.1.3: crc32 (1), the modified CRC-32; unkeyed and not collision-proof. */
  public static final ChecksumType CRC32 = new ChecksumType(1, "crc32", List.of(), 4, false, 0);
  /** RFC 3961 §6.1.1: rsa-md4 (2); unkeyed. */
  public static final ChecksumType RSA_MD4 = new ChecksumType(2, "md4", List.of(), 16, false, 0);
  /** RFC 3961 §6.1.2: rsa-md5 (7); unkeyed. */
  public static final ChecksumType RSA_MD5 = new ChecksumType(7, "md5", List.of(), 16, false, 0);
  /** NIST SHA (9), SHA-1 as MIT computes it; unkeyed. */
  public static final ChecksumType NIST_SHA = new ChecksumType(9, "sha", List.of(), 20, false, 0);
  /** RFC 3961 §8: sha1 (14); unkeyed. */
  public static final ChecksumType SHA1 = new ChecksumType(14, "sha1", List.of(), 20, false, 0);
  /** RFC 3962 §7: hmac-sha1-96-aes128 (15), keyed with an aes128-cts-hmac-sha1-96 key. */
  public static final ChecksumType HMAC_SHA1_96_AES128 =
      new ChecksumType(15, "hmac-sha1-96-aes128", List.of(), 12, true, 17);
  /** RFC 3962 §7: hmac-sha1-96-aes256 (16), keyed with an aes256-cts-hmac-sha1-96 key. */
  public static final ChecksumType HMAC_SHA1_96_AES256 =
      new ChecksumType(16, "hmac-sha1-96-aes256", List.of(), 12, true, 18);
  /** RFC 6803 §9: cmac-camellia128 (17), keyed with a camellia128-cts-cmac key. */
  public static final ChecksumType CMAC_CAMELLIA128 =
      new ChecksumType(17, "cmac-camellia128", List.of(), 16, true, 25);
  /** RFC 6803 §9: cmac-camellia256 (18), keyed with a camellia256-cts-cmac key. */
  public static final ChecksumType CMAC_CAMELLIA256 =
      new ChecksumType(18, "cmac-camellia256", List.of(), 16, true, 26);
  /** RFC 8009 §8: hmac-sha256-128-aes128 (19), keyed with an aes128-cts-hmac-sha256-128 key. */
  public static final ChecksumType HMAC_SHA256_128_AES128 =
      new ChecksumType(19, "hmac-sha256-128-aes128", List.of(), 16, true, 19);
  /** RFC 8009 §8: hmac-sha384-192-aes256 (20), keyed with an aes256-cts-hmac-sha384-192 key. */
  public static final ChecksumType HMAC_SHA384_192_AES256 =
      new ChecksumType(20, "hmac-sha384-192-aes256", List.of(), 24, true, 20);
  /**
   * RFC 4757 §4: hmac-md5 (-138), the arcfour-hmac checksum; keyed with a key of any implemented
   * enctype (MIT accepts any key length), weak.
   */
  public static final ChecksumType HMAC_MD5_ARCFOUR = new ChecksumType(-138, "hmac-md5-rc4",
      List.of("hmac-md5-enc", "hmac-md5-earcfour"), 16, true, -1);

  private static final Map<Integer, ChecksumType> BY_NUMBER = new LinkedHashMap<>();
  private static final Map<String, ChecksumType> BY_NAME = new LinkedHashMap<>();

  static {
    for (ChecksumType t : List.of(CRC32, RSA_MD4, RSA_MD5, NIST_SHA, SHA1, HMAC_SHA1_96_AES128,
        HMAC_SHA1_96_AES256, CMAC_CAMELLIA128, CMAC_CAMELLIA256, HMAC_SHA256_128_AES128,
        HMAC_SHA384_192_AES256, HMAC_MD5_ARCFOUR)) {
      register(t);
    }
    // Known numbers that GSSKit does not compute (DES-based and 3DES).
    register(notImplemented(3, "md4-des", 24));
    register(notImplemented(4, "des-cbc", 8));
    register(notImplemented(8, "md5-des", 24));
    register(notImplemented(12, "hmac-sha1-des3-kd", 20, "hmac-sha1-des3"));
  }

  private final int number;
  private final String name;
  private final List<String> aliases;
  private final int length;
  private final boolean keyed;
  /** Enctype number of the key it needs; -1 any implemented enctype; 0 unkeyed. */
  private final int keyEncType;
  private final boolean supported;
  private final boolean known;

  private ChecksumType(int number, String name, List<String> aliases, int length, boolean keyed,
      int keyEncType) {
    this(number, name, aliases, length, keyed, keyEncType, true, true);
  }

  private ChecksumType(int number, String name, List<String> aliases, int length, boolean keyed,
      int keyEncType, boolean supported, boolean known) {
    this.number = number;
    this.name = name;
    this.aliases = List.copyOf(aliases);
    this.length = length;
    this.keyed = keyed;
    this.keyEncType = keyEncType;
    this.supported = supported;
    this.known = known;
  }

  private static ChecksumType notImplemented(int number, String name, int length,
      String... aliases) {
    return new ChecksumType(number, name, List.of(aliases), length, true, 0, false, true);
  }

  private static void register(ChecksumType t) {
    BY_NUMBER.put(t.number, t);
    BY_NAME.put(t.name, t);
    for (String a : t.aliases) {
      BY_NAME.put(a, t);
    }
  }

  /**
   * Looks up a checksum type number; never fails.
   *
   * @param number the wire value
   * @return the registry entry or an unknown entry named {@code "unknown-<n>"}; never null
   */
  public static ChecksumType byNumber(int number) {
    ChecksumType t = BY_NUMBER.get(number);
    if (t != null) {
      return t;
    }
    return new ChecksumType(number, "unknown-" + number, List.of(), 0, false, 0, false, false);
  }

  /**
   * Looks up a checksum type by MIT name or alias, case-insensitively.
   *
   * @param name e.g. {@code "hmac-sha1-96-aes256"}
   * @return the entry, or empty when not known
   */
  public static Optional<ChecksumType> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** @return the checksum type number */
  public int number() {
    return number;
  }

  /** @return MIT's name, or {@code "unknown-<n>"} */
  public String name() {
    return name;
  }

  /** @return other accepted names; unmodifiable */
  public List<String> aliases() {
    return aliases;
  }

  /** @return the checksum length in bytes, or 0 for an unknown number */
  public int length() {
    return length;
  }

  /** @return true when the checksum needs a key (and so protects against modification) */
  public boolean isKeyed() {
    return keyed;
  }

  /** @return true when the number is in the registry */
  public boolean isKnown() {
    return known;
  }

  /** @return true when GSSKit can compute this checksum */
  public boolean isSupported() {
    return supported;
  }

  /**
   * @param encType a key's enctype
   * @return true when this keyed checksum may be computed with a key of that enctype
   */
  public boolean acceptsKeyOf(EncType encType) {
    if (!keyed || !supported || !encType.isSupported()) {
      return false;
    }
    return keyEncType == -1 || keyEncType == encType.number();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChecksumType t && t.number == number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /** @return the MIT name and number, e.g. {@code "hmac-sha1-96-aes256(16)"} */
  @Override
  public String toString() {
    return name + "(" + number + ")";
  }
}
