package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * Host address types ({@code addr-type}, RFC 4120 §7.5.3; MIT's local address-and-port types).
 * Stateless, thread-safe.
 */
public final class HostAddressType {

  /** IPv4: 4 octets. */
  public static final int IPV4 = 2;
  /** Directional: 4 octets, 0 from initiator, 1 from acceptor. */
  public static final int DIRECTIONAL = 3;
  /** ChaosNet. */
  public static final int CHAOSNET = 5;
  /** XNS. */
  public static final int XNS = 6;
  /** ISO. */
  public static final int ISO = 7;
  /** DECNET Phase IV. */
  public static final int DECNET = 12;
  /** AppleTalk DDP. */
  public static final int APPLETALK_DDP = 16;
  /** NetBIOS: 16 octets, space padded. */
  public static final int NETBIOS = 20;
  /** IPv6: 16 octets. */
  public static final int IPV6 = 24;
  /** MIT local: address and port (ADDRTYPE_ADDRPORT). */
  public static final int MIT_ADDRPORT = 0x100;
  /** MIT local: IP port (ADDRTYPE_IPPORT). */
  public static final int MIT_IPPORT = 0x101;

  private static final NameTable NAMES = new NameTable("addr-type")
      .add(IPV4, "IPv4").add(DIRECTIONAL, "Directional").add(CHAOSNET, "ChaosNet")
      .add(XNS, "XNS").add(ISO, "ISO").add(DECNET, "DECNET Phase IV")
      .add(APPLETALK_DDP, "AppleTalk DDP").add(NETBIOS, "NetBios").add(IPV6, "IPv6")
      .add(MIT_ADDRPORT, "ADDRPORT").add(MIT_IPPORT, "IPPORT");

  private HostAddressType() {}

  /**
   * @param value an address type
   * @return its name, or {@code addr-type(N)} when unknown
   */
  public static String name(int value) {
    return NAMES.name(value);
  }

  /**
   * @param value an address type
   * @return its name if known
   */
  public static Optional<String> knownName(int value) {
    return NAMES.known(value);
  }
}
