package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import org.jspecify.annotations.Nullable;

/**
 * Where the client's long-term key for the AS exchange comes from: a password (string-to-key with
 * the KDC's salt and parameters) or a keytab (the entry with the enctype). Not thread-safe; one
 * instance per exchange.
 */
interface ReplyKeySource {

  /**
   * @param enctype an enctype the KDC offered
   * @return whether a key of that enctype can be produced
   */
  boolean canProduce(int enctype);

  /**
   * Produces the key.
   *
   * @param enctype the enctype
   * @param salt the salt (UTF-8 octets of ETYPE-INFO2's string or ETYPE-INFO's octets), or null
   *     for the default salt
   * @param s2kparams the string-to-key parameters, or null for the default
   * @return a new key the caller destroys
   * @throws KerberosException when no key can be made (bad parameters, no keytab entry)
   */
  KerberosKey key(int enctype, byte @Nullable [] salt, byte @Nullable [] s2kparams)
      throws KerberosException;

  /** Forgets secrets (password copy). */
  void destroy();
}
