package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.CONFOUNDER;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.CONFOUNDER_LENGTH;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.FILLER;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.SGN_CKSUM;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.WRAP_HEADER;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4757 §7.3 Wrap tokens ({@code gss_wrap}, {@code gss_unwrap}, {@code gss_wrap_size_limit})
 * of one {@link Rfc4757Protector}: {@code 02 01 | SGN_ALG | SEAL_ALG | FF FF | SND_SEQ |
 * SGN_CKSUM | confounder | data | padding} in RFC 2743 §3.1 framing. The checksum (usage 13)
 * covers the first 8 token bytes, the confounder, the data and the padding in plaintext; with
 * confidentiality the confounder, data and padding are RC4-encrypted with the key derived from
 * the sequence number. We always send an 8-byte random confounder and one padding byte 01.
 *
 * <p>Unwrapping follows MIT's {@code kg_unseal_v1}: header checks, SND_SEQ and its direction
 * bytes, decryption of a copy, constant-time checksum compare, padding check, and only then the
 * direction and the receive window, so a rejected token changes no state. Stateless; thread-safe
 * as the engine is.
 */
final class Rfc4757Wrap {

  private Rfc4757Wrap() {}

  /** See {@link Rfc4757Protector#wrap(MinorStatus, boolean, int, byte[], BooleanHolder, Buffer)}. */
  static int wrap(Rfc4757Protector p, MinorStatus minor, boolean conf, int qop, byte[] message,
      @Nullable BooleanHolder confState, Buffer token) {
    try {
      p.checkUsable(qop);
      int len = message.length;
      if (len > Integer.MAX_VALUE - 64 - WRAP_HEADER - 1 - p.oidDer().length) {
        throw new TokenFailure(GSS_S_FAILURE, Rfc4121Minor.MESSAGE_TOO_LONG);
      }
      int inner = WRAP_HEADER + len + 1;
      byte[] tok = Rfc4757Layout.allocate(p.oidDer(), inner);
      int at = tok.length - inner;
      Rfc4757Protector.header(tok, at, Rfc4757Layout.WRAP_TOKEN_ID, conf);
      p.confounder(tok, at + CONFOUNDER);
      System.arraycopy(message, 0, tok, at + WRAP_HEADER, len);
      tok[tok.length - 1] = 1; // RFC 1964 padding: one byte of value 1 (no block alignment)
      int seq = p.takeSendSeq();
      p.keys().checksum(Rfc4757Keys.WRAP_USAGE, tok, at, tok, at + CONFOUNDER,
          inner - CONFOUNDER, tok, 0, 0, tok, at + SGN_CKSUM);
      p.sequenceField(tok, at, seq);
      if (conf) {
        p.keys().sealCipher(seq).processBytes(tok, at + CONFOUNDER, inner - CONFOUNDER, tok,
            at + CONFOUNDER);
      }
      p.checkUsable(0); // keys zeroed by a racing destroy() would have produced garbage
      if (confState != null) {
        confState.set(conf);
      }
      token.set(tok);
      return Rfc4757Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  /**
   * See {@link Rfc4757Protector#unwrap(MinorStatus, byte[], Buffer, BooleanHolder, IntHolder)}.
   */
  static int unwrap(Rfc4757Protector p, MinorStatus minor, byte[] token, Buffer message,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    try {
      p.checkUsable(0);
      int at = p.receivedInner(token, Rfc4757Layout.WRAP_TOKEN_ID);
      int len = token.length - at;
      if (len < WRAP_HEADER + 1) {
        throw Rfc4757Layout.defective(Rfc4121Minor.TOKEN_TOO_SHORT);
      }
      Rfc4757Protector.checkSignAlgorithm(token, at);
      boolean sealed = checkSealAlgorithm(token, at);
      long seqDir = p.openSequence(token, at);
      int bodyLen = len - CONFOUNDER; // confounder | data | padding
      byte[] plain = Arrays.copyOfRange(token, at + CONFOUNDER, token.length);
      if (sealed) {
        p.keys().sealCipher((int) (seqDir >>> 8)).processBytes(plain, 0, bodyLen, plain, 0);
      }
      byte[] expected = new byte[Rfc4757Keys.CKSUM_LENGTH];
      p.keys().checksum(Rfc4757Keys.WRAP_USAGE, token, at, plain, 0, bodyLen, plain, 0, 0,
          expected, 0);
      try {
        Rfc4757Protector.checkChecksum(expected, token, at);
      } catch (TokenFailure f) {
        Arrays.fill(plain, (byte) 0);
        throw f;
      }
      int pad = plain[bodyLen - 1] & 0xFF;
      if (pad < 1 || pad > Rfc4757Layout.MAX_PAD || pad > bodyLen - CONFOUNDER_LENGTH) {
        Arrays.fill(plain, (byte) 0);
        throw Rfc4757Layout.defective(Rfc4121Minor.BAD_PADDING);
      }
      byte[] msg = Arrays.copyOfRange(plain, CONFOUNDER_LENGTH, bodyLen - pad);
      Arrays.fill(plain, (byte) 0);
      int status;
      try {
        status = p.accept(seqDir);
      } catch (TokenFailure f) {
        Arrays.fill(msg, (byte) 0);
        throw f;
      }
      if (confState != null) {
        confState.set(sealed);
      }
      if (qopState != null) {
        qopState.set(0);
      }
      message.set(msg);
      minor.set(Rfc4121Minor.NONE);
      return status;
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  /**
   * Checks SEAL_ALG (RC4 or none) and the two filler bytes of a received Wrap token (shared with
   * {@link Rfc4757Iov}).
   *
   * @return true when the token is sealed (SEAL_ALG RC4)
   * @throws TokenFailure DEFECTIVE_TOKEN (BAD_ALGORITHM, BAD_FILLER)
   */
  static boolean checkSealAlgorithm(byte[] token, int at) throws TokenFailure {
    boolean sealed;
    if (token[at + 4] == Rfc4757Layout.SEAL_ALG_0 && token[at + 5] == Rfc4757Layout.SEAL_ALG_1) {
      sealed = true;
    } else if (token[at + 4] == FILLER && token[at + 5] == FILLER) {
      sealed = false;
    } else {
      throw Rfc4757Layout.defective(Rfc4121Minor.BAD_ALGORITHM);
    }
    if (token[at + 6] != FILLER || token[at + 7] != FILLER) {
      throw Rfc4757Layout.defective(Rfc4121Minor.BAD_FILLER);
    }
    return sealed;
  }

  /**
   * See {@link Rfc4757Protector#wrapSizeLimit(MinorStatus, boolean, int, int, IntHolder)}: the
   * largest message whose token (confounder and one padding byte, sealed or not) fits.
   */
  static int wrapSizeLimit(Rfc4757Protector p, MinorStatus minor, int qop, int reqOutputSize,
      IntHolder maxInputSize) {
    try {
      p.checkUsable(qop);
      int oid = p.oidDer().length;
      long req = Integer.toUnsignedLong(reqOutputSize);
      long limit = Math.min(req, Integer.MAX_VALUE - 64L - WRAP_HEADER - 1 - oid)
          - WRAP_HEADER - 1 - oid - 2;
      while (limit > 0 && tokenLength(p, limit) > req) {
        limit--;
      }
      maxInputSize.set((int) Math.max(0, limit));
      return Rfc4757Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  /** See {@link Rfc4757Protector#tokenLength(long)}. */
  static long tokenLength(Rfc4757Protector p, long messageLength) {
    return Rfc4757Layout.framedLength(p.oidDer(), WRAP_HEADER + messageLength + 1);
  }
}
