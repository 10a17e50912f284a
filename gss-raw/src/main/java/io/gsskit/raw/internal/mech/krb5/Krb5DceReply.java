package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.proto.ApRep;
import io.gsskit.raw.internal.kerberos.proto.EncApRepPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.token.TokenException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The wire rules of DCE-style ({@code GSS_C_DCE_STYLE}) krb5 context establishment, the
 * three-leg exchange of MS-KILE §3.4.5.1 (flag: RFC 4757 §7.1), as MIT krb5
 * implements it (facts from {@code lib/gssapi/krb5/init_sec_context.c},
 * {@code accept_sec_context.c} and {@code lib/krb5/krb/mk_rep.c}/{@code rd_rep.c}, checked on
 * the wire against MIT's libgssapi_krb5 1.20):
 *
 * <ol>
 *   <li>Initiator: a raw AP-REQ (no RFC 2743 §3.1 framing, no TOK_ID) whose 0x8003 checksum
 *       carries the DCE flag 0x1000 together with MUTUAL; the acceptor rejects a raw AP-REQ
 *       without the DCE flag and a framed one with it ({@code GSS_S_DEFECTIVE_TOKEN}).
 *   <li>Acceptor: a raw AP-REP as for mutual authentication (ctime/cusec echo, a fresh acceptor
 *       subkey, its sequence number), then {@code GSS_S_CONTINUE_NEEDED}.
 *   <li>Initiator: verifies that AP-REP as usual and answers with its own raw AP-REP (this
 *       class), then is complete. {@code krb5_mk_rep_dce}: the enc-part is encrypted in the
 *       ticket session key (key usage 12) and holds the initiator's current time as ctime/cusec,
 *       <em>no</em> subkey, and as seq-number the acceptor's sequence number from the second
 *       leg.
 *   <li>Acceptor ({@code krb5_rd_rep_dce}): decrypts with the session key, requires the
 *       seq-number to equal its own and the subkey to be absent; GSSKit also requires ctime
 *       within the clock skew (MIT does not look at it; Heimdal and MIT initiators send a current
 *       time). Then complete.
 * </ol>
 *
 * <p>Both sides keep their normal sequence numbers afterwards (initiator: its authenticator's,
 * acceptor: its AP-REP's). Stateless; thread-safe.
 */
final class Krb5DceReply {

  /** DER tag of an AP-REQ: [APPLICATION 14] (RFC 4120 §5.5.1). */
  static final int AP_REQ_TAG = 0x6E;
  /** DER tag of an AP-REP: [APPLICATION 15]. */
  static final int AP_REP_TAG = 0x6F;
  /** DER tag of a KRB-ERROR: [APPLICATION 30]. */
  static final int KRB_ERROR_TAG = 0x7E;
  /** First byte of an RFC 2743 §3.1 framed token. */
  private static final int FRAMED_TAG = 0x60;

  /** A third-leg token that does not verify; {@link #why} holds which check failed. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    enum Why {
      /** Not an AP-REP, or malformed DER (outside or inside the encryption). */
      MALFORMED,
      /** The enc-part etype is not the session key's. */
      WRONG_ETYPE,
      /** The enc-part did not decrypt (integrity check) with the session key. */
      INTEGRITY,
      /** Decrypted, but the seq-number is not ours or a subkey is present. */
      MUTUAL_FAILED,
      /** The ctime is outside the clock skew. */
      SKEW
    }

    final Why why;

    Rejected(Why why, String facts) {
      super(facts, null, false, false);
      this.why = why;
    }
  }

  private Krb5DceReply() {}

  /**
   * @param token an input token
   * @return whether it starts like a raw (unframed) AP-REQ, the first DCE leg
   */
  static boolean isRawApReq(byte[] token) {
    return token.length > 0 && (token[0] & 0xFF) == AP_REQ_TAG;
  }

  /**
   * Reads the acceptor's answer to a DCE-style AP-REQ: a raw AP-REP (MIT's initiator accepts
   * nothing else), a raw KRB-ERROR, or a framed KRB-ERROR token (what MIT's acceptor sends when
   * it rejects the AP-REQ).
   *
   * @param mech the context's mechanism OID (for raw tokens)
   * @param token the input token
   * @return the token as TOK_ID and Kerberos message
   * @throws TokenException when it is none of these
   */
  static Krb5Tokens.Parsed parseSecondLeg(Oid mech, byte[] token) throws TokenException {
    if (token.length == 0) {
      throw new TokenException(TokenException.Kind.MALFORMED, "empty token");
    }
    int tag = token[0] & 0xFF;
    if (tag == AP_REP_TAG) {
      return new Krb5Tokens.Parsed(mech, Krb5Tokens.AP_REP, token.clone());
    }
    if (tag == KRB_ERROR_TAG) {
      return new Krb5Tokens.Parsed(mech, Krb5Tokens.KRB_ERROR, token.clone());
    }
    if (tag == FRAMED_TAG) {
      Krb5Tokens.Parsed framed = Krb5Tokens.parse(token);
      if (framed.tokId() == Krb5Tokens.KRB_ERROR) {
        return framed; // acceptors frame their error tokens also in DCE style (MIT)
      }
      throw new TokenException(TokenException.Kind.MALFORMED,
          "a DCE-style AP-REP is not framed");
    }
    throw new TokenException(TokenException.Kind.MALFORMED,
        "expected a raw AP-REP, tag 0x" + Integer.toHexString(tag));
  }

  /**
   * Builds the initiator's third-leg AP-REP ({@code krb5_mk_rep_dce}).
   *
   * @param sessionKey the ticket session key
   * @param acceptorSeq the sequence number of the acceptor's AP-REP (0..2^32-1)
   * @param now the initiator's current time
   * @return the DER AP-REP, unframed
   * @throws KrbCryptoException when encryption fails
   */
  static byte[] build(KerberosKey sessionKey, long acceptorSeq, Instant now)
      throws KrbCryptoException {
    EncApRepPart part = new EncApRepPart(Instant.ofEpochSecond(now.getEpochSecond()),
        now.getNano() / 1000, null, acceptorSeq & 0xFFFF_FFFFL);
    byte[] plain = part.encode();
    try {
      byte[] enc = KerberosCrypto.encrypt(sessionKey, KeyUsage.AP_REP_ENC_PART, plain);
      return new ApRep(new EncryptedData(sessionKey.keyType(), null, enc)).encode();
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * Verifies the initiator's third-leg AP-REP ({@code krb5_rd_rep_dce}, plus a clock-skew check
   * of its ctime). Changes nothing.
   *
   * @param token the raw AP-REP
   * @param sessionKey the ticket session key
   * @param acceptorSeq the sequence number this acceptor sent in its AP-REP
   * @param now the acceptor's time
   * @param skew the allowed clock skew
   * @return the verified part
   * @throws Rejected when any check fails
   */
  static EncApRepPart verify(byte[] token, KerberosKey sessionKey, long acceptorSeq,
      Instant now, Duration skew) throws Rejected {
    if (token.length == 0 || (token[0] & 0xFF) != AP_REP_TAG) {
      throw new Rejected(Rejected.Why.MALFORMED, "expected the initiator's raw AP-REP");
    }
    ApRep rep;
    try {
      rep = ApRep.decode(token);
    } catch (DerException e) {
      throw new Rejected(Rejected.Why.MALFORMED, "malformed AP-REP: " + e.getMessage());
    }
    if (rep.encPart().etype() != sessionKey.keyType()) {
      throw new Rejected(Rejected.Why.WRONG_ETYPE, "AP-REP enc-part etype "
          + EncType.byNumber(rep.encPart().etype()) + " is not the session key's "
          + sessionKey.encType());
    }
    byte[] plain;
    try {
      plain = KerberosCrypto.decrypt(sessionKey, KeyUsage.AP_REP_ENC_PART,
          rep.encPart().cipher());
    } catch (KrbCryptoException e) {
      throw new Rejected(Rejected.Why.INTEGRITY,
          "the AP-REP did not decrypt with the ticket session key");
    }
    EncApRepPart part;
    try {
      part = EncApRepPart.decode(plain);
    } catch (DerException e) {
      throw new Rejected(Rejected.Why.MALFORMED, "malformed EncAPRepPart: " + e.getMessage());
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
    Long seq = part.seqNumber();
    if (seq == null || (seq & 0xFFFF_FFFFL) != (acceptorSeq & 0xFFFF_FFFFL)) {
      throw new Rejected(Rejected.Why.MUTUAL_FAILED,
          "the AP-REP does not echo this acceptor's sequence number");
    }
    if (part.subkey() != null) {
      throw new Rejected(Rejected.Why.MUTUAL_FAILED, "the initiator's AP-REP carries a subkey");
    }
    Duration off = Duration.between(part.ctime(), now).abs();
    if (off.compareTo(skew) > 0) {
      throw new Rejected(Rejected.Why.SKEW, "the initiator's AP-REP time is "
          + off.getSeconds() + " s off (allowed " + skew.getSeconds() + " s)");
    }
    return part;
  }
}
