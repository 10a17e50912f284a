package io.gsskit.raw.internal.mech.krb5.token;

/**
 * Minor status codes of the RFC 4121 per-message engine: small positive numbers, unique within
 * this package, that the krb5 mechanism reports (the mechglue maps them to globally unique
 * values). Thread-safe (constants only).
 */
public final class Rfc4121Minor {

  /** No error. */
  public static final int NONE = 0;
  /** TOK_ID is not 04 04 (MIC) or 05 04 (Wrap). */
  public static final int BAD_TOKEN_ID = 1;
  /** The token is shorter than its header, checksum or ciphertext overhead. */
  public static final int TOKEN_TOO_SHORT = 2;
  /** A filler byte is not 0xFF. */
  public static final int BAD_FILLER = 3;
  /** EC is inconsistent: larger than the plaintext, or not the checksum length. */
  public static final int BAD_EC = 4;
  /** The MIC token has the wrong length for the enctype's checksum. */
  public static final int BAD_LENGTH = 5;
  /** Checksum or decryption integrity check failed. */
  public static final int INTEGRITY_FAILED = 6;
  /** SentByAcceptor says the token came from our own side (reflection). */
  public static final int REFLECTED_TOKEN = 7;
  /** The AcceptorSubkey flag does not match the context's key. */
  public static final int ACCEPTOR_SUBKEY_MISMATCH = 8;
  /** The encrypted header copy differs from the outer header (CVE-2024-37370 class). */
  public static final int HEADER_MISMATCH = 9;
  /** Only QOP 0 is supported. */
  public static final int QOP_UNSUPPORTED = 10;
  /** The engine was destroyed. */
  public static final int CONTEXT_DESTROYED = 11;
  /** A message or requested length is too large. */
  public static final int MESSAGE_TOO_LONG = 12;
  /** A PRF key selector other than FULL (0) or PARTIAL (1), or a bad output length. */
  public static final int BAD_PRF_REQUEST = 13;
  /** An IOV array with missing, duplicate or too small buffers. */
  public static final int BAD_IOV = 14;
  /** An exported state blob is malformed. */
  public static final int BAD_EXPORT = 15;
  /** The enctype is not supported or the cryptography failed unexpectedly. */
  public static final int CRYPTO_FAILURE = 16;
  /** RFC 4757 tokens: SGN_ALG is not HMAC-MD5 (11 00) or SEAL_ALG is neither RC4 nor none. */
  public static final int BAD_ALGORITHM = 40;
  /** RFC 4757 Wrap token: the RFC 1964 padding is not 1..8 or longer than the data. */
  public static final int BAD_PADDING = 41;

  private Rfc4121Minor() {}

  /**
   * A short description of a code.
   *
   * @param code a minor code of this class
   * @return its description, never null
   */
  public static String describe(int code) {
    return switch (code) {
      case NONE -> "no error";
      case BAD_TOKEN_ID -> "bad RFC 4121 token identifier";
      case TOKEN_TOO_SHORT -> "token too short";
      case BAD_FILLER -> "token filler bytes are not 0xFF";
      case BAD_EC -> "bad extra count (EC) in wrap token";
      case BAD_LENGTH -> "MIC token has the wrong length";
      case INTEGRITY_FAILED -> "token integrity check failed";
      case REFLECTED_TOKEN -> "token was sent by this side (reflected)";
      case ACCEPTOR_SUBKEY_MISMATCH -> "AcceptorSubkey flag does not match the context";
      case HEADER_MISMATCH -> "encrypted token header differs from the outer header";
      case QOP_UNSUPPORTED -> "only the default QOP (0) is supported";
      case CONTEXT_DESTROYED -> "security context was deleted";
      case MESSAGE_TOO_LONG -> "message too long";
      case BAD_PRF_REQUEST -> "bad pseudo-random function request";
      case BAD_IOV -> "bad IOV buffer array";
      case BAD_EXPORT -> "malformed exported per-message state";
      case CRYPTO_FAILURE -> "unsupported enctype or cryptographic failure";
      case BAD_ALGORITHM -> "RFC 4757 token has an unexpected SGN_ALG or SEAL_ALG";
      case BAD_PADDING -> "RFC 4757 wrap token has bad padding";
      default -> "unknown RFC 4121 minor code " + code;
    };
  }
}
