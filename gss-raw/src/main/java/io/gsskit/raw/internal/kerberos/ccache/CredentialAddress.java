package io.gsskit.raw.internal.kerberos.ccache;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A host address of a credential (RFC 4120 §5.2.5 {@code HostAddress}): the address type
 * (2 = IPv4, 24 = IPv6, 20 = NetBIOS …; unknown values kept) and its bytes.
 *
 * <p>Immutable: the bytes are copied in and out.
 */
public final class CredentialAddress {

  private final int addrType;
  private final byte[] address;

  /**
   * Creates an address.
   *
   * @param addrType the address type (0–65535 as stored in a ccache)
   * @param address the address bytes; copied; not null
   */
  public CredentialAddress(int addrType, byte[] address) {
    this.addrType = addrType;
    this.address = address.clone();
  }

  /** @return the address type */
  public int addrType() {
    return addrType;
  }

  /** @return a copy of the address bytes */
  public byte[] address() {
    return address.clone();
  }

  int length() {
    return address.length;
  }

  byte[] raw() {
    return address;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CredentialAddress a && a.addrType == addrType
        && Arrays.equals(a.address, address);
  }

  @Override
  public int hashCode() {
    return 31 * addrType + Arrays.hashCode(address);
  }

  @Override
  public String toString() {
    return "Address[" + addrType + ":" + HexFormat.of().formatHex(address) + "]";
  }
}
