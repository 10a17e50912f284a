package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.internal.token.GlueContextToken;
import io.gsskit.raw.internal.token.InitialContextToken;
import io.gsskit.raw.internal.token.TokenException;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.spi.NegoExSupport;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Context establishment and context-level calls (RFC 2743 §2.2, RFC 2744 §5; MIT OID-keyed
 * context extras and NegoEx metadata hooks). The first establishment call picks the mechanism
 * (requested OID, the default mechanism, or for the acceptor the RFC 2743 §3.1 framing of the
 * token or the credential) and the context keeps it. A context that asks for more than {@link
 * #MAX_LEGS} establishment tokens is failed and deleted. Establishment is single-threaded per
 * context; the other calls here take no lock. Thread-safe across contexts.
 *
 * <p>Establishment failures: a calling error or routine error fails the call. In addition, for
 * {@code init_sec_context} and {@code accept_sec_context} a supplementary {@code
 * GSS_S_DUPLICATE_TOKEN} or {@code GSS_S_OLD_TOKEN} without {@code GSS_S_CONTINUE_NEEDED} means
 * the context did not establish (RFC 2743 §2.2.2: for accept these are fatal; a replayed AP-REQ
 * comes back as a bare {@code GSS_S_DUPLICATE_TOKEN} as in MIT): the status is returned as the
 * mechanism gave it, with any error token in {@code output}; a context created by this call is
 * not published, and an existing handle is left deletable and not open.
 */
public final class ContextCalls extends Calls {

  /** Most establishment calls one context may take. */
  public static final int MAX_LEGS = 64;

  ContextCalls(Glue glue) {
    super(glue);
  }

  // ------------------------------------------------------------------- init / accept

  /**
   * {@code gss_init_sec_context}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#initSecContext}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential, or null for the default
   * @param context in/out context holder; required
   * @param target the acceptor's name; required
   * @param mechType the mechanism, or null for the default
   * @param reqFlags requested {@code GSS_C_*_FLAG} bits
   * @param timeReq requested lifetime in seconds, 0 for the default
   * @param bindings channel bindings, or null
   * @param input the acceptor's last token, or null on the first call
   * @param actualMech receives the mechanism used, or null
   * @param output receives the token to send (empty when none); required
   * @param retFlags receives the context's flags, or null
   * @param timeRec receives the context lifetime, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTINUE_NEEDED}, {@code GSS_S_DEFECTIVE_TOKEN},
   *     {@code GSS_S_NO_CRED}, {@code GSS_S_BAD_NAME}, {@code GSS_S_BAD_MECH}, {@code
   *     GSS_S_BAD_BINDINGS}, {@code GSS_S_FAILURE}, ...
   */
  public int initSecContext(@Nullable MinorStatus minor, @Nullable CredHandle cred,
      ContextHandle.@Nullable Ref context, @Nullable NameHandle target, @Nullable Oid mechType,
      int reqFlags, int timeReq, @Nullable ChannelBindings bindings, byte @Nullable [] input,
      @Nullable OidHolder actualMech, @Nullable Buffer output, @Nullable IntHolder retFlags,
      @Nullable IntHolder timeRec) {
    if (minor == null || context == null || output == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    output.set(EMPTY);
    UnionName t = open(target);
    if (t == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    ContextHandle existing = context.get();
    UnionContext uc;
    if (existing == null) {
      Dispatch d = route(mechType);
      if (d == null) {
        return fail(minor, GSS_S_BAD_MECH, noRoute());
      }
      uc = new UnionContext(d);
    } else {
      uc = open(existing);
      if (uc == null) {
        return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
      }
      if (mechType != null && !mechType.equals(uc.dispatch().handleOid())
          && !mechType.equals(uc.dispatch().publicOid())) {
        return fail(minor, GSS_S_BAD_MECH, GlueMinor.WRONG_MECH);
      }
    }
    Dispatch d = uc.dispatch();
    if (uc.countLeg() > MAX_LEGS) {
      return abandon(minor, context, uc);
    }
    MechCred mc = null;
    if (cred != null) {
      UnionCred c = open(cred);
      if (c == null) {
        return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
      }
      UnionCred.Element e = c.find(d.handleOid());
      if (e == null) {
        return fail(minor, GSS_S_NO_CRED, GlueMinor.NO_CRED_ELEMENT);
      }
      mc = e.cred();
    }
    Holder<MechName> targetEl = new Holder<>();
    int major = element(minor, t, d, targetEl);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    Holder<MechContext> h = new Holder<>(uc.mech());
    OidHolder actual = new OidHolder();
    if (!Guard.enter()) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.RECURSION);
    }
    try {
      major = d.mech().initSecContext(minor, mc, h, Objects.requireNonNull(targetEl.get()),
          d.publicOid(), reqFlags, timeReq, bindings, input, actual, output,
          retFlags != null ? retFlags : new IntHolder(),
          timeRec != null ? timeRec : new IntHolder());
      finish(minor, d, major);
    } catch (Throwable e) {
      major = contained(minor, d, e);
      h.set(uc.mech()); // never trust a holder a throwing mechanism may have half-filled
    } finally {
      Guard.exit();
    }
    return afterEstablish(minor, context, existing == null, uc, h, major, actual, actualMech);
  }

  /**
   * {@code gss_accept_sec_context}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#acceptSecContext}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context in/out context holder; required
   * @param cred the credential, or null for the default
   * @param input the initiator's token; required
   * @param bindings channel bindings, or null
   * @param srcName receives the initiator's name (an MN), or null
   * @param mechType receives the mechanism, or null
   * @param output receives the reply token (empty when none); required
   * @param retFlags receives the context's flags, or null
   * @param timeRec receives the context lifetime, or null
   * @param delegatedCred receives a delegated credential when {@link
   *     io.gsskit.raw.Gss#GSS_C_DELEG_FLAG} is in the flags, or null to discard it
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTINUE_NEEDED}, {@code GSS_S_DEFECTIVE_TOKEN},
   *     {@code GSS_S_DUPLICATE_TOKEN}, {@code GSS_S_NO_CRED}, {@code GSS_S_BAD_MECH}, ...
   */
  public int acceptSecContext(@Nullable MinorStatus minor, ContextHandle.@Nullable Ref context,
      @Nullable CredHandle cred, byte @Nullable [] input, @Nullable ChannelBindings bindings,
      NameHandle.@Nullable Ref srcName, @Nullable OidHolder mechType, @Nullable Buffer output,
      @Nullable IntHolder retFlags, @Nullable IntHolder timeRec,
      CredHandle.@Nullable Ref delegatedCred) {
    if (minor == null || context == null || output == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    output.set(EMPTY);
    if (srcName != null) {
      srcName.set(null);
    }
    if (delegatedCred != null) {
      delegatedCred.set(null);
    }
    if (input == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN;
    }
    UnionCred c = null;
    if (cred != null) {
      c = open(cred);
      if (c == null) {
        return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
      }
    }
    ContextHandle existing = context.get();
    UnionContext uc;
    if (existing == null) {
      Dispatch d = null;
      Oid tokenMech = null;
      if (InitialContextToken.looksFramed(input)) {
        try {
          tokenMech = InitialContextToken.parse(input).mech();
        } catch (TokenException e) {
          return fail(minor,
              e.kind() == TokenException.Kind.BAD_OID ? GSS_S_BAD_MECH : GSS_S_DEFECTIVE_TOKEN,
              GlueMinor.BAD_FRAMING);
        }
      } else if (c != null && c.elements().size() == 1) {
        d = c.elements().get(0).dispatch();
      } else {
        tokenMech = UnframedToken.mechOf(input);
        if (tokenMech == null) {
          return fail(minor, GSS_S_DEFECTIVE_TOKEN, GlueMinor.NO_TOKEN_MECH);
        }
      }
      if (d == null) {
        UnionCred.Element e = c == null ? null : c.findForMech(tokenMech);
        d = e != null ? e.dispatch() : registry.lookup(tokenMech);
        if (d == null) {
          return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
        }
      }
      uc = new UnionContext(d);
    } else {
      uc = open(existing);
      if (uc == null) {
        return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
      }
    }
    Dispatch d = uc.dispatch();
    if (uc.countLeg() > MAX_LEGS) {
      return abandon(minor, context, uc);
    }
    MechCred mc = null;
    if (c != null) {
      UnionCred.Element e = c.find(d.handleOid());
      if (e == null) {
        e = c.findForMech(d.publicOid());
      }
      if (e == null) {
        return fail(minor, GSS_S_NO_CRED, GlueMinor.NO_CRED_ELEMENT);
      }
      mc = e.cred();
    }
    Holder<MechContext> h = new Holder<>(uc.mech());
    Holder<MechName> src = new Holder<>();
    Holder<MechCred> deleg = new Holder<>();
    OidHolder actual = new OidHolder();
    int major;
    if (!Guard.enter()) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.RECURSION);
    }
    try {
      major = d.mech().acceptSecContext(minor, h, mc, input, bindings, src, actual, output,
          retFlags != null ? retFlags : new IntHolder(),
          timeRec != null ? timeRec : new IntHolder(), deleg);
      finish(minor, d, major);
    } catch (Throwable e) {
      major = contained(minor, d, e);
      h.set(uc.mech());
      src.set(null);
      deleg.set(null);
    } finally {
      Guard.exit();
    }
    major = afterEstablish(minor, context, existing == null, uc, h, major, actual, mechType);
    MechCred dc = deleg.get();
    if (!establishFailed(major)) {
      if (srcName != null && src.get() != null) {
        srcName.set(handle(UnionName.mechanismName(d, src.get(), null, null)));
      }
      if (dc != null) {
        if (delegatedCred != null) {
          delegatedCred.set(handle(new UnionCred(List.of(new UnionCred.Element(d, dc, 1)))));
        } else {
          dc.release();
        }
      }
    } else if (dc != null) {
      dc.release();
    }
    return major;
  }

  /** Common tail of init and accept: publish the context or clean up. */
  private int afterEstablish(MinorStatus minor, ContextHandle.Ref context, boolean created,
      UnionContext uc, Holder<MechContext> h, int major, OidHolder actual,
      @Nullable OidHolder actualOut) {
    Dispatch d = uc.dispatch();
    MechContext mc = h.get();
    if (!establishFailed(major) && mc == null) {
      major = fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
    }
    if (establishFailed(major)) {
      if (created && mc != null) {
        releaseQuietly(d, mc);
      } else if (!created) {
        uc.setMech(mc);
      }
      return major;
    }
    uc.setMech(mc);
    if (created) {
      context.set(handle(uc));
    }
    if (actualOut != null) {
      actualOut.set(actual.get() != null ? actual.get() : d.handleOid());
    }
    return major;
  }

  /**
   * Whether an init/accept status means the context did not establish: any error, or a
   * supplementary {@code GSS_S_DUPLICATE_TOKEN}/{@code GSS_S_OLD_TOKEN} without {@code
   * GSS_S_CONTINUE_NEEDED} (RFC 2743 §2.2.2: fatal for accept_sec_context).
   */
  static boolean establishFailed(int major) {
    if (GssStatus.isError(major)) {
      return true;
    }
    int supp = GssStatus.supplementaryInfo(major);
    return (supp & (GssStatus.GSS_S_DUPLICATE_TOKEN | GssStatus.GSS_S_OLD_TOKEN)) != 0
        && (supp & GssStatus.GSS_S_CONTINUE_NEEDED) == 0;
  }

  /** Fails and deletes a context that exceeded the leg cap. */
  private int abandon(MinorStatus minor, ContextHandle.Ref context, UnionContext uc) {
    MechContext mc = uc.mech();
    uc.setMech(null);
    ContextHandle h = context.get();
    if (h != null) {
      Handles.access().invalidate(h);
    }
    context.set(null);
    if (mc != null) {
      releaseQuietly(uc.dispatch(), mc);
    }
    return fail(minor, GSS_S_FAILURE, GlueMinor.TOO_MANY_LEGS);
  }

  private void releaseQuietly(Dispatch d, MechContext mc) {
    try {
      d.mech().deleteSecContext(new MinorStatus(), mc, new Buffer());
    } catch (Throwable t) {
      Guard.contained(minors, new MinorStatus(), d, t);
    }
  }

  // ------------------------------------------------------------------- delete / process

  /**
   * {@code gss_delete_sec_context}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#deleteSecContext}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context holder
   * @param output receives a legacy context-deletion token, or null (recommended)
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_NO_CONTEXT}
   */
  public int deleteSecContext(@Nullable MinorStatus minor, ContextHandle.@Nullable Ref context,
      @Nullable Buffer output) {
    if (minor == null || context == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE | GSS_S_NO_CONTEXT;
    }
    minor.clear();
    if (output != null) {
      output.set(EMPTY);
    }
    ContextHandle h = context.get();
    UnionContext uc = open(h);
    context.set(null);
    if (h == null || uc == null) {
      return GSS_S_NO_CONTEXT;
    }
    Handles.access().invalidate(h);
    MechContext mc = uc.mech();
    uc.setMech(null);
    if (mc == null) {
      return GSS_S_COMPLETE;
    }
    Dispatch d = uc.dispatch();
    int major;
    try {
      major = d.mech().deleteSecContext(minor, mc, output != null ? output : new Buffer());
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    return finish(minor, d, major);
  }

  /** Opens an established-or-not context for a context-level call. */
  private @Nullable UnionContext live(@Nullable ContextHandle h) {
    UnionContext uc = open(h);
    return uc == null || uc.mech() == null ? null : uc;
  }

  /**
   * {@code gss_process_context_token}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#processContextToken}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param token the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_NO_CONTEXT}
   */
  public int processContextToken(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      byte @Nullable [] token) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionContext uc = live(context);
    if (uc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    if (token == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN;
    }
    Dispatch d = uc.dispatch();
    try {
      return finish(minor, d, d.mech().processContextToken(minor,
          Objects.requireNonNull(uc.mech()), token));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_context_time}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#contextTime}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param timeRec receives the remaining lifetime in seconds
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTEXT_EXPIRED}, {@code GSS_S_NO_CONTEXT}
   */
  public int contextTime(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      @Nullable IntHolder timeRec) {
    if (minor == null || timeRec == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionContext uc = live(context);
    if (uc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    try {
      return finish(minor, d, d.mech().contextTime(minor, Objects.requireNonNull(uc.mech()),
          timeRec));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_inquire_context}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#inquireContext}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param srcName receives the initiator's name, or null
   * @param targName receives the acceptor's name, or null
   * @param lifetime receives the remaining lifetime, or null
   * @param mechType receives the mechanism, or null
   * @param ctxFlags receives the flags, or null
   * @param locallyInitiated receives whether this side initiated, or null
   * @param open receives whether establishment is complete, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_NO_CONTEXT}
   */
  public int inquireContext(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      NameHandle.@Nullable Ref srcName, NameHandle.@Nullable Ref targName,
      @Nullable IntHolder lifetime, @Nullable OidHolder mechType, @Nullable IntHolder ctxFlags,
      @Nullable BooleanHolder locallyInitiated, @Nullable BooleanHolder open) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (srcName != null) {
      srcName.set(null);
    }
    if (targName != null) {
      targName.set(null);
    }
    UnionContext uc = live(context);
    if (uc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    Holder<MechName> src = new Holder<>();
    Holder<MechName> targ = new Holder<>();
    OidHolder mt = new OidHolder();
    int major;
    try {
      major = d.mech().inquireContext(minor, Objects.requireNonNull(uc.mech()), src, targ,
          lifetime != null ? lifetime : new IntHolder(), mt,
          ctxFlags != null ? ctxFlags : new IntHolder(),
          locallyInitiated != null ? locallyInitiated : new BooleanHolder(),
          open != null ? open : new BooleanHolder());
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    if (major == GSS_S_COMPLETE) {
      if (srcName != null && src.get() != null) {
        srcName.set(handle(UnionName.mechanismName(d, src.get(), null, null)));
      }
      if (targName != null && targ.get() != null) {
        targName.set(handle(UnionName.mechanismName(d, targ.get(), null, null)));
      }
      if (mechType != null) {
        mechType.set(mt.get() != null ? mt.get() : d.handleOid());
      }
    }
    return finish(minor, d, major);
  }

  /**
   * {@code gss_wrap_size_limit}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#wrapSizeLimit}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param confReq whether confidentiality is wanted
   * @param qopReq the QOP, usually {@link io.gsskit.raw.Gss#GSS_C_QOP_DEFAULT}
   * @param reqOutputSize the largest token the caller can send
   * @param maxInputSize receives the largest message that fits
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_BAD_QOP}, ...
   */
  public int wrapSizeLimit(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      boolean confReq, int qopReq, int reqOutputSize, @Nullable IntHolder maxInputSize) {
    if (minor == null || maxInputSize == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionContext uc = live(context);
    if (uc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    try {
      return finish(minor, d, d.mech().wrapSizeLimit(minor, Objects.requireNonNull(uc.mech()),
          confReq, qopReq, reqOutputSize, maxInputSize));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  // ------------------------------------------------------------------- export / import

  /**
   * {@code gss_export_sec_context}: on success the context handle is emptied. Parameters, nullness
   * and results as {@link io.gsskit.raw.Gss#exportSecContext}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context holder
   * @param token receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_UNAVAILABLE}
   */
  public int exportSecContext(@Nullable MinorStatus minor, ContextHandle.@Nullable Ref context,
      @Nullable Buffer token) {
    if (minor == null || context == null || token == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    ContextHandle h = context.get();
    UnionContext uc = live(h);
    if (h == null || uc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    Buffer mechToken = new Buffer();
    int major;
    try {
      major = d.mech().exportSecContext(minor, Objects.requireNonNull(uc.mech()), mechToken);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    finish(minor, d, major);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    token.set(GlueContextToken.encode(d.handleOid(), mechToken.value()));
    mechToken.release();
    uc.setMech(null);
    Handles.access().invalidate(h);
    context.set(null);
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_import_sec_context}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#importSecContext}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param token the token
   * @param context receives the context
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_BAD_MECH}, {@code
   *     GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}
   */
  public int importSecContext(@Nullable MinorStatus minor, byte @Nullable [] token,
      ContextHandle.@Nullable Ref context) {
    if (minor == null || context == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    context.set(null);
    if (token == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN;
    }
    GlueContextToken parsed;
    try {
      parsed = GlueContextToken.parse(token);
    } catch (TokenException e) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, GlueMinor.BAD_CONTEXT_TOKEN);
    }
    Dispatch d = registry.lookup(parsed.mech());
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
    }
    Holder<MechContext> h = new Holder<>();
    int major;
    if (!Guard.enter()) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.RECURSION);
    }
    byte[] mechToken = parsed.mechToken();
    try {
      major = d.mech().importSecContextByMech(minor, d.publicOid(), mechToken, h);
    } catch (Throwable t) {
      return contained(minor, d, t);
    } finally {
      Guard.exit();
      java.util.Arrays.fill(mechToken, (byte) 0);
    }
    finish(minor, d, major);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    MechContext mc = h.get();
    if (mc == null) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
    }
    UnionContext uc = new UnionContext(d);
    uc.setMech(mc);
    context.set(handle(uc));
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- OID-keyed extras

  /**
   * {@code gss_inquire_sec_context_by_oid}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#inquireSecContextByOid}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param desiredObject what to return
   * @param data receives the answer
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}
   */
  public int inquireSecContextByOid(@Nullable MinorStatus minor,
      @Nullable ContextHandle context, @Nullable Oid desiredObject, @Nullable BufferSet data) {
    if (minor == null || data == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionContext uc = live(context);
    if (uc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    if (desiredObject == null) {
      return GSS_S_CALL_INACCESSIBLE_READ;
    }
    Dispatch d = uc.dispatch();
    try {
      return finish(minor, d, d.mech().inquireSecContextByOid(minor,
          Objects.requireNonNull(uc.mech()), desiredObject, data));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_set_sec_context_option}; setting an option before any context exists (an empty
   * holder) is not supported and returns {@code GSS_S_UNAVAILABLE}. Parameters, nullness and
   * results as {@link io.gsskit.raw.Gss#setSecContextOption}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context holder
   * @param option the option OID
   * @param value the value, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}
   */
  public int setSecContextOption(@Nullable MinorStatus minor,
      ContextHandle.@Nullable Ref context, @Nullable Oid option, byte @Nullable [] value) {
    if (minor == null || context == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (option == null) {
      return GSS_S_CALL_INACCESSIBLE_READ;
    }
    if (context.get() == null) {
      return GSS_S_UNAVAILABLE;
    }
    UnionContext uc = live(context.get());
    if (uc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    Holder<MechContext> h = new Holder<>(uc.mech());
    int major;
    try {
      major = d.mech().setSecContextOption(minor, h, option,
          value == null ? null : value.clone());
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    if (major == GSS_S_COMPLETE && h.get() != null) {
      uc.setMech(h.get());
    }
    return finish(minor, d, major);
  }

  // ------------------------------------------------------------------- NegoEx hooks

  /** Adapter so both metadata calls share argument handling. */
  private interface MetaCall {
    int call(NegoExSupport nx, MinorStatus minor, Dispatch d, @Nullable MechCred cred,
        Holder<MechContext> ctx, @Nullable MechName target);
  }

  /**
   * {@code gssspi_query_meta_data}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#queryMetaData}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param mech the mechanism; required
   * @param cred the credential, or null
   * @param context in/out context holder
   * @param target the target, or null on the acceptor
   * @param reqFlags the requested flags
   * @param metaData receives the metadata
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public int queryMetaData(@Nullable MinorStatus minor, @Nullable Oid mech,
      @Nullable CredHandle cred, ContextHandle.@Nullable Ref context,
      @Nullable NameHandle target, int reqFlags, @Nullable Buffer metaData) {
    if (metaData == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    return meta(minor, mech, cred, context, target, (nx, m, d, c, ctx, t) ->
        nx.queryMetaData(m, d.publicOid(), c, ctx, t, reqFlags, metaData));
  }

  /**
   * {@code gssspi_exchange_meta_data}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#exchangeMetaData}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param mech the mechanism; required
   * @param cred the credential, or null
   * @param context in/out context holder
   * @param target the target, or null on the acceptor
   * @param reqFlags the requested flags
   * @param metaData the peer's metadata
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public int exchangeMetaData(@Nullable MinorStatus minor, @Nullable Oid mech,
      @Nullable CredHandle cred, ContextHandle.@Nullable Ref context,
      @Nullable NameHandle target, int reqFlags, byte @Nullable [] metaData) {
    if (metaData == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE : GSS_S_CALL_INACCESSIBLE_READ;
    }
    return meta(minor, mech, cred, context, target, (nx, m, d, c, ctx, t) ->
        nx.exchangeMetaData(m, d.publicOid(), c, ctx, t, reqFlags, metaData));
  }

  private int meta(@Nullable MinorStatus minor, @Nullable Oid mech, @Nullable CredHandle cred,
      ContextHandle.@Nullable Ref context, @Nullable NameHandle target, MetaCall call) {
    if (minor == null || context == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (mech == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH;
    }
    UnionContext uc;
    boolean created = context.get() == null;
    if (created) {
      Dispatch d = registry.lookup(mech);
      if (d == null) {
        return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
      }
      uc = new UnionContext(d);
    } else {
      uc = open(context.get());
      if (uc == null) {
        return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
      }
      if (!mech.equals(uc.dispatch().handleOid()) && !mech.equals(uc.dispatch().publicOid())) {
        return fail(minor, GSS_S_BAD_MECH, GlueMinor.WRONG_MECH);
      }
    }
    Dispatch d = uc.dispatch();
    if (!(d.mech() instanceof NegoExSupport nx)) {
      return GSS_S_UNAVAILABLE;
    }
    MechCred mc = null;
    if (cred != null) {
      UnionCred c = open(cred);
      UnionCred.Element e = c == null ? null : c.find(d.handleOid());
      if (e == null) {
        return fail(minor, GSS_S_NO_CRED, GlueMinor.NO_CRED_ELEMENT);
      }
      mc = e.cred();
    }
    MechName targetEl = null;
    if (target != null) {
      UnionName t = open(target);
      if (t == null) {
        return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
      }
      Holder<MechName> el = new Holder<>();
      int major = element(minor, t, d, el);
      if (major != GSS_S_COMPLETE) {
        return major;
      }
      targetEl = el.get();
    }
    Holder<MechContext> h = new Holder<>(uc.mech());
    int major;
    try {
      major = call.call(nx, minor, d, mc, h, targetEl);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    finish(minor, d, major);
    MechContext made = h.get();
    if (GssStatus.isError(major)) {
      if (created && made != null) {
        releaseQuietly(d, made);
      }
      return major;
    }
    if (made != null) {
      uc.setMech(made);
      if (created) {
        context.set(handle(uc));
      }
    }
    return major;
  }

  /**
   * {@code gssspi_query_mechanism_info}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#queryMechanismInfo}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param mech the mechanism; required
   * @param authScheme receives 16 bytes
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_BAD_MECH}
   */
  public int queryMechanismInfo(@Nullable MinorStatus minor, @Nullable Oid mech,
      @Nullable Buffer authScheme) {
    if (minor == null || authScheme == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (mech == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH;
    }
    Dispatch d = registry.lookup(mech);
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
    }
    if (!(d.mech() instanceof NegoExSupport nx)) {
      return GSS_S_UNAVAILABLE;
    }
    try {
      return finish(minor, d, nx.queryMechanismInfo(minor, d.publicOid(), authScheme));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }
}
