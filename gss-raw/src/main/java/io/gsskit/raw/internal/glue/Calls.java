package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;

import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechName;
import org.jspecify.annotations.Nullable;

/**
 * What every call family shares: opening handles, mapping minor codes after a mechanism call,
 * containing mechanisms that throw, and resolving a union name to a mechanism element.
 */
abstract class Calls {

  static final byte[] EMPTY = new byte[0];

  final Glue glue;
  final MechRegistry registry;
  final MinorMap minors;

  Calls(Glue glue) {
    this.glue = glue;
    this.registry = glue.registry;
    this.minors = glue.minors;
  }

  // ------------------------------------------------------------------- handles

  static @Nullable UnionName open(@Nullable NameHandle h) {
    return h == null ? null : Handles.access().name(h);
  }

  static @Nullable UnionCred open(@Nullable CredHandle h) {
    if (h == null) {
      return null;
    }
    UnionCred c = Handles.access().cred(h);
    return c == null || c.isReleased() ? null : c;
  }

  static @Nullable UnionContext open(@Nullable ContextHandle h) {
    return h == null ? null : Handles.access().context(h);
  }

  static NameHandle handle(UnionName n) {
    return Handles.access().newName(n);
  }

  static CredHandle handle(UnionCred c) {
    return Handles.access().newCred(c);
  }

  static ContextHandle handle(UnionContext c) {
    return Handles.access().newContext(c);
  }

  // ------------------------------------------------------------------- status

  /** Maps the mechanism's minor code after a call through {@code d}; returns {@code major}. */
  final int finish(MinorStatus minor, Dispatch d, int major) {
    int code = minor.value();
    if (code != 0) {
      minor.set(minors.map(d.mechId(), code), d.publicOid(), code);
    }
    return major;
  }

  /** Reports a mechglue minor code; returns {@code major}. */
  static int fail(MinorStatus minor, int major, GlueMinor why) {
    minor.set(why.code(), null, 0);
    return major;
  }

  final int contained(MinorStatus minor, Dispatch d, Throwable t) {
    return Guard.contained(minors, minor, d, t);
  }

  /** Resolves an OID to a route, reporting BAD_MECH. */
  final @Nullable Dispatch route(@Nullable Oid oid) {
    return oid == null ? registry.defaultMech() : registry.lookup(oid);
  }

  /** The mechglue code explaining why {@link #route} found nothing. */
  final GlueMinor noRoute() {
    return registry.mechs().isEmpty() ? GlueMinor.NO_MECHANISMS : GlueMinor.UNKNOWN_MECH;
  }

  // ------------------------------------------------------------------- names

  /**
   * The element of {@code n} for mechanism route {@code d}, importing it on first use (MIT
   * {@code gssint_import_internal_name}). A mechanism name for another mechanism is converted
   * through its displayed form.
   */
  final int element(MinorStatus minor, UnionName n, Dispatch d, Holder<MechName> out) {
    MechName el = n.element(d);
    if (el != null) {
      out.set(el);
      return GSS_S_COMPLETE;
    }
    byte[] external = n.external();
    Oid type = n.nameType();
    Dispatch mn = n.mn();
    if (mn != null && (external == null || NameCalls.isExportType(type))) {
      NameCalls.Displayed shown = glue.names.displayElement(minor, n, mn);
      if (shown.major() != GSS_S_COMPLETE) {
        return shown.major();
      }
      external = shown.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      type = shown.type();
    }
    if (external == null) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
    }
    Holder<MechName> h = new Holder<>();
    int major;
    if (!Guard.enter()) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.RECURSION);
    }
    try {
      major = d.mech().importNameByMech(minor, d.publicOid(), external, type, h);
    } catch (Throwable t) {
      return contained(minor, d, t);
    } finally {
      Guard.exit();
    }
    finish(minor, d, major);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    MechName made = h.get();
    if (made == null) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
    }
    out.set(n.putElement(d, made));
    return GSS_S_COMPLETE;
  }
}
