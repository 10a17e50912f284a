package io.gsskit.raw.internal.kerberos.ccache;

import java.util.Arrays;

/**
 * One authorization-data element of a credential (RFC 4120 §5.2.6): the ad-type (unknown values
 * kept) and its opaque bytes.
 *
 * <p>Immutable: the bytes are copied in and out.
 */
public final class CredentialAuthData {

  private final int adType;
  private final byte[] data;

  /**
   * Creates an element.
   *
   * @param adType the ad-type (0–65535 as stored in a ccache)
   * @param data the element bytes; copied; not null
   */
  public CredentialAuthData(int adType, byte[] data) {
    this.adType = adType;
    this.data = data.clone();
  }

  /** @return the ad-type */
  public int adType() {
    return adType;
  }

  /** @return a copy of the bytes */
  public byte[] data() {
    return data.clone();
  }

  byte[] raw() {
    return data;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CredentialAuthData a && a.adType == adType && Arrays.equals(a.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * adType + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "AuthData[" + adType + ", " + data.length + " bytes]";
  }
}
