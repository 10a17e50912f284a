package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.BufferSet;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.Krb5Inquiry;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Kerberos-specific {@code gss_inquire_sec_context_by_oid} answers of {@link Krb5Inquiry}:
 * ticket flags, authorization data by ad-type and authtime, with MIT's semantics
 * ({@code src/lib/gssapi/krb5/gssapi_krb5.c}, {@code get_tkt_flags.c}): only established
 * contexts answer; integers are four bytes, written little-endian (GSSKit's fixed choice, MIT's
 * bytes on x86-64); authorization data are the ticket's top-level elements followed by the
 * authenticator's ({@code krb5_merge_authdata}). Stateless, thread-safe.
 */
final class Krb5ContextInquiries {

  /** MIT returns ENOENT as the minor status of a malformed authorization-data query. */
  static final int ENOENT = 2;

  private static final String AUTHZ_PREFIX =
      Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID + ".";

  private Krb5ContextInquiries() {}

  /**
   * @param oid an inquiry OID
   * @return whether this class answers it (the authorization-data prefix with any suffix)
   */
  static boolean handles(Oid oid) {
    return oid.equals(Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID)
        || oid.equals(Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID)
        || oid.startsWith(Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID);
  }

  /**
   * Answers one inquiry that {@link #handles} accepts.
   *
   * @param minor minor status out
   * @param ctx the context (not released)
   * @param oid the inquiry
   * @param data receives the buffers
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT} (not established),
   *     {@code GSS_S_FAILURE} (malformed authorization-data query) or {@code GSS_S_UNAVAILABLE}
   *     (authtime or authorization data of a context imported from a token older than version
   *     0x03, {@link Krb5ContextExport})
   */
  static int answer(MinorStatus minor, Krb5Context ctx, Oid oid, BufferSet data) {
    if (!ctx.isOpen()) {
      return Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CTX_INCOMPLETE,
          "the context is not established");
    }
    if (oid.equals(Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID)) {
      data.add(int32le(ctx.ticketFlags()));
    } else if (oid.equals(Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID)) {
      Instant authtime = ctx.authtime();
      if (authtime == null) {
        return Krb5Minor.fail(minor, GSS_S_UNAVAILABLE, Krb5Minor.KG_CONTEXT,
            "this context does not know its ticket's authtime (it was imported from an"
                + " export token older than version 3)");
      }
      data.add(int32le((int) authtime.getEpochSecond()));
    } else {
      int adType = adType(oid);
      if (adType <= 0) {
        return Krb5Minor.fail(minor, GSS_S_FAILURE, ENOENT, "authorization-data inquiry "
            + oid + " does not end with one positive ad-type arc");
      }
      if (ctx.authtime() == null) {
        // Set for every context established here; only contexts imported from version 0x01 or
        // 0x02 export tokens lack it.
        return Krb5Minor.fail(minor, GSS_S_UNAVAILABLE, Krb5Minor.KG_CONTEXT,
            "this context does not know its ticket's authorization data (it was imported from"
                + " an export token older than version 3)");
      }
      for (AuthorizationDataEntry e : ctx.authorizationData()) {
        if (e.adType() == adType) {
          data.add(e.adData());
        }
      }
    }
    minor.set(0);
    return GSS_S_COMPLETE;
  }

  /**
   * The ad-type arc after the authorization-data prefix.
   *
   * @param oid the query
   * @return the ad-type, or -1 when there is not exactly one arc in 1..2^31-1
   */
  static int adType(Oid oid) {
    String text = oid.toString();
    if (!text.startsWith(AUTHZ_PREFIX)) {
      return -1;
    }
    String arc = text.substring(AUTHZ_PREFIX.length());
    if (arc.isEmpty() || arc.length() > 10 || !arc.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    long v = Long.parseLong(arc);
    return v > 0 && v <= Integer.MAX_VALUE ? (int) v : -1;
  }

  /**
   * The authorization data an acceptor context reports: the ticket's elements, then the
   * authenticator's, top level only (MIT {@code krb5_merge_authdata} in
   * {@code kg_accept_krb5}).
   *
   * @param ticket the EncTicketPart's authorization-data, or null
   * @param authenticator the Authenticator's authorization-data, or null
   * @return the merged elements; unmodifiable
   */
  static List<AuthorizationDataEntry> merge(@Nullable AuthorizationData ticket,
      @Nullable AuthorizationData authenticator) {
    List<AuthorizationDataEntry> out = new ArrayList<>();
    if (ticket != null) {
      out.addAll(ticket.entries());
    }
    if (authenticator != null) {
      out.addAll(authenticator.entries());
    }
    return List.copyOf(out);
  }

  private static byte[] int32le(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }
}
