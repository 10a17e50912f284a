package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.FLAG_SEALED;
import static io.gsskit.raw.internal.mech.krb5.token.TokenLayout.HEADER;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.kerberos.crypto.CryptoIov;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The IOV variants of RFC 4121 wrap/unwrap and MIC ({@code gss_wrap_iov}, {@code
 * gss_unwrap_iov}, {@code gss_wrap_iov_length}, {@code gss_get_mic_iov}...) with MIT krb5's
 * layout (k5sealv3iov.c / doc/appdev/gssapi.rst "IOV"):
 *
 * <ul>
 *   <li>HEADER: the 16-byte token header, then for sealed tokens the encrypted confounder.
 *   <li>DATA: encrypted in place (sealed) or left as is (integrity only).
 *   <li>SIGN_ONLY: covered by the checksum or MAC, neither encrypted nor carried in the token;
 *       it must be presented again, in the same array position among the DATA buffers, to
 *       unwrap ({@code gss_wrap_aead}'s associated data is one SIGN_ONLY buffer before DATA).
 *   <li>No DATA buffer at all: confidentiality is not applied (conf_state false), as MIT does.
 *   <li>PADDING: always 0 bytes (CTS needs no padding, EC = 0). DCE-style contexts ({@link
 *       Rfc4121Protector#dceStyle()}) put EC = 16 bytes of 0xFF filler before the encrypted
 *       header copy of sealed tokens and, without a TRAILER, write RRC = trailer length - EC
 *       (MIT k5sealv3iov.c, the "Windows bug" workaround; the receiver rotates by RRC + EC).
 *   <li>TRAILER: the encrypted header copy and HMAC (sealed) or the checksum (integrity only),
 *       with RRC 0. Without a TRAILER buffer the trailer goes into the HEADER after the token
 *       header and RRC = trailer length, as MIT does; the concatenation HEADER | DATA | TRAILER
 *       is then exactly a {@code gss_wrap} token.
 *   <li>STREAM (unwrap): a complete token, with exactly one DATA buffer and any SIGN_ONLY
 *       buffers around it; DATA is pointed at the plaintext inside the stream.
 *   <li>{@link Iov#GSS_IOV_BUFFER_FLAG_ALLOCATE}: HEADER, PADDING, TRAILER and MIC_TOKEN buffers
 *       so flagged are allocated here.
 * </ul>
 *
 * <p>Integrity: an integrity-only token's checksum (RFC 4121 §4.2.4) covers the DATA and
 * SIGN_ONLY buffers in array order, then the token header with EC = RRC = 0. A sealed token is
 * RFC 3961 encryption with IOVs ({@link UsageKeys#encryptIov}, MIT's {@code krb5_c_encrypt_iov})
 * over confounder | DATA and SIGN_ONLY buffers in array order | header copy: the cipher sees
 * confounder | DATA… | header copy, so without SIGN_ONLY buffers the token equals a {@code
 * gss_wrap} token; the MAC also covers SIGN_ONLY — over the plaintext for the RFC 3962 and
 * RFC 6803 enctypes, over IV | ciphertext for RFC 8009 — exactly as MIT krb5 computes it for
 * {@code gss_wrap_iov}/{@code gss_wrap_aead}. arcfour-hmac has no RFC 4121 tokens here.
 *
 * <p>Unwrap verifies before it releases anything: a bad checksum or MAC, or a wrong SIGN_ONLY
 * buffer, gives {@code GSS_S_BAD_SIG} with the DATA (or STREAM) buffers untouched and the
 * receive window unchanged.
 *
 * <p>Hostile arrays (missing or duplicate HEADER/TRAILER/PADDING/STREAM, short buffers) give
 * {@code GSS_S_CALL_BAD_STRUCTURE} on wrap and {@code GSS_S_DEFECTIVE_TOKEN}/{@code GSS_S_BAD_SIG}
 * on unwrap, never an exception. Stateless; thread-safe as the engine is (an IOV array itself
 * belongs to one call).
 */
final class Rfc4121Iov {

  private Rfc4121Iov() {}

  /**
   * Classifies an IOV array: the checksum covers DATA and SIGN_ONLY, which together must fit in
   * one token.
   */
  private static IovLayout layout(IovBuffer[] iov) throws TokenFailure {
    IovLayout l = IovLayout.of(iov, false);
    IovLayout.checkLength(l.coveredLength);
    return l;
  }

  /** Without a STREAM the token's data must fill the DATA buffers exactly. */
  private static void checkDataLength(IovLayout l, int msgLen) throws TokenFailure {
    if (l.stream == null && msgLen != l.dataLength) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_IOV);
    }
  }

  /** Copies {@code src[off..)} into the DATA buffers in order. */
  private static void scatter(byte[] src, int off, List<IovBuffer> bufs) {
    int pos = off;
    for (IovBuffer b : bufs) {
      System.arraycopy(src, pos, b.array(), b.offset(), b.length());
      pos += b.length();
    }
  }

  // ---------------------------------------------------------------- wrap

  static int wrapIovLength(Rfc4121Protector p, MinorStatus minor, boolean conf, int qop,
      @Nullable BooleanHolder confState, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      IovLayout l = layout(iov);
      IovBuffer h = l.wrapHeader();
      conf = conf && !l.data.isEmpty(); // see wrapIov
      int trl = trailerLength(p, conf);
      int hdr = headerLength(conf, l.trailer == null ? trl : 0);
      IovLayout.reportLength(h, hdr);
      IovLayout.reportLength(l.trailer, trl);
      IovLayout.reportLength(l.padding, 0);
      if (confState != null) {
        confState.set(conf);
      }
      return Rfc4121Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    }
  }

  static int wrapIov(Rfc4121Protector p, MinorStatus minor, boolean conf, int qop,
      @Nullable BooleanHolder confState, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      IovLayout l = layout(iov);
      IovBuffer h = l.wrapHeader();
      // MIT (k5sealiov.c, kg_integ_only_iov): without any DATA buffer there is nothing to
      // encrypt and the token is integrity-only, conf_state false.
      conf = conf && !l.data.isEmpty();
      int ec = conf ? dceEc(p) : 0;
      int trl = trailerLength(p, conf);
      int rrc = l.trailer == null ? trl : 0;
      IovLayout.size(h, headerLength(conf, rrc));
      if (l.trailer != null) {
        IovLayout.size(l.trailer, trl);
      }
      if (l.padding != null) {
        IovLayout.size(l.padding, 0);
      }
      byte[] hb = h.array();
      int ho = h.offset();
      byte[] tb = l.trailer != null ? l.trailer.array() : hb;
      int to = l.trailer != null ? l.trailer.offset() : ho + HEADER; // where the trailer goes
      byte[] th = new byte[HEADER];
      Rfc4121Wrap.wrapHeader(p, th, 0, conf, p.takeSendSeq());
      if (conf) {
        // MIT's layout (k5sealv3iov.c, util_crypt.c kg_translate_iov_v3): the crypto IOV array is
        // confounder | DATA and SIGN_ONLY in array order | EC filler | header copy (RRC 0) | MAC,
        // the confounder at the end of the HEADER buffer, filler, header copy and MAC in the
        // trailer. EC is 0 except in DCE style (16 bytes of 0xFF, repeated in the header copy).
        Arrays.fill(tb, to, to + ec, TokenLayout.FILLER);
        TokenLayout.putShort(th, 4, ec);
        System.arraycopy(th, 0, tb, to + ec, HEADER);
        int confAt = l.trailer != null ? ho + HEADER : ho + HEADER + trl;
        UsageKeys k = p.sendSeal().take();
        try {
          k.encryptIov(cryptoIov(l.covered, null, -1, -1, tb, to, ec + HEADER), hb, confAt, tb,
              to + ec + HEADER);
        } finally {
          p.sendSeal().give(k);
        }
        // RRC only outside (RFC 4121 §4.2.5); DCE style announces the rotation minus EC.
        TokenLayout.putShort(th, 6, rrc == 0 ? 0 : rrc - ec);
        System.arraycopy(th, 0, hb, ho, HEADER);
      } else {
        byte[] signed = l.coveredBytes();
        byte[] cksum = new byte[trl];
        UsageKeys k = p.sendSeal().take();
        try {
          // RFC 4121 §4.2.4: checksum over data (and SIGN_ONLY, in array order) | header with
          // EC = RRC = 0, SEAL usage as for every Wrap token.
          k.checksum(signed, 0, signed.length, th, 0, HEADER, cksum, 0);
        } finally {
          p.sendSeal().give(k);
        }
        TokenLayout.putShort(th, 4, trl);
        TokenLayout.putShort(th, 6, rrc);
        System.arraycopy(th, 0, hb, ho, HEADER);
        System.arraycopy(cksum, 0, tb, to, trl);
      }
      if (confState != null) {
        confState.set(conf);
      }
      return Rfc4121Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    }
  }

  /**
   * The crypto IOV array of a sealed token: the DATA and SIGN_ONLY buffers in array order — the
   * DATA buffers themselves, or, when {@code body} is given, consecutive slices of
   * {@code body} from {@code bodyPos} with the DATA buffers' lengths ({@code streamLen} for the
   * one DATA buffer of a STREAM unwrap when not negative) — then {@code tail} (EC filler and
   * header copy) as DATA.
   */
  private static CryptoIov[] cryptoIov(List<IovBuffer> signed, byte @Nullable [] body,
      int bodyPos, int streamLen, byte[] tail, int tailOff, int tailLen) {
    CryptoIov[] bufs = new CryptoIov[signed.size() + 1];
    int i = 0;
    int pos = bodyPos;
    for (IovBuffer b : signed) {
      if (b.bufferType() == Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY) {
        bufs[i++] = CryptoIov.signOnly(b.array(), b.offset(), b.length());
      } else if (body == null) {
        bufs[i++] = CryptoIov.data(b.array(), b.offset(), b.length());
      } else {
        int n = streamLen >= 0 ? streamLen : b.length();
        bufs[i++] = CryptoIov.data(body, pos, n);
        pos += n;
      }
    }
    bufs[i] = CryptoIov.data(tail, tailOff, tailLen);
    return bufs;
  }

  /**
   * The trailer of a wrap IOV token: EC filler, encrypted header copy and MAC (sealed) or the
   * checksum (integrity only).
   */
  private static int trailerLength(Rfc4121Protector p, boolean conf) {
    return conf ? dceEc(p) + HEADER + p.macLength() : p.checksumLength();
  }

  /** The HEADER buffer of a wrap IOV token: token header, confounder (sealed), rotated trailer. */
  private static int headerLength(boolean conf, int rrc) {
    return (conf ? HEADER + 16 : HEADER) + rrc;
  }

  /**
   * The EC of a sealed IOV token: 0, or for a DCE-style context the cipher block size (16 for
   * every RFC 4121 enctype here), as MIT (k5sealv3iov.c: "Windows rejects AEAD tokens with
   * non-zero EC" when the padding would be 0) and Heimdal do.
   */
  private static int dceEc(Rfc4121Protector p) {
    return p.dceStyle() ? 16 : 0;
  }

  // ---------------------------------------------------------------- unwrap

  static int unwrapIov(Rfc4121Protector p, MinorStatus minor, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState, IovBuffer[] iov) {
    byte[] tok = null;
    try {
      p.checkUsable(0);
      IovLayout l = layout(iov);
      l.checkUnwrap();
      IovBuffer s = l.stream;
      if (s != null) {
        tok = Arrays.copyOfRange(s.array(), s.offset(), s.offset() + s.length());
      } else {
        IovBuffer h = Objects.requireNonNull(l.header); // checkUnwrap
        List<IovBuffer> parts = new ArrayList<>();
        parts.add(h);
        parts.addAll(l.data);
        if (l.padding != null) {
          parts.add(l.padding);
        }
        if (l.trailer != null) {
          parts.add(l.trailer);
        }
        long total = h.length() + l.dataLength
            + (l.padding == null ? 0 : l.padding.length())
            + (l.trailer == null ? 0 : l.trailer.length());
        if (total > IovLayout.MAX_LENGTH) {
          throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.MESSAGE_TOO_LONG);
        }
        tok = IovLayout.gather(parts, total);
      }
      int flags = Rfc4121Wrap.checkWrapHeader(p, tok, 0, tok.length);
      boolean sealed = (flags & FLAG_SEALED) != 0;
      byte[] msg;
      long seq;
      if (l.signOnlyLength == 0) {
        Rfc4121Wrap.Unwrapped u = Rfc4121Wrap.unwrapToken(p, tok, 0, tok.length);
        msg = u.message();
        seq = u.seq();
      } else {
        msg = sealed ? unsealSigned(p, tok, l) : verifySigned(p, tok, l);
        seq = TokenLayout.getLong(tok, 8);
      }
      if (s != null) {
        // Plaintext goes back into the stream where the data sits in an unrotated token.
        int at = sealed ? HEADER + 16 : HEADER;
        if (msg.length > s.length() - at) {
          throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.TOKEN_TOO_SHORT);
        }
        System.arraycopy(msg, 0, s.array(), s.offset() + at, msg.length);
        l.data.get(0).set(s.array(), s.offset() + at, msg.length);
      } else {
        if (msg.length != l.dataLength) {
          Arrays.fill(msg, (byte) 0);
          throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_IOV);
        }
        scatter(msg, 0, l.data);
      }
      Arrays.fill(msg, (byte) 0);
      return p.accept(minor, seq, sealed, confState, qopState);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    } finally {
      if (tok != null) {
        Arrays.fill(tok, (byte) 0);
      }
    }
  }

  /**
   * Verifies and decrypts a sealed token (contiguous in {@code tok}) whose MAC also covers
   * SIGN_ONLY buffers, with the checks of {@link Rfc4121Wrap#unwrapToken} (any RRC undone,
   * EC within the plaintext, the encrypted header copy equal to the outer header but for RRC).
   * The crypto IOV array is MIT's (k5unsealiov.c, kg_translate_iov_v3): confounder | the DATA
   * buffers' slices of the ciphertext and the SIGN_ONLY buffers in array order | EC filler and
   * header copy | MAC.
   *
   * @return the data
   */
  private static byte[] unsealSigned(Rfc4121Protector p, byte[] tok, IovLayout l)
      throws TokenFailure, KrbCryptoException {
    int ec = TokenLayout.getShort(tok, 4);
    int rrc = TokenLayout.getShort(tok, 6);
    int bodyLen = tok.length - HEADER;
    int msgLen = Rfc4121Wrap.sealedMessageLength(p, bodyLen, ec);
    checkDataLength(l, msgLen);
    // A copy of the body, unrotated (bodyLen > 0): decrypted in place, zeroed after.
    byte[] body = TokenLayout.unrotate(tok, HEADER, bodyLen,
        Rfc4121Wrap.sealedRotation(p, true, ec, rrc));
    int tailAt = 16 + msgLen;
    try {
      CryptoIov[] bufs = cryptoIov(l.covered, body, 16, l.stream != null ? msgLen : -1, body,
          tailAt, ec + HEADER);
      UsageKeys k = p.recvSeal().take();
      try {
        k.decryptIov(body, 0, bufs, body, bodyLen - p.macLength());
      } finally {
        p.recvSeal().give(k);
      }
      if (!Rfc4121Wrap.headerCopyMatches(body, tailAt + ec, tok, 0)) {
        throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.HEADER_MISMATCH);
      }
      return Arrays.copyOfRange(body, 16, 16 + msgLen);
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }

  /**
   * Verifies an integrity-only token (contiguous in {@code tok}) whose checksum also covers
   * SIGN_ONLY buffers: the token's data takes the place of the DATA buffers in array order.
   *
   * @return the data
   */
  private static byte[] verifySigned(Rfc4121Protector p, byte[] tok, IovLayout l)
      throws TokenFailure, KrbCryptoException {
    int ec = TokenLayout.getShort(tok, 4);
    int rrc = TokenLayout.getShort(tok, 6);
    int bodyLen = tok.length - HEADER;
    int msgLen = Rfc4121Wrap.signedMessageLength(p, bodyLen, ec);
    checkDataLength(l, msgLen);
    byte[] body = TokenLayout.unrotate(tok, HEADER, bodyLen, rrc); // bodyLen > 0
    byte[] signed = new byte[(int) (msgLen + l.signOnlyLength)];
    int pos = 0;
    int dataPos = 0;
    for (IovBuffer b : l.covered) {
      if (b.bufferType() == Iov.GSS_IOV_BUFFER_TYPE_DATA) {
        int n = l.stream != null ? msgLen : b.length();
        System.arraycopy(body, dataPos, signed, pos, n);
        dataPos += n;
        pos += n;
      } else {
        System.arraycopy(b.array(), b.offset(), signed, pos, b.length());
        pos += b.length();
      }
    }
    byte[] hdr = Rfc4121Wrap.checksumHeader(tok, 0);
    UsageKeys k = p.recvSeal().take();
    try {
      k.verifyChecksum(signed, 0, signed.length, hdr, 0, HEADER, body, msgLen, ec);
    } finally {
      p.recvSeal().give(k);
    }
    return Arrays.copyOf(body, msgLen);
  }

  // ---------------------------------------------------------------- MIC

  static int getMicIovLength(Rfc4121Protector p, MinorStatus minor, int qop, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      int n = Rfc4121Mic.tokenLength(p);
      layout(iov).micToken().set(new byte[n], 0, n);
      return Rfc4121Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    }
  }

  static int getMicIov(Rfc4121Protector p, MinorStatus minor, int qop, IovBuffer[] iov) {
    try {
      p.checkUsable(qop);
      IovLayout l = layout(iov);
      IovBuffer m = l.micToken();
      IovLayout.size(m, Rfc4121Mic.tokenLength(p));
      return l.getMicInto(p, minor, qop, m);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    }
  }

  static int verifyMicIov(Rfc4121Protector p, MinorStatus minor, @Nullable IntHolder qopState,
      IovBuffer[] iov) {
    try {
      p.checkUsable(0);
      IovLayout l = layout(iov);
      IovBuffer m = l.micToken();
      byte[] signed = l.coveredBytes();
      return p.verifyMic(minor, signed, 0, signed.length, m.array(), m.offset(), m.length(),
          qopState);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    }
  }
}
