package io.gsskit;

import io.gsskit.raw.Oid;
import java.util.Map;

/**
 * Test fixture: credentials of gss-raw's PSK test mechanisms "beta" and "gamma" (a real 3-leg handshake),
 * loaded through ServiceLoader from gss-raw's test-jar at run time. Its classes are not referenced
 * at compile time (they live in a package of the io.gsskit.raw module), so the OIDs and the
 * shared secret are repeated here from io.gsskit.raw.spi.TestOids and Exchange.
 */
final class Psk {

  private static final String ARC = "2.25.207612469745281063812353536823637386661";
  /** PSK "beta" (alpha sits behind gss-raw's test interposer, which lacks RFC 6680). */
  static final MechType MECH = MechType.of(Oid.of(ARC + ".2"));
  /** PSK "gamma". */
  static final MechType MECH2 = MechType.of(Oid.of(ARC + ".3"));
  /** 32 bytes 01..20, as Exchange.PSK. */
  static final String PSK = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
  static final Map<String, String> STORE = Map.of("psk", PSK);

  private Psk() {}

  static Credentials initiatorCreds(String principal) {
    return Credentials.acquire().name(Name.of(principal, NameType.USER)).mechs(MECH)
        .usage(Usage.INITIATE).store(STORE).acquire().credentials();
  }

  static Credentials acceptorCreds() {
    return Credentials.acquire().mechs(MECH).usage(Usage.ACCEPT).store(STORE).acquire()
        .credentials();
  }

  static Credentials acceptorCreds(String psk) {
    return Credentials.acquire().mechs(MECH).usage(Usage.ACCEPT).store(Map.of("psk", psk))
        .acquire().credentials();
  }
}
