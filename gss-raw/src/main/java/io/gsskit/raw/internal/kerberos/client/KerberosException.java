package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one checked exception of the KDC client: either a KDC's KRB-ERROR ({@link #errorCode()}) or
 * a local failure ({@link #localError()}), with a message stating the facts, e.g. {@code KDC for
 * GSSKIT.TEST: client alice@GSSKIT.TEST not found in Kerberos database
 * (KDC_ERR_C_PRINCIPAL_UNKNOWN)}. {@link #mitCode()} gives the MIT com_err number a GSS minor
 * status reports. Never carries secrets. Immutable.
 */
public final class KerberosException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable KerberosErrorCode errorCode;
  private final @Nullable KerberosLocalError localError;
  private final transient @Nullable KrbError krbError;

  private KerberosException(String message, @Nullable KerberosErrorCode errorCode,
      @Nullable KerberosLocalError localError, @Nullable KrbError krbError,
      @Nullable Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.localError = localError;
    this.krbError = krbError;
  }

  /**
   * A KDC's error.
   *
   * @param message the facts; not null
   * @param error the KRB-ERROR as received; not null
   * @return the exception
   */
  public static KerberosException kdc(String message, KrbError error) {
    return new KerberosException(message, error.code(), null, error, null);
  }

  /**
   * A wire error code detected locally (e.g. KRB_AP_ERR_BAD_INTEGRITY when the reply does not
   * decrypt).
   *
   * @param message the facts; not null
   * @param code the code; not null
   * @param cause the cause, or null
   * @return the exception
   */
  public static KerberosException code(String message, KerberosErrorCode code,
      @Nullable Throwable cause) {
    return new KerberosException(message, Objects.requireNonNull(code, "code"), null, null, cause);
  }

  /**
   * A local failure.
   *
   * @param message the facts; not null
   * @param error the local error; not null
   * @param cause the cause, or null
   * @return the exception
   */
  public static KerberosException local(String message, KerberosLocalError error,
      @Nullable Throwable cause) {
    return new KerberosException(message, null, Objects.requireNonNull(error, "error"), null,
        cause);
  }

  /** @return the wire error code, or null for a local failure */
  public @Nullable KerberosErrorCode errorCode() {
    return errorCode;
  }

  /** @return the local error, or null for a wire error code */
  public @Nullable KerberosLocalError localError() {
    return localError;
  }

  /** @return the KDC's KRB-ERROR when the KDC sent one, else null */
  public @Nullable KrbError krbError() {
    return krbError;
  }

  /** @return MIT's com_err value for this failure (a GSS minor status) */
  public int mitCode() {
    KerberosErrorCode c = errorCode;
    if (c != null) {
      return c.mitCode();
    }
    KerberosLocalError l = localError;
    return l != null ? l.mitCode() : KerberosLocalError.KRB5_KDCREP_MODIFIED.mitCode();
  }

  /**
   * @param code a wire code
   * @return whether this failure carries that code
   */
  public boolean is(KerberosErrorCode code) {
    return code.equals(errorCode);
  }

  /**
   * @param error a local error
   * @return whether this failure is that local error
   */
  public boolean is(KerberosLocalError error) {
    return error == localError;
  }
}
