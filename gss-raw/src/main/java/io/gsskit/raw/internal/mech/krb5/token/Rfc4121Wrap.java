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
import java.security.MessageDigest;
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
    if (len > Integer.MAX_VALUE - 64 - HEADER - p.overhead() - HEADER) {
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
    int cksumLen = p.checksumLength();
    if (len > Integer.MAX_VALUE - 64 - HEADER - cksumLen) {
      throw new TokenFailure(GSS_S_FAILURE, Rfc4121Minor.MESSAGE_TOO_LONG);
    }
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
      int status = p.window().check(u.seq);
      if (confState != null) {
        confState.set(u.sealed);
      }
      if (qopState != null) {
        qopState.set(0);
      }
      message.set(u.message);
      minor.set(Rfc4121Minor.NONE);
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
    byte[] body = token;
    int bodyOff = off + HEADER;
    int rotation = sealedRotation(p, sealed, ec, rrc);
    if (bodyLen > 0 && rotation % bodyLen != 0) {
      body = TokenLayout.unrotate(token, bodyOff, bodyLen, rotation);
      bodyOff = 0;
    }
    byte[] msg;
    if (sealed) {
      if (bodyLen < p.overhead() + HEADER) {
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.TOKEN_TOO_SHORT);
      }
      int plain = bodyLen - p.overhead();
      if (ec > plain - HEADER) { // CVE-2024-37371: plaintext must hold EC filler + header
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_EC);
      }
      byte[] out = new byte[plain - HEADER];
      byte[] inner = new byte[HEADER];
      UsageKeyPool pool = p.recvSeal();
      UsageKeys k = pool.take();
      try {
        k.decrypt(body, bodyOff, bodyLen, out, 0, inner, 0, HEADER);
      } finally {
        pool.give(k);
      }
      // CVE-2024-37370: the encrypted copy must repeat the outer header, EC included; only the
      // RRC differs (0 inside).
      inner[6] = token[off + 6];
      inner[7] = token[off + 7];
      boolean same = MessageDigest.isEqual(inner,
          Arrays.copyOfRange(token, off, off + HEADER));
      if (!same) {
        Arrays.fill(out, (byte) 0);
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.HEADER_MISMATCH);
      }
      if (ec == 0) {
        msg = out;
      } else {
        msg = Arrays.copyOf(out, out.length - ec);
        Arrays.fill(out, (byte) 0);
      }
    } else {
      int cksumLen = p.checksumLength();
      if (ec != cksumLen) {
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_EC);
      }
      if (bodyLen < ec) {
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.TOKEN_TOO_SHORT);
      }
      int msgLen = bodyLen - ec;
      byte[] hdr = Arrays.copyOfRange(token, off, off + HEADER);
      Arrays.fill(hdr, 4, 8, (byte) 0);
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
    if (len < HEADER) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.TOKEN_TOO_SHORT);
    }
    if (token[off] != TokenLayout.WRAP_ID0 || token[off + 1] != TokenLayout.WRAP_ID1) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_TOKEN_ID);
    }
    if (token[off + 3] != FILLER) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_FILLER);
    }
    int flags = token[off + 2] & 0xFF;
    p.checkPeerFlags(token[off + 2]);
    return flags;
  }
}
