package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_BAD_STRUCTURE;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_ELEMENT;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.internal.token.GlueCredToken;
import io.gsskit.raw.internal.token.TokenException;
import io.gsskit.raw.spi.CredStoreSupport;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.Impersonation;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.spi.NegotiationSupport;
import io.gsskit.raw.spi.PasswordSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Credential calls (RFC 2743 §2.1, RFC 2744 §5; RFC 5588 store; MIT credential stores,
 * impersonation, passwords, export/import). Every acquire variant is one loop over the requested
 * mechanisms calling the mechanism's acquire function; {@code add_cred} variants are built from
 * the same function (MIT: mechanisms implement only the acquire variants). Thread-safe.
 */
public final class CredCalls extends Calls {

  /** {@code GSS_C_INDEFINITE}. */
  static final int INDEFINITE = 0xffffffff;

  /** One mechanism's acquire function, for one of the acquire variants. */
  @FunctionalInterface
  interface Acquirer {
    int acquire(MinorStatus minor, Dispatch d, @Nullable MechName name, int timeReq, int usage,
        Holder<MechCred> out, IntHolder timeRec);
  }

  CredCalls(Glue glue) {
    super(glue);
  }

  // ------------------------------------------------------------------- acquire variants

  /**
   * {@code gss_acquire_cred}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#acquireCred}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the principal, or null for the default
   * @param timeReq requested lifetime in seconds, {@link io.gsskit.raw.Gss#GSS_C_INDEFINITE} for
   *     the maximum
   * @param mechs the mechanisms, or null for every registered mechanism
   * @param usage {@link io.gsskit.raw.Gss#GSS_C_BOTH}, {@link io.gsskit.raw.Gss#GSS_C_INITIATE} or
   *     {@link io.gsskit.raw.Gss#GSS_C_ACCEPT}
   * @param out receives the credential
   * @param actualMechs receives the mechanisms acquired, or null
   * @param timeRec receives the shortest element lifetime, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_BAD_NAMETYPE}, {@code
   *     GSS_S_BAD_NAME}, {@code GSS_S_NO_CRED}, {@code GSS_S_CREDENTIALS_EXPIRED}, ... (when no
   *     mechanism succeeds, the last mechanism's status)
   */
  public int acquireCred(@Nullable MinorStatus minor, @Nullable NameHandle name, int timeReq,
      @Nullable OidSet mechs, int usage, CredHandle.@Nullable Ref out,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder timeRec) {
    return acquire(minor, name, timeReq, mechs, usage, out, actualMechs, timeRec,
        (m, d, n, t, u, o, tr) -> d.mech().acquireCred(m, n, t, d.publicOid(), u, o, tr));
  }

  /**
   * {@code gss_acquire_cred_from}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#acquireCredFrom}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the principal, or null
   * @param timeReq requested lifetime
   * @param mechs the mechanisms, or null for all
   * @param usage the usage
   * @param store store keys and values ({@link io.gsskit.raw.ext.CredStore}), or null
   * @param out receives the credential
   * @param actualMechs receives the mechanisms, or null
   * @param timeRec receives the lifetime, or null
   * @return as {@link io.gsskit.raw.Gss#acquireCred}
   */
  public int acquireCredFrom(@Nullable MinorStatus minor, @Nullable NameHandle name, int timeReq,
      @Nullable OidSet mechs, int usage, @Nullable Map<String, String> store,
      CredHandle.@Nullable Ref out, @Nullable OidSetHolder actualMechs,
      @Nullable IntHolder timeRec) {
    Map<String, String> s = store == null ? Map.of() : Map.copyOf(store);
    return acquire(minor, name, timeReq, mechs, usage, out, actualMechs, timeRec, fromStore(s));
  }

  /**
   * {@code gss_acquire_cred_impersonate_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#acquireCredImpersonateName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param impersonator the service's credential, or null for its default
   * @param desiredName the user to impersonate; required
   * @param timeReq requested lifetime
   * @param mechs the mechanisms, or null for all
   * @param usage the usage
   * @param out receives the credential
   * @param actualMechs receives the mechanisms, or null
   * @param timeRec receives the lifetime, or null
   * @return as {@link io.gsskit.raw.Gss#acquireCred}; {@code GSS_S_UNAUTHORIZED} when the KDC
   *     refuses
   */
  public int acquireCredImpersonateName(@Nullable MinorStatus minor,
      @Nullable CredHandle impersonator, @Nullable NameHandle desiredName, int timeReq,
      @Nullable OidSet mechs, int usage, CredHandle.@Nullable Ref out,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder timeRec) {
    if (desiredName == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE
          : GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    UnionCred imp = open(impersonator);
    if (impersonator != null && imp == null) {
      return GSS_S_NO_CRED;
    }
    return acquire(minor, desiredName, timeReq, mechs, usage, out, actualMechs, timeRec,
        impersonate(imp));
  }

  /**
   * {@code gss_acquire_cred_with_password}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#acquireCredWithPassword}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the principal; required
   * @param password the password as UTF-8 bytes; the caller should zero it afterwards
   * @param timeReq requested lifetime
   * @param mechs the mechanisms, or null for all
   * @param usage the usage
   * @param out receives the credential
   * @param actualMechs receives the mechanisms, or null
   * @param timeRec receives the lifetime, or null
   * @return as {@link io.gsskit.raw.Gss#acquireCred}
   */
  public int acquireCredWithPassword(@Nullable MinorStatus minor, @Nullable NameHandle name,
      byte @Nullable [] password, int timeReq, @Nullable OidSet mechs, int usage,
      CredHandle.@Nullable Ref out, @Nullable OidSetHolder actualMechs,
      @Nullable IntHolder timeRec) {
    if (name == null || password == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE : GSS_S_CALL_INACCESSIBLE_READ;
    }
    return acquire(minor, name, timeReq, mechs, usage, out, actualMechs, timeRec,
        withPassword(password));
  }

  private static Acquirer fromStore(Map<String, String> store) {
    return (m, d, n, t, u, o, tr) -> d.mech() instanceof CredStoreSupport cs
        ? cs.acquireCredFrom(m, n, t, d.publicOid(), u, store, o, tr) : GSS_S_UNAVAILABLE;
  }

  private static Acquirer impersonate(@Nullable UnionCred imp) {
    return (m, d, n, t, u, o, tr) -> {
      if (!(d.mech() instanceof Impersonation i)) {
        return GSS_S_UNAVAILABLE;
      }
      MechCred base = null;
      if (imp != null) {
        UnionCred.Element e = imp.find(d.handleOid());
        if (e == null) {
          return fail(m, GSS_S_NO_CRED, GlueMinor.NO_CRED_ELEMENT);
        }
        base = e.cred();
      }
      return i.acquireCredImpersonateName(m, base, Objects.requireNonNull(n), t, d.publicOid(),
          u, o, tr);
    };
  }

  private static Acquirer withPassword(byte[] password) {
    return (m, d, n, t, u, o, tr) -> d.mech() instanceof PasswordSupport p
        ? p.acquireCredWithPassword(m, Objects.requireNonNull(n), password, t, d.publicOid(),
            u, o, tr)
        : GSS_S_UNAVAILABLE;
  }

  private int acquire(@Nullable MinorStatus minor, @Nullable NameHandle name, int timeReq,
      @Nullable OidSet mechs, int usage, CredHandle.@Nullable Ref out,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder timeRec, Acquirer fn) {
    if (minor == null || out == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    out.set(null);
    if (actualMechs != null) {
      actualMechs.set(null);
    }
    if (usage < 0 || usage > 2) {
      return GSS_S_CALL_BAD_STRUCTURE;
    }
    UnionName n = open(name);
    if (name != null && n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    List<Dispatch> routes = new ArrayList<>();
    if (mechs == null) {
      routes.addAll(registry.mechs());
    } else {
      for (Oid oid : mechs) {
        Dispatch d = registry.lookup(oid);
        if (d == null) {
          if (mechs.size() == 1) {
            return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
          }
          continue;
        }
        routes.add(d);
      }
    }
    if (routes.isEmpty()) {
      return fail(minor, GSS_S_BAD_MECH, noRoute());
    }
    List<UnionCred.Element> elements = new ArrayList<>();
    int lastMajor = GSS_S_NO_CRED;
    int lifetime = INDEFINITE;
    MinorStatus lastMinor = new MinorStatus();
    for (Dispatch d : routes) {
      MinorStatus m = new MinorStatus();
      IntHolder tr = new IntHolder();
      Holder<MechCred> h = new Holder<>();
      int major = acquireOne(m, d, n, timeReq, usage, fn, h, tr);
      if (major == GSS_S_COMPLETE) {
        elements.add(new UnionCred.Element(d, Objects.requireNonNull(h.get()), usage));
        lifetime = Integer.compareUnsigned(tr.get(), lifetime) < 0 ? tr.get() : lifetime;
      } else {
        lastMajor = major;
        lastMinor = m;
      }
    }
    if (elements.isEmpty()) {
      minor.set(lastMinor.value(), lastMinor.mech(), lastMinor.mechStatus());
      return lastMajor;
    }
    out.set(handle(new UnionCred(elements)));
    if (actualMechs != null) {
      actualMechs.set(oidsOf(elements));
    }
    if (timeRec != null) {
      timeRec.set(lifetime);
    }
    return GSS_S_COMPLETE;
  }

  /** Acquires one element; maps the minor code; COMPLETE guarantees a non-null element. */
  private int acquireOne(MinorStatus minor, Dispatch d, @Nullable UnionName n, int timeReq,
      int usage, Acquirer fn, Holder<MechCred> out, IntHolder timeRec) {
    MechName el = null;
    if (n != null) {
      Holder<MechName> h = new Holder<>();
      int major = element(minor, n, d, h);
      if (major != GSS_S_COMPLETE) {
        return major;
      }
      el = h.get();
    }
    int major;
    if (!Guard.enter()) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.RECURSION);
    }
    try {
      major = fn.acquire(minor, d, el, timeReq, usage, out, timeRec);
    } catch (Throwable t) {
      return contained(minor, d, t);
    } finally {
      Guard.exit();
    }
    if (major == GSS_S_COMPLETE && out.get() == null) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
    }
    if (GlueMinor.of(minor.value()) != null) {
      return major; // already a mechglue code (e.g. from the impersonation adapter)
    }
    return finish(minor, d, major);
  }

  private static OidSet oidsOf(List<UnionCred.Element> elements) {
    OidSet.Builder b = OidSet.builder();
    for (UnionCred.Element e : elements) {
      b.add(e.dispatch().handleOid());
    }
    return b.build();
  }

  // ------------------------------------------------------------------- add variants

  /**
   * {@code gss_add_cred}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#addCred};
   * never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param input the credential to extend, or null to start from none
   * @param name the principal, or null for the default
   * @param mech the mechanism; required
   * @param usage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param out receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the resulting credential's mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DUPLICATE_ELEMENT}, {@code GSS_S_BAD_MECH}, {@code
   *     GSS_S_NO_CRED}, ...
   */
  public int addCred(@Nullable MinorStatus minor, @Nullable CredHandle input,
      @Nullable NameHandle name, @Nullable Oid mech, int usage, int initiatorTimeReq,
      int acceptorTimeReq, CredHandle.@Nullable Ref out, @Nullable OidSetHolder actualMechs,
      @Nullable IntHolder initiatorTimeRec, @Nullable IntHolder acceptorTimeRec) {
    return add(minor, input, name, mech, usage, initiatorTimeReq, acceptorTimeReq, out,
        actualMechs, initiatorTimeRec, acceptorTimeRec,
        (m, d, n, t, u, o, tr) -> d.mech().acquireCred(m, n, t, d.publicOid(), u, o, tr));
  }

  /**
   * {@code gss_add_cred_from}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#addCredFrom}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param input the credential to extend, or null
   * @param name the principal, or null
   * @param mech the mechanism; required
   * @param usage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param store the store, or null
   * @param out receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return as {@link io.gsskit.raw.Gss#addCred}
   */
  public int addCredFrom(@Nullable MinorStatus minor, @Nullable CredHandle input,
      @Nullable NameHandle name, @Nullable Oid mech, int usage, int initiatorTimeReq,
      int acceptorTimeReq, @Nullable Map<String, String> store, CredHandle.@Nullable Ref out,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder initiatorTimeRec,
      @Nullable IntHolder acceptorTimeRec) {
    Map<String, String> s = store == null ? Map.of() : Map.copyOf(store);
    return add(minor, input, name, mech, usage, initiatorTimeReq, acceptorTimeReq, out,
        actualMechs, initiatorTimeRec, acceptorTimeRec, fromStore(s));
  }

  /**
   * {@code gss_add_cred_impersonate_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#addCredImpersonateName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param input the credential to extend, or null
   * @param impersonator the service's credential, or null for its default
   * @param desiredName the user to impersonate; required
   * @param mech the mechanism; required
   * @param usage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param out receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return as {@link io.gsskit.raw.Gss#addCred}
   */
  public int addCredImpersonateName(@Nullable MinorStatus minor, @Nullable CredHandle input,
      @Nullable CredHandle impersonator, @Nullable NameHandle desiredName, @Nullable Oid mech,
      int usage, int initiatorTimeReq, int acceptorTimeReq, CredHandle.@Nullable Ref out,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder initiatorTimeRec,
      @Nullable IntHolder acceptorTimeRec) {
    if (desiredName == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE
          : GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    UnionCred imp = open(impersonator);
    if (impersonator != null && imp == null) {
      return GSS_S_NO_CRED;
    }
    return add(minor, input, desiredName, mech, usage, initiatorTimeReq, acceptorTimeReq, out,
        actualMechs, initiatorTimeRec, acceptorTimeRec, impersonate(imp));
  }

  /**
   * {@code gss_add_cred_with_password}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#addCredWithPassword}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param input the credential to extend, or null
   * @param name the principal; required
   * @param mech the mechanism; required
   * @param password the password as UTF-8 bytes
   * @param usage the usage
   * @param initiatorTimeReq requested initiator lifetime
   * @param acceptorTimeReq requested acceptor lifetime
   * @param out receives the new credential, or null to modify {@code inputCred}
   * @param actualMechs receives the mechanisms, or null
   * @param initiatorTimeRec receives the initiator lifetime, or null
   * @param acceptorTimeRec receives the acceptor lifetime, or null
   * @return as {@link io.gsskit.raw.Gss#addCred}
   */
  public int addCredWithPassword(@Nullable MinorStatus minor, @Nullable CredHandle input,
      @Nullable NameHandle name, @Nullable Oid mech, byte @Nullable [] password, int usage,
      int initiatorTimeReq, int acceptorTimeReq, CredHandle.@Nullable Ref out,
      @Nullable OidSetHolder actualMechs, @Nullable IntHolder initiatorTimeRec,
      @Nullable IntHolder acceptorTimeRec) {
    if (name == null || password == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE : GSS_S_CALL_INACCESSIBLE_READ;
    }
    return add(minor, input, name, mech, usage, initiatorTimeReq, acceptorTimeReq, out,
        actualMechs, initiatorTimeRec, acceptorTimeRec, withPassword(password));
  }

  private int add(@Nullable MinorStatus minor, @Nullable CredHandle input,
      @Nullable NameHandle name, @Nullable Oid mech, int usage, int initiatorTimeReq,
      int acceptorTimeReq, CredHandle.@Nullable Ref out, @Nullable OidSetHolder actualMechs,
      @Nullable IntHolder initiatorTimeRec, @Nullable IntHolder acceptorTimeRec, Acquirer fn) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (out != null) {
      out.set(null);
    }
    if (input == null && out == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE | GSS_S_NO_CRED;
    }
    if (usage < 0 || usage > 2) {
      return GSS_S_CALL_BAD_STRUCTURE;
    }
    if (mech == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH;
    }
    UnionCred base = open(input);
    if (input != null && base == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
    }
    UnionName n = open(name);
    if (name != null && n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    Dispatch d = registry.lookup(mech);
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
    }
    if (base != null && base.find(d.handleOid()) != null) {
      return GSS_S_DUPLICATE_ELEMENT;
    }
    int timeReq = usage == 2 ? acceptorTimeReq : initiatorTimeReq;
    Holder<MechCred> h = new Holder<>();
    IntHolder tr = new IntHolder();
    int major = acquireOne(minor, d, n, timeReq, usage, fn, h, tr);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    UnionCred.Element e = new UnionCred.Element(d, Objects.requireNonNull(h.get()), usage);
    UnionCred result;
    if (out == null) {
      if (!Objects.requireNonNull(base).add(e)) {
        e.ref().release();
        return GSS_S_DUPLICATE_ELEMENT;
      }
      result = base;
    } else {
      result = base == null ? new UnionCred(List.of(e)) : base.copyWith(e);
      out.set(handle(result));
    }
    if (actualMechs != null) {
      actualMechs.set(oidsOf(result.elements()));
    }
    if (initiatorTimeRec != null) {
      initiatorTimeRec.set(usage == 2 ? 0 : tr.get());
    }
    if (acceptorTimeRec != null) {
      acceptorTimeRec.set(usage == 1 ? 0 : tr.get());
    }
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- inquire / release

  /**
   * {@code gss_inquire_cred}; a null credential inquires the default mechanism's default.
   * Parameters, nullness and results as {@link io.gsskit.raw.Gss#inquireCred}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential, or null for the default mechanism's default credential
   * @param name receives the principal (an MN), or null
   * @param lifetime receives the shortest remaining lifetime, or null
   * @param usage receives the usage ({@link io.gsskit.raw.Gss#GSS_C_BOTH} when elements differ), or
   *     null
   * @param mechs receives the credential's mechanisms, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_DEFECTIVE_CREDENTIAL},
   *     {@code GSS_S_CREDENTIALS_EXPIRED}, ...
   */
  public int inquireCred(@Nullable MinorStatus minor, @Nullable CredHandle cred,
      NameHandle.@Nullable Ref name, @Nullable IntHolder lifetime, @Nullable IntHolder usage,
      @Nullable OidSetHolder mechs) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (name != null) {
      name.set(null);
    }
    if (cred == null) {
      Dispatch d = registry.defaultMech();
      if (d == null) {
        return fail(minor, GSS_S_NO_CRED, GlueMinor.NO_MECHANISMS);
      }
      return inquireOne(minor, d, null, name, lifetime, usage, mechs);
    }
    UnionCred c = open(cred);
    if (c == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
    }
    List<UnionCred.Element> elements = c.elements();
    if (elements.isEmpty()) {
      return GSS_S_NO_CRED;
    }
    int minLife = INDEFINITE;
    int combined = -1;
    NameHandle first = null;
    for (UnionCred.Element e : elements) {
      Dispatch d = e.dispatch();
      Holder<MechName> n = new Holder<>();
      IntHolder life = new IntHolder();
      IntHolder use = new IntHolder();
      int major;
      try {
        major = d.mech().inquireCred(minor, e.cred(), n, life, use);
      } catch (Throwable t) {
        return contained(minor, d, t);
      }
      if (major != GSS_S_COMPLETE) {
        if (first != null) {
          first.close();
        }
        return finish(minor, d, major);
      }
      if (Integer.compareUnsigned(life.get(), minLife) < 0) {
        minLife = life.get();
      }
      combined = combined < 0 || combined == use.get() ? use.get() : 0;
      if (first == null && n.get() != null) {
        first = handle(UnionName.mechanismName(d, n.get(), null, null));
      }
    }
    if (name != null) {
      name.set(first);
    }
    if (lifetime != null) {
      lifetime.set(minLife);
    }
    if (usage != null) {
      usage.set(Math.max(combined, 0));
    }
    if (mechs != null) {
      mechs.set(oidsOf(elements));
    }
    return GSS_S_COMPLETE;
  }

  private int inquireOne(MinorStatus minor, Dispatch d, @Nullable MechCred el,
      NameHandle.@Nullable Ref name, @Nullable IntHolder lifetime, @Nullable IntHolder usage,
      @Nullable OidSetHolder mechs) {
    Holder<MechName> n = new Holder<>();
    IntHolder life = lifetime != null ? lifetime : new IntHolder();
    IntHolder use = usage != null ? usage : new IntHolder();
    int major;
    try {
      major = d.mech().inquireCred(minor, el, n, life, use);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    if (major == GSS_S_COMPLETE) {
      if (name != null && n.get() != null) {
        name.set(handle(UnionName.mechanismName(d, n.get(), null, null)));
      }
      if (mechs != null) {
        mechs.set(OidSet.of(d.handleOid()));
      }
    }
    return finish(minor, d, major);
  }

  /**
   * {@code gss_inquire_cred_by_mech}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#inquireCredByMech}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential, or null for the mechanism's default credential
   * @param mech the mechanism; required
   * @param name receives the principal, or null
   * @param initiatorLifetime receives the initiator lifetime, or null
   * @param acceptorLifetime receives the acceptor lifetime, or null
   * @param usage receives the usage, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_BAD_MECH}, ...
   */
  public int inquireCredByMech(@Nullable MinorStatus minor, @Nullable CredHandle cred,
      @Nullable Oid mech, NameHandle.@Nullable Ref name, @Nullable IntHolder initiatorLifetime,
      @Nullable IntHolder acceptorLifetime, @Nullable IntHolder usage) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (name != null) {
      name.set(null);
    }
    if (mech == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH;
    }
    Dispatch d = registry.lookup(mech);
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
    }
    MechCred el = null;
    if (cred != null) {
      UnionCred c = open(cred);
      if (c == null) {
        return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
      }
      UnionCred.Element e = c.find(d.handleOid());
      if (e == null) {
        return fail(minor, GSS_S_NO_CRED, GlueMinor.NO_CRED_ELEMENT);
      }
      el = e.cred();
    }
    Holder<MechName> n = new Holder<>();
    int major;
    try {
      major = d.mech().inquireCredByMech(minor, el, d.publicOid(), n,
          initiatorLifetime != null ? initiatorLifetime : new IntHolder(),
          acceptorLifetime != null ? acceptorLifetime : new IntHolder(),
          usage != null ? usage : new IntHolder());
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    if (major == GSS_S_COMPLETE && name != null && n.get() != null) {
      name.set(handle(UnionName.mechanismName(d, n.get(), null, null)));
    }
    return finish(minor, d, major);
  }

  /**
   * {@code gss_release_cred}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#releaseCred}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential holder
   * @return {@code GSS_S_COMPLETE}
   */
  public int releaseCred(@Nullable MinorStatus minor, CredHandle.@Nullable Ref cred) {
    if (minor == null || cred == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    cred.close();
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- store (RFC 5588)

  /**
   * {@code gss_store_cred_into}; {@code gss_store_cred} when the store is null. Parameters,
   * nullness and results as {@link io.gsskit.raw.Gss#storeCredInto}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential
   * @param usage which usage to store
   * @param mech the mechanism, or null for every element
   * @param overwrite whether existing credentials may be replaced
   * @param defaultCred whether to make them the default
   * @param store store keys and values ({@link io.gsskit.raw.ext.CredStore}), or null for the
   *     defaults
   * @param elementsStored receives the mechanisms stored, or null
   * @param usageStored receives the usage stored, or null
   * @return as {@link io.gsskit.raw.Gss#storeCred}
   */
  public int storeCredInto(@Nullable MinorStatus minor, @Nullable CredHandle cred, int usage,
      @Nullable Oid mech, boolean overwrite, boolean defaultCred,
      @Nullable Map<String, String> store, @Nullable OidSetHolder elementsStored,
      @Nullable IntHolder usageStored) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (elementsStored != null) {
      elementsStored.set(null);
    }
    if (usage < 0 || usage > 2) {
      return GSS_S_CALL_BAD_STRUCTURE;
    }
    UnionCred c = open(cred);
    if (c == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
    }
    Map<String, String> s = store == null ? null : Map.copyOf(store);
    OidSet.Builder stored = OidSet.builder();
    int lastMajor = GSS_S_UNAVAILABLE;
    int storedUsage = usage;
    boolean any = false;
    for (UnionCred.Element e : c.elements()) {
      Dispatch d = e.dispatch();
      if (mech != null && !mech.equals(d.handleOid()) && !mech.equals(d.publicOid())) {
        continue;
      }
      any = true;
      if (!(d.mech() instanceof CredStoreSupport cs)) {
        continue;
      }
      MinorStatus m = new MinorStatus();
      IntHolder u = new IntHolder();
      int major;
      try {
        major = cs.storeCredInto(m, e.cred(), usage, d.publicOid(), overwrite, defaultCred, s,
            u);
      } catch (Throwable t) {
        major = contained(m, d, t);
      }
      if (major == GSS_S_COMPLETE) {
        stored.add(d.handleOid());
        storedUsage = u.get();
      } else {
        lastMajor = finish(m, d, major);
        minor.set(m.value(), m.mech(), m.mechStatus());
      }
    }
    if (!any) {
      return mech != null ? fail(minor, GSS_S_NO_CRED, GlueMinor.NO_CRED_ELEMENT)
          : GSS_S_NO_CRED;
    }
    OidSet result = stored.build();
    if (result.isEmpty()) {
      return lastMajor;
    }
    minor.clear();
    if (elementsStored != null) {
      elementsStored.set(result);
    }
    if (usageStored != null) {
      usageStored.set(storedUsage);
    }
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- export / import

  /**
   * {@code gss_export_cred}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#exportCred}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential
   * @param token receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_UNAVAILABLE}
   */
  public int exportCred(@Nullable MinorStatus minor, @Nullable CredHandle cred,
      @Nullable Buffer token) {
    if (minor == null || token == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionCred c = open(cred);
    if (c == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
    }
    List<GlueCredToken.Element> parts = new ArrayList<>();
    for (UnionCred.Element e : c.elements()) {
      Dispatch d = e.dispatch();
      Buffer b = new Buffer();
      int major;
      try {
        major = d.mech().exportCred(minor, e.cred(), b);
      } catch (Throwable t) {
        return contained(minor, d, t);
      }
      if (major != GSS_S_COMPLETE) {
        return finish(minor, d, major);
      }
      parts.add(new GlueCredToken.Element(d.handleOid(), b.value()));
      b.release();
    }
    if (parts.isEmpty()) {
      return GSS_S_NO_CRED;
    }
    token.set(new GlueCredToken(parts).encode());
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_import_cred}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#importCred}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param token the token
   * @param out receives the credential
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_BAD_MECH}, {@code
   *     GSS_S_UNAVAILABLE}
   */
  public int importCred(@Nullable MinorStatus minor, byte @Nullable [] token,
      CredHandle.@Nullable Ref out) {
    if (minor == null || out == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    out.set(null);
    if (token == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN;
    }
    GlueCredToken parsed;
    try {
      parsed = GlueCredToken.parse(token);
    } catch (TokenException e) {
      return fail(minor, GSS_S_DEFECTIVE_TOKEN, GlueMinor.BAD_CRED_TOKEN);
    }
    List<UnionCred.Element> elements = new ArrayList<>();
    for (GlueCredToken.Element part : parsed.elements()) {
      Dispatch d = registry.lookup(part.mech());
      int major;
      Holder<MechCred> h = new Holder<>();
      if (d == null) {
        major = fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
      } else if (!Guard.enter()) {
        major = fail(minor, GSS_S_FAILURE, GlueMinor.RECURSION);
      } else {
        try {
          major = finish(minor, d,
              d.mech().importCredByMech(minor, d.publicOid(), part.mechToken(), h));
          if (major == GSS_S_COMPLETE && h.get() == null) {
            major = fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
          }
        } catch (Throwable t) {
          major = contained(minor, d, t);
        } finally {
          Guard.exit();
        }
      }
      if (major != GSS_S_COMPLETE) {
        for (UnionCred.Element e : elements) {
          e.ref().release();
        }
        return major;
      }
      elements.add(new UnionCred.Element(Objects.requireNonNull(d),
          Objects.requireNonNull(h.get()), 0));
    }
    out.set(handle(new UnionCred(elements)));
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- OID-keyed extras

  /**
   * {@code gss_inquire_cred_by_oid}: answers of every element, concatenated. Parameters, nullness
   * and results as {@link io.gsskit.raw.Gss#inquireCredByOid}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential
   * @param desiredObject what to return
   * @param data receives the answers
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element answers
   */
  public int inquireCredByOid(@Nullable MinorStatus minor, @Nullable CredHandle cred,
      @Nullable Oid desiredObject, @Nullable BufferSet data) {
    if (minor == null || data == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionCred c = open(cred);
    if (c == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
    }
    if (desiredObject == null) {
      return GSS_S_CALL_INACCESSIBLE_READ;
    }
    int result = GSS_S_UNAVAILABLE;
    for (UnionCred.Element e : c.elements()) {
      Dispatch d = e.dispatch();
      MinorStatus m = new MinorStatus();
      int major;
      try {
        major = d.mech().inquireCredByOid(m, e.cred(), desiredObject, data);
      } catch (Throwable t) {
        major = contained(m, d, t);
      }
      if (major == GSS_S_COMPLETE) {
        result = GSS_S_COMPLETE;
      } else if (result != GSS_S_COMPLETE && major != GSS_S_UNAVAILABLE) {
        result = finish(m, d, major);
        minor.set(m.value(), m.mech(), m.mechStatus());
      }
    }
    if (result == GSS_S_COMPLETE) {
      minor.clear();
    }
    return result;
  }

  /**
   * {@code gssspi_set_cred_option}; an empty holder (no credential) is not supported. Parameters,
   * nullness and results as {@link io.gsskit.raw.Gss#setCredOption}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential holder
   * @param option the option OID
   * @param value the value, or null
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element understands it
   */
  public int setCredOption(@Nullable MinorStatus minor, CredHandle.@Nullable Ref cred,
      @Nullable Oid option, byte @Nullable [] value) {
    if (minor == null || cred == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (option == null) {
      return GSS_S_CALL_INACCESSIBLE_READ;
    }
    UnionCred c = open(cred.get());
    if (c == null) {
      return GSS_S_UNAVAILABLE;
    }
    int result = GSS_S_UNAVAILABLE;
    for (UnionCred.Element e : c.elements()) {
      Dispatch d = e.dispatch();
      MinorStatus m = new MinorStatus();
      int major;
      try {
        major = d.mech().setCredOption(m, e.cred(), option, value == null ? null : value.clone());
      } catch (Throwable t) {
        major = contained(m, d, t);
      }
      if (major == GSS_S_COMPLETE) {
        result = GSS_S_COMPLETE;
      } else if (result != GSS_S_COMPLETE && major != GSS_S_UNAVAILABLE) {
        result = finish(m, d, major);
        minor.set(m.value(), m.mech(), m.mechStatus());
      }
    }
    if (result == GSS_S_COMPLETE) {
      minor.clear();
    }
    return result;
  }

  /**
   * {@code gss_set_neg_mechs}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#setNegMechs}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential
   * @param mechs the mechanisms, in preference order
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element negotiates
   */
  public int setNegMechs(@Nullable MinorStatus minor, @Nullable CredHandle cred,
      @Nullable OidSet mechs) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionCred c = open(cred);
    if (c == null || mechs == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
    }
    int result = GSS_S_UNAVAILABLE;
    for (UnionCred.Element e : c.elements()) {
      Dispatch d = e.dispatch();
      if (!(d.mech() instanceof NegotiationSupport ns)) {
        continue;
      }
      int major;
      try {
        major = ns.setNegMechs(minor, e.cred(), mechs);
      } catch (Throwable t) {
        return contained(minor, d, t);
      }
      if (GssStatus.isError(major)) {
        return finish(minor, d, major);
      }
      result = major;
    }
    return result;
  }

  /**
   * {@code gss_get_neg_mechs}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#getNegMechs}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param cred the credential
   * @param mechs receives the mechanisms
   * @return {@code GSS_S_COMPLETE}, or {@code GSS_S_UNAVAILABLE} when no element negotiates
   */
  public int getNegMechs(@Nullable MinorStatus minor, @Nullable CredHandle cred,
      @Nullable OidSetHolder mechs) {
    if (minor == null || mechs == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    mechs.set(null);
    UnionCred c = open(cred);
    if (c == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED;
    }
    for (UnionCred.Element e : c.elements()) {
      Dispatch d = e.dispatch();
      if (d.mech() instanceof NegotiationSupport ns) {
        try {
          return finish(minor, d, ns.getNegMechs(minor, e.cred(), mechs));
        } catch (Throwable t) {
          return contained(minor, d, t);
        }
      }
    }
    return GSS_S_UNAVAILABLE;
  }
}
