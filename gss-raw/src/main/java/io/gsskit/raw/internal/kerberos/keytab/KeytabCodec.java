package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decoder and encoder for MIT's keytab file format (MIT krb5 documentation, "Keytab file
 * format").
 *
 * <pre>
 * file    ::= 0x05 version(1 byte) { length(int32) (entry [padding] | zero bytes) }
 * entry   ::= count(16) realm(data) component(data)* [name type(32), v2 only]
 *             timestamp(32) kvno(8) enctype(16) keylength(16) key [kvno(32) if &gt;= 4 bytes left]
 * data    ::= length(16) bytes
 * </pre>
 *
 * <p>Version 0x0502 is big-endian; 0x0501 uses the host byte order ({@link
 * ByteOrder#nativeOrder()}, as MIT reads it), counts the realm as a component and has no name
 * type. A record length of 0 ends the file; a negative length is a hole of that many bytes; a
 * 32-bit kvno of 0 means "use the 8-bit kvno". Caps: file {@value #MAX_FILE_BYTES} bytes,
 * {@value #MAX_COMPONENTS} components. Decoding never allocates more than the record holds.
 *
 * <p>Stateless and thread-safe.
 */
public final class KeytabCodec {

  /** Largest keytab file accepted. */
  public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
  /** Most name components in an entry. */
  public static final int MAX_COMPONENTS = 256;
  /** Version 2 (big-endian), the only version written. */
  public static final int VERSION_2 = 0x0502;
  /** Version 1 (host byte order), read only. */
  public static final int VERSION_1 = 0x0501;

  private KeytabCodec() {}

  /**
   * Decodes a keytab file.
   *
   * @param b the file bytes; not null
   * @return the entries; an empty file gives no entries
   * @throws KeytabException {@link Kind#FORMAT} for a bad version byte or a file over the cap
   */
  public static KeytabContents decode(byte[] b) throws KeytabException {
    if (b.length == 0) {
      return new KeytabContents(VERSION_2, List.of(), null);
    }
    if (b.length > MAX_FILE_BYTES) {
      throw new KeytabException(Kind.FORMAT, "keytab larger than " + MAX_FILE_BYTES + " bytes");
    }
    if (b.length < 2 || b[0] != 5 || (b[1] != 1 && b[1] != 2)) {
      throw new KeytabException(Kind.FORMAT, b.length < 2 ? "keytab file of one byte"
          : String.format("unsupported keytab version 0x%02x%02x", b[0] & 0xff, b[1] & 0xff));
    }
    int version = 0x0500 | b[1];
    ByteOrder order = version == VERSION_1 ? ByteOrder.nativeOrder() : ByteOrder.BIG_ENDIAN;
    Cursor top = new Cursor(b, 2, b.length, order);
    List<KeytabEntry> entries = new ArrayList<>();
    List<String> damage = new ArrayList<>();
    while (top.remaining() > 0) {
      int at = top.pos;
      if (top.remaining() < 4) {
        damage.add(top.remaining() + " trailing bytes at offset " + at);
        break;
      }
      int len = top.s32();
      if (len == 0) {
        break;
      }
      if (len < 0) {
        long hole = -(long) len;
        if (hole > top.remaining()) {
          damage.add("hole of " + hole + " bytes at offset " + at + " runs past the end ("
              + top.remaining() + " bytes remain)");
          break;
        }
        top.pos += (int) hole;
        continue;
      }
      if (len > top.remaining()) {
        damage.add("record of " + len + " bytes at offset " + at + " runs past the end ("
            + top.remaining() + " bytes remain)");
        break;
      }
      Cursor rec = new Cursor(b, top.pos, top.pos + len, order);
      top.pos += len;
      try {
        entries.add(entry(rec, version));
      } catch (KeytabException e) {
        damage.add("record at offset " + at + " skipped: " + e.getMessage());
      }
    }
    return new KeytabContents(version, entries, damage.isEmpty() ? null
        : String.join("; ", damage));
  }

  private static KeytabEntry entry(Cursor r, int version) throws KeytabException {
    int count = r.u16("component count");
    if (version == VERSION_1) {
      if (count == 0) {
        throw new KeytabException(Kind.FORMAT, "v1 component count 0 (no realm)");
      }
      count--;
    }
    if (count == 0) {
      throw new KeytabException(Kind.FORMAT, "no name components");
    }
    if (count > MAX_COMPONENTS || count * 2L > r.remaining()) {
      throw new KeytabException(Kind.FORMAT, "component count " + count
          + " exceeds the cap or the record");
    }
    String realm = r.string("realm");
    List<String> comps = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      comps.add(r.string("component"));
    }
    int nameType = version == VERSION_1 ? PrincipalName.NT_UNKNOWN : r.s32("name type");
    long timestamp = r.u32("timestamp");
    int kvno8 = r.u8("kvno");
    int enctype = r.u16("enctype");
    int keyLen = r.u16("key length");
    byte[] keyBytes = r.bytes(keyLen, "key");
    long kvno = kvno8;
    if (r.remaining() >= 4) {
      long kvno32 = r.u32("32-bit kvno");
      if (kvno32 != 0) {
        kvno = kvno32;
      }
    }
    KeytabEntry e = new KeytabEntry(new KerberosPrincipal(realm,
        new PrincipalName(nameType, comps)), timestamp, kvno, new EncryptionKey(enctype,
        keyBytes));
    Arrays.fill(keyBytes, (byte) 0);
    return e;
  }

  /**
   * Encodes entries as a version 0x0502 file without holes, each entry with the 32-bit kvno (as
   * MIT writes it; the 8-bit field holds the low 8 bits).
   *
   * @param entries the entries; not null
   * @return the file bytes
   * @throws KeytabException {@link Kind#FORMAT} when a realm, component or key is longer than
   *     65535 bytes, there are more than {@value #MAX_COMPONENTS} components, or the file would
   *     exceed the cap
   */
  public static byte[] encode(List<KeytabEntry> entries) throws KeytabException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + entries.size() * 96);
    out.write(5);
    out.write(2);
    for (KeytabEntry e : entries) {
      byte[] rec = entry(e);
      try {
        if ((long) out.size() + 4 + rec.length > MAX_FILE_BYTES) {
          throw new KeytabException(Kind.FORMAT, "keytab would exceed " + MAX_FILE_BYTES
              + " bytes");
        }
        put32(out, rec.length);
        out.write(rec, 0, rec.length);
      } finally {
        Arrays.fill(rec, (byte) 0);
      }
    }
    return out.toByteArray();
  }

  private static byte[] entry(KeytabEntry e) throws KeytabException {
    ByteArrayOutputStream o = new ByteArrayOutputStream(96);
    List<String> comps = e.principal().name().components();
    if (comps.size() > MAX_COMPONENTS) {
      throw new KeytabException(Kind.FORMAT, "more than " + MAX_COMPONENTS + " components");
    }
    put16(o, comps.size());
    string(o, e.principal().realm());
    for (String c : comps) {
      string(o, c);
    }
    put32(o, e.principal().name().nameType());
    put32(o, (int) e.timestamp());
    o.write((int) e.kvno());
    put16(o, e.enctype());
    byte[] key = e.key().keyValue();
    try {
      if (key.length > 0xFFFF) {
        throw new KeytabException(Kind.FORMAT, "key longer than 65535 bytes");
      }
      put16(o, key.length);
      o.write(key, 0, key.length);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    put32(o, (int) e.kvno());
    return o.toByteArray();
  }

  private static void string(ByteArrayOutputStream o, String s) throws KeytabException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > 0xFFFF) {
      throw new KeytabException(Kind.FORMAT, "realm or component longer than 65535 bytes");
    }
    put16(o, b.length);
    o.write(b, 0, b.length);
  }

  private static void put16(ByteArrayOutputStream o, int v) {
    o.write(v >>> 8);
    o.write(v);
  }

  private static void put32(ByteArrayOutputStream o, int v) {
    o.write(v >>> 24);
    o.write(v >>> 16);
    o.write(v >>> 8);
    o.write(v);
  }

  /** Bounded cursor over one region; every read checks what remains first. Not thread-safe. */
  private static final class Cursor {
    private final byte[] buf;
    private final int end;
    private final boolean big;
    int pos;

    Cursor(byte[] buf, int from, int end, ByteOrder order) {
      this.buf = buf;
      this.pos = from;
      this.end = end;
      this.big = order == ByteOrder.BIG_ENDIAN;
    }

    int remaining() {
      return end - pos;
    }

    private void need(int n, String what) throws KeytabException {
      if (n > end - pos) {
        throw new KeytabException(Kind.FORMAT, what + ": needs " + n + " bytes but only "
            + (end - pos) + " remain in the record");
      }
    }

    int u8(String what) throws KeytabException {
      need(1, what);
      return buf[pos++] & 0xff;
    }

    int u16(String what) throws KeytabException {
      need(2, what);
      int a = buf[pos] & 0xff;
      int c = buf[pos + 1] & 0xff;
      pos += 2;
      return big ? (a << 8) | c : (c << 8) | a;
    }

    long u32(String what) throws KeytabException {
      need(4, what);
      long v = 0;
      for (int i = 0; i < 4; i++) {
        v = (v << 8) | (buf[big ? pos + i : pos + 3 - i] & 0xff);
      }
      pos += 4;
      return v;
    }

    int s32() {
      long v = 0;
      for (int i = 0; i < 4; i++) {
        v = (v << 8) | (buf[big ? pos + i : pos + 3 - i] & 0xff);
      }
      pos += 4;
      return (int) v;
    }

    int s32(String what) throws KeytabException {
      return (int) u32(what);
    }

    byte[] bytes(int len, String what) throws KeytabException {
      need(len, what);
      byte[] out = Arrays.copyOfRange(buf, pos, pos + len);
      pos += len;
      return out;
    }

    String string(String what) throws KeytabException {
      int len = u16(what + " length");
      need(len, what);
      String s = new String(buf, pos, len, StandardCharsets.UTF_8);
      pos += len;
      return s;
    }
  }
}
