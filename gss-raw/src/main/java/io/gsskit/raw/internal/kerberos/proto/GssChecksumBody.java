package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerException.Reason;
import io.gsskit.raw.internal.asn1.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of the GSS-API authenticator checksum, type 0x8003 (RFC 4121 §4.1.1): a binary,
 * little-endian structure (not DER) carrying the channel-binding hash, the context flags and
 * optionally a delegated KRB-CRED and extensions.
 *
 * <pre>
 * Octet        Name      Description
 * 0..3         Lgth      Number of octets in Bnd field; little-endian; 16
 * 4..19        Bnd       Channel binding information (MD5 hash, RFC 4121 §4.1.1.2)
 * 20..23       Flags     Context-establishment flags, little-endian (§4.1.1.1)
 * 24..25       DlgOpt    Delegation option identifier (=1), little-endian [optional]
 * 26..27       Dlgth     Length of the Deleg field, little-endian [optional]
 * 28..(n-1)    Deleg     A KRB_CRED message (n = Dlgth + 28) [optional]
 * n..last      Exts      Extensions [optional]
 * </pre>
 *
 * <p>Decoding follows MIT's acceptor: at least 24 bytes; Lgth must be 16; DlgOpt/Dlgth/Deleg
 * are read only when GSS_C_DELEG_FLAG is set and at least 4 bytes follow; every remaining byte
 * must form extensions of a 4-byte big-endian type, a 4-byte big-endian length and that many
 * bytes. Every length is checked against what remains; malformed input raises
 * {@link DerException} (the project's one decode exception). The delegation option is kept raw
 * (MIT rejects anything but {@link #DELEGATION_OPTION_KRB_CRED}). Immutable, thread-safe.
 *
 * @param channelBinding the 16-byte Bnd field; copied in and out
 * @param flags the GSS context flags (GSS_C_*_FLAG bits)
 * @param delegationOption the DlgOpt value; 0 when there is no delegation (normalized)
 * @param delegation the KRB-CRED bytes, or null; copied in and out
 * @param extensions the extensions, in order; copied, unmodifiable
 */
public record GssChecksumBody(byte[] channelBinding, int flags, int delegationOption,
    byte @Nullable [] delegation, List<Extension> extensions) {

  /** Length of the Bnd field and the value Lgth must hold. */
  public static final int BND_LENGTH = 16;
  /** GSS_C_DELEG_FLAG (RFC 2744): delegation requested. */
  public static final int DELEG_FLAG = 1;
  /** KRB5_GSS_FOR_CREDS_OPTION: DlgOpt value for a KRB-CRED. */
  public static final int DELEGATION_OPTION_KRB_CRED = 1;
  /** Most extensions a decoded body may carry. */
  public static final int MAX_EXTENSIONS = 32;
  /** Length of the fixed part (Lgth, Bnd, Flags). */
  public static final int FIXED_LENGTH = 24;

  /**
   * One checksum extension (e.g. MIT's IAKERB finished message, type 2).
   *
   * @param type the extension type (unsigned 32-bit, kept as int bits)
   * @param data the extension data; copied in and out
   */
  public record Extension(int type, byte[] data) {

    /**
     * Copies the data.
     *
     * @param type the extension type (unsigned 32-bit, kept as int bits)
     * @param data the extension data; copied in and out
     */
    public Extension {
      data = Objects.requireNonNull(data, "data").clone();
    }

    /** @return a copy of the data */
    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Extension e && e.type == type && Arrays.equals(e.data, data);
    }

    @Override
    public int hashCode() {
      return 31 * type + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Extension[type=" + Integer.toUnsignedString(type) + ", " + data.length + " bytes]";
    }
  }

  /**
   * Validates and copies.
   *
   * @param channelBinding the 16-byte Bnd field; copied in and out
   * @param flags the GSS context flags (GSS_C_*_FLAG bits)
   * @param delegationOption the DlgOpt value; 0 when there is no delegation (normalized)
   * @param delegation the KRB-CRED bytes, or null; copied in and out
   * @param extensions the extensions, in order; copied, unmodifiable
   * @throws IllegalArgumentException when the binding is not 16 bytes, or a delegation is given
   *     without {@link #DELEG_FLAG}, longer than 65535 bytes, or with a DlgOpt outside 0..65535
   */
  public GssChecksumBody {
    channelBinding = Objects.requireNonNull(channelBinding, "channelBinding").clone();
    if (channelBinding.length != BND_LENGTH) {
      throw new IllegalArgumentException("channel binding must be 16 bytes");
    }
    delegation = KerberosFields.copyOrNull(delegation);
    if (delegation == null) {
      delegationOption = 0;
    }
    if (delegation != null && ((flags & DELEG_FLAG) == 0 || delegation.length > 0xffff
        || delegationOption < 0 || delegationOption > 0xffff)) {
      throw new IllegalArgumentException("delegation needs GSS_C_DELEG_FLAG and <= 65535 bytes");
    }
    extensions = List.copyOf(extensions);
  }

  /** @return a copy of the Bnd field */
  @Override
  public byte[] channelBinding() {
    return channelBinding.clone();
  }

  /** @return a copy of the delegated KRB-CRED, or null */
  @Override
  public byte @Nullable [] delegation() {
    return KerberosFields.copyOrNull(delegation);
  }

  /**
   * Decodes a checksum body (the {@code checksum} bytes of a type 0x8003 {@link Checksum}).
   *
   * @param body the bytes; not null
   * @return the value
   * @throws DerException when shorter than 24 bytes, Lgth is not 16, or a length overruns
   */
  public static GssChecksumBody decode(byte[] body) throws DerException {
    int len = body.length;
    if (len < FIXED_LENGTH) {
      throw new DerException(Reason.TRUNCATED, 0, "GSS checksum of " + len + " bytes");
    }
    long lgth = le32(body, 0) & 0xffff_ffffL;
    if (lgth != BND_LENGTH) {
      throw new DerException(Reason.BAD_LENGTH, 0, "Lgth " + lgth + ", expected 16");
    }
    byte[] bnd = Arrays.copyOfRange(body, 4, 4 + BND_LENGTH);
    int flags = le32(body, 20);
    int pos = FIXED_LENGTH;
    int option = 0;
    byte[] deleg = null;
    if ((flags & DELEG_FLAG) != 0 && len - pos >= 4) {
      option = le16(body, pos);
      int dlen = le16(body, pos + 2);
      pos += 4;
      if (dlen > len - pos) {
        throw new DerException(Reason.TRUNCATED, pos - 2,
            "Dlgth " + dlen + " exceeds the " + (len - pos) + " bytes that remain");
      }
      deleg = Arrays.copyOfRange(body, pos, pos + dlen);
      pos += dlen;
    }
    List<Extension> exts = new ArrayList<>();
    while (pos < len) {
      if (len - pos < 8) {
        throw new DerException(Reason.TRUNCATED, pos, "extension header of " + (len - pos));
      }
      if (exts.size() >= MAX_EXTENSIONS) {
        throw new DerException(Reason.TOO_LARGE, pos, "more than " + MAX_EXTENSIONS
            + " extensions");
      }
      int type = be32(body, pos);
      long elen = be32(body, pos + 4) & 0xffff_ffffL;
      pos += 8;
      if (elen > len - pos) {
        throw new DerException(Reason.TRUNCATED, pos - 4,
            "extension length " + elen + " exceeds the " + (len - pos) + " bytes that remain");
      }
      exts.add(new Extension(type, Arrays.copyOfRange(body, pos, pos + (int) elen)));
      pos += (int) elen;
    }
    return new GssChecksumBody(bnd, flags, option, deleg, exts);
  }

  /** @return the body bytes, to be placed in a type 0x8003 {@link Checksum} */
  public byte[] encode() {
    int size = FIXED_LENGTH + (delegation == null ? 0 : 4 + delegation.length);
    for (Extension e : extensions) {
      size += 8 + e.data.length;
    }
    byte[] out = new byte[size];
    putLe32(out, 0, BND_LENGTH);
    System.arraycopy(channelBinding, 0, out, 4, BND_LENGTH);
    putLe32(out, 20, flags);
    int pos = FIXED_LENGTH;
    if (delegation != null) {
      out[pos] = (byte) delegationOption;
      out[pos + 1] = (byte) (delegationOption >>> 8);
      out[pos + 2] = (byte) delegation.length;
      out[pos + 3] = (byte) (delegation.length >>> 8);
      System.arraycopy(delegation, 0, out, pos + 4, delegation.length);
      pos += 4 + delegation.length;
    }
    for (Extension e : extensions) {
      putBe32(out, pos, e.type);
      putBe32(out, pos + 4, e.data.length);
      System.arraycopy(e.data, 0, out, pos + 8, e.data.length);
      pos += 8 + e.data.length;
    }
    return out;
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int be32(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8
        | (b[at + 3] & 0xff);
  }

  private static void putLe32(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
  }

  private static void putBe32(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GssChecksumBody g && Arrays.equals(g.channelBinding, channelBinding)
        && g.flags == flags && g.delegationOption == delegationOption
        && Arrays.equals(g.delegation, delegation) && g.extensions.equals(extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flags, delegationOption, extensions) * 31
        + Arrays.hashCode(channelBinding) + Arrays.hashCode(delegation);
  }

  @Override
  public String toString() {
    return "GssChecksumBody[bnd=" + Hex.of(channelBinding) + ", flags=0x"
        + Integer.toHexString(flags) + ", delegation="
        + (delegation == null ? "none" : delegation.length + " bytes") + ", extensions="
        + extensions + "]";
  }
}
