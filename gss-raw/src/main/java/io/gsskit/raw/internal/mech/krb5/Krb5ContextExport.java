package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.internal.mech.krb5.token.MessageProtector;
import io.gsskit.raw.internal.mech.krb5.token.MessageProtectors;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The krb5 mechanism's interprocess token for {@code gss_export_sec_context} /
 * {@code gss_import_sec_context} (RFC 2743 §2.2.8-9; the format is GSSKit's own, as MIT's is
 * MIT's). Versioned and bounded; all integers big-endian:
 *
 * <pre>
 * "GK5C" magic (4) | version 0x01 (1) | role (1): 1 initiator, 0 acceptor
 * mech OID content: length (1, 1..32) | bytes              (a krb5 mechanism OID)
 * GSS flags (4) | end time, epoch seconds (8) | ticket flags (4)
 * key presence (1): bit0 session key, bit1 initiator subkey, bit2 acceptor subkey; others 0
 * each present key: enctype (4) | length (2, = the enctype's key length) | bytes
 * source, target: realm length (2, 0..1024) | UTF-8 realm | PrincipalName DER length (2,
 *     1..8192) | DER PrincipalName (RFC 4120)
 * per-message state: length (2, 1..1024) | the engine's export (versioned: RFC 4121 or RFC 4757)
 * </pre>
 *
 * Nothing may follow; the whole token is at most {@link #MAX_TOKEN} bytes. Decoding checks every
 * length against what remains before copying and reports any defect as one {@link Defect}. The
 * token holds key material: callers zero it. Stateless; thread-safe.
 */
final class Krb5ContextExport {

  /** Largest token accepted. */
  static final int MAX_TOKEN = 16384;

  private static final byte[] MAGIC = {'G', 'K', '5', 'C'};
  private static final int VERSION = 1;
  private static final int MAX_OID = 32;
  private static final int MAX_REALM = 1024;
  private static final int MAX_NAME_DER = 8192;
  private static final int MAX_STATE = 1024;
  private static final int MAX_KEY = 64;

  /** A malformed or inconsistent token. Carries no stack trace. */
  static final class Defect extends Exception {
    private static final long serialVersionUID = 1L;

    Defect(String message) {
      super(message, null, false, false);
    }
  }

  private Krb5ContextExport() {}

  /**
   * Encodes an open context with its per-message engine.
   *
   * @param ctx the context; open, with an engine
   * @return the token (holds keys)
   */
  static byte[] encode(Krb5Context ctx) {
    MessageProtector p = ctx.protector();
    Krb5Name source = ctx.source();
    Krb5Name target = ctx.target();
    if (p == null || source == null || target == null) {
      throw new IllegalStateException("not an open context");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    out.writeBytes(MAGIC);
    out.write(VERSION);
    out.write(ctx.isInitiator() ? 1 : 0);
    byte[] oid = ctx.mech().content();
    out.write(oid.length);
    out.writeBytes(oid);
    putInt(out, ctx.flags());
    putLong(out, ctx.endTime().getEpochSecond());
    putInt(out, ctx.ticketFlags());
    KerberosKey[] keys = {ctx.sessionKey(), ctx.initiatorSubkey(), ctx.acceptorSubkey()};
    int present = 0;
    for (int i = 0; i < keys.length; i++) {
      present |= keys[i] != null ? 1 << i : 0;
    }
    out.write(present);
    for (KerberosKey k : keys) {
      if (k != null) {
        putInt(out, k.keyType());
        byte[] b = k.copyBytes();
        putShort(out, b.length);
        out.writeBytes(b);
        Arrays.fill(b, (byte) 0);
      }
    }
    putName(out, source.principal());
    putName(out, target.principal());
    byte[] state = p.export();
    putShort(out, state.length);
    out.writeBytes(state);
    Arrays.fill(state, (byte) 0);
    return out.toByteArray();
  }

  /**
   * Decodes a token into a fresh open context with its engine.
   *
   * @param in the token; not modified
   * @return the context
   * @throws Defect when the token is malformed, too long or inconsistent
   */
  static Krb5Context decode(byte[] in) throws Defect {
    if (in.length > MAX_TOKEN) {
      throw new Defect("token longer than " + MAX_TOKEN + " bytes");
    }
    Reader r = new Reader(in);
    if (!Arrays.equals(r.bytes(4), MAGIC)) {
      throw new Defect("not a GSSKit krb5 context token");
    }
    if (r.u8() != VERSION) {
      throw new Defect("unknown version");
    }
    int role = r.u8();
    if (role > 1) {
      throw new Defect("bad role");
    }
    int oidLen = r.u8();
    if (oidLen == 0 || oidLen > MAX_OID) {
      throw new Defect("bad mechanism OID length");
    }
    Oid mech = Oid.fromContent(r.bytes(oidLen)).orElse(null);
    if (mech == null || !Krb5MechanismProvider.isKrb5(mech)) {
      throw new Defect("not a krb5 mechanism OID");
    }
    int flags = r.i32();
    long end = r.i64();
    if (end < 0 || end > Instant.MAX.getEpochSecond()) {
      throw new Defect("bad end time");
    }
    int ticketFlags = r.i32();
    int present = r.u8();
    if ((present & ~7) != 0) {
      throw new Defect("bad key presence bits");
    }
    Krb5Context ctx = new Krb5Context(role == 1, mech, Instant.ofEpochSecond(end));
    boolean ok = false;
    try {
      ctx.flags = flags;
      ctx.ticketFlags = ticketFlags;
      ctx.sessionKey = (present & 1) != 0 ? r.key() : null;
      ctx.initiatorSubkey = (present & 2) != 0 ? r.key() : null;
      ctx.acceptorSubkey = (present & 4) != 0 ? r.key() : null;
      ctx.source = new Krb5Name(r.name());
      ctx.target = new Krb5Name(r.name());
      int stateLen = r.u16();
      if (stateLen == 0 || stateLen > MAX_STATE) {
        throw new Defect("bad per-message state length");
      }
      byte[] state = r.bytes(stateLen);
      if (r.remaining() != 0) {
        Arrays.fill(state, (byte) 0);
        throw new Defect("trailing bytes");
      }
      AtomicReference<@Nullable MessageProtector> ref = new AtomicReference<>();
      int major = MessageProtectors.importState(new MinorStatus(), state, ref);
      Arrays.fill(state, (byte) 0);
      MessageProtector p = ref.get();
      if (major != 0 || p == null) {
        throw new Defect("malformed per-message state");
      }
      if (p.localIsAcceptor() == ctx.isInitiator()
          || p.acceptorSubkey() != (ctx.acceptorSubkey != null)) {
        p.destroy();
        throw new Defect("per-message state does not match the context");
      }
      ctx.adoptProtector(p);
      ctx.state = Krb5Context.State.OPEN;
      ok = true;
      return ctx;
    } finally {
      if (!ok) {
        ctx.release();
      }
    }
  }

  private static void putName(ByteArrayOutputStream out, KerberosPrincipal p) {
    byte[] realm = p.realm().getBytes(StandardCharsets.UTF_8);
    putShort(out, realm.length);
    out.writeBytes(realm);
    byte[] der = p.name().encode();
    putShort(out, der.length);
    out.writeBytes(der);
  }

  private static void putShort(ByteArrayOutputStream out, int v) {
    out.write(v >>> 8);
    out.write(v);
  }

  private static void putInt(ByteArrayOutputStream out, int v) {
    putShort(out, v >>> 16);
    putShort(out, v & 0xFFFF);
  }

  private static void putLong(ByteArrayOutputStream out, long v) {
    putInt(out, (int) (v >>> 32));
    putInt(out, (int) v);
  }

  /** A bounded cursor over the token. */
  private static final class Reader {
    private final byte[] in;
    private int pos;

    Reader(byte[] in) {
      this.in = in;
    }

    int remaining() {
      return in.length - pos;
    }

    byte[] bytes(int n) throws Defect {
      if (n < 0 || n > remaining()) {
        throw new Defect("truncated token");
      }
      byte[] b = Arrays.copyOfRange(in, pos, pos + n);
      pos += n;
      return b;
    }

    int u8() throws Defect {
      if (remaining() < 1) {
        throw new Defect("truncated token");
      }
      return in[pos++] & 0xFF;
    }

    int u16() throws Defect {
      return (u8() << 8) | u8();
    }

    int i32() throws Defect {
      return (u16() << 16) | u16();
    }

    long i64() throws Defect {
      return ((long) i32() << 32) | (i32() & 0xFFFF_FFFFL);
    }

    KerberosKey key() throws Defect {
      int type = i32();
      int len = u16();
      EncType et = EncType.byNumber(type);
      if (len == 0 || len > MAX_KEY || !et.isSupported() || len != et.keyLength()) {
        throw new Defect("bad key");
      }
      byte[] b = bytes(len);
      try {
        return new KerberosKey(type, b);
      } finally {
        Arrays.fill(b, (byte) 0);
      }
    }

    KerberosPrincipal name() throws Defect {
      int realmLen = u16();
      if (realmLen > MAX_REALM) {
        throw new Defect("realm too long");
      }
      String realm;
      try {
        realm = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes(realmLen))).toString();
      } catch (CharacterCodingException e) {
        throw new Defect("realm is not UTF-8");
      }
      int derLen = u16();
      if (derLen == 0 || derLen > MAX_NAME_DER) {
        throw new Defect("bad name length");
      }
      try {
        return new KerberosPrincipal(realm, PrincipalName.decode(bytes(derLen)));
      } catch (DerException e) {
        throw new Defect("malformed principal name");
      }
    }
  }
}
