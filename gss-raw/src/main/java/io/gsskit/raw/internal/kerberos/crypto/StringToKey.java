package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.MD4Digest;
import org.jspecify.annotations.Nullable;

/**
 * String-to-key for every implemented enctype.
 * <ul>
 *   <li>RFC 3962 §4: {@code DK(random-to-key(PBKDF2-HMAC-SHA1(password, salt, iter, keylen)),
 *       "kerberos")}, default 4096 iterations;</li>
 *   <li>RFC 6803 §3: {@code KDF-FEEDBACK-CMAC(PBKDF2-HMAC-SHA1(password, enctype-name | 0x00 |
 *       salt, iter, keylen), "kerberos")}, default 32768;</li>
 *   <li>RFC 8009 §4: {@code KDF-HMAC-SHA2(PBKDF2-HMAC-SHA2(password, enctype-name | 0x00 | salt,
 *       iter, keylen), "kerberos")}, default 32768;</li>
 *   <li>RFC 4757 §2: {@code MD4(UTF-16LE(password))}, the NT hash; salt ignored, no
 *       parameters.</li>
 * </ul>
 * s2kparams are a 4-byte big-endian iteration count. The value 0 (which RFC 3962 reads as 2^32)
 * and anything above {@value #MAX_ITERATIONS} (MIT krb5's limit) are rejected as absurd.
 */
final class StringToKey {

  /** The largest accepted iteration count, 2^24, as in MIT krb5. */
  static final int MAX_ITERATIONS = 1 << 24;

  private static final byte[] KERBEROS = "kerberos".getBytes(StandardCharsets.US_ASCII);

  private StringToKey() {}

  /** Encodes a password as UTF-8, rejecting unpaired surrogates. */
  static byte[] utf8(char[] password) throws KrbCryptoException {
    try {
      ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(password));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      if (b.hasArray()) {
        Arrays.fill(b.array(), (byte) 0);
      }
      return out;
    } catch (CharacterCodingException e) {
      throw new KrbCryptoException(Reason.BAD_PARAMS, "password is not valid Unicode");
    }
  }

  static int iterations(EncType t, byte @Nullable [] params) throws KrbCryptoException {
    if (params == null || params.length == 0) {
      return t.defaultIterations();
    }
    if (params.length != 4) {
      throw new KrbCryptoException(Reason.BAD_PARAMS, t.name() + " s2kparams of "
          + params.length + " bytes, expected 4");
    }
    long n = ((params[0] & 0xffL) << 24) | ((params[1] & 0xff) << 16)
        | ((params[2] & 0xff) << 8) | (params[3] & 0xff);
    if (n == 0 || n > MAX_ITERATIONS) {
      throw new KrbCryptoException(Reason.BAD_PARAMS, "iteration count "
          + (n == 0 ? "2^32" : Long.toString(n)) + " exceeds " + MAX_ITERATIONS);
    }
    return (int) n;
  }

  static byte[] derive(EncType t, byte[] password, byte[] salt, byte @Nullable [] params)
      throws KrbCryptoException {
    int keyLength = t.keyLength();
    switch (t.family()) {
      case AES_SHA1: {
        byte[] tkey = Pbkdf2.derive("HmacSHA1", password, salt, iterations(t, params), keyLength);
        try {
          return Rfc3961Dk.deriveAes(tkey, KERBEROS);
        } finally {
          Arrays.fill(tkey, (byte) 0);
        }
      }
      case CAMELLIA: {
        byte[] tkey = Pbkdf2.derive("HmacSHA1", password, saltp(t, salt), iterations(t, params),
            keyLength);
        try {
          return Rfc6803Kdf.derive(tkey, KERBEROS, keyLength);
        } finally {
          Arrays.fill(tkey, (byte) 0);
        }
      }
      case AES_SHA2: {
        String hmac = keyLength == 16 ? "HmacSHA256" : "HmacSHA384";
        byte[] tkey = Pbkdf2.derive(hmac, password, saltp(t, salt), iterations(t, params),
            keyLength);
        try {
          return Rfc8009Kdf.kdf(hmac, tkey, KERBEROS, new byte[0], keyLength);
        } finally {
          Arrays.fill(tkey, (byte) 0);
        }
      }
      case RC4:
        if (params != null && params.length != 0) {
          throw new KrbCryptoException(Reason.BAD_PARAMS, "arcfour-hmac takes no s2kparams");
        }
        return ntHash(password);
      default:
        throw new KrbCryptoException(Reason.UNSUPPORTED, "string-to-key for " + t);
    }
  }

  /** {@code enctype-name | 0x00 | salt} (RFC 6803 §3, RFC 8009 §4). */
  private static byte[] saltp(EncType t, byte[] salt) {
    byte[] name = t.name().getBytes(StandardCharsets.US_ASCII);
    byte[] saltp = new byte[name.length + 1 + salt.length];
    System.arraycopy(name, 0, saltp, 0, name.length);
    System.arraycopy(salt, 0, saltp, name.length + 1, salt.length);
    return saltp;
  }

  /** MD4 over the UTF-16LE encoding of the UTF-8 password (RFC 4757 §2, MS-NLMP NTOWFv1). */
  static byte[] ntHash(byte[] passwordUtf8) throws KrbCryptoException {
    char[] chars;
    try {
      CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(passwordUtf8));
      chars = new char[cb.remaining()];
      cb.get(chars);
      if (cb.hasArray()) {
        Arrays.fill(cb.array(), '\0');
      }
    } catch (CharacterCodingException e) {
      throw new KrbCryptoException(Reason.BAD_PARAMS, "password is not valid UTF-8");
    }
    byte[] utf16 = new byte[chars.length * 2];
    for (int i = 0; i < chars.length; i++) {
      utf16[2 * i] = (byte) chars[i];
      utf16[2 * i + 1] = (byte) (chars[i] >>> 8);
    }
    Arrays.fill(chars, '\0');
    MD4Digest md4 = new MD4Digest();
    md4.update(utf16, 0, utf16.length);
    byte[] out = new byte[16];
    md4.doFinal(out, 0);
    Arrays.fill(utf16, (byte) 0);
    return out;
  }
}
