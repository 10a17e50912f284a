package io.gsskit.raw.spi;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.token.ExportedNameToken;
import io.gsskit.raw.internal.token.TokenException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A test interposer in the style of gssproxy: every call for the interposed mechanism lands here
 * and is forwarded to the original mechanism through the public API and the concatenated OID.
 * Exported contexts and credentials get a magic prefix, so a round trip proves the interposer
 * re-entered the original with the mechglue token formats. Counts calls per method.
 */
final class PskInterposer implements Mechanism, CredStoreSupport, PrfSupport {

  /** Calls per method name, for tests. */
  static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

  static final byte[] CTX_MAGIC = "ICTX".getBytes(StandardCharsets.US_ASCII);
  static final byte[] CRED_MAGIC = "ICRD".getBytes(StandardCharsets.US_ASCII);

  record IName(NameHandle inner) implements MechName {}

  record ICred(CredHandle inner, Oid mech) implements MechCred {
    @Override
    public void release() {
      inner.close();
    }
  }

  record ICtx(ContextHandle.Ref inner) implements MechContext {
    @Override
    public void release() {
      inner.close();
    }
  }

  private final Oid own;

  PskInterposer(Oid own) {
    this.own = own;
  }

  static int calls(String method) {
    AtomicInteger n = CALLS.get(method);
    return n == null ? 0 : n.get();
  }

  private static void count(String method) {
    CALLS.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
  }

  private Oid concat(Oid mech) {
    return own.concat(mech);
  }

  /** Copies the inner call's (already mapped) minor code into ours and returns {@code major}. */
  private static int pass(MinorStatus minor, MinorStatus inner, int major) {
    minor.set(inner.value());
    return major;
  }

  private static byte[] prefixed(byte[] magic, byte[] token) {
    byte[] out = Arrays.copyOf(magic, magic.length + token.length);
    System.arraycopy(token, 0, out, magic.length, token.length);
    return out;
  }

  private static byte @Nullable [] unprefixed(byte[] magic, byte[] token) {
    if (token.length < magic.length
        || !Arrays.equals(token, 0, magic.length, magic, 0, magic.length)) {
      return null;
    }
    return Arrays.copyOfRange(token, magic.length, token.length);
  }

  // ------------------------------------------------------------------------------ names

  @Override
  public int importNameByMech(MinorStatus minor, Oid mech, byte[] name, @Nullable Oid nameType,
      Holder<MechName> out) {
    count("importName");
    MinorStatus m = new MinorStatus();
    NameHandle.Ref ref = new NameHandle.Ref();
    int major;
    if (Gss.GSS_C_NT_EXPORT_NAME.equals(nameType)) {
      // Re-enter with the plain mechanism OID, as doc/plugindev/gssapi.rst describes.
      major = Gss.importName(m, GlueTokens.name(mech, name), Gss.GSS_C_NT_EXPORT_NAME, ref);
    } else if (Gss.GSS_C_NT_COMPOSITE_EXPORT.equals(nameType)) {
      major = Gss.importName(m, ExportedNameToken.encode(true, concat(mech), name),
          Gss.GSS_C_NT_COMPOSITE_EXPORT, ref);
    } else {
      NameHandle.Ref plain = new NameHandle.Ref();
      major = Gss.importName(m, name, nameType, plain);
      if (major == GSS_S_COMPLETE) {
        major = Gss.canonicalizeName(m, plain.orElseThrow(), concat(mech), ref);
        plain.close();
      }
    }
    if (major == GSS_S_COMPLETE) {
      out.set(new IName(ref.orElseThrow()));
    }
    return pass(minor, m, major);
  }

  @Override
  public int displayName(MinorStatus minor, MechName name, StringHolder text,
      OidHolder nameType) {
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.displayName(m, ((IName) name).inner(), text, nameType));
  }

  @Override
  public int compareName(MinorStatus minor, MechName a, MechName b, BooleanHolder equal) {
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.compareName(m, ((IName) a).inner(), ((IName) b).inner(), equal));
  }

  @Override
  public int exportName(MinorStatus minor, MechName name, Buffer out) {
    count("exportName");
    MinorStatus m = new MinorStatus();
    Buffer token = new Buffer();
    int major = Gss.exportName(m, ((IName) name).inner(), token);
    if (major == GSS_S_COMPLETE) {
      try {
        out.set(ExportedNameToken.parse(token.value()).name());
      } catch (TokenException e) {
        return GssStatus.GSS_S_FAILURE;
      }
    }
    return pass(minor, m, major);
  }

  @Override
  public int inquireNamesForMech(MinorStatus minor, Oid mech, OidSetHolder nameTypes) {
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.inquireNamesForMech(m, concat(mech), nameTypes));
  }

  // ------------------------------------------------------------------------------ credentials

  private int wrapCred(MinorStatus minor, MinorStatus m, int major, CredHandle.Ref ref, Oid mech,
      Holder<MechCred> out) {
    if (major == GSS_S_COMPLETE) {
      out.set(new ICred(ref.orElseThrow(), mech));
    }
    return pass(minor, m, major);
  }

  @Override
  public int acquireCred(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
      Oid mech, int credUsage, Holder<MechCred> out, IntHolder timeRec) {
    count("acquireCred");
    MinorStatus m = new MinorStatus();
    CredHandle.Ref ref = new CredHandle.Ref();
    int major = Gss.acquireCred(m, desiredName == null ? null : ((IName) desiredName).inner(),
        timeReq, OidSet.of(concat(mech)), credUsage, ref, null, timeRec);
    return wrapCred(minor, m, major, ref, mech, out);
  }

  @Override
  public int acquireCredFrom(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
      Oid mech, int credUsage, Map<String, String> credStore, Holder<MechCred> out,
      IntHolder timeRec) {
    count("acquireCredFrom");
    MinorStatus m = new MinorStatus();
    CredHandle.Ref ref = new CredHandle.Ref();
    int major = Gss.acquireCredFrom(m,
        desiredName == null ? null : ((IName) desiredName).inner(), timeReq,
        OidSet.of(concat(mech)), credUsage, credStore, ref, null, timeRec);
    return wrapCred(minor, m, major, ref, mech, out);
  }

  @Override
  public int storeCredInto(MinorStatus minor, MechCred cred, int credUsage, Oid mech,
      boolean overwrite, boolean defaultCred, @Nullable Map<String, String> credStore,
      IntHolder credUsageStored) {
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.storeCredInto(m, ((ICred) cred).inner(), credUsage, concat(mech),
        overwrite, defaultCred, credStore, null, credUsageStored));
  }

  @Override
  public int inquireCred(MinorStatus minor, @Nullable MechCred cred, Holder<MechName> name,
      IntHolder lifetime, IntHolder credUsage) {
    if (cred == null) {
      return GSS_S_NO_CRED;
    }
    MinorStatus m = new MinorStatus();
    NameHandle.Ref n = new NameHandle.Ref();
    ICred c = (ICred) cred;
    int major = Gss.inquireCredByMech(m, c.inner(), concat(c.mech()), n, lifetime, null,
        credUsage);
    if (major == GSS_S_COMPLETE && n.get() != null) {
      name.set(new IName(n.get()));
    }
    return pass(minor, m, major);
  }

  @Override
  public int exportCred(MinorStatus minor, MechCred cred, Buffer token) {
    count("exportCred");
    MinorStatus m = new MinorStatus();
    Buffer inner = new Buffer();
    int major = Gss.exportCred(m, ((ICred) cred).inner(), inner);
    if (major == GSS_S_COMPLETE) {
      token.set(prefixed(CRED_MAGIC, inner.value()));
    }
    return pass(minor, m, major);
  }

  @Override
  public int importCredByMech(MinorStatus minor, Oid mech, byte[] token, Holder<MechCred> out) {
    count("importCred");
    byte[] inner = unprefixed(CRED_MAGIC, token);
    if (inner == null) {
      return GSS_S_DEFECTIVE_TOKEN;
    }
    MinorStatus m = new MinorStatus();
    CredHandle.Ref ref = new CredHandle.Ref();
    return wrapCred(minor, m, Gss.importCred(m, inner, ref), ref, mech, out);
  }

  // ------------------------------------------------------------------------------ contexts

  @Override
  public int initSecContext(MinorStatus minor, @Nullable MechCred cred,
      Holder<MechContext> context, MechName target, Oid mech, int reqFlags, int timeReq,
      @Nullable ChannelBindings bindings, byte @Nullable [] inputToken, OidHolder actualMech,
      Buffer outputToken, IntHolder retFlags, IntHolder timeRec) {
    count("initSecContext");
    ICtx ctx = context.get() != null ? (ICtx) context.get() : new ICtx(new ContextHandle.Ref());
    MinorStatus m = new MinorStatus();
    int major = Gss.initSecContext(m, cred == null ? null : ((ICred) cred).inner(), ctx.inner(),
        ((IName) target).inner(), concat(mech), reqFlags, timeReq, bindings, inputToken, null,
        outputToken, retFlags, timeRec);
    if (!ctx.inner().isEmpty()) {
      context.set(ctx);
    }
    actualMech.set(mech);
    return pass(minor, m, major);
  }

  @Override
  public int acceptSecContext(MinorStatus minor, Holder<MechContext> context,
      @Nullable MechCred cred, byte[] inputToken, @Nullable ChannelBindings bindings,
      Holder<MechName> srcName, OidHolder mechType, Buffer outputToken, IntHolder retFlags,
      IntHolder timeRec, Holder<MechCred> delegatedCred) {
    count("acceptSecContext");
    if (cred == null) {
      return GSS_S_NO_CRED; // to reach the original, accept needs a concatenated-OID credential
    }
    ICred c = (ICred) cred;
    ICtx ctx = context.get() != null ? (ICtx) context.get() : new ICtx(new ContextHandle.Ref());
    MinorStatus m = new MinorStatus();
    NameHandle.Ref src = new NameHandle.Ref();
    int major = Gss.acceptSecContext(m, ctx.inner(), c.inner(), inputToken, bindings, src, null,
        outputToken, retFlags, timeRec, null);
    if (!ctx.inner().isEmpty()) {
      context.set(ctx);
    }
    if (src.get() != null) {
      srcName.set(new IName(src.get()));
    }
    mechType.set(c.mech());
    return pass(minor, m, major);
  }

  @Override
  public int deleteSecContext(MinorStatus minor, MechContext context, Buffer outputToken) {
    count("deleteSecContext");
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.deleteSecContext(m, ((ICtx) context).inner(), outputToken));
  }

  private static ContextHandle inner(MechContext c) {
    return ((ICtx) c).inner().orElseThrow();
  }

  @Override
  public int contextTime(MinorStatus minor, MechContext context, IntHolder timeRec) {
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.contextTime(m, inner(context), timeRec));
  }

  @Override
  public int inquireContext(MinorStatus minor, MechContext context, Holder<MechName> srcName,
      Holder<MechName> targName, IntHolder lifetime, OidHolder mechType, IntHolder ctxFlags,
      BooleanHolder locallyInitiated, BooleanHolder open) {
    MinorStatus m = new MinorStatus();
    NameHandle.Ref src = new NameHandle.Ref();
    NameHandle.Ref targ = new NameHandle.Ref();
    int major = Gss.inquireContext(m, inner(context), src, targ, lifetime, null, ctxFlags,
        locallyInitiated, open);
    if (src.get() != null) {
      srcName.set(new IName(src.get()));
    }
    if (targ.get() != null) {
      targName.set(new IName(targ.get()));
    }
    return pass(minor, m, major);
  }

  @Override
  public int exportSecContext(MinorStatus minor, MechContext context, Buffer token) {
    count("exportSecContext");
    MinorStatus m = new MinorStatus();
    Buffer inner = new Buffer();
    int major = Gss.exportSecContext(m, ((ICtx) context).inner(), inner);
    if (major == GSS_S_COMPLETE) {
      token.set(prefixed(CTX_MAGIC, inner.value()));
    }
    return pass(minor, m, major);
  }

  @Override
  public int importSecContextByMech(MinorStatus minor, Oid mech, byte[] token,
      Holder<MechContext> out) {
    count("importSecContext");
    byte[] inner = unprefixed(CTX_MAGIC, token);
    if (inner == null) {
      return GSS_S_DEFECTIVE_TOKEN;
    }
    MinorStatus m = new MinorStatus();
    ContextHandle.Ref ref = new ContextHandle.Ref();
    int major = Gss.importSecContext(m, inner, ref);
    if (major == GSS_S_COMPLETE) {
      out.set(new ICtx(ref));
    }
    return pass(minor, m, major);
  }

  @Override
  public int inquireSecContextByOid(MinorStatus minor, MechContext context, Oid desiredObject,
      BufferSet data) {
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.inquireSecContextByOid(m, inner(context), desiredObject, data));
  }

  // ------------------------------------------------------------------------------ messages

  @Override
  public int getMic(MinorStatus minor, MechContext context, int qopReq, byte[] message,
      Buffer token) {
    count("getMic");
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.getMic(m, inner(context), qopReq, message, token));
  }

  @Override
  public int verifyMic(MinorStatus minor, MechContext context, byte[] message, byte[] token,
      IntHolder qopState) {
    count("verifyMic");
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.verifyMic(m, inner(context), message, token, qopState));
  }

  @Override
  public int wrap(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      byte[] input, BooleanHolder confState, Buffer output) {
    count("wrap");
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.wrap(m, inner(context), confReq, qopReq, input, confState,
        output));
  }

  @Override
  public int unwrap(MinorStatus minor, MechContext context, byte[] input, Buffer output,
      BooleanHolder confState, IntHolder qopState) {
    count("unwrap");
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.unwrap(m, inner(context), input, output, confState, qopState));
  }

  @Override
  public int pseudoRandom(MinorStatus minor, MechContext context, int prfKey, byte[] prfIn,
      int desiredOutputLen, Buffer prfOut) {
    MinorStatus m = new MinorStatus();
    return pass(minor, m, Gss.pseudoRandom(m, inner(context), prfKey, prfIn, desiredOutputLen,
        prfOut));
  }

  @Override
  public int displayStatus(MinorStatus minor, int mechStatus, IntHolder messageContext,
      StringHolder text) {
    MinorStatus m = new MinorStatus();
    StringHolder inner = new StringHolder();
    int major = Gss.displayStatus(m, mechStatus, Gss.GSS_C_MECH_CODE, null, messageContext,
        inner);
    if (major == GSS_S_COMPLETE) {
      text.set("interposed: " + inner.get());
    }
    return major;
  }
}
