package io.gsskit.raw.spi;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_BINDINGS;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAMETYPE;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_QOP;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_STATUS;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CONTINUE_NEEDED;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_ELEMENT;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.ext.Rfc5587;
import io.gsskit.raw.internal.token.InitialContextToken;
import io.gsskit.raw.internal.token.TokenException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A real test mechanism: initiator and acceptor share a secret from a credential store ({@code
 * psk} as hex, or {@code psk_file} naming a file holding hex), exchange nonces in three legs
 * (init, accept, init, accept), prove possession with HMAC-SHA256 and derive a session key.
 * Messages are protected with AES-256-GCM keyed per direction with sequence numbers in the nonce
 * and a 64-entry replay window; MICs are HMAC-SHA256. Wrap and unwrap exist only as IOV calls, so
 * the mechglue synthesises {@code gss_wrap}/{@code gss_unwrap}/AEAD from them. Contexts, names and
 * credentials can be exported and imported. Several instances with different OIDs use the same
 * minor codes, to exercise minor-status mapping.
 */
public class PskMechanism implements Mechanism, IovSupport, PrfSupport, CredStoreSupport,
    NamingExtensions, NegoExSupport {

  static final int HEADER_LEN = 12;
  static final int TAG_LEN = 16;
  static final int MIC_LEN = 12 + 32;
  private static final int FLAGS_OFFERED = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG
      | Gss.GSS_C_SEQUENCE_FLAG;

  /** The most recently acquired credential of any instance, so tests can check zeroing. */
  static volatile @Nullable PskCred lastCred;

  final String label;
  final Oid oid;
  private final SecureRandom random = new SecureRandom();

  /**
   * Creates an instance.
   *
   * @param label the name used in messages
   * @param oid the mechanism OID
   */
  public PskMechanism(String label, Oid oid) {
    this.label = label;
    this.oid = oid;
  }

  static int fail(MinorStatus minor, int major, PskMinor why) {
    minor.set(why.code);
    return major;
  }

  // ------------------------------------------------------------------------------ names

  @Override
  public int importName(MinorStatus minor, byte[] name, @Nullable Oid nameType,
      Holder<MechName> out) {
    String text = new String(name, StandardCharsets.UTF_8);
    if (Gss.GSS_C_NT_COMPOSITE_EXPORT.equals(nameType)) {
      PskName n = parseComposite(name);
      if (n == null) {
        return fail(minor, GSS_S_BAD_NAME, PskMinor.MALFORMED);
      }
      out.set(n);
      return GSS_S_COMPLETE;
    }
    String principal;
    if (nameType == null || Gss.GSS_C_NT_USER_NAME.equals(nameType)
        || Gss.GSS_KRB5_NT_PRINCIPAL_NAME.equals(nameType)
        || Gss.GSS_C_NT_EXPORT_NAME.equals(nameType)) {
      principal = text;
    } else if (Gss.GSS_C_NT_HOSTBASED_SERVICE.equals(nameType)) {
      principal = text.replaceFirst("@", "/");
    } else if (Gss.GSS_C_NT_ANONYMOUS.equals(nameType)) {
      principal = "anonymous";
    } else {
      return GSS_S_BAD_NAMETYPE;
    }
    if (principal.isEmpty()) {
      return fail(minor, GSS_S_BAD_NAME, PskMinor.MALFORMED);
    }
    out.set(new PskName(principal));
    return GSS_S_COMPLETE;
  }

  @Override
  public int displayName(MinorStatus minor, MechName name, StringHolder text,
      OidHolder nameType) {
    text.set(((PskName) name).principal);
    nameType.set(Gss.GSS_C_NT_USER_NAME);
    return GSS_S_COMPLETE;
  }

  @Override
  public int compareName(MinorStatus minor, MechName a, MechName b, BooleanHolder equal) {
    equal.set(((PskName) a).principal.equals(((PskName) b).principal));
    return GSS_S_COMPLETE;
  }

  @Override
  public int exportName(MinorStatus minor, MechName name, Buffer out) {
    out.set(PskCrypto.utf8(((PskName) name).principal));
    return GSS_S_COMPLETE;
  }

  @Override
  public int duplicateName(MinorStatus minor, MechName name, Holder<MechName> out) {
    out.set(((PskName) name).copy());
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireNamesForMech(MinorStatus minor, Oid mech, OidSetHolder nameTypes) {
    nameTypes.set(OidSet.of(Gss.GSS_C_NT_USER_NAME, Gss.GSS_C_NT_HOSTBASED_SERVICE,
        Gss.GSS_C_NT_EXPORT_NAME, Gss.GSS_C_NT_COMPOSITE_EXPORT, Gss.GSS_C_NT_ANONYMOUS));
    return GSS_S_COMPLETE;
  }

  @Override
  public int localname(MinorStatus minor, MechName name, Oid mech, StringHolder localName) {
    String p = ((PskName) name).principal;
    int cut = p.length();
    for (char c : new char[] {'@', '/'}) {
      int i = p.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    localName.set(p.substring(0, cut));
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------------------ RFC 6680

  @Override
  public int inquireName(MinorStatus minor, MechName name, BooleanHolder nameIsMn,
      OidHolder mnMech, BufferSet attrs) {
    nameIsMn.set(true);
    mnMech.set(oid);
    ((PskName) name).attributes.keySet().stream().sorted()
        .forEach(k -> attrs.add(PskCrypto.utf8(k)));
    return GSS_S_COMPLETE;
  }

  @Override
  public int getNameAttribute(MinorStatus minor, MechName name, String attr,
      BooleanHolder authenticated, BooleanHolder complete, Buffer value,
      StringHolder displayValue, IntHolder more) {
    byte[] v = ((PskName) name).attributes.get(attr);
    if (v == null || more.get() == 0) {
      return GSS_S_UNAVAILABLE;
    }
    authenticated.set(false);
    complete.set(true);
    value.set(v.clone());
    displayValue.set(new String(v, StandardCharsets.UTF_8));
    more.set(0);
    return GSS_S_COMPLETE;
  }

  @Override
  public int setNameAttribute(MinorStatus minor, MechName name, boolean complete, String attr,
      byte[] value) {
    ((PskName) name).attributes.put(attr, value.clone());
    return GSS_S_COMPLETE;
  }

  @Override
  public int deleteNameAttribute(MinorStatus minor, MechName name, String attr) {
    return ((PskName) name).attributes.remove(attr) != null ? GSS_S_COMPLETE : GSS_S_UNAVAILABLE;
  }

  @Override
  public int displayNameExt(MinorStatus minor, MechName name, Oid displayAsNameType,
      StringHolder text) {
    String p = ((PskName) name).principal;
    if (Gss.GSS_C_NT_HOSTBASED_SERVICE.equals(displayAsNameType) && p.contains("/")) {
      text.set(p.replaceFirst("/", "@"));
      return GSS_S_COMPLETE;
    }
    return GSS_S_UNAVAILABLE;
  }

  @Override
  public int exportNameComposite(MinorStatus minor, MechName name, Buffer out) {
    PskName n = (PskName) name;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] p = PskCrypto.utf8(n.principal);
    b.write(p.length >>> 8);
    b.write(p.length);
    b.writeBytes(p);
    List<String> keys = new ArrayList<>(n.attributes.keySet());
    keys.sort(null);
    b.write(keys.size() >>> 8);
    b.write(keys.size());
    for (String k : keys) {
      byte[] kb = PskCrypto.utf8(k);
      byte[] v = n.attributes.get(k);
      b.write(kb.length >>> 8);
      b.write(kb.length);
      b.writeBytes(kb);
      b.writeBytes(ByteBuffer.allocate(4).putInt(v.length).array());
      b.writeBytes(v);
    }
    out.set(b.toByteArray());
    return GSS_S_COMPLETE;
  }

  private static @Nullable PskName parseComposite(byte[] blob) {
    try {
      ByteBuffer in = ByteBuffer.wrap(blob);
      PskName n = new PskName(new String(take(in, in.getShort() & 0xffff),
          StandardCharsets.UTF_8));
      int count = in.getShort() & 0xffff;
      for (int i = 0; i < count; i++) {
        String k = new String(take(in, in.getShort() & 0xffff), StandardCharsets.UTF_8);
        n.attributes.put(k, take(in, in.getInt() & 0xffffffffL));
      }
      return in.hasRemaining() || n.principal.isEmpty() ? null : n;
    } catch (BufferUnderflowException e) {
      return null;
    }
  }

  private static byte[] take(ByteBuffer in, long len) {
    if (len > in.remaining()) {
      throw new BufferUnderflowException();
    }
    byte[] b = new byte[(int) len];
    in.get(b);
    return b;
  }

  // ------------------------------------------------------------------------------ credentials

  @Override
  public int acquireCred(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
      Oid mech, int credUsage, Holder<MechCred> out, IntHolder timeRec) {
    return fail(minor, GSS_S_NO_CRED, PskMinor.NO_SECRET);
  }

  @Override
  public int acquireCredFrom(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
      Oid mech, int credUsage, Map<String, String> credStore, Holder<MechCred> out,
      IntHolder timeRec) {
    String hex = credStore.get("psk");
    String file = credStore.get("psk_file");
    try {
      if (hex == null && file != null) {
        hex = Files.readString(Path.of(file)).strip();
      }
      if (hex == null) {
        return fail(minor, GSS_S_NO_CRED, PskMinor.NO_SECRET);
      }
      byte[] psk = HexFormat.of().parseHex(hex);
      if (psk.length < 16 || psk.length > 64) {
        return fail(minor, GSS_S_NO_CRED, PskMinor.NO_SECRET);
      }
      PskCred cred = new PskCred((PskName) desiredName, psk, credUsage);
      lastCred = cred;
      out.set(cred);
      timeRec.set(Gss.GSS_C_INDEFINITE);
      return GSS_S_COMPLETE;
    } catch (IOException | IllegalArgumentException e) {
      return fail(minor, GSS_S_NO_CRED, PskMinor.NO_SECRET);
    }
  }

  @Override
  public int storeCredInto(MinorStatus minor, MechCred cred, int credUsage, Oid mech,
      boolean overwrite, boolean defaultCred, @Nullable Map<String, String> credStore,
      IntHolder credUsageStored) {
    String file = credStore == null ? null : credStore.get("psk_file");
    if (file == null) {
      return GSS_S_UNAVAILABLE;
    }
    Path p = Path.of(file);
    if (Files.exists(p) && !overwrite) {
      return GSS_S_DUPLICATE_ELEMENT;
    }
    try {
      Files.writeString(p, HexFormat.of().formatHex(((PskCred) cred).psk));
    } catch (IOException e) {
      return fail(minor, GSS_S_FAILURE, PskMinor.STORE_FAILED);
    }
    credUsageStored.set(((PskCred) cred).usage);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireCred(MinorStatus minor, @Nullable MechCred cred, Holder<MechName> name,
      IntHolder lifetime, IntHolder credUsage) {
    if (!(cred instanceof PskCred c) || c.released) {
      return fail(minor, GSS_S_NO_CRED, PskMinor.NO_SECRET);
    }
    name.set(c.name);
    lifetime.set(Gss.GSS_C_INDEFINITE);
    credUsage.set(c.usage);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireCredByMech(MinorStatus minor, @Nullable MechCred cred, Oid mech,
      Holder<MechName> name, IntHolder initiatorLifetime, IntHolder acceptorLifetime,
      IntHolder credUsage) {
    int major = inquireCred(minor, cred, name, initiatorLifetime, credUsage);
    acceptorLifetime.set(initiatorLifetime.get());
    return major;
  }

  @Override
  public int exportCred(MinorStatus minor, MechCred cred, Buffer token) {
    PskCred c = (PskCred) cred;
    byte[] p = c.name == null ? new byte[0] : PskCrypto.utf8(c.name.principal);
    token.set(ByteBuffer.allocate(1 + 2 + p.length + 1 + c.psk.length).put((byte) c.usage)
        .putShort((short) p.length).put(p).put((byte) c.psk.length).put(c.psk).array());
    return GSS_S_COMPLETE;
  }

  @Override
  public int importCred(MinorStatus minor, byte[] token, Holder<MechCred> out) {
    try {
      ByteBuffer in = ByteBuffer.wrap(token);
      int usage = in.get();
      byte[] p = take(in, in.getShort() & 0xffff);
      byte[] psk = take(in, in.get() & 0xff);
      if (in.hasRemaining() || usage < 0 || usage > 2 || psk.length < 16) {
        return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
      }
      out.set(new PskCred(p.length == 0 ? null : new PskName(new String(p,
          StandardCharsets.UTF_8)), psk, usage));
      return GSS_S_COMPLETE;
    } catch (BufferUnderflowException e) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
    }
  }

  // ------------------------------------------------------------------------------ contexts

  private static byte[] bindingsHash(ChannelBindings cb) {
    ByteBuffer b = ByteBuffer.allocate(12);
    b.putInt(cb.initiatorAddrType()).putInt(cb.acceptorAddrType()).putInt(0);
    return PskCrypto.hmac(new byte[32], "PSK-cb", b.array(), cb.initiatorAddress(),
        cb.acceptorAddress(), cb.applicationData());
  }

  private int retFlags(int requested, boolean bound) {
    return (requested & FLAGS_OFFERED) | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG
        | Gss.GSS_C_TRANS_FLAG | (bound ? Gss.GSS_C_CHANNEL_BOUND_FLAG : 0);
  }

  @Override
  public int initSecContext(MinorStatus minor, @Nullable MechCred cred,
      Holder<MechContext> context, MechName target, Oid mech, int reqFlags, int timeReq,
      @Nullable ChannelBindings bindings, byte @Nullable [] inputToken, OidHolder actualMech,
      Buffer outputToken, IntHolder retFlags, IntHolder timeRec) {
    PskContext ctx = (PskContext) context.get();
    if (ctx == null || ctx.state == PskContext.State.PRE) {
      if (!(cred instanceof PskCred c) || c.usage == Gss.GSS_C_ACCEPT || c.released) {
        return fail(minor, GSS_S_NO_CRED, PskMinor.NO_SECRET);
      }
      byte[] peerMeta = ctx == null ? new byte[0] : ctx.peerMetaData;
      ctx = new PskContext(true, PskContext.State.INIT_SENT);
      ctx.peerMetaData = peerMeta;
      ctx.psk = c.psk.clone();
      ctx.initiatorName = c.name != null ? c.name : new PskName("default@" + label);
      ctx.acceptorName = (PskName) target;
      ctx.nonceI = new byte[16];
      random.nextBytes(ctx.nonceI);
      byte[] ini = PskCrypto.utf8(ctx.initiatorName.principal);
      byte[] acc = PskCrypto.utf8(ctx.acceptorName.principal);
      ByteBuffer body = ByteBuffer.allocate(1 + 16 + 2 + ini.length + 2 + acc.length + 4 + 1
          + (bindings != null ? 32 : 0));
      body.put((byte) 1).put(ctx.nonceI).putShort((short) ini.length).put(ini)
          .putShort((short) acc.length).put(acc).putInt(reqFlags)
          .put((byte) (bindings != null ? 1 : 0));
      if (bindings != null) {
        body.put(bindingsHash(bindings));
      }
      ctx.transcript = body.array();
      ctx.flags = retFlags(reqFlags, bindings != null);
      outputToken.set(InitialContextToken.encode(mech, ctx.transcript));
      context.set(ctx);
      actualMech.set(mech);
      retFlags.set(ctx.flags);
      return GSS_S_CONTINUE_NEEDED;
    }
    if (ctx.state != PskContext.State.INIT_SENT || inputToken == null
        || inputToken.length != 1 + 16 + 32 || inputToken[0] != 2 || ctx.psk == null) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
    }
    ctx.nonceA = java.util.Arrays.copyOfRange(inputToken, 1, 17);
    byte[] mac1 = java.util.Arrays.copyOfRange(inputToken, 17, 49);
    byte[] expect = PskCrypto.hmac(ctx.psk, "PSK-A", ctx.nonceI, ctx.nonceA, ctx.transcript);
    if (!MessageDigest.isEqual(mac1, expect)) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.BAD_MAC);
    }
    byte[] mac2 = PskCrypto.hmac(ctx.psk, "PSK-I", ctx.nonceI, ctx.nonceA, ctx.transcript);
    byte[] out = new byte[33];
    out[0] = 3;
    System.arraycopy(mac2, 0, out, 1, 32);
    ctx.open(PskCrypto.hmac(ctx.psk, "PSK-K", ctx.nonceI, ctx.nonceA, ctx.transcript));
    outputToken.set(out);
    actualMech.set(mech);
    retFlags.set(ctx.flags);
    timeRec.set(Gss.GSS_C_INDEFINITE);
    return GSS_S_COMPLETE;
  }

  @Override
  public int acceptSecContext(MinorStatus minor, Holder<MechContext> context,
      @Nullable MechCred cred, byte[] inputToken, @Nullable ChannelBindings bindings,
      Holder<MechName> srcName, OidHolder mechType, Buffer outputToken, IntHolder retFlags,
      IntHolder timeRec, Holder<MechCred> delegatedCred) {
    PskContext ctx = (PskContext) context.get();
    if (ctx == null) {
      if (!(cred instanceof PskCred c) || c.usage == Gss.GSS_C_INITIATE || c.released) {
        return fail(minor, GSS_S_NO_CRED, PskMinor.NO_SECRET);
      }
      InitialContextToken framed;
      try {
        framed = InitialContextToken.parse(inputToken);
      } catch (TokenException e) {
        return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
      }
      if (!framed.mech().equals(oid)) {
        return GSS_S_BAD_MECH;
      }
      byte[] body = framed.inner();
      ctx = new PskContext(false, PskContext.State.ACCEPT_REPLIED);
      int reqFlags;
      byte[] cbHash = null;
      try {
        ByteBuffer in = ByteBuffer.wrap(body);
        if (in.get() != 1) {
          return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
        }
        ctx.nonceI = take(in, 16);
        ctx.initiatorName = new PskName(new String(take(in, in.getShort() & 0xffff),
            StandardCharsets.UTF_8));
        ctx.acceptorName = new PskName(new String(take(in, in.getShort() & 0xffff),
            StandardCharsets.UTF_8));
        reqFlags = in.getInt();
        int hasCb = in.get();
        if (hasCb == 1) {
          cbHash = take(in, 32);
        } else if (hasCb != 0) {
          return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
        }
        if (in.hasRemaining()) {
          return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
        }
      } catch (BufferUnderflowException e) {
        return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
      }
      if (c.name != null && !c.name.principal.equals(ctx.acceptorName.principal)) {
        return fail(minor, GSS_S_NO_CRED, PskMinor.WRONG_TARGET);
      }
      if (cbHash != null && (bindings == null
          || !MessageDigest.isEqual(cbHash, bindingsHash(bindings)))) {
        return fail(minor, GSS_S_BAD_BINDINGS, PskMinor.BAD_BINDINGS);
      }
      ctx.psk = c.psk.clone();
      ctx.transcript = body;
      ctx.flags = retFlags(reqFlags, cbHash != null);
      ctx.nonceA = new byte[16];
      random.nextBytes(ctx.nonceA);
      byte[] mac1 = PskCrypto.hmac(ctx.psk, "PSK-A", ctx.nonceI, ctx.nonceA, ctx.transcript);
      outputToken.set(ByteBuffer.allocate(49).put((byte) 2).put(ctx.nonceA).put(mac1).array());
      context.set(ctx);
      mechType.set(oid);
      retFlags.set(ctx.flags);
      return GSS_S_CONTINUE_NEEDED;
    }
    if (ctx.state != PskContext.State.ACCEPT_REPLIED || inputToken.length != 33
        || inputToken[0] != 3 || ctx.psk == null) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
    }
    byte[] expect = PskCrypto.hmac(ctx.psk, "PSK-I", ctx.nonceI, ctx.nonceA, ctx.transcript);
    if (!MessageDigest.isEqual(java.util.Arrays.copyOfRange(inputToken, 1, 33), expect)) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.BAD_MAC);
    }
    ctx.open(PskCrypto.hmac(ctx.psk, "PSK-K", ctx.nonceI, ctx.nonceA, ctx.transcript));
    srcName.set(ctx.initiatorName);
    mechType.set(oid);
    retFlags.set(ctx.flags);
    timeRec.set(Gss.GSS_C_INDEFINITE);
    return GSS_S_COMPLETE;
  }

  private static @Nullable PskContext open(MechContext c) {
    PskContext ctx = (PskContext) c;
    return ctx.state == PskContext.State.OPEN && !ctx.released ? ctx : null;
  }

  @Override
  public int contextTime(MinorStatus minor, MechContext context, IntHolder timeRec) {
    if (open(context) == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    timeRec.set(Gss.GSS_C_INDEFINITE);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireContext(MinorStatus minor, MechContext context, Holder<MechName> srcName,
      Holder<MechName> targName, IntHolder lifetime, OidHolder mechType, IntHolder ctxFlags,
      BooleanHolder locallyInitiated, BooleanHolder open) {
    PskContext ctx = (PskContext) context;
    srcName.set(ctx.initiatorName);
    targName.set(ctx.acceptorName);
    lifetime.set(Gss.GSS_C_INDEFINITE);
    mechType.set(oid);
    ctxFlags.set(ctx.flags);
    locallyInitiated.set(ctx.initiator);
    open.set(ctx.state == PskContext.State.OPEN);
    return GSS_S_COMPLETE;
  }

  @Override
  public int wrapSizeLimit(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      int reqOutputSize, IntHolder maxInputSize) {
    if (open(context) == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    maxInputSize.set(Math.max(0, reqOutputSize - HEADER_LEN - TAG_LEN));
    return GSS_S_COMPLETE;
  }

  @Override
  public int exportSecContext(MinorStatus minor, MechContext context, Buffer token) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return GSS_S_UNAVAILABLE;
    }
    token.set(ctx.export());
    ctx.release();
    return GSS_S_COMPLETE;
  }

  @Override
  public int importSecContext(MinorStatus minor, byte[] token, Holder<MechContext> out) {
    PskContext ctx = PskContext.parse(token);
    if (ctx == null) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
    }
    out.set(ctx);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireSecContextByOid(MinorStatus minor, MechContext context, Oid desiredObject,
      BufferSet data) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return GSS_S_UNAVAILABLE;
    }
    if (Inquiry.GSS_C_INQ_SSPI_SESSION_KEY.equals(desiredObject)) {
      data.add(ctx.session.clone());
    } else if (Inquiry.GSS_C_INQ_NEGOEX_KEY.equals(desiredObject)) {
      data.add(PskCrypto.hmac(ctx.session, "PSK-negoex-" + (ctx.initiator ? "i2a" : "a2i")));
    } else if (Inquiry.GSS_C_INQ_NEGOEX_VERIFY_KEY.equals(desiredObject)) {
      data.add(PskCrypto.hmac(ctx.session, "PSK-negoex-" + (ctx.initiator ? "a2i" : "i2a")));
    } else {
      return GSS_S_UNAVAILABLE;
    }
    data.add(new byte[] {18, 0, 0, 0}); // enctype, four bytes little-endian (MIT NegoEx)
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------------------ MIC

  private byte[] micToken(PskContext ctx, byte[]... parts) {
    long seq = ctx.sendSeq.getAndIncrement();
    byte[] header = ByteBuffer.allocate(12).put((byte) 4).put((byte) 4)
        .put((byte) ctx.sendDirection()).put((byte) 0).putLong(seq).array();
    byte[] tag = macOver(ctx.micSend, header, parts);
    return ByteBuffer.allocate(MIC_LEN).put(header).put(tag).array();
  }

  private static byte[] macOver(byte[] key, byte[] header, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(header);
      for (byte[] p : parts) {
        mac.update(p);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private int verifyMicToken(MinorStatus minor, PskContext ctx, byte[] token, byte[]... parts) {
    if (token.length != MIC_LEN || token[0] != 4 || token[1] != 4
        || token[2] != 1 - ctx.sendDirection() || token[3] != 0) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
    }
    byte[] header = java.util.Arrays.copyOf(token, 12);
    byte[] tag = java.util.Arrays.copyOfRange(token, 12, MIC_LEN);
    if (!MessageDigest.isEqual(tag, macOver(ctx.micRecv, header, parts))) {
      return fail(minor, GSS_S_BAD_SIG, PskMinor.BAD_MAC);
    }
    return ctx.recv.check(ByteBuffer.wrap(header, 4, 8).getLong());
  }

  @Override
  public int getMic(MinorStatus minor, MechContext context, int qopReq, byte[] message,
      Buffer token) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    if (qopReq != 0) {
      return GSS_S_BAD_QOP;
    }
    token.set(micToken(ctx, message));
    return GSS_S_COMPLETE;
  }

  @Override
  public int verifyMic(MinorStatus minor, MechContext context, byte[] message, byte[] token,
      IntHolder qopState) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    qopState.set(0);
    return verifyMicToken(minor, ctx, token, message);
  }

  // ------------------------------------------------------------------------------ IOV

  private static List<IovBuffer> all(IovBuffer[] iov, int type) {
    List<IovBuffer> out = new ArrayList<>();
    for (IovBuffer b : iov) {
      if (b.bufferType() == type) {
        out.add(b);
      }
    }
    return out;
  }

  /** Gives a HEADER/TRAILER/PADDING/MIC buffer exactly {@code len} bytes; false if impossible. */
  private static boolean size(@Nullable IovBuffer b, int len) {
    if (b == null) {
      return false;
    }
    if (b.hasFlag(Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE)) {
      b.setAllocated(new byte[len]);
      return true;
    }
    if (b.length() < len) {
      return false;
    }
    b.set(b.array(), b.offset(), len);
    return true;
  }

  private static byte[] concat(List<IovBuffer> bufs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (IovBuffer b : bufs) {
      out.write(b.array(), b.offset(), b.length());
    }
    return out.toByteArray();
  }

  private static void scatter(byte[] src, List<IovBuffer> bufs) {
    int pos = 0;
    for (IovBuffer b : bufs) {
      System.arraycopy(src, pos, b.array(), b.offset(), b.length());
      pos += b.length();
    }
  }

  private static Cipher gcm(int mode, byte[] key, int direction, long seq)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    byte[] nonce = ByteBuffer.allocate(12).putInt(direction).putLong(seq).array();
    c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LEN * 8, nonce));
    return c;
  }

  @Override
  public int wrapIov(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      BooleanHolder confState, IovBuffer[] iov) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    if (qopReq != 0) {
      return GSS_S_BAD_QOP;
    }
    IovBuffer header = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer trailer = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_TRAILER);
    IovBuffer padding = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_PADDING);
    if (!size(header, HEADER_LEN) || !size(trailer, TAG_LEN)
        || padding != null && !size(padding, 0)) {
      return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
    }
    List<IovBuffer> data = all(iov, Iov.GSS_IOV_BUFFER_TYPE_DATA);
    List<IovBuffer> signOnly = all(iov, Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY);
    long seq = ctx.sendSeq.getAndIncrement();
    byte[] h = ByteBuffer.allocate(HEADER_LEN).put((byte) 5).put((byte) 4)
        .put((byte) ((confReq ? 1 : 0) | ctx.sendDirection() << 1)).put((byte) 0).putLong(seq)
        .array();
    System.arraycopy(h, 0, header.array(), header.offset(), HEADER_LEN);
    try {
      Cipher c = gcm(Cipher.ENCRYPT_MODE, ctx.wrapSend, ctx.sendDirection(), seq);
      c.updateAAD(h);
      for (IovBuffer s : signOnly) {
        c.updateAAD(s.array(), s.offset(), s.length());
      }
      byte[] tag;
      if (confReq) {
        byte[] out = c.doFinal(concat(data));
        int n = out.length - TAG_LEN;
        scatter(java.util.Arrays.copyOf(out, n), data);
        tag = java.util.Arrays.copyOfRange(out, n, out.length);
      } else {
        for (IovBuffer d : data) {
          c.updateAAD(d.array(), d.offset(), d.length());
        }
        tag = c.doFinal();
      }
      System.arraycopy(tag, 0, trailer.array(), trailer.offset(), TAG_LEN);
    } catch (GeneralSecurityException e) {
      return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
    }
    confState.set(confReq);
    return GSS_S_COMPLETE;
  }

  @Override
  public int unwrapIov(MinorStatus minor, MechContext context, BooleanHolder confState,
      IntHolder qopState, IovBuffer[] iov) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    IovBuffer stream = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_STREAM);
    List<IovBuffer> signOnly = all(iov, Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY);
    List<IovBuffer> data = all(iov, Iov.GSS_IOV_BUFFER_TYPE_DATA);
    byte[] hArr;
    int hOff;
    byte[] tArr;
    int tOff;
    if (stream != null) {
      if (data.size() != 1) {
        return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
      }
      if (stream.length() < HEADER_LEN + TAG_LEN) {
        return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
      }
      hArr = stream.array();
      hOff = stream.offset();
      tArr = stream.array();
      tOff = stream.offset() + stream.length() - TAG_LEN;
      data.get(0).set(stream.array(), stream.offset() + HEADER_LEN,
          stream.length() - HEADER_LEN - TAG_LEN);
    } else {
      IovBuffer header = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_HEADER);
      IovBuffer trailer = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_TRAILER);
      if (header == null || trailer == null) {
        return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
      }
      if (header.length() != HEADER_LEN || trailer.length() != TAG_LEN) {
        return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
      }
      hArr = header.array();
      hOff = header.offset();
      tArr = trailer.array();
      tOff = trailer.offset();
    }
    byte[] h = java.util.Arrays.copyOfRange(hArr, hOff, hOff + HEADER_LEN);
    int flags = h[2];
    if (h[0] != 5 || h[1] != 4 || h[3] != 0 || (flags & ~3) != 0
        || (flags >> 1) != 1 - ctx.sendDirection()) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, PskMinor.MALFORMED);
    }
    boolean conf = (flags & 1) != 0;
    long seq = ByteBuffer.wrap(h, 4, 8).getLong();
    try {
      Cipher c = gcm(Cipher.DECRYPT_MODE, ctx.wrapRecv, 1 - ctx.sendDirection(), seq);
      c.updateAAD(h);
      for (IovBuffer s : signOnly) {
        c.updateAAD(s.array(), s.offset(), s.length());
      }
      byte[] tag = java.util.Arrays.copyOfRange(tArr, tOff, tOff + TAG_LEN);
      if (conf) {
        byte[] ct = concat(data);
        byte[] in = java.util.Arrays.copyOf(ct, ct.length + TAG_LEN);
        System.arraycopy(tag, 0, in, ct.length, TAG_LEN);
        scatter(c.doFinal(in), data);
      } else {
        for (IovBuffer d : data) {
          c.updateAAD(d.array(), d.offset(), d.length());
        }
        c.doFinal(tag);
      }
    } catch (AEADBadTagException e) {
      return fail(minor, GSS_S_BAD_SIG, PskMinor.BAD_MAC);
    } catch (GeneralSecurityException e) {
      return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
    }
    confState.set(conf);
    qopState.set(0);
    return ctx.recv.check(seq);
  }

  @Override
  public int wrapIovLength(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      BooleanHolder confState, IovBuffer[] iov) {
    if (open(context) == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    for (IovBuffer b : iov) {
      int len = switch (b.bufferType()) {
        case Iov.GSS_IOV_BUFFER_TYPE_HEADER -> HEADER_LEN;
        case Iov.GSS_IOV_BUFFER_TYPE_TRAILER -> TAG_LEN;
        case Iov.GSS_IOV_BUFFER_TYPE_PADDING -> 0;
        default -> -1;
      };
      if (len >= 0) {
        b.set(new byte[len], 0, len);
      }
    }
    confState.set(confReq);
    return GSS_S_COMPLETE;
  }

  @Override
  public int getMicIov(MinorStatus minor, MechContext context, int qopReq, IovBuffer[] iov) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    IovBuffer mic = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN);
    if (!size(mic, MIC_LEN)) {
      return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
    }
    byte[] token = micToken(ctx, signed(iov));
    System.arraycopy(token, 0, mic.array(), mic.offset(), MIC_LEN);
    return GSS_S_COMPLETE;
  }

  @Override
  public int verifyMicIov(MinorStatus minor, MechContext context, IntHolder qopState,
      IovBuffer[] iov) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    IovBuffer mic = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN);
    if (mic == null) {
      return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
    }
    qopState.set(0);
    return verifyMicToken(minor, ctx, mic.toByteArray(), signed(iov));
  }

  @Override
  public int getMicIovLength(MinorStatus minor, MechContext context, int qopReq,
      IovBuffer[] iov) {
    IovBuffer mic = Iov.find(iov, Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN);
    if (mic == null) {
      return fail(minor, GSS_S_FAILURE, PskMinor.BAD_IOV);
    }
    mic.set(new byte[MIC_LEN], 0, MIC_LEN);
    return GSS_S_COMPLETE;
  }

  private static byte[] signed(IovBuffer[] iov) {
    List<IovBuffer> parts = new ArrayList<>();
    for (IovBuffer b : iov) {
      if (b.bufferType() == Iov.GSS_IOV_BUFFER_TYPE_DATA
          || b.bufferType() == Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY) {
        parts.add(b);
      }
    }
    return concat(parts);
  }

  // ------------------------------------------------------------------------------ PRF

  @Override
  public int pseudoRandom(MinorStatus minor, MechContext context, int prfKey, byte[] prfIn,
      int desiredOutputLen, Buffer prfOut) {
    PskContext ctx = open(context);
    if (ctx == null) {
      return fail(minor, GSS_S_NO_CONTEXT, PskMinor.NOT_OPEN);
    }
    if (desiredOutputLen > 1 << 20 || prfKey < 0 || prfKey > 1) {
      return GSS_S_FAILURE;
    }
    byte[] out = new byte[desiredOutputLen];
    for (int i = 0, pos = 0; pos < out.length; i++, pos += 32) {
      byte[] block = PskCrypto.hmac(ctx.session, "PSK-prf-" + prfKey,
          ByteBuffer.allocate(4).putInt(i).array(), prfIn);
      System.arraycopy(block, 0, out, pos, Math.min(32, out.length - pos));
    }
    prfOut.set(out);
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------------------ NegoEx

  @Override
  public int queryMetaData(MinorStatus minor, Oid mech, @Nullable MechCred cred,
      Holder<MechContext> context, @Nullable MechName targetName, int reqFlags,
      Buffer metaData) {
    metaData.set(PskCrypto.utf8("meta:" + label));
    return GSS_S_COMPLETE;
  }

  @Override
  public int exchangeMetaData(MinorStatus minor, Oid mech, @Nullable MechCred cred,
      Holder<MechContext> context, @Nullable MechName targetName, int reqFlags,
      byte[] metaData) {
    PskContext ctx = (PskContext) context.get();
    if (ctx == null) {
      ctx = new PskContext(targetName != null, PskContext.State.PRE);
      context.set(ctx);
    }
    ctx.peerMetaData = metaData.clone();
    return GSS_S_COMPLETE;
  }

  @Override
  public int queryMechanismInfo(MinorStatus minor, Oid mech, Buffer authScheme) {
    authScheme.set(java.util.Arrays.copyOf(PskCrypto.sha256(mech.content()), 16));
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------------------ info

  @Override
  public int displayStatus(MinorStatus minor, int mechStatus, IntHolder messageContext,
      StringHolder text) {
    PskMinor m = PskMinor.of(mechStatus);
    if (m == null || messageContext.get() != 0) {
      return GSS_S_BAD_STATUS;
    }
    text.set(label + ": " + m.text);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireAttrsForMech(MinorStatus minor, Oid mech, OidSetHolder mechAttrs,
      OidSetHolder knownMechAttrs) {
    mechAttrs.set(OidSet.of(Rfc5587.GSS_C_MA_MECH_CONCRETE, Rfc5587.GSS_C_MA_ITOK_FRAMED,
        Rfc5587.GSS_C_MA_AUTH_INIT, Rfc5587.GSS_C_MA_AUTH_TARG, Rfc5587.GSS_C_MA_INTEG_PROT,
        Rfc5587.GSS_C_MA_CONF_PROT, Rfc5587.GSS_C_MA_MIC, Rfc5587.GSS_C_MA_WRAP,
        Rfc5587.GSS_C_MA_REPLAY_DET, Rfc5587.GSS_C_MA_OOS_DET, Rfc5587.GSS_C_MA_CBINDINGS,
        Rfc5587.GSS_C_MA_CTX_TRANS));
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireSaslnameForMech(MinorStatus minor, Oid mech, StringHolder saslMechName,
      StringHolder mechName, StringHolder mechDescription) {
    saslMechName.set(saslName());
    mechName.set(label);
    mechDescription.set("pre-shared-key test mechanism " + label);
    return GSS_S_COMPLETE;
  }

  @Override
  public int inquireMechForSaslname(MinorStatus minor, String saslMechName, OidHolder mech) {
    if (!saslName().equals(saslMechName)) {
      return GSS_S_BAD_MECH;
    }
    mech.set(oid);
    return GSS_S_COMPLETE;
  }

  private String saslName() {
    return "GS2-PSK-" + label.toUpperCase(Locale.ROOT);
  }
}
