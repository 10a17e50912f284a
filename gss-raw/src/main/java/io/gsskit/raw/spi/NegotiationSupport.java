package io.gsskit.raw.spi;

import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;

/**
 * The negotiable-mechanism list of a negotiating mechanism's credential ({@code gss_set_neg_mechs},
 * {@code gss_get_neg_mechs}; SPNEGO, RFC 4178).
 */
public interface NegotiationSupport {

  /**
   * {@code gss_set_neg_mechs}.
   *
   * @param minor minor status out
   * @param cred the element
   * @param mechs the mechanisms to offer, in order
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int setNegMechs(MinorStatus minor, MechCred cred, OidSet mechs);

  /**
   * {@code gss_get_neg_mechs}.
   *
   * @param minor minor status out
   * @param cred the element
   * @param mechs receives the mechanisms
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int getNegMechs(MinorStatus minor, MechCred cred, OidSetHolder mechs);
}
