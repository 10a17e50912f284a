package io.gsskit.raw.internal.kerberos.config;

/** The values of {@code dns_canonicalize_hostname} ({@code krb5.conf(5)}, MIT 1.18+). */
public enum DnsCanonicalization {
  /** Canonicalize host names with DNS before building service principals (MIT's default). */
  TRUE,
  /** Never use DNS to canonicalize host names. */
  FALSE,
  /** Try the name as given first; canonicalize only when the KDC does not know it. */
  FALLBACK
}
