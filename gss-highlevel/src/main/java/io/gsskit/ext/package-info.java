/**
 * Value types of the high-level API's extension facades: {@link io.gsskit.ext.NameAttribute}
 * (RFC 6680 naming extensions, returned by {@code io.gsskit.Name.attributes()}) and the MIT
 * credential-store keys ({@link io.gsskit.ext.CredStoreKeys}, used by {@code
 * io.gsskit.Credentials}). Users never call a raw extension class: the facades are members of
 * {@code Name}, {@code Credentials} and {@code SecurityContext}, as in python-gssapi.
 *
 * <p>Specifications: RFC 6680 §7.4–§7.8 (name attributes), MIT krb5 {@code gss_acquire_cred_from}
 * / {@code gss_store_cred_into} credential stores (doc/appdev/gssapi.rst), RFC 5588.
 */
@NullMarked
package io.gsskit.ext;

import org.jspecify.annotations.NullMarked;
