package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoder and encoder for MIT's FILE ccache format (MIT krb5 documentation, "Credential cache
 * file format").
 *
 * <ul>
 *   <li>Versions 1 and 2 use the host's byte order ({@link ByteOrder#nativeOrder()}, as MIT reads
 *       them); 3 and 4 are big-endian. Version 1 principals have no name type and count the realm
 *       as a component. Version 3 repeats the key's enctype. Version 4 starts with a header of
 *       tagged fields; tag 1 (length 8) is the KDC time offset, unknown tags are skipped.
 *   <li>Caps: file {@value #MAX_FILE_BYTES} bytes, ticket and authdata element
 *       {@value #MAX_TICKET_BYTES}, key {@value #MAX_KEY_BYTES}, realm or component
 *       {@value #MAX_STRING_BYTES}, components {@value #MAX_COMPONENTS}, addresses and authdata
 *       elements {@value #MAX_ELEMENTS} per credential, address {@value #MAX_ADDRESS_BYTES}.
 *   <li>A malformed header or default principal is a {@link Kind#FORMAT} error; an empty file is
 *       {@link Kind#NOT_FOUND} (as MIT). A malformed credential ends decoding: the credentials
 *       before it are returned and {@link CcacheContents#damage()} says what was wrong.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CcacheCodec {

  /** Largest ccache file accepted. */
  public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
  /** Largest ticket, second ticket or authorization-data element. */
  public static final int MAX_TICKET_BYTES = 1024 * 1024;
  /** Largest key. */
  public static final int MAX_KEY_BYTES = 1024;
  /** Largest realm or name component. */
  public static final int MAX_STRING_BYTES = 64 * 1024;
  /** Most name components. */
  public static final int MAX_COMPONENTS = 256;
  /** Most addresses, and most authorization-data elements, per credential. */
  public static final int MAX_ELEMENTS = 1024;
  /** Largest address. */
  public static final int MAX_ADDRESS_BYTES = 1024;

  private static final int TAG_KDC_OFFSET = 1;

  private CcacheCodec() {}

  /**
   * Decodes a ccache file.
   *
   * @param b the file bytes; not null
   * @return the contents
   * @throws CcacheException {@link Kind#NOT_FOUND} for an empty file, {@link Kind#FORMAT} for a
   *     bad version, header or default principal, or a file over the cap
   */
  public static CcacheContents decode(byte[] b) throws CcacheException {
    if (b.length == 0) {
      throw new CcacheException(Kind.NOT_FOUND, "empty ccache file");
    }
    if (b.length > MAX_FILE_BYTES) {
      throw new CcacheException(Kind.FORMAT, "ccache larger than " + MAX_FILE_BYTES + " bytes");
    }
    if (b.length < 2 || b[0] != 5 || b[1] < 1 || b[1] > 4) {
      throw new CcacheException(Kind.FORMAT, b.length < 2 ? "ccache file of one byte"
          : String.format("unsupported ccache version 0x%02x%02x", b[0] & 0xff, b[1] & 0xff));
    }
    int version = b[1];
    ByteOrder order = version <= 2 ? ByteOrder.nativeOrder() : ByteOrder.BIG_ENDIAN;
    CcacheReader r = new CcacheReader(b, 2, b.length, order);
    KdcTimeOffset offset = KdcTimeOffset.NONE;
    if (version == 4) {
      offset = header(r);
    }
    KerberosPrincipal principal = principal(r, version, "default principal");
    List<Credential> creds = new ArrayList<>();
    String damage = null;
    while (r.remaining() > 0) {
      int at = r.position();
      try {
        creds.add(credential(r, version));
      } catch (CcacheException e) {
        damage = "credential " + (creds.size() + 1) + " at offset " + at + ": " + e.getMessage();
        break;
      }
    }
    return new CcacheContents(version, offset, principal, creds, damage);
  }

  private static KdcTimeOffset header(CcacheReader r) throws CcacheException {
    int len = r.u16("v4 header length");
    if (len > r.remaining()) {
      throw new CcacheException(Kind.FORMAT, "v4 header length " + len + " exceeds the "
          + r.remaining() + " bytes that remain");
    }
    int end = r.position() + len;
    KdcTimeOffset offset = KdcTimeOffset.NONE;
    while (r.position() < end) {
      if (end - r.position() < 4) {
        throw new CcacheException(Kind.FORMAT, "truncated v4 header field");
      }
      int tag = r.u16("header tag");
      int tagLen = r.u16("header tag length");
      if (tagLen > end - r.position()) {
        throw new CcacheException(Kind.FORMAT, "header tag " + tag + " length " + tagLen
            + " exceeds the header");
      }
      if (tag == TAG_KDC_OFFSET) {
        if (tagLen != 8) {
          throw new CcacheException(Kind.FORMAT, "KDC time offset tag of length " + tagLen);
        }
        offset = new KdcTimeOffset(r.s32("offset seconds"), r.s32("offset microseconds"));
      } else {
        r.skip(tagLen, "header tag " + tag);
      }
    }
    return offset;
  }

  private static KerberosPrincipal principal(CcacheReader r, int version, String what)
      throws CcacheException {
    int nameType = version == 1 ? PrincipalName.NT_UNKNOWN : r.s32(what + " name type");
    long count = r.u32(what + " component count");
    if (version == 1) {
      if (count == 0) {
        throw new CcacheException(Kind.FORMAT, what + ": v1 component count 0 (no realm)");
      }
      count--;
    }
    if (count == 0) {
      throw new CcacheException(Kind.FORMAT, what + ": no name components");
    }
    if (count > MAX_COMPONENTS || count * 4 > r.remaining()) {
      throw new CcacheException(Kind.FORMAT, what + ": component count " + count
          + " exceeds the cap or the bytes that remain");
    }
    String realm = string(r, what + " realm");
    List<String> comps = new ArrayList<>((int) count);
    for (int i = 0; i < count; i++) {
      comps.add(string(r, what + " component"));
    }
    return new KerberosPrincipal(realm, new PrincipalName(nameType, comps));
  }

  private static String string(CcacheReader r, String what) throws CcacheException {
    return new String(r.data(what, MAX_STRING_BYTES), StandardCharsets.UTF_8);
  }

  private static Credential credential(CcacheReader r, int version) throws CcacheException {
    KerberosPrincipal client = principal(r, version, "client");
    KerberosPrincipal server = principal(r, version, "server");
    int enctype = r.u16("key enctype");
    if (version == 3) {
      enctype = r.u16("key enctype (repeated)");
    }
    byte[] keyBytes = r.data("key", MAX_KEY_BYTES);
    EncryptionKey key = new EncryptionKey(enctype, keyBytes);
    java.util.Arrays.fill(keyBytes, (byte) 0);
    long auth = r.u32("authtime");
    long start = r.u32("starttime");
    long end = r.u32("endtime");
    long renew = r.u32("renew_till");
    int skey = r.u8("is_skey");
    int flags = r.s32("ticket flags");
    long nAddr = r.u32("address count");
    if (nAddr > MAX_ELEMENTS || nAddr * 6 > r.remaining()) {
      throw new CcacheException(Kind.FORMAT, "address count " + nAddr
          + " exceeds the cap or the bytes that remain");
    }
    List<CredentialAddress> addrs = new ArrayList<>((int) nAddr);
    for (int i = 0; i < nAddr; i++) {
      int type = r.u16("address type");
      addrs.add(new CredentialAddress(type, r.data("address", MAX_ADDRESS_BYTES)));
    }
    long nAd = r.u32("authdata count");
    if (nAd > MAX_ELEMENTS || nAd * 6 > r.remaining()) {
      throw new CcacheException(Kind.FORMAT, "authdata count " + nAd
          + " exceeds the cap or the bytes that remain");
    }
    List<CredentialAuthData> ads = new ArrayList<>((int) nAd);
    for (int i = 0; i < nAd; i++) {
      int type = r.u16("authdata type");
      ads.add(new CredentialAuthData(type, r.data("authdata", MAX_TICKET_BYTES)));
    }
    byte[] ticket = r.data("ticket", MAX_TICKET_BYTES);
    byte[] second = r.data("second ticket", MAX_TICKET_BYTES);
    return Credential.builder(client, server).key(key).times(auth, start, end, renew)
        .isSkey(skey != 0).ticketFlags(flags).addresses(addrs).authData(ads).ticket(ticket)
        .secondTicket(second).build();
  }

  /**
   * Encodes contents as a version 4 file with the KDC time offset header tag.
   *
   * @param c the contents; not null ({@code version} and {@code damage} are ignored)
   * @return the file bytes
   * @throws CcacheException {@link Kind#FORMAT} when a field exceeds a cap (so a written file is
   *     always readable)
   */
  public static byte[] encode(CcacheContents c) throws CcacheException {
    return encode(c, 4);
  }

  /**
   * Encodes contents in a given file format version, as MIT's {@code ccache_type} selects.
   *
   * @param c the contents; not null
   * @param version 1–4; versions 1 and 2 are written in the host byte order
   * @return the file bytes
   * @throws CcacheException {@link Kind#FORMAT} when a field exceeds a cap
   * @throws IllegalArgumentException when the version is not 1–4
   */
  public static byte[] encode(CcacheContents c, int version) throws CcacheException {
    if (version < 1 || version > 4) {
      throw new IllegalArgumentException("ccache version must be 1-4: " + version);
    }
    ByteOrder order = version <= 2 ? ByteOrder.nativeOrder() : ByteOrder.BIG_ENDIAN;
    CcacheWriter w = new CcacheWriter(order);
    w.u8(5);
    w.u8(version);
    if (version == 4) {
      w.u16(12);
      w.u16(TAG_KDC_OFFSET);
      w.u16(8);
      w.u32(c.kdcOffset().seconds() & 0xFFFF_FFFFL);
      w.u32(c.kdcOffset().microseconds() & 0xFFFF_FFFFL);
    }
    principal(w, c.principal(), version);
    for (Credential cred : c.credentials()) {
      principal(w, cred.client(), version);
      principal(w, cred.server(), version);
      w.u16(cred.key().keyType());
      if (version == 3) {
        w.u16(cred.key().keyType());
      }
      byte[] key = cred.key().keyValue();
      try {
        check(key.length, MAX_KEY_BYTES, "key");
        w.data(key);
      } finally {
        java.util.Arrays.fill(key, (byte) 0);
      }
      w.u32(cred.authTime());
      w.u32(cred.startTime());
      w.u32(cred.endTime());
      w.u32(cred.renewTill());
      w.u8(cred.isSkey() ? 1 : 0);
      w.u32(cred.ticketFlags() & 0xFFFF_FFFFL);
      check(cred.addresses().size(), MAX_ELEMENTS, "address count");
      w.u32(cred.addresses().size());
      for (CredentialAddress a : cred.addresses()) {
        w.u16(a.addrType());
        check(a.length(), MAX_ADDRESS_BYTES, "address");
        w.data(a.raw());
      }
      check(cred.authData().size(), MAX_ELEMENTS, "authdata count");
      w.u32(cred.authData().size());
      for (CredentialAuthData ad : cred.authData()) {
        w.u16(ad.adType());
        check(ad.raw().length, MAX_TICKET_BYTES, "authdata");
        w.data(ad.raw());
      }
      check(cred.rawTicket().length, MAX_TICKET_BYTES, "ticket");
      w.data(cred.rawTicket());
      check(cred.rawSecondTicket().length, MAX_TICKET_BYTES, "second ticket");
      w.data(cred.rawSecondTicket());
      check(w.size(), MAX_FILE_BYTES, "ccache");
    }
    return w.toByteArray();
  }

  private static void principal(CcacheWriter w, KerberosPrincipal p, int version)
      throws CcacheException {
    List<String> comps = p.name().components();
    check(comps.size(), MAX_COMPONENTS, "component count");
    if (version != 1) {
      w.u32(p.name().nameType() & 0xFFFF_FFFFL);
      w.u32(comps.size());
    } else {
      w.u32(comps.size() + 1L);
    }
    string(w, p.realm());
    for (String s : comps) {
      string(w, s);
    }
  }

  private static void string(CcacheWriter w, String s) throws CcacheException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    check(b.length, MAX_STRING_BYTES, "realm or component");
    w.data(b);
  }

  private static void check(int n, int cap, String what) throws CcacheException {
    if (n > cap) {
      throw new CcacheException(Kind.FORMAT, what + " of " + n + " exceeds the cap of " + cap);
    }
  }
}
