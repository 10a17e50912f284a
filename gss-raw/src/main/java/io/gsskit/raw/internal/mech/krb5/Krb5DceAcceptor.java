package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CONTEXT_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_CONTINUE_NEEDED;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.Gss;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import java.time.Instant;

/**
 * The acceptor's side of DCE-style establishment after the AP-REQ was verified: it answers with
 * a raw AP-REP and {@code GSS_S_CONTINUE_NEEDED} ({@link #awaitThirdLeg}), then verifies the
 * initiator's AP-REP ({@link #thirdLeg}, wire rules in {@link Krb5DceReply}) and completes.
 *
 * <p>As MIT, the first leg returns no source name and sets no PROT_READY flag (per-message
 * tokens need the acceptor subkey the initiator has not confirmed yet). A delegated credential
 * received in the AP-REQ is handed out only when the context completes (MIT drops it in DCE
 * style); a context deleted before that releases it. A third-leg token that fails any check
 * returns an error status and changes nothing, so the genuine token still completes the context;
 * a context that completed refuses further tokens. Thread-safe (stateless); one context is
 * established by one thread at a time.
 */
final class Krb5DceAcceptor {

  private final Krb5Settings settings;

  Krb5DceAcceptor(Krb5Settings settings) {
    this.settings = settings;
  }

  /**
   * Ends the first leg: the context waits for the third one.
   *
   * @param ctx the new context, flags set (DCE, MUTUAL, no PROT_READY), AP-REP made
   * @param apRep the DER AP-REP, sent unframed
   * @param now the current time
   * @return {@code GSS_S_CONTINUE_NEEDED}
   */
  static int awaitThirdLeg(MinorStatus minor, Krb5Context ctx, byte[] apRep, Instant now,
      Holder<MechContext> context, Buffer output, IntHolder retFlags, IntHolder timeRec,
      Holder<MechCred> delegatedCred) {
    ctx.state = Krb5Context.State.AWAIT_DCE_AP_REP;
    delegatedCred.set(null); // kept in ctx.delegated until the context completes
    context.set(ctx);
    output.set(apRep);
    retFlags.set(ctx.flags);
    timeRec.set(Krb5Times.remaining(now, ctx.endTime));
    minor.set(0);
    return GSS_S_CONTINUE_NEEDED;
  }

  /**
   * Verifies the initiator's AP-REP and completes the context.
   *
   * @param ctx a context in state {@code AWAIT_DCE_AP_REP}
   * @param input the third-leg token
   * @return {@code GSS_S_COMPLETE}; {@code GSS_S_DEFECTIVE_TOKEN} (not an AP-REP, malformed,
   *     wrong etype), {@code GSS_S_BAD_SIG} (does not decrypt with the session key), {@code
   *     GSS_S_FAILURE} (sequence number, subkey, clock skew), {@code GSS_S_CONTEXT_EXPIRED},
   *     {@code GSS_S_NO_CONTEXT}; the context is unchanged on every error
   */
  int thirdLeg(MinorStatus minor, Krb5Context ctx, byte[] input, Holder<MechName> srcName,
      OidHolder mechType, Buffer output, IntHolder retFlags, IntHolder timeRec,
      Holder<MechCred> delegatedCred) {
    mechType.set(ctx.mech());
    Instant now = settings.clock().instant();
    KerberosKey sk = ctx.sessionKey;
    if (sk == null) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
    }
    if (!ctx.endTime.isAfter(now)) {
      return Krb5Minor.fail(minor, GSS_S_CONTEXT_EXPIRED,
          KerberosErrorCode.KRB_AP_ERR_TKT_EXPIRED, "the ticket expired at " + ctx.endTime);
    }
    try {
      Krb5DceReply.verify(input, sk, ctx.acceptorSeq, now, ctx.clockSkew);
    } catch (Krb5DceReply.Rejected r) {
      return switch (r.why) {
        case MALFORMED -> Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN,
            KerberosErrorCode.KRB_AP_ERR_MSG_TYPE, r.getMessage());
        case WRONG_ETYPE -> Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN,
            KerberosLocalError.KRB5_BAD_ENCTYPE, r.getMessage());
        case INTEGRITY -> Krb5Minor.fail(minor, GSS_S_BAD_SIG,
            KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY, r.getMessage());
        case MUTUAL_FAILED -> Krb5Minor.fail(minor, GSS_S_FAILURE,
            KerberosLocalError.KRB5_MUTUAL_FAILED, r.getMessage());
        case SKEW -> Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosErrorCode.KRB_AP_ERR_SKEW,
            r.getMessage());
      };
    }
    ctx.markOpen();
    srcName.set(ctx.source);
    Krb5Cred d = ctx.delegated;
    if (d != null && (ctx.flags & Gss.GSS_C_DELEG_FLAG) != 0) {
      delegatedCred.set(d);
    }
    output.set(new byte[0]);
    retFlags.set(ctx.flags);
    timeRec.set(Krb5Times.remaining(now, ctx.endTime));
    minor.set(0);
    return GSS_S_COMPLETE;
  }
}
