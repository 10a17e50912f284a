package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.CONFOUNDER;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.CONFOUNDER_LENGTH;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.MIC_LENGTH;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.SGN_CKSUM;
import static io.gsskit.raw.internal.mech.krb5.token.Rfc4757Layout.WRAP_HEADER;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.engines.RC4Engine;
import org.jspecify.annotations.Nullable;

/**
 * The IOV variants of RFC 4757 §7 Wrap and MIC tokens ({@code gss_wrap_iov}, {@code
 * gss_unwrap_iov}, {@code gss_wrap_iov_length}, {@code gss_get_mic_iov}...) with MIT krb5's
 * layout for "v1" tokens (facts from MIT krb5 {@code src/lib/gssapi/krb5}: {@code
 * make_seal_token_v1_iov} and {@code kg_seal_iov_length} in k5sealiov.c, {@code
 * kg_unseal_v1_iov} and {@code kg_unseal_stream_iov} in k5unsealiov.c, {@code
 * kg_translate_iov_v1}, {@code kg_fixup_padding_iov} and {@code kg_integ_only_iov} in
 * util_crypt.c, {@code kg_make_checksum_iov_v1} in util_cksum.c):
 *
 * <ul>
 *   <li>HEADER: the framing {@code 60 <length> <mech OID>} and the 32-byte inner header
 *       (TOK_ID 02 01 ... SGN_CKSUM | confounder). The framing's DER length announces the whole
 *       token (header, DATA, PADDING), so HEADER | DATA | PADDING is exactly a {@code gss_wrap}
 *       token when there is no SIGN_ONLY buffer.
 *   <li>DATA: RC4-encrypted in place (sealed) or left as is (integrity only). No DATA buffer at
 *       all means integrity only (conf_state false).
 *   <li>SIGN_ONLY: covered by the checksum, neither encrypted nor part of the token.
 *   <li>PADDING: required; one byte of value 1 (RC4 needs no block alignment), encrypted with the
 *       data. On unwrap the last padding byte gives the pad length; DATA is shortened when it is
 *       longer than the PADDING buffer, and PADDING ends empty. An absent or empty PADDING buffer
 *       leaves the data as it is (MIT: "to allow unwrapping of WinRM unpadded RC4 tokens").
 *   <li>TRAILER: always 0 bytes; a non-empty TRAILER on unwrap is a defective token.
 *   <li>STREAM (unwrap): a complete token with exactly one DATA buffer and any SIGN_ONLY buffers;
 *       the last byte is the padding, DATA is pointed at the plaintext inside the stream (or a
 *       copy when flagged {@link Iov#GSS_IOV_BUFFER_FLAG_ALLOCATE}).
 *   <li>DCE style ({@link Rfc4757Protector#dceStyle()}): no padding (the caller pads; a PADDING
 *       buffer is optional and gets 0 bytes) and the framing announces only the header (the token
 *       header and confounder). MIT refuses STREAM on DCE contexts; GSSKit splits such a stream as
 *       header | DATA, which lets {@code gss_unwrap_aead} read MIT's DCE AEAD tokens.
 * </ul>
 *
 * <p>The checksum covers the first 8 header bytes, the confounder, then the DATA, SIGN_ONLY and
 * PADDING buffers in array order (plaintext); the RC4 stream runs over the confounder, then the
 * DATA and PADDING buffers in array order. MIC IOV tokens are ordinary MIC tokens over DATA,
 * SIGN_ONLY and PADDING in array order, in a MIC_TOKEN buffer ({@code gss_get_mic_iov_length}
 * gives the exact length; MIT 1.20 over-reports it by the 8 confounder bytes that MIC tokens do
 * not have).
 *
 * <p>Unwrap verifies before it releases anything: a bad checksum gives {@code GSS_S_BAD_SIG} with
 * DATA and STREAM untouched and the receive window unchanged. The pad length must be 1..8 (as
 * {@link Rfc4757Protector#unwrap} requires; MIT accepts any that fits) and fit the data. Hostile
 * arrays give {@code GSS_S_CALL_BAD_STRUCTURE} (wrap) or {@code GSS_S_DEFECTIVE_TOKEN}, never an
 * exception. Stateless; thread-safe as the engine is (an IOV array belongs to one call).
 */
final class Rfc4757Iov {

  private Rfc4757Iov() {}

  /**
   * Classifies an IOV array: the checksum covers DATA, SIGN_ONLY and PADDING, and all buffers
   * together must fit in one token.
   */
  private static IovLayout layout(IovBuffer[] iov) throws TokenFailure {
    IovLayout l = IovLayout.of(iov, true);
    IovLayout.checkLength(l.totalLength);
    return l;
  }

  /** The covered buffers as segments. */
  private static List<Segment> segments(IovLayout l) {
    List<Segment> out = new ArrayList<>(l.covered.size());
    for (IovBuffer b : l.covered) {
      out.add(new Segment(b.bufferType(), b.array(), b.offset(), b.length()));
    }
    return out;
  }

  /** A region the checksum covers, with the IOV type it plays. */
  private record Segment(int type, byte[] array, int offset, int length) {
    boolean encrypted() {
      return type != Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY;
    }
  }

  /** Bytes the framing announces after the tag: the whole token, or for DCE the header only. */
  private static long announced(Rfc4757Protector p, long dataLength, int padLength) {
    return p.dceStyle() ? WRAP_HEADER : WRAP_HEADER + dataLength + padLength;
  }

  /** The HEADER length: framing and the 32-byte inner header. */
  private static int headerLength(Rfc4757Protector p, long dataLength, int padLength) {
    long covered = announced(p, dataLength, padLength);
    return (int) (Rfc4757Layout.framedLength(p.oidDer(), covered) - (covered - WRAP_HEADER));
  }

  // ---------------------------------------------------------------- wrap

  /**
   * Checks the buffers of a Wrap IOV call (MIT make_seal_token_v1_iov: HEADER always, PADDING
   * unless DCE style; no STREAM or MIC_TOKEN).
   *
   * @return the HEADER buffer
   */
  private static IovBuffer wrapHeader(Rfc4757Protector p, IovLayout l) throws TokenFailure {
    IovBuffer h = l.wrapHeader();
    if (l.padding == null && !p.dceStyle()) {
      throw IovLayout.bad();
    }
    return h;
  }

  static int wrapIovLength(Rfc4757Protector p, MinorStatus minor, boolean conf, int qop,
      @Nullable BooleanHolder confState, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      IovLayout l = layout(iov);
      IovBuffer h = wrapHeader(p, l);
      int pad = p.dceStyle() ? 0 : 1;
      int hdr = headerLength(p, l.dataLength, pad);
      IovLayout.reportLength(h, hdr);
      IovLayout.reportLength(l.padding, pad);
      IovLayout.reportLength(l.trailer, 0);
      if (confState != null) {
        confState.set(conf && !l.data.isEmpty());
      }
      return Rfc4757Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  static int wrapIov(Rfc4757Protector p, MinorStatus minor, boolean conf, int qop,
      @Nullable BooleanHolder confState, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      IovLayout l = layout(iov);
      IovBuffer h = wrapHeader(p, l);
      // MIT kg_integ_only_iov: without a DATA buffer the token is integrity-only.
      boolean sealed = conf && !l.data.isEmpty();
      int pad = p.dceStyle() ? 0 : 1;
      IovLayout.size(h, headerLength(p, l.dataLength, pad));
      if (l.padding != null) {
        IovLayout.size(l.padding, pad);
        Arrays.fill(l.padding.array(), l.padding.offset(), l.padding.offset() + pad, (byte) pad);
      }
      if (l.trailer != null) {
        IovLayout.size(l.trailer, 0);
      }
      byte[] hb = h.array();
      int at = Rfc4757Layout.writeFraming(hb, h.offset(), p.oidDer(),
          (int) announced(p, l.dataLength, pad));
      Rfc4757Protector.header(hb, at, Rfc4757Layout.WRAP_TOKEN_ID, sealed);
      p.confounder(hb, at + CONFOUNDER);
      int seq = p.takeSendSeq();
      Rfc4757Keys.Checksum c = p.keys().startChecksum(Rfc4757Keys.WRAP_USAGE, hb, at);
      c.update(hb, at + CONFOUNDER, CONFOUNDER_LENGTH);
      for (IovBuffer b : l.covered) {
        c.update(b.array(), b.offset(), b.length());
      }
      c.finish(hb, at + SGN_CKSUM);
      p.sequenceField(hb, at, seq);
      if (sealed) {
        RC4Engine rc4 = p.keys().sealCipher(seq);
        rc4.processBytes(hb, at + CONFOUNDER, CONFOUNDER_LENGTH, hb, at + CONFOUNDER);
        for (IovBuffer b : l.covered) {
          if (b.bufferType() != Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY) {
            rc4.processBytes(b.array(), b.offset(), b.length(), b.array(), b.offset());
          }
        }
      }
      p.checkUsable(0); // keys zeroed by a racing destroy() would have produced garbage
      if (confState != null) {
        confState.set(sealed);
      }
      return Rfc4757Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  // ---------------------------------------------------------------- unwrap

  static int unwrapIov(Rfc4757Protector p, MinorStatus minor, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState, IovBuffer[] iov) {
    byte[] streamCopy = null;
    try {
      p.checkUsable(0);
      IovLayout l = layout(iov);
      l.checkUnwrap();
      boolean dce = p.dceStyle();
      byte[] hb;
      int at;
      List<Segment> segs;
      Segment pad = null;
      IovBuffer s = l.stream;
      if (s != null) {
        streamCopy = s.toByteArray();
        hb = streamCopy;
        at = Rfc4757Layout.innerOffset(streamCopy, 0, streamCopy.length, p.oidDer(),
            dce ? Rfc4757Layout.framedLength(p.oidDer(), WRAP_HEADER) : -1);
        int padLen = dce ? 0 : 1;
        if (streamCopy.length - at < WRAP_HEADER + padLen) {
          throw Rfc4757Layout.defective(Rfc4121Minor.TOKEN_TOO_SHORT);
        }
        int dataLen = streamCopy.length - at - WRAP_HEADER - padLen;
        segs = new ArrayList<>();
        for (IovBuffer b : l.covered) {
          segs.add(b.bufferType() == Iov.GSS_IOV_BUFFER_TYPE_DATA
              ? new Segment(Iov.GSS_IOV_BUFFER_TYPE_DATA, streamCopy, at + WRAP_HEADER, dataLen)
              : new Segment(b.bufferType(), b.array(), b.offset(), b.length()));
        }
        if (!dce) {
          // k5unsealiov.c: the stream's last byte is the PADDING, after every other buffer.
          pad = new Segment(Iov.GSS_IOV_BUFFER_TYPE_PADDING, streamCopy, streamCopy.length - 1,
              1);
          segs.add(pad);
        }
      } else {
        IovBuffer h = Objects.requireNonNull(l.header); // checkUnwrap
        if (l.trailer != null && l.trailer.length() != 0) {
          throw Rfc4757Layout.defective(Rfc4121Minor.BAD_IOV);
        }
        long total = dce ? h.length()
            : h.length() + l.dataLength + (l.padding == null ? 0 : l.padding.length());
        hb = h.array();
        at = Rfc4757Layout.innerOffset(hb, h.offset(), h.length(), p.oidDer(), total);
        if (h.offset() + h.length() - at != WRAP_HEADER) {
          throw Rfc4757Layout.defective(h.offset() + h.length() - at < WRAP_HEADER
              ? Rfc4121Minor.TOKEN_TOO_SHORT : Rfc4121Minor.BAD_LENGTH);
        }
        segs = segments(l);
        if (!dce && l.padding != null && l.padding.length() > 0) {
          for (Segment g : segs) {
            if (g.type() == Iov.GSS_IOV_BUFFER_TYPE_PADDING) {
              pad = g;
            }
          }
        }
      }
      Unsealed u = unseal(p, hb, at, segs, pad);
      try {
        int status = p.accept(u.seqDir());
        release(l, u);
        if (confState != null) {
          confState.set(u.sealed());
        }
        if (qopState != null) {
          qopState.set(0);
        }
        minor.set(Rfc4121Minor.NONE);
        return status;
      } finally {
        Arrays.fill(u.plain(), (byte) 0);
      }
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    } finally {
      if (streamCopy != null) {
        Arrays.fill(streamCopy, (byte) 0);
      }
    }
  }

  /**
   * A verified token: the plaintext of the DATA and PADDING segments in order, how many bytes of
   * DATA the padding takes back ({@code strip}), the sequence field and whether it was sealed.
   */
  private record Unsealed(byte[] plain, List<Segment> segments, boolean padded, int strip,
      long seqDir, boolean sealed) {}

  /**
   * Checks the header, decrypts copies, recomputes the checksum and checks the padding: the
   * steps of MIT's {@code kg_unseal_v1_iov} up to (not including) the direction and sequence
   * checks, without touching the caller's buffers.
   */
  private static Unsealed unseal(Rfc4757Protector p, byte[] hb, int at, List<Segment> segs,
      @Nullable Segment pad) throws TokenFailure {
    Rfc4757Protector.checkTokenId(hb, at, Rfc4757Layout.WRAP_TOKEN_ID);
    Rfc4757Protector.checkSignAlgorithm(hb, at);
    boolean sealed = Rfc4757Wrap.checkSealAlgorithm(hb, at);
    long seqDir = p.openSequence(hb, at);
    int n = 0;
    long dataLength = 0;
    for (Segment g : segs) {
      if (g.encrypted()) {
        n += g.length();
      }
      if (g.type() == Iov.GSS_IOV_BUFFER_TYPE_DATA) {
        dataLength += g.length();
      }
    }
    byte[] confounder = Arrays.copyOfRange(hb, at + CONFOUNDER, at + WRAP_HEADER);
    byte[] plain = new byte[n];
    int pos = 0;
    for (Segment g : segs) {
      if (g.encrypted()) {
        System.arraycopy(g.array(), g.offset(), plain, pos, g.length());
        pos += g.length();
      }
    }
    boolean ok = false;
    try {
      if (sealed) {
        RC4Engine rc4 = p.keys().sealCipher((int) (seqDir >>> 8));
        rc4.processBytes(confounder, 0, CONFOUNDER_LENGTH, confounder, 0);
        rc4.processBytes(plain, 0, n, plain, 0);
      }
      Rfc4757Keys.Checksum c = p.keys().startChecksum(Rfc4757Keys.WRAP_USAGE, hb, at);
      c.update(confounder, 0, CONFOUNDER_LENGTH);
      pos = 0;
      int padEnd = -1;
      for (Segment g : segs) {
        if (g.encrypted()) {
          c.update(plain, pos, g.length());
          pos += g.length();
          if (g == pad) {
            padEnd = pos;
          }
        } else {
          c.update(g.array(), g.offset(), g.length());
        }
      }
      byte[] expected = new byte[Rfc4757Keys.CKSUM_LENGTH];
      c.finish(expected, 0);
      Rfc4757Protector.checkChecksum(expected, hb, at);
      int strip = 0;
      if (pad != null) {
        // kg_fixup_padding_iov: the last padding byte is the pad length; what exceeds the
        // PADDING buffer comes off the end of the data.
        int value = plain[padEnd - 1] & 0xFF;
        if (value < 1 || value > Rfc4757Layout.MAX_PAD || value < pad.length()
            || value - pad.length() > dataLength) {
          throw Rfc4757Layout.defective(Rfc4121Minor.BAD_PADDING);
        }
        strip = value - pad.length();
      }
      ok = true;
      return new Unsealed(plain, segs, pad != null, strip, seqDir, sealed);
    } finally {
      Arrays.fill(confounder, (byte) 0);
      if (!ok) {
        Arrays.fill(plain, (byte) 0);
      }
    }
  }

  /**
   * Hands the verified plaintext to the caller: DATA (and a DCE PADDING) buffers get their
   * plaintext, DATA loses the bytes the padding takes back, PADDING ends empty; for a STREAM the
   * plaintext goes back into the stream and DATA points at it.
   */
  private static void release(IovLayout l, Unsealed u) {
    byte[] plain = u.plain();
    if (l.stream != null) {
      IovBuffer s = l.stream;
      IovBuffer d = l.data.get(0);
      Segment dataSeg = null;
      for (Segment g : u.segments()) {
        if (g.type() == Iov.GSS_IOV_BUFFER_TYPE_DATA) {
          dataSeg = g;
        }
      }
      int dataAt = dataSeg == null ? 0 : dataSeg.offset();
      int dataLen = (dataSeg == null ? 0 : dataSeg.length()) - u.strip();
      // In a stream only SIGN_ONLY buffers can precede DATA: its plaintext starts at plain[0].
      System.arraycopy(plain, 0, s.array(), s.offset() + dataAt, dataLen);
      if (IovLayout.wantsAllocation(d)) {
        d.setAllocated(Arrays.copyOfRange(plain, 0, dataLen));
      } else {
        d.set(s.array(), s.offset() + dataAt, dataLen);
      }
      return;
    }
    int pos = 0;
    for (IovBuffer b : l.covered) {
      if (b.bufferType() != Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY) {
        System.arraycopy(plain, pos, b.array(), b.offset(), b.length());
        pos += b.length();
      }
    }
    int strip = u.strip();
    for (int i = l.data.size() - 1; i >= 0 && strip > 0; i--) {
      IovBuffer d = l.data.get(i);
      int cut = Math.min(strip, d.length());
      d.set(d.array(), d.offset(), d.length() - cut);
      strip -= cut;
    }
    IovBuffer padding = l.padding;
    if (padding != null && u.padded()) {
      padding.set(padding.array(), padding.offset(), 0);
    }
  }

  // ---------------------------------------------------------------- MIC

  static int getMicIovLength(Rfc4757Protector p, MinorStatus minor, int qop, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      IovBuffer m = layout(iov).micToken();
      int n = (int) Rfc4757Layout.framedLength(p.oidDer(), MIC_LENGTH);
      m.set(new byte[n], 0, n);
      return Rfc4757Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  static int getMicIov(Rfc4757Protector p, MinorStatus minor, int qop, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      IovLayout l = layout(iov);
      IovBuffer m = l.micToken();
      IovLayout.size(m, (int) Rfc4757Layout.framedLength(p.oidDer(), MIC_LENGTH));
      return l.getMicInto(p, minor, qop, m);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }

  static int verifyMicIov(Rfc4757Protector p, MinorStatus minor, @Nullable IntHolder qopState,
      IovBuffer[] iov) {
    try {
      p.checkUsable(0);
      IovLayout l = layout(iov);
      IovBuffer m = l.micToken();
      return p.verifyMic(minor, l.coveredBytes(), m.toByteArray(), qopState);
    } catch (TokenFailure f) {
      return Rfc4757Protector.fail(minor, f);
    }
  }
}
