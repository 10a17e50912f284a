package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import org.jspecify.annotations.Nullable;

/**
 * Turns a KDC's KRB-ERROR into a {@link KerberosException} whose message states the facts from
 * the request (the KRB-ERROR is unauthenticated and Kerby, for one, puts the client name in
 * {@code sname}, so names come from what we asked for). The KDC's e-text is appended, cut to 200
 * printable characters. Stateless.
 */
final class KdcErrors {

  private static final int MAX_ETEXT = 200;

  private KdcErrors() {}

  static KerberosException of(String realm, KrbError error, KerberosPrincipal client,
      @Nullable KerberosPrincipal server) {
    KerberosErrorCode code = error.code();
    String facts;
    if (code.equals(KerberosErrorCode.KDC_ERR_C_PRINCIPAL_UNKNOWN)) {
      facts = "client " + client + " not found in Kerberos database";
    } else if (code.equals(KerberosErrorCode.KDC_ERR_S_PRINCIPAL_UNKNOWN)) {
      facts = "server " + server + " not found in Kerberos database";
    } else if (code.equals(KerberosErrorCode.KDC_ERR_PREAUTH_FAILED)
        || (code.equals(KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY) && server != null
            && TicketGrant.isTgs(server) && server.realm().equals(client.realm()))) {
      facts = "pre-authentication failed for " + client + " (wrong password or key?)";
    } else {
      facts = code.message() + " (client " + client
          + (server != null ? ", server " + server : "") + ")";
    }
    String text = error.eText();
    StringBuilder msg = new StringBuilder("KDC for ").append(realm).append(": ").append(facts);
    if (text != null && !text.isBlank()) {
      msg.append(": \"").append(printable(text)).append('"');
    }
    msg.append(" (").append(code.name()).append(')');
    return KerberosException.kdc(msg.toString(), error);
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < MAX_ETEXT; i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return sb.toString();
  }
}
