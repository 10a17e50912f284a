package io.gsskit.exceptions;

/**
 * Marks the exceptions python-gssapi derives from {@code ParameterWriteError}: the calling
 * error {@code GSS_S_CALL_INACCESSIBLE_WRITE} alone ({@link ParameterWriteException}) or together
 * with the routine errors python pairs it with ({@link ContextWriteException},
 * {@link CredentialsWriteException}).
 *
 * <p>Java cannot catch an interface type, and a class has one parent, so the routine error picks
 * the class and this interface carries the calling error: test with
 * {@code e instanceof ParameterWriteFailure}. It is exact only for python's combinations; for any
 * exception, {@link GssException#callingError()} tells whether the calling error was set.
 *
 * @see "python-gssapi: gssapi.exceptions.ParameterWriteError"
 */
public sealed interface ParameterWriteFailure
    permits ParameterWriteException, ContextWriteException, CredentialsWriteException {}
