package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.FILLER;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.FLAG_SEALED;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.HEADER;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeys;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4121 §4.2.4–§4.2.6.2 Wrap tokens ({@code gss_wrap}, {@code gss_unwrap}) of one {@link
 * Rfc4121Protector}: {@code 05 04 | flags | FF | EC | RRC | SND_SEQ | data}, sealed ({@code
 * E(message | EC filler | header)}) or integrity-only ({@code message | checksum}), both with the
 * SEAL usage of the sender's side (§2); the header checks, the RRC rotation (§4.2.5) and the
 * checks of the encrypted header copy (CVE-2024-37370/37371) shared with {@link Rfc4121Iov}.
 *
 * <p>Unwrap verifies the whole token before the receive window sees its sequence number, so a
 * rejected token changes no state. Stateless; thread-safe as the engine is.
 */
final class Rfc4121Wrap {

  private Rfc4121Wrap() {}

  /** A verified wrap token: the message, whether sealed, and its sequence number. */
  record Unwrapped(byte[] message, boolean sealed, long seq) {}

  // ---------------------------------------------------------------- wrap

  /**
   * See {@link Rfc4121Protector#wrap(MinorStatus, boolean, int, byte[], int, int, BooleanHolder,
   * Buffer)}.
   */
  static int wrap(Rfc4121Protector p, MinorStatus minor, boolean conf, int qop, byte[] message,
      int off, int len, @Nullable BooleanHolder confState, Buffer token) {
    try {
      p.checkUsable(qop);
      Rfc4121Protector.checkRange(message, off, len);
      byte[] tok = conf ? seal(p, message, off, len) : sign(p, message, off, len);
      if (confState != null) {
        confState.set(conf);
      }
      token.set(tok);
      return Rfc4121Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    }
  }

  /** Writes the 16-byte wrap header with EC and RRC 0. */
  static void wrapHeader(Rfc4121Protector p, byte[] tok, int off, boolean sealed, long seq) {
    tok[off] = TokenLayout.WRAP_ID0;
    tok[off + 1] = TokenLayout.WRAP_ID1;
    tok[off + 2] = (byte) (p.sendFlags() | (sealed ? FLAG_SEALED : 0));
    tok[off + 3] = FILLER;
    tok[off + 4] = 0;
    tok[off + 5] = 0;
    tok[off + 6] = 0;
    tok[off + 7] = 0;
    TokenLayout.putLong(tok, off + 8, seq);
  }

  private static byte[] seal(Rfc4121Protector p, byte[] message, int off, int len)
      throws TokenFailure, KrbCryptoException {
    if (len > p.maxMessageLength(true)) {
      throw new TokenFailure(GSS_S_FAILURE, Rfc4121Minor.MESSAGE_TOO_LONG);
    }
    int encLen = len + HEADER + p.overhead(); // EC = 0
    byte[] tok = new byte[HEADER + encLen];
    wrapHeader(p, tok, 0, true, p.takeSendSeq());
    UsageKeyPool pool = p.sendSeal();
    UsageKeys k = pool.take();
    try {
      // E(message | header-with-RRC-0) straight into the token after the outer header.
      k.encrypt(message, off, len, tok, 0, HEADER, tok, HEADER);
    } finally {
      pool.give(k);
    }
    if (p.rotateOnSend()) {
      int rrc = HEADER + p.macLength(); // EC (0) + encrypted header + MAC
      TokenLayout.rotateRightInPlace(tok, HEADER, encLen, rrc);
      TokenLayout.putShort(tok, 6, rrc);
    }
    return tok;
  }

  private static byte[] sign(Rfc4121Protector p, byte[] message, int off, int len)
      throws TokenFailure, KrbCryptoException {
    if (len > p.maxMessageLength(false)) {
      throw new TokenFailure(GSS_S_FAILURE, Rfc4121Minor.MESSAGE_TOO_LONG);
    }
    int cksumLen = p.checksumLength();
    byte[] tok = new byte[HEADER + len + cksumLen];
    wrapHeader(p, tok, 0, false, p.takeSendSeq());
    System.arraycopy(message, off, tok, HEADER, len);
    UsageKeyPool pool = p.sendSeal();
    UsageKeys k = pool.take();
    try {
      // Checksum over message | header with EC = RRC = 0 (§4.2.4), with the SEAL usage: every
      // Wrap token uses KG-USAGE-*-SEAL, only MIC tokens use *-SIGN (§2; MIT and the JDK agree).
      k.checksum(tok, HEADER, len, tok, 0, HEADER, tok, HEADER + len);
    } finally {
      pool.give(k);
    }
    TokenLayout.putShort(tok, 4, cksumLen);
    if (p.rotateOnSend()) {
      TokenLayout.rotateRightInPlace(tok, HEADER, len + cksumLen, cksumLen);
      TokenLayout.putShort(tok, 6, cksumLen);
    }
    return tok;
  }

  // ---------------------------------------------------------------- unwrap

  /**
   * See {@link Rfc4121Protector#unwrap(MinorStatus, byte[], int, int, Buffer, BooleanHolder,
   * IntHolder)}.
   */
  static int unwrap(Rfc4121Protector p, MinorStatus minor, byte[] token, int off, int len,
      Buffer message, @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    try {
      p.checkUsable(0);
      Rfc4121Protector.checkRange(token, off, len);
      Unwrapped u = unwrapToken(p, token, off, len);
      int status = p.accept(minor, u.seq, u.sealed, confState, qopState);
      message.set(u.message);
      return status;
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    }
  }

  /**
   * How far the body of a received Wrap token is rotated: RRC, but RRC + EC for a rotated sealed
   * token of a DCE-style context (MIT k5sealv3iov.c, the "Windows bug" workaround).
   */
  static int sealedRotation(Rfc4121Protector p, boolean sealed, int ec, int rrc) {
    return p.dceStyle() && sealed && rrc != 0 ? rrc + ec : rrc;
  }

  /** Parses and verifies a wrap token without touching the window. */
  static Unwrapped unwrapToken(Rfc4121Protector p, byte[] token, int off, int len)
      throws TokenFailure, KrbCryptoException {
    int flags = checkWrapHeader(p, token, off, len);
    boolean sealed = (flags & FLAG_SEALED) != 0;
    int ec = TokenLayout.getShort(token, off + 4);
    int rrc = TokenLayout.getShort(token, off + 6);
    long seq = TokenLayout.getLong(token, off + 8);
    int bodyLen = len - HEADER;
    int msgLen = sealed ? sealedMessageLength(p, bodyLen, ec) : signedMessageLength(p, bodyLen, ec);
    byte[] body = token;
    int bodyOff = off + HEADER;
    int rotation = sealedRotation(p, sealed, ec, rrc);
    if (rotation % bodyLen != 0) { // bodyLen > 0: it holds at least a checksum
      body = TokenLayout.unrotate(token, bodyOff, bodyLen, rotation);
      bodyOff = 0;
    }
    byte[] msg;
    if (sealed) {
      byte[] out = new byte[msgLen + ec];
      byte[] inner = new byte[HEADER];
      UsageKeyPool pool = p.recvSeal();
      UsageKeys k = pool.take();
      try {
        k.decrypt(body, bodyOff, bodyLen, out, 0, inner, 0, HEADER);
      } finally {
        pool.give(k);
      }
      if (!headerCopyMatches(inner, 0, token, off)) {
        Arrays.fill(out, (byte) 0);
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.HEADER_MISMATCH);
      }
      if (ec == 0) {
        msg = out;
      } else {
        msg = Arrays.copyOf(out, msgLen);
        Arrays.fill(out, (byte) 0);
      }
    } else {
      byte[] hdr = checksumHeader(token, off);
      UsageKeyPool pool = p.recvSeal();
      UsageKeys k = pool.take();
      try {
        k.verifyChecksum(body, bodyOff, msgLen, hdr, 0, HEADER, body, bodyOff + msgLen, ec);
      } finally {
        pool.give(k);
      }
      msg = Arrays.copyOfRange(body, bodyOff, bodyOff + msgLen);
    }
    return new Unwrapped(msg, sealed, seq);
  }

  /**
   * Checks TOK_ID, filler and flags of a wrap token header.
   *
   * @return the flags byte
   */
  static int checkWrapHeader(Rfc4121Protector p, byte[] token, int off, int len)
      throws TokenFailure {
    return p.checkReceivedHeader(token, off, len, TokenLayout.WRAP_ID0, TokenLayout.WRAP_ID1, 4);
  }

  /**
   * Checks the lengths of a sealed token's body ({@code E(message | EC filler | header copy)}):
   * it must hold the confounder, MAC and header copy, and the plaintext must hold the EC filler
   * and the header copy (CVE-2024-37371).
   *
   * @return the message length
   */
  static int sealedMessageLength(Rfc4121Protector p, int bodyLen, int ec) throws TokenFailure {
    if (bodyLen < p.overhead() + HEADER) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.TOKEN_TOO_SHORT);
    }
    int plain = bodyLen - p.overhead();
    if (ec > plain - HEADER) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_EC);
    }
    return plain - HEADER - ec;
  }

  /**
   * Checks the lengths of an integrity-only token's body ({@code message | checksum}): EC must
   * be the checksum length (§4.2.4) and the body must hold it.
   *
   * @return the message length
   */
  static int signedMessageLength(Rfc4121Protector p, int bodyLen, int ec) throws TokenFailure {
    if (ec != p.checksumLength()) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_EC);
    }
    if (bodyLen < ec) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.TOKEN_TOO_SHORT);
    }
    return bodyLen - ec;
  }

  /**
   * CVE-2024-37370: the decrypted header copy of a sealed token must repeat the outer header, EC
   * included; only the RRC differs (0 inside). Compared in constant time, without copies.
   */
  static boolean headerCopyMatches(byte[] copy, int copyOff, byte[] token, int tokOff) {
    int diff = 0;
    for (int i = 0; i < HEADER; i++) {
      if (i != 6 && i != 7) {
        diff |= copy[copyOff + i] ^ token[tokOff + i];
      }
    }
    return diff == 0;
  }

  /** The header an integrity-only token's checksum covers: the token's, EC = RRC = 0 (§4.2.4). */
  static byte[] checksumHeader(byte[] token, int off) {
    byte[] hdr = Arrays.copyOfRange(token, off, off + HEADER);
    Arrays.fill(hdr, 4, 8, (byte) 0);
    return hdr;
  }
}
