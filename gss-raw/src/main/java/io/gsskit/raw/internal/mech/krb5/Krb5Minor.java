package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Minor status codes of the krb5 mechanism and the facts behind the last failures.
 *
 * <p>Codes are MIT's: the krb5 com_err table ({@link KerberosErrorCode#mitCode()}, {@link
 * KerberosLocalError}) and the {@code k5g} table of MIT's {@code lib/gssapi/krb5/gssapi_err_krb5.et}
 * (base 39756032). Like MIT's per-thread saved error information, the message with the facts of
 * a failure (e.g. which kvno a keytab has) is remembered per thread for the code it was reported
 * with, so that {@code gss_display_status} right after the call can show it. Thread-safe.
 */
public final class Krb5Minor {

  /** MIT {@code ERROR_TABLE_BASE_k5g}. */
  public static final int K5G_BASE = 39756032;
  /** Principal in credential cache does not match desired name. */
  public static final int KG_CCACHE_NOMATCH = K5G_BASE;
  /** No principal in keytab matches desired name. */
  public static final int KG_KEYTAB_NOMATCH = K5G_BASE + 1;
  /** Credential cache has no TGT. */
  public static final int KG_TGT_MISSING = K5G_BASE + 2;
  /** Authenticator has no subkey. */
  public static final int KG_NO_SUBKEY = K5G_BASE + 3;
  /** Context is already fully established. */
  public static final int KG_CONTEXT_ESTABLISHED = K5G_BASE + 4;
  /** Unknown signature type in token. */
  public static final int KG_BAD_SIGN_TYPE = K5G_BASE + 5;
  /** Invalid field length in token. */
  public static final int KG_BAD_LENGTH = K5G_BASE + 6;
  /** Attempt to use incomplete security context. */
  public static final int KG_CTX_INCOMPLETE = K5G_BASE + 7;
  /** Bad magic number for krb5_gss_ctx_id_t. */
  public static final int KG_CONTEXT = K5G_BASE + 8;
  /** Bad magic number for krb5_gss_cred_id_t. */
  public static final int KG_CRED = K5G_BASE + 9;
  /** Credential cache is empty. */
  public static final int KG_EMPTY_CCACHE = K5G_BASE + 12;
  /** Acceptor and initiator share no checksum types. */
  public static final int KG_NO_CTYPES = K5G_BASE + 13;

  /**
   * Base of GSSKit's own table for the RFC 4121 per-message engine's codes ({@code
   * io.gsskit.raw.internal.mech.krb5.token.Rfc4121Minor}): the com_err base of the table name
   * "gk4t" (MIT's algorithm: 6 bits per character, shifted left by 8), so it cannot collide with
   * the krb5 or k5g tables. The code is {@code TOKEN_BASE + engine code}.
   */
  public static final int TOKEN_BASE = -2040631808;
  /** Size of the per-message engine's code range. */
  static final int TOKEN_RANGE = 256;

  private static final Map<Integer, String> K5G = Map.ofEntries(
      Map.entry(KG_CCACHE_NOMATCH, "Principal in credential cache does not match desired name"),
      Map.entry(KG_KEYTAB_NOMATCH, "No principal in keytab matches desired name"),
      Map.entry(KG_TGT_MISSING, "Credential cache has no TGT"),
      Map.entry(KG_NO_SUBKEY, "Authenticator has no subkey"),
      Map.entry(KG_CONTEXT_ESTABLISHED, "Context is already fully established"),
      Map.entry(KG_BAD_SIGN_TYPE, "Unknown signature type in token"),
      Map.entry(KG_BAD_LENGTH, "Invalid field length in token"),
      Map.entry(KG_CTX_INCOMPLETE, "Attempt to use incomplete security context"),
      Map.entry(KG_CONTEXT, "Bad magic number for krb5_gss_ctx_id_t"),
      Map.entry(KG_CRED, "Bad magic number for krb5_gss_cred_id_t"),
      Map.entry(KG_EMPTY_CCACHE, "Credential cache is empty"),
      Map.entry(KG_NO_CTYPES, "Acceptor and Initiator share no checksum types"));

  private static final int MAX_REMEMBERED = 16;

  private static final ThreadLocal<Map<Integer, String>> FACTS =
      ThreadLocal.withInitial(() -> new LinkedHashMap<>(MAX_REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
          return size() > MAX_REMEMBERED;
        }
      });

  private Krb5Minor() {}

  /**
   * Sets a minor code and remembers the facts for it on this thread.
   *
   * @param minor the caller's minor status; not null
   * @param major the major status to return
   * @param code the minor code
   * @param facts the message with the facts, or null for the table message; must hold no secret
   * @return {@code major}
   */
  public static int fail(MinorStatus minor, int major, int code, @Nullable String facts) {
    minor.set(code);
    if (facts != null) {
      FACTS.get().put(code, facts);
    } else {
      FACTS.get().remove(code);
    }
    return major;
  }

  /**
   * As {@link #fail(MinorStatus, int, int, String)} with a Kerberos protocol error code.
   *
   * @param minor the caller's minor status
   * @param major the major status to return
   * @param error the error
   * @param facts the facts, or null
   * @return {@code major}
   */
  public static int fail(MinorStatus minor, int major, KerberosErrorCode error,
      @Nullable String facts) {
    return fail(minor, major, error.mitCode(), facts);
  }

  /**
   * As {@link #fail(MinorStatus, int, int, String)} with a local Kerberos error.
   *
   * @param minor the caller's minor status
   * @param major the major status to return
   * @param error the error
   * @param facts the facts, or null
   * @return {@code major}
   */
  public static int fail(MinorStatus minor, int major, KerberosLocalError error,
      @Nullable String facts) {
    return fail(minor, major, error.mitCode(), facts);
  }

  /**
   * The text for a minor code: the facts this thread last recorded for it, else the table text.
   *
   * @param code a minor code this mechanism reported
   * @return the message; never null
   */
  public static String describe(int code) {
    String facts = FACTS.get().get(code);
    String base = tableMessage(code).orElse("Unknown krb5 mechanism code " + code);
    if (facts == null) {
      return base;
    }
    return facts.startsWith(base) ? facts : base + ": " + facts;
  }

  /**
   * @param code a minor code
   * @return the com_err table message for it, if it is one of the known codes
   */
  public static Optional<String> tableMessage(int code) {
    String k = K5G.get(code);
    if (k != null) {
      return Optional.of(k);
    }
    if (code > TOKEN_BASE && code < TOKEN_BASE + TOKEN_RANGE) {
      return Optional.of(io.gsskit.raw.internal.mech.krb5.token.Rfc4121Minor.describe(
          code - TOKEN_BASE));
    }
    int wire = code - KerberosErrorCode.MIT_ERROR_TABLE_BASE;
    if (wire >= 0 && wire <= KerberosErrorCode.MIT_MAX_WIRE_CODE) {
      return Optional.of(KerberosErrorCode.of(wire).message());
    }
    return KerberosLocalError.of(code).map(KerberosLocalError::message);
  }
}
