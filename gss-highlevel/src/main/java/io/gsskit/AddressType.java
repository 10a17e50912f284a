package io.gsskit;

import java.util.Optional;

/**
 * The address families of channel bindings ({@code initiator_addrtype} and
 * {@code acceptor_addrtype}, RFC 2744 §3.11 and its appendix A {@code gssapi.h}). RFC 2744 defines
 * 0–19, 21 and 255; {@link #NETBIOS} (20) comes from MIT krb5's {@code gssapi.h} and
 * {@link #INET6} (24) from Heimdal's and Apple's; neither is in RFC 2744 or python-gssapi.
 *
 * <p>python-gssapi counterpart: {@code gssapi.AddressType} (an {@code IntEnum}); its member names
 * are given on each constant. python has no member for {@code GSS_C_AF_UNSPEC}, which it writes as
 * {@code None}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AddressType {
  /** {@code GSS_C_AF_UNSPEC} (0): unspecified; python {@code None}. */
  UNSPEC(0),
  /** {@code GSS_C_AF_LOCAL} (1): host-local; python {@code local}. */
  LOCAL(1),
  /** {@code GSS_C_AF_INET} (2): IPv4 address, 4 octets; python {@code ip}. */
  INET(2),
  /** {@code GSS_C_AF_IMPLINK} (3): ARPAnet IMP; python {@code arpanet}. */
  IMPLINK(3),
  /** {@code GSS_C_AF_PUP} (4): PUP protocols; python {@code pup}. */
  PUP(4),
  /** {@code GSS_C_AF_CHAOS} (5): MIT CHAOS; python {@code chaos}. */
  CHAOS(5),
  /** {@code GSS_C_AF_NS} (6): XEROX NS; python {@code xerox_ns}. */
  NS(6),
  /** {@code GSS_C_AF_NBS} (7): NBS; python {@code nbs}. */
  NBS(7),
  /** {@code GSS_C_AF_ECMA} (8): ECMA; python {@code ecma}. */
  ECMA(8),
  /** {@code GSS_C_AF_DATAKIT} (9): Datakit; python {@code datakit}. */
  DATAKIT(9),
  /** {@code GSS_C_AF_CCITT} (10): CCITT; python {@code ccitt}. */
  CCITT(10),
  /** {@code GSS_C_AF_SNA} (11): IBM SNA; python {@code ibm_sna}. */
  SNA(11),
  /** {@code GSS_C_AF_DECnet} (12): DECnet; python {@code decnet}. */
  DECNET(12),
  /** {@code GSS_C_AF_DLI} (13): direct data link interface; python {@code dli}. */
  DLI(13),
  /** {@code GSS_C_AF_LAT} (14): LAT; python {@code lat}. */
  LAT(14),
  /** {@code GSS_C_AF_HYLINK} (15): NSC Hyperchannel; python {@code hyperchannel}. */
  HYLINK(15),
  /** {@code GSS_C_AF_APPLETALK} (16): AppleTalk; python {@code appletalk}. */
  APPLETALK(16),
  /** {@code GSS_C_AF_BSC} (17): BISYNC 2780/3780; python {@code bisync}. */
  BSC(17),
  /** {@code GSS_C_AF_DSS} (18): distributed system services; python {@code dss}. */
  DSS(18),
  /** {@code GSS_C_AF_OSI} (19): OSI TP4; python {@code osi_tp4}. */
  OSI(19),
  /** {@code GSS_C_AF_NETBIOS} (20): NetBIOS; MIT krb5 only, not in RFC 2744 nor python. */
  NETBIOS(20),
  /** {@code GSS_C_AF_X25} (21): X.25; python {@code x25}. */
  X25(21),
  /**
   * {@code GSS_C_AF_INET6} (24): IPv6 address, 16 octets; Heimdal and Apple only, not in RFC 2744,
   * MIT krb5 nor python.
   */
  INET6(24),
  /** {@code GSS_C_AF_NULLADDR} (255): no address; python {@code null}. */
  NULLADDR(255);

  private final int code;

  AddressType(int code) {
    this.code = code;
  }

  /**
   * The C value carried in the channel-bindings structure.
   *
   * @return the value, 0..255
   */
  public int code() {
    return code;
  }

  /**
   * Looks up an address family by its C value.
   *
   * @param code the value
   * @return the constant, or empty when no constant has that value
   */
  public static Optional<AddressType> fromCode(int code) {
    for (AddressType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
