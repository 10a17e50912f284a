/**
 * The exceptions of GSSKit's high-level API: one unchecked class per GSS-API status, derived from
 * the major status by one mapping, {@link io.gsskit.exceptions.GssException#of(int, int,
 * io.gsskit.raw.Oid, String, byte[]) GssException.of}, in the manner of python-gssapi's
 * {@code gssapi.exceptions} (each class names its python counterpart in {@code @see}).
 *
 * <h2>Hierarchy</h2>
 * <pre>
 * RuntimeException
 * ├── GssException                      (status-based; python GSSError)
 * │   ├── RoutineErrorException         (one subclass per routine error, RFC 2744 table 3-3)
 * │   │   ├── BadMechanismException … BadMechanismAttributeException
 * │   │   ├── NoContextException ── ContextReadException, ContextWriteException
 * │   │   ├── NoCredentialsException ── CredentialsReadException, CredentialsWriteException
 * │   │   ├── BadNameException ── NameReadException;  BadNameTypeException ── NameTypeReadException
 * │   │   ├── DefectiveTokenException ── TokenReadException
 * │   │   └── FailureException ── ClockSkewException, PrincipalUnknownException,
 * │   │           PreauthFailedException, KeyVersionException, NoKeyException,
 * │   │           KdcUnreachableException                     (Kerberos minor codes)
 * │   ├── CallingErrorException ── ParameterReadException, ParameterWriteException,
 * │   │           MalformedParameterException
 * │   └── SupplementaryException
 * │       ├── DuplicateTokenException ── ReplayException                  (Kerberos minor code)
 * │       ├── OldTokenException
 * │       └── TokenOutOfSequenceException ── UnseqTokenException, GapTokenException
 * └── GeneralException                  (no status; python GeneralError)
 *     ├── UnknownUsageException
 *     └── EncryptionNotUsedException
 * </pre>
 *
 * <h2>The mapping</h2>
 * The routine-error field picks the class; failing that (field 0), the calling-error field; then
 * the lowest defined supplementary error bit ({@code DUPLICATE_TOKEN}, {@code OLD_TOKEN},
 * {@code UNSEQ_TOKEN}, {@code GAP_TOKEN}). {@code GSS_S_CONTINUE_NEEDED} is not an error and
 * never picks a class. Field values no RFC defines yield the family's base class, and a status
 * with nothing to report yields {@code GssException} itself, so the mapping is total. The other
 * fields stay available on every exception ({@code routineError()}, {@code callingError()},
 * {@code supplementaryInfo()}).
 *
 * <p>python-gssapi's combination classes ({@code ContextReadError(ParameterReadError,
 * MissingContextError)} …) use multiple inheritance. Java allows one parent, so the routine
 * error is the parent and the sealed marker interfaces {@link
 * io.gsskit.exceptions.ParameterReadFailure} and {@link io.gsskit.exceptions.ParameterWriteFailure}
 * carry the calling error. Java cannot {@code catch} an interface type: catch the class and test
 * {@code instanceof ParameterReadFailure}, or read {@code callingError()}, which is exact for
 * every status.
 *
 * <h2>Kerberos minor codes (design note)</h2>
 * Kerberos causes are typed as subclasses of the routine-error class they arrive with, not as a
 * separate accessor, so callers write {@code catch (ClockSkewException e)}. MIT's krb5 mechanism
 * reports every Kerberos library error as {@code GSS_S_FAILURE} with the com_err code as minor
 * status (python-gssapi users see {@code Major (851968) … Minor (2529638919): Server not found in
 * Kerberos database}), so clock skew, unknown principal, failed pre-authentication, key version,
 * missing key and unreachable KDC extend {@link io.gsskit.exceptions.FailureException}; a replayed
 * AP-REQ, which GSSKit reports as {@code GSS_S_DUPLICATE_TOKEN} (DESIGN.md §9), extends
 * {@link io.gsskit.exceptions.DuplicateTokenException}. A Kerberos subclass is chosen only when the
 * major status already selects its parent and the minor status is one of its MIT {@code krb5}
 * com_err codes ({@code ERROR_TABLE_BASE_krb5} = -1765328384 + entry, values checked against MIT
 * krb5 1.20.1's {@code krb5_get_error_message}); otherwise the status's own class is thrown and
 * the code stays in {@code minor()}. Because a class has one parent this cannot follow a code
 * across major statuses; the trade-off is documented on each class. Typing the whole Kerberos
 * error table (an enum with every RFC 4120 §7.5.9 code) belongs to the raw layer; when it exists,
 * a {@code kerberosError()} accessor can expose it without changing these classes. The facts
 * behind an error (e.g. "kvno 4 not found in keytab") arrive in the minor status text.
 *
 * <h2>What is not a GSS-API status</h2>
 * {@link io.gsskit.exceptions.GeneralException} and its subclasses are raised by the high-level
 * API itself (python's {@code GeneralError}, {@code UnknownUsageError},
 * {@code EncryptionNotUsed}); misuse of the API (null or out-of-range arguments, calls in the
 * wrong state) raises {@code NullPointerException}, {@code IllegalArgumentException} or
 * {@code IllegalStateException} before any GSS-API call.
 *
 * <p>Specifications: RFC 2743 §1.2.1 and §1.2.3 (status semantics), RFC 2744 §3.9.1 (major status
 * layout and codes), RFC 5587 ({@code GSS_S_BAD_MECH_ATTR}), RFC 4120 §7.5.9 (Kerberos error
 * codes).
 */
@NullMarked
package io.gsskit.exceptions;

import org.jspecify.annotations.NullMarked;
