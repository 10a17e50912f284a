package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.FILLER;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.MIC_LENGTH;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.SGN_CKSUM;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4757 §7.2 MIC tokens ({@code gss_get_mic}, {@code gss_verify_mic}) of one {@link
 * Rfc4757Protector}: {@code 01 01 | SGN_ALG 11 00 | FF FF FF FF | SND_SEQ | SGN_CKSUM} in RFC
 * 2743 §3.1 framing, the HMAC-MD5 checksum over the first 8 token bytes and the message (usage
 * 15), SND_SEQ encrypted with the key derived from the checksum.
 *
 * <p>Verification checks framing, TOK_ID, length, SGN_ALG, filler, the direction bytes and the
 * checksum before the receive window sees the sequence number, so a rejected token changes no
 * state. Stateless; thread-safe as the engine is.
 */
final class Rfc4757Mic {

  private Rfc4757Mic() {}

  /** See {@link Rfc4757Protector#getMic(MinorStatus, int, byte[], Buffer)}. */
  static int getMic(Rfc4757Protector p, MinorStatus minor, int qop, byte[] message,
      Buffer token) {
    try {
      p.checkUsable(qop);
      byte[] tok = Rfc4757Layout.allocate(p.oidDer(), MIC_LENGTH);
      int at = tok.length - MIC_LENGTH;
      Rfc4757Protector.header(tok, at, Rfc4757Layout.MIC_TOKEN_ID, false);
      int seq = p.takeSendSeq();
      p.keys().checksum(Rfc4757Keys.MIC_USAGE, tok, at, message, 0, message.length, message, 0,
          0, tok, at + SGN_CKSUM);
      p.sequenceField(tok, at, seq);
      p.checkUsable(0); // keys zeroed by a racing destroy() would have produced garbage
      token.set(tok);
      return Rfc4757Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  /** See {@link Rfc4757Protector#verifyMic(MinorStatus, byte[], byte[], IntHolder)}. */
  static int verifyMic(Rfc4757Protector p, MinorStatus minor, byte[] message, byte[] token,
      @Nullable IntHolder qopState) {
    try {
      p.checkUsable(0);
      int at = p.receivedInner(token, Rfc4757Layout.MIC_TOKEN_ID);
      int len = token.length - at;
      if (len != MIC_LENGTH) {
        throw Rfc4757Layout.defective(Rfc4121Minor.BAD_LENGTH);
      }
      Rfc4757Protector.checkSignAlgorithm(token, at);
      for (int i = 4; i < 8; i++) {
        if (token[at + i] != FILLER) {
          throw Rfc4757Layout.defective(Rfc4121Minor.BAD_FILLER);
        }
      }
      long seqDir = p.openSequence(token, at);
      byte[] expected = new byte[Rfc4757Keys.CKSUM_LENGTH];
      p.keys().checksum(Rfc4757Keys.MIC_USAGE, token, at, message, 0, message.length, message, 0,
          0, expected, 0);
      Rfc4757Protector.checkChecksum(expected, token, at);
      int status = p.accept(seqDir);
      if (qopState != null) {
        qopState.set(0);
      }
      minor.set(Rfc4121Minor.NONE);
      return status;
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }
}
