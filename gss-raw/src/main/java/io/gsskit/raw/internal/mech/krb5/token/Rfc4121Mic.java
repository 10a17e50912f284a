package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.FILLER;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.HEADER;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeys;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4121 §4.2.6.1 MIC tokens ({@code gss_get_mic}, {@code gss_verify_mic}) of one {@link
 * Rfc4121Protector}: {@code 04 04 | flags | FF FF FF FF FF | SND_SEQ | SGN_CKSUM}, the checksum
 * over message | header with the SIGN usage of the sender's side (§2).
 *
 * <p>Verification checks the header, the length and the checksum before the receive window sees
 * the sequence number, so a rejected token changes no state. Stateless; thread-safe as the engine
 * is.
 */
final class Rfc4121Mic {

  private Rfc4121Mic() {}

  /** The length of every MIC token: the header and the checksum. */
  static int tokenLength(Rfc4121Protector p) {
    return HEADER + p.checksumLength();
  }

  /** See {@link Rfc4121Protector#getMic(MinorStatus, int, byte[], int, int, Buffer)}. */
  static int getMic(Rfc4121Protector p, MinorStatus minor, int qop, byte[] message, int off,
      int len, Buffer token) {
    try {
      p.checkUsable(qop);
      Rfc4121Protector.checkRange(message, off, len);
      byte[] tok = new byte[tokenLength(p)];
      tok[0] = TokenLayout.MIC_ID0;
      tok[1] = TokenLayout.MIC_ID1;
      tok[2] = (byte) p.sendFlags();
      for (int i = 3; i < 8; i++) {
        tok[i] = FILLER;
      }
      TokenLayout.putLong(tok, 8, p.takeSendSeq());
      UsageKeyPool pool = p.sendSign();
      UsageKeys k = pool.take();
      try {
        k.checksum(message, off, len, tok, 0, HEADER, tok, HEADER);
      } finally {
        pool.give(k);
      }
      token.set(tok);
      return Rfc4121Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    }
  }

  /**
   * See {@link Rfc4121Protector#verifyMic(MinorStatus, byte[], int, int, byte[], int, int,
   * IntHolder)}.
   */
  static int verifyMic(Rfc4121Protector p, MinorStatus minor, byte[] message, int off, int len,
      byte[] token, int tokOff, int tokLen, @Nullable IntHolder qopState) {
    try {
      p.checkUsable(0);
      Rfc4121Protector.checkRange(message, off, len);
      Rfc4121Protector.checkRange(token, tokOff, tokLen);
      p.checkReceivedHeader(token, tokOff, tokLen, TokenLayout.MIC_ID0, TokenLayout.MIC_ID1, 8);
      if (tokLen != tokenLength(p)) {
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_LENGTH);
      }
      UsageKeyPool pool = p.recvSign();
      UsageKeys k = pool.take();
      try {
        k.verifyChecksum(message, off, len, token, tokOff, HEADER, token, tokOff + HEADER,
            p.checksumLength());
      } finally {
        pool.give(k);
      }
      return p.accept(minor, TokenLayout.getLong(token, tokOff + 8), false, null, qopState);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    }
  }
}
