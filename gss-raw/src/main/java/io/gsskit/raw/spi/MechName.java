package io.gsskit.raw.spi;

/**
 * A mechanism's internal name (an element of the mechglue's union name). The mechglue treats it
 * as opaque and passes it back only to the mechanism that created it. Names are shared between
 * duplicated handles unless the mechanism implements {@link Mechanism#duplicateName}; a mechanism
 * whose names are mutable (RFC 6680 {@code set_name_attribute}) must implement it. Implementations
 * must be safe to use from several threads.
 */
public interface MechName {}
