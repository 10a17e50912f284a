package io.gsskit.raw;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Channel bindings ({@code gss_channel_bindings_struct}, RFC 2744 §3.11, RFC 2743 §1.1.6):
 * initiator and acceptor address with their address families, and application data (for TLS, the
 * RFC 5929 {@code tls-server-end-point} or {@code tls-unique} value).
 *
 * <p>Immutable and thread-safe; arrays are copied in and out. Absent addresses and data are empty
 * arrays. Pass {@code null} wherever a call takes channel bindings to mean {@code
 * GSS_C_NO_CHANNEL_BINDINGS}.
 */
public final class ChannelBindings {

  /** Unspecified address family. */
  public static final int GSS_C_AF_UNSPEC = 0;
  /** Host-local address. */
  public static final int GSS_C_AF_LOCAL = 1;
  /** IPv4 (DARPA internet). */
  public static final int GSS_C_AF_INET = 2;
  /** ARPAnet IMP. */
  public static final int GSS_C_AF_IMPLINK = 3;
  /** PUP protocols. */
  public static final int GSS_C_AF_PUP = 4;
  /** MIT CHAOS protocols. */
  public static final int GSS_C_AF_CHAOS = 5;
  /** XEROX NS. */
  public static final int GSS_C_AF_NS = 6;
  /** NBS. */
  public static final int GSS_C_AF_NBS = 7;
  /** ECMA. */
  public static final int GSS_C_AF_ECMA = 8;
  /** Datakit. */
  public static final int GSS_C_AF_DATAKIT = 9;
  /** CCITT. */
  public static final int GSS_C_AF_CCITT = 10;
  /** IBM SNA. */
  public static final int GSS_C_AF_SNA = 11;
  /** DECnet. */
  public static final int GSS_C_AF_DECnet = 12;
  /** Direct data link interface. */
  public static final int GSS_C_AF_DLI = 13;
  /** LAT. */
  public static final int GSS_C_AF_LAT = 14;
  /** NSC Hyperchannel. */
  public static final int GSS_C_AF_HYLINK = 15;
  /** AppleTalk. */
  public static final int GSS_C_AF_APPLETALK = 16;
  /** BISYNC. */
  public static final int GSS_C_AF_BSC = 17;
  /** Distributed system services. */
  public static final int GSS_C_AF_DSS = 18;
  /** OSI TP4. */
  public static final int GSS_C_AF_OSI = 19;
  /** X.25. */
  public static final int GSS_C_AF_X25 = 21;
  /** IPv6 (MIT krb5 extension value). */
  public static final int GSS_C_AF_INET6 = 24;
  /** No address. */
  public static final int GSS_C_AF_NULLADDR = 255;

  private static final byte[] NONE = new byte[0];

  private final int initiatorAddrType;
  private final byte[] initiatorAddress;
  private final int acceptorAddrType;
  private final byte[] acceptorAddress;
  private final byte[] applicationData;

  /**
   * Creates channel bindings.
   *
   * @param initiatorAddrType the initiator's {@code GSS_C_AF_*} family
   * @param initiatorAddress the initiator's address, or null for none
   * @param acceptorAddrType the acceptor's {@code GSS_C_AF_*} family
   * @param acceptorAddress the acceptor's address, or null for none
   * @param applicationData application data, or null for none
   */
  public ChannelBindings(int initiatorAddrType, byte @Nullable [] initiatorAddress,
      int acceptorAddrType, byte @Nullable [] acceptorAddress,
      byte @Nullable [] applicationData) {
    this.initiatorAddrType = initiatorAddrType;
    this.initiatorAddress = initiatorAddress == null ? NONE : initiatorAddress.clone();
    this.acceptorAddrType = acceptorAddrType;
    this.acceptorAddress = acceptorAddress == null ? NONE : acceptorAddress.clone();
    this.applicationData = applicationData == null ? NONE : applicationData.clone();
  }

  /**
   * Channel bindings with only application data and unspecified addresses, the common case for
   * TLS channel binding.
   *
   * @param applicationData the data; not null
   * @return the bindings
   */
  public static ChannelBindings ofApplicationData(byte[] applicationData) {
    return new ChannelBindings(GSS_C_AF_UNSPEC, null, GSS_C_AF_UNSPEC, null,
        Objects.requireNonNull(applicationData, "applicationData"));
  }

  /** @return the initiator's address family */
  public int initiatorAddrType() {
    return initiatorAddrType;
  }

  /** @return a copy of the initiator's address; empty when absent */
  public byte[] initiatorAddress() {
    return initiatorAddress.clone();
  }

  /** @return the acceptor's address family */
  public int acceptorAddrType() {
    return acceptorAddrType;
  }

  /** @return a copy of the acceptor's address; empty when absent */
  public byte[] acceptorAddress() {
    return acceptorAddress.clone();
  }

  /** @return a copy of the application data; empty when absent */
  public byte[] applicationData() {
    return applicationData.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChannelBindings c && c.initiatorAddrType == initiatorAddrType
        && c.acceptorAddrType == acceptorAddrType
        && Arrays.equals(c.initiatorAddress, initiatorAddress)
        && Arrays.equals(c.acceptorAddress, acceptorAddress)
        && Arrays.equals(c.applicationData, applicationData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initiatorAddrType, acceptorAddrType, Arrays.hashCode(initiatorAddress),
        Arrays.hashCode(acceptorAddress), Arrays.hashCode(applicationData));
  }

  @Override
  public String toString() {
    return "ChannelBindings[initiator af " + initiatorAddrType + " (" + initiatorAddress.length
        + " bytes), acceptor af " + acceptorAddrType + " (" + acceptorAddress.length
        + " bytes), application data " + applicationData.length + " bytes]";
  }
}
