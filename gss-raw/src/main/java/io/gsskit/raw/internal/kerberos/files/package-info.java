/**
 * Locked, atomically replaced files shared by the Kerberos file formats (credential caches and
 * keytabs): whole-file reads under a shared {@code fcntl} lock, whole-file replacement under an
 * exclusive lock through a synced temporary file and a rename, and MIT-style deletion (overwrite
 * with zeros, then unlink). MIT krb5 takes the same {@code fcntl} locks on its FILE ccaches and
 * keytabs, so the two interoperate.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.files;

import org.jspecify.annotations.NullMarked;
