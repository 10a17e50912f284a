package io.gsskit.testkit;

import io.gsskit.Credentials;
import io.gsskit.MechType;
import io.gsskit.Name;
import io.gsskit.NameType;
import io.gsskit.Usage;
import io.gsskit.raw.Oid;
import java.util.Map;

/**
 * gss-raw's PSK test mechanism "beta" (real 3-leg HMAC handshake, AES-GCM wrap), loaded through
 * ServiceLoader from gss-raw's test-jar; OID and secret repeated from TestOids and Exchange.
 */
final class Psk {

  static final MechType MECH =
      MechType.of(Oid.of("2.25.207612469745281063812353536823637386661.2"));
  static final String PSK = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
  static final Map<String, String> STORE = Map.of("psk", PSK);

  private Psk() {}

  static Credentials initiator(String principal) {
    return Credentials.acquire().name(Name.of(principal, NameType.USER)).mechs(MECH)
        .usage(Usage.INITIATE).store(STORE).acquire().credentials();
  }

  static Credentials acceptor() {
    return Credentials.acquire().mechs(MECH).usage(Usage.ACCEPT).store(STORE).acquire()
        .credentials();
  }
}
