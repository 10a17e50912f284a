package io.gsskit.exceptions;

/**
 * Marks the exceptions python-gssapi derives from {@code ParameterReadError}: the calling error
 * {@code GSS_S_CALL_INACCESSIBLE_READ} alone ({@link ParameterReadException}) or together with the
 * routine errors python pairs it with ({@link ContextReadException},
 * {@link CredentialsReadException}, {@link NameReadException}, {@link NameTypeReadException},
 * {@link TokenReadException}).
 *
 * <p>Java cannot catch an interface type, and a class has one parent, so the routine error picks
 * the class and this interface carries the calling error: test with
 * {@code e instanceof ParameterReadFailure}. It is exact only for python's combinations; for any
 * exception, {@link GssException#callingError()} tells whether the calling error was set (e.g. a
 * {@link BadMechanismException} with {@code GSS_S_CALL_INACCESSIBLE_READ} does not implement this
 * interface).
 *
 * @see "python-gssapi: gssapi.exceptions.ParameterReadError"
 */
public sealed interface ParameterReadFailure
    permits ParameterReadException, ContextReadException, CredentialsReadException,
        NameReadException, NameTypeReadException, TokenReadException {}
