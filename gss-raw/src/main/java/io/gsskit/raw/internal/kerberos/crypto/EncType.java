package io.gsskit.raw.internal.kerberos.crypto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Kerberos encryption-type registry (RFC 3961 §8, IANA "Kerberos Encryption Type Numbers"),
 * with names spelled as MIT krb5 spells them ({@code aes256-cts-hmac-sha1-96}, alias
 * {@code aes256-cts}, …).
 *
 * <p>Every {@code int} is representable: {@link #byNumber(int)} returns a registry entry for a
 * known number and an "unknown" entry ({@link #isKnown()} false) otherwise, so wire values are
 * never lost. Only entries with {@link #isSupported()} can be used for cryptography; some known
 * numbers (DES, 3DES, export RC4) are listed for their names only. {@link #isWeak()} marks
 * arcfour-hmac, which configuration should keep off by default.
 *
 * <p>Instances are immutable and thread-safe; equality is by number.
 */
public final class EncType {

  /** RFC 3962: aes128-cts-hmac-sha1-96 (17). */
  public static final EncType AES128_CTS_HMAC_SHA1_96 = new EncType(17,
      "aes128-cts-hmac-sha1-96", List.of("aes128-cts", "aes128-sha1"), EncFamily.AES_SHA1,
      16, 15, 4096, false);
  /** RFC 3962: aes256-cts-hmac-sha1-96 (18). */
  public static final EncType AES256_CTS_HMAC_SHA1_96 = new EncType(18,
      "aes256-cts-hmac-sha1-96", List.of("aes256-cts", "aes256-sha1"), EncFamily.AES_SHA1,
      32, 16, 4096, false);
  /** RFC 8009: aes128-cts-hmac-sha256-128 (19). */
  public static final EncType AES128_CTS_HMAC_SHA256_128 = new EncType(19,
      "aes128-cts-hmac-sha256-128", List.of("aes128-sha2"), EncFamily.AES_SHA2,
      16, 19, 32768, false);
  /** RFC 8009: aes256-cts-hmac-sha384-192 (20). */
  public static final EncType AES256_CTS_HMAC_SHA384_192 = new EncType(20,
      "aes256-cts-hmac-sha384-192", List.of("aes256-sha2"), EncFamily.AES_SHA2,
      32, 20, 32768, false);
  /** RFC 4757: arcfour-hmac (23); legacy and weak. */
  public static final EncType ARCFOUR_HMAC = new EncType(23,
      "arcfour-hmac", List.of("rc4-hmac", "arcfour-hmac-md5"), EncFamily.RC4,
      16, -138, 0, true);
  /** RFC 6803: camellia128-cts-cmac (25). */
  public static final EncType CAMELLIA128_CTS_CMAC = new EncType(25,
      "camellia128-cts-cmac", List.of("camellia128-cts"), EncFamily.CAMELLIA,
      16, 17, 32768, false);
  /** RFC 6803: camellia256-cts-cmac (26). */
  public static final EncType CAMELLIA256_CTS_CMAC = new EncType(26,
      "camellia256-cts-cmac", List.of("camellia256-cts"), EncFamily.CAMELLIA,
      32, 18, 32768, false);

  private static final Map<Integer, EncType> BY_NUMBER = new LinkedHashMap<>();
  private static final Map<String, EncType> BY_NAME = new LinkedHashMap<>();

  static {
    register(AES256_CTS_HMAC_SHA1_96);
    register(AES128_CTS_HMAC_SHA1_96);
    register(AES256_CTS_HMAC_SHA384_192);
    register(AES128_CTS_HMAC_SHA256_128);
    register(CAMELLIA256_CTS_CMAC);
    register(CAMELLIA128_CTS_CMAC);
    register(ARCFOUR_HMAC);
    // Known numbers GSSKit does not implement (names from MIT krb5 / RFC 3961 §8).
    register(unsupported(1, "des-cbc-crc", 8));
    register(unsupported(2, "des-cbc-md4", 8));
    register(unsupported(3, "des-cbc-md5", 8, "des"));
    register(unsupported(16, "des3-cbc-sha1", 24, "des3-hmac-sha1", "des3-cbc-sha1-kd"));
    register(unsupported(24, "arcfour-hmac-exp", 16, "rc4-hmac-exp", "arcfour-hmac-md5-exp"));
  }

  private final int number;
  private final String name;
  private final List<String> aliases;
  private final EncFamily family;
  private final int keyLength;
  private final int checksumType;
  private final int defaultIterations;
  private final boolean weak;
  private final boolean known;

  private EncType(int number, String name, List<String> aliases, EncFamily family,
      int keyLength, int checksumType, int defaultIterations, boolean weak) {
    this(number, name, aliases, family, keyLength, checksumType, defaultIterations, weak, true);
  }

  private EncType(int number, String name, List<String> aliases, EncFamily family,
      int keyLength, int checksumType, int defaultIterations, boolean weak, boolean known) {
    this.number = number;
    this.name = name;
    this.aliases = List.copyOf(aliases);
    this.family = family;
    this.keyLength = keyLength;
    this.checksumType = checksumType;
    this.defaultIterations = defaultIterations;
    this.weak = weak;
    this.known = known;
  }

  private static EncType unsupported(int number, String name, int keyLength, String... aliases) {
    return new EncType(number, name, List.of(aliases), EncFamily.NONE, keyLength, 0, 0, true);
  }

  private static void register(EncType t) {
    BY_NUMBER.put(t.number, t);
    BY_NAME.put(t.name, t);
    for (String a : t.aliases) {
      BY_NAME.put(a, t);
    }
  }

  /**
   * Looks up an enctype number; never fails.
   *
   * @param number the wire value
   * @return the registry entry, or an unknown entry named {@code "unknown-<n>"}; never null
   */
  public static EncType byNumber(int number) {
    EncType t = BY_NUMBER.get(number);
    if (t != null) {
      return t;
    }
    return new EncType(number, "unknown-" + number, List.of(), EncFamily.NONE, 0, 0, 0, false,
        false);
  }

  /**
   * Looks up an enctype by its MIT name or alias, case-insensitively, or by a decimal number.
   *
   * @param name e.g. {@code "aes256-cts-hmac-sha1-96"}, {@code "aes256-cts"} or {@code "18"}
   * @return the known entry, or empty when the name is not known
   */
  public static Optional<EncType> byName(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    EncType t = BY_NAME.get(key);
    if (t != null) {
      return Optional.of(t);
    }
    if (!key.isEmpty() && key.length() < 12 && key.chars().allMatch(
        c -> Character.isDigit(c) || c == '-')) {
      try {
        EncType n = BY_NUMBER.get(Integer.parseInt(key));
        return Optional.ofNullable(n);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * @return the implemented enctypes, strongest first (MIT's default preference order), including
   *     the weak arcfour-hmac last; an unmodifiable list
   */
  public static List<EncType> supported() {
    List<EncType> out = new ArrayList<>();
    for (EncType t : BY_NUMBER.values()) {
      if (t.isSupported()) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** @return the enctype number (RFC 3961 §8) */
  public int number() {
    return number;
  }

  /** @return MIT's primary name, or {@code "unknown-<n>"} */
  public String name() {
    return name;
  }

  /** @return MIT's other accepted names; unmodifiable, possibly empty */
  public List<String> aliases() {
    return aliases;
  }

  /** @return true when the number is in the registry (even if not implemented) */
  public boolean isKnown() {
    return known;
  }

  /** @return true when GSSKit implements this enctype */
  public boolean isSupported() {
    return family != EncFamily.NONE;
  }

  /**
   * @return true for enctypes that are implemented for interoperability only and should be
   *     disabled by default (arcfour-hmac), and for the unimplemented DES/3DES/export numbers
   */
  public boolean isWeak() {
    return weak;
  }

  /** @return the protocol key length in bytes, or 0 for an unknown number */
  public int keyLength() {
    return keyLength;
  }

  /**
   * @return the key-generation seed length in bytes, the input length of random-to-key
   *     (RFC 3961 §3); equal to {@link #keyLength()} for every implemented enctype
   */
  public int seedLength() {
    return keyLength;
  }

  /**
   * @return the mandatory checksum type used with this enctype (RFC 3961 §3 "required checksum
   *     mechanism"), or {@code ChecksumType.byNumber(0)} (unknown) for an unimplemented enctype
   */
  public ChecksumType checksumType() {
    return ChecksumType.byNumber(checksumType);
  }

  /**
   * @return the default string-to-key iteration count: 4096 (RFC 3962 §4), 32768 (RFC 8009 §4,
   *     RFC 6803 §3), or 0 when the enctype has no s2kparams (arcfour-hmac)
   */
  public int defaultIterations() {
    return defaultIterations;
  }

  /**
   * @return the default s2kparams (a 4-byte big-endian iteration count), or an empty array for an
   *     enctype without parameters; a fresh copy
   */
  public byte[] defaultS2kParams() {
    if (defaultIterations == 0) {
      return new byte[0];
    }
    int n = defaultIterations;
    return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
  }

  /** @return the number of bytes in a confounder; 16 (one block) or 8 for arcfour-hmac */
  public int confounderLength() {
    return family == EncFamily.RC4 ? 8 : (family == EncFamily.NONE ? 0 : 16);
  }

  /** @return the PRF output length in bytes (RFC 3961 §3 "pseudo-random" output size) */
  public int prfLength() {
    switch (family) {
      case AES_SHA1:
      case CAMELLIA:
        return 16;
      case AES_SHA2:
        return keyLength == 16 ? 32 : 48;
      case RC4:
        return 20;
      default:
        return 0;
    }
  }

  EncFamily family() {
    return family;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EncType t && t.number == number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /** @return the MIT name and number, e.g. {@code "aes256-cts-hmac-sha1-96(18)"} */
  @Override
  public String toString() {
    return name + "(" + number + ")";
  }
}
