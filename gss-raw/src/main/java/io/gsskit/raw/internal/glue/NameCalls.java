package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAMETYPE;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NAME_NOT_MN;
import static io.gsskit.raw.GssStatus.GSS_S_UNAUTHORIZED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
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
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.spi.NamingExtensions;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Name calls (RFC 2743 §2.4, RFC 2744 §5; RFC 6680 naming extensions; MIT localname calls).
 * Imported names stay mechanism-independent until a mechanism needs them; exported names are
 * framed and parsed here (RFC 2743 §3.2, RFC 6680 §8). Thread-safe.
 */
public final class NameCalls extends Calls {

  /** RFC 2743 §4.1 {@code GSS_C_NT_USER_NAME}. */
  static final Oid NT_USER_NAME = Oid.of("1.2.840.113554.1.2.1.1");
  /** RFC 2743 §4.2 {@code GSS_C_NT_MACHINE_UID_NAME}. */
  static final Oid NT_MACHINE_UID_NAME = Oid.of("1.2.840.113554.1.2.1.2");
  /** RFC 2743 §4.3 {@code GSS_C_NT_STRING_UID_NAME}. */
  static final Oid NT_STRING_UID_NAME = Oid.of("1.2.840.113554.1.2.1.3");
  /** RFC 2743 §4.1 {@code GSS_C_NT_HOSTBASED_SERVICE}. */
  static final Oid NT_HOSTBASED_SERVICE = Oid.of("1.2.840.113554.1.2.1.4");
  /** RFC 2078 {@code GSS_C_NT_HOSTBASED_SERVICE_X}, treated like the RFC 2743 OID. */
  static final Oid NT_HOSTBASED_SERVICE_X = Oid.of("1.3.6.1.5.6.2");
  /** RFC 2743 §4.6 {@code GSS_C_NT_ANONYMOUS}. */
  static final Oid NT_ANONYMOUS = Oid.of("1.3.6.1.5.6.3");
  /** RFC 2743 §4.7 {@code GSS_C_NT_EXPORT_NAME}. */
  static final Oid NT_EXPORT_NAME = Oid.of("1.3.6.1.5.6.4");
  /** RFC 6680 §8 {@code GSS_C_NT_COMPOSITE_EXPORT}. */
  static final Oid NT_COMPOSITE_EXPORT = Oid.of("1.3.6.1.5.6.6");

  /** Public OIDs whose interposer is inside {@code importNameByMech} on this thread. */
  private static final ThreadLocal<Deque<Oid>> INTERPOSER_IMPORTING =
      ThreadLocal.withInitial(ArrayDeque::new);

  /** A displayed name. */
  record Displayed(int major, String text, @Nullable Oid type) {}

  NameCalls(Glue glue) {
    super(glue);
  }

  static boolean isExportType(@Nullable Oid type) {
    return NT_EXPORT_NAME.equals(type) || NT_COMPOSITE_EXPORT.equals(type);
  }

  // ------------------------------------------------------------------- import / release

  /**
   * {@code gss_import_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#importName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name see {@link io.gsskit.raw.Gss#importName}
   * @param nameType the name type, or null for the mechanism default
   * @param out receives the name
   * @return as {@link io.gsskit.raw.Gss#importName(MinorStatus, byte[], Oid, NameHandle.Ref)}
   */
  public int importName(@Nullable MinorStatus minor, byte @Nullable [] name,
      @Nullable Oid nameType, NameHandle.@Nullable Ref out) {
    if (minor == null || out == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    out.set(null);
    if (name == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    if (isExportType(nameType)) {
      return importExported(minor, name, Objects.requireNonNull(nameType), out);
    }
    byte[] external = name.clone();
    if (NT_HOSTBASED_SERVICE.equals(nameType) || NT_HOSTBASED_SERVICE_X.equals(nameType)) {
      String text = utf8(name);
      String normal = text == null ? null : hostbased(text);
      if (normal == null) {
        return fail(minor, GSS_S_BAD_NAME, GlueMinor.BAD_NAME_SYNTAX);
      }
      external = normal.getBytes(StandardCharsets.UTF_8);
    } else if (NT_USER_NAME.equals(nameType)) {
      String text = utf8(name);
      if (text == null || text.isEmpty()) {
        return fail(minor, GSS_S_BAD_NAME, GlueMinor.BAD_NAME_SYNTAX);
      }
    } else if (NT_STRING_UID_NAME.equals(nameType)) {
      String text = utf8(name);
      if (text == null || !isUid(text)) {
        return fail(minor, GSS_S_BAD_NAME, GlueMinor.BAD_NAME_SYNTAX);
      }
    } else if (NT_MACHINE_UID_NAME.equals(nameType)) {
      if (name.length != 4) {
        return fail(minor, GSS_S_BAD_NAME, GlueMinor.BAD_NAME_SYNTAX);
      }
    }
    out.set(handle(UnionName.imported(external, nameType)));
    return GSS_S_COMPLETE;
  }

  private int importExported(MinorStatus minor, byte[] token, Oid nameType,
      NameHandle.Ref out) {
    ExportedNameToken parsed;
    try {
      parsed = ExportedNameToken.parse(token);
    } catch (TokenException e) {
      return fail(minor, GSS_S_BAD_NAME, GlueMinor.BAD_EXPORTED_NAME);
    }
    if (parsed.composite() && !NT_COMPOSITE_EXPORT.equals(nameType)) {
      return fail(minor, GSS_S_BAD_NAME, GlueMinor.BAD_EXPORTED_NAME);
    }
    Dispatch d = registry.lookup(parsed.mech());
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
    }
    Deque<Oid> importing = INTERPOSER_IMPORTING.get();
    Dispatch original = registry.original(d.publicOid());
    boolean viaInterposer = original != null && !d.viaConcatenatedOid();
    if (viaInterposer && importing.contains(d.publicOid())) {
      d = original; // the interposer re-entering with the plain OID reaches the original
      viaInterposer = false;
    }
    Holder<MechName> h = new Holder<>();
    int major;
    if (!Guard.enter()) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.RECURSION);
    }
    if (viaInterposer) {
      importing.push(d.publicOid());
    }
    try {
      major = d.mech().importNameByMech(minor, d.publicOid(), parsed.name(), nameType, h);
    } catch (Throwable t) {
      return contained(minor, d, t);
    } finally {
      if (viaInterposer) {
        importing.pop();
      }
      Guard.exit();
    }
    finish(minor, d, major);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    MechName el = h.get();
    if (el == null) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
    }
    out.set(handle(UnionName.mechanismName(d, el, token.clone(), nameType)));
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_release_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#releaseName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the holder
   * @return {@code GSS_S_COMPLETE}
   */
  public int releaseName(@Nullable MinorStatus minor, NameHandle.@Nullable Ref name) {
    if (minor == null || name == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    name.close();
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- display / compare

  /**
   * {@code gss_display_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#displayName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the name
   * @param text receives the text
   * @param type receives the name type (null = {@code GSS_C_NO_OID}), or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_NAME}
   */
  public int displayName(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable StringHolder text, @Nullable OidHolder type) {
    if (minor == null || text == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    Dispatch mn = n.mn();
    if (mn != null) {
      Displayed shown = displayElement(minor, n, mn);
      if (shown.major() == GSS_S_COMPLETE) {
        text.set(shown.text());
        if (type != null) {
          type.set(shown.type());
        }
      }
      return shown.major();
    }
    byte[] ext = Objects.requireNonNull(n.external());
    text.set(NT_MACHINE_UID_NAME.equals(n.nameType())
        ? Integer.toUnsignedString(ByteBuffer.wrap(ext).order(ByteOrder.nativeOrder()).getInt())
        : new String(ext, StandardCharsets.UTF_8));
    if (type != null) {
      type.set(n.nameType());
    }
    return GSS_S_COMPLETE;
  }

  /** Displays a name through mechanism {@code d}'s element. */
  Displayed displayElement(MinorStatus minor, UnionName n, Dispatch d) {
    MechName el = n.element(d);
    if (el == null) {
      return new Displayed(fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED), "", null);
    }
    StringHolder t = new StringHolder();
    OidHolder ty = new OidHolder();
    int major;
    try {
      major = d.mech().displayName(minor, el, t, ty);
    } catch (Throwable e) {
      return new Displayed(contained(minor, d, e), "", null);
    }
    finish(minor, d, major);
    String s = t.get();
    if (major == GSS_S_COMPLETE && s == null) {
      return new Displayed(fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED), "", null);
    }
    return new Displayed(major, s == null ? "" : s, ty.get());
  }

  /**
   * {@code gss_compare_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#compareName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param a first name
   * @param b second name
   * @param equal receives the result
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_NAMETYPE}, {@code GSS_S_BAD_NAME}
   */
  public int compareName(@Nullable MinorStatus minor, @Nullable NameHandle a,
      @Nullable NameHandle b, @Nullable BooleanHolder equal) {
    if (minor == null || equal == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    equal.set(false);
    UnionName x = open(a);
    UnionName y = open(b);
    if (x == null || y == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    // RFC 2743 §2.4.3: anonymous names never compare equal.
    if (NT_ANONYMOUS.equals(x.nameType()) || NT_ANONYMOUS.equals(y.nameType())) {
      return GSS_S_COMPLETE;
    }
    Dispatch d = x.mn() != null ? x.mn() : y.mn();
    if (x.mn() != null && y.mn() != null && !x.mn().equals(y.mn())) {
      return GSS_S_COMPLETE; // MNs of different mechanisms
    }
    if (d == null) {
      if (Objects.equals(x.nameType(), y.nameType())) {
        equal.set(java.util.Arrays.equals(x.external(), y.external()));
        return GSS_S_COMPLETE;
      }
      d = registry.defaultMech();
      if (d == null) {
        return fail(minor, GSS_S_BAD_NAMETYPE, GlueMinor.NO_MECHANISMS);
      }
    }
    Holder<MechName> ex = new Holder<>();
    Holder<MechName> ey = new Holder<>();
    int major = element(minor, x, d, ex);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    major = element(minor, y, d, ey);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    try {
      major = d.mech().compareName(minor, Objects.requireNonNull(ex.get()),
          Objects.requireNonNull(ey.get()), equal);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    if (major == GSS_S_UNAVAILABLE) {
      minor.clear();
      return compareExported(minor, d, ex.get(), ey.get(), equal);
    }
    return finish(minor, d, major);
  }

  private int compareExported(MinorStatus minor, Dispatch d, @Nullable MechName a,
      @Nullable MechName b, BooleanHolder equal) {
    Buffer ba = new Buffer();
    Buffer bb = new Buffer();
    int major;
    try {
      major = d.mech().exportName(minor, Objects.requireNonNull(a), ba);
      if (major == GSS_S_COMPLETE) {
        major = d.mech().exportName(minor, Objects.requireNonNull(b), bb);
      }
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    if (major == GSS_S_COMPLETE) {
      equal.set(java.util.Arrays.equals(ba.value(), bb.value()));
    }
    return finish(minor, d, major);
  }

  // ------------------------------------------------------------------- export / duplicate / MN

  /**
   * {@code gss_export_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#exportName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name a mechanism name (from canonicalize, accept, or an imported exported name)
   * @param out receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NAME_NOT_MN}, {@code GSS_S_BAD_NAME}, {@code
   *     GSS_S_UNAVAILABLE}
   */
  public int exportName(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable Buffer out) {
    return export(minor, name, out, false);
  }

  /**
   * {@code gss_export_name_composite} (RFC 6680 §7.8). Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#exportNameComposite}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name a mechanism name
   * @param out receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NAME_NOT_MN}, {@code GSS_S_UNAVAILABLE}
   */
  public int exportNameComposite(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable Buffer out) {
    return export(minor, name, out, true);
  }

  private int export(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable Buffer out, boolean composite) {
    if (minor == null || out == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    Dispatch d = n.mn();
    if (d == null) {
      return GSS_S_NAME_NOT_MN;
    }
    MechName el = Objects.requireNonNull(n.element(d));
    Buffer blob = new Buffer();
    int major;
    try {
      if (composite) {
        if (!(d.mech() instanceof NamingExtensions ext)) {
          return GSS_S_UNAVAILABLE;
        }
        major = ext.exportNameComposite(minor, el, blob);
      } else {
        major = d.mech().exportName(minor, el, blob);
      }
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    finish(minor, d, major);
    if (major == GSS_S_COMPLETE) {
      out.set(ExportedNameToken.encode(composite, d.publicOid(), blob.value()));
      blob.release();
    }
    return major;
  }

  /**
   * {@code gss_duplicate_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#duplicateName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the name
   * @param out receives an independent copy
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_NAME}
   */
  public int duplicateName(@Nullable MinorStatus minor, @Nullable NameHandle name,
      NameHandle.@Nullable Ref out) {
    if (minor == null || out == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    out.set(null);
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    Map<Dispatch, MechName> copies = new HashMap<>();
    for (Map.Entry<Dispatch, MechName> e : n.elements().entrySet()) {
      Dispatch d = e.getKey();
      Holder<MechName> h = new Holder<>();
      int major;
      try {
        major = d.mech().duplicateName(minor, e.getValue(), h);
      } catch (Throwable t) {
        return contained(minor, d, t);
      }
      if (major == GSS_S_UNAVAILABLE) {
        minor.clear();
        copies.put(d, e.getValue()); // immutable element: share it
      } else if (major != GSS_S_COMPLETE) {
        return finish(minor, d, major);
      } else {
        copies.put(d, h.get() != null ? h.get() : e.getValue());
      }
    }
    out.set(handle(n.copyWith(copies)));
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_canonicalize_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#canonicalizeName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the name
   * @param mech the mechanism; required
   * @param out receives the MN
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_BAD_NAMETYPE}, {@code
   *     GSS_S_BAD_NAME}
   */
  public int canonicalizeName(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable Oid mech, NameHandle.@Nullable Ref out) {
    if (minor == null || out == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    out.set(null);
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    if (mech == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH;
    }
    Dispatch d = registry.lookup(mech);
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
    }
    Holder<MechName> el = new Holder<>();
    int major = element(minor, n, d, el);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    Holder<MechName> canon = new Holder<>();
    try {
      major = d.mech().canonicalizeName(minor, Objects.requireNonNull(el.get()),
          d.publicOid(), canon);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    MechName result;
    if (major == GSS_S_UNAVAILABLE) {
      minor.clear();
      result = el.get();
    } else if (major != GSS_S_COMPLETE) {
      return finish(minor, d, major);
    } else {
      result = canon.get();
    }
    if (result == null) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
    }
    out.set(handle(UnionName.mechanismName(d, result, n.external(), n.nameType())));
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- name/mech inquiries

  /**
   * {@code gss_inquire_names_for_mech}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#inquireNamesForMech}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param mech the mechanism; required
   * @param nameTypes receives the name types
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_UNAVAILABLE}
   */
  public int inquireNamesForMech(@Nullable MinorStatus minor, @Nullable Oid mech,
      @Nullable OidSetHolder nameTypes) {
    if (minor == null || nameTypes == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    nameTypes.set(null);
    if (mech == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH;
    }
    Dispatch d = registry.lookup(mech);
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
    }
    int major;
    try {
      major = d.mech().inquireNamesForMech(minor, d.publicOid(), nameTypes);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    if (major == GSS_S_COMPLETE && nameTypes.get() == null) {
      nameTypes.set(OidSet.empty());
    }
    return finish(minor, d, major);
  }

  /**
   * {@code gss_inquire_mechs_for_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#inquireMechsForName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the name
   * @param mechs receives the mechanisms
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_NAME}
   */
  public int inquireMechsForName(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable OidSetHolder mechs) {
    if (minor == null || mechs == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    mechs.set(null);
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    if (n.mn() != null) {
      mechs.set(OidSet.of(n.mn().publicOid()));
      return GSS_S_COMPLETE;
    }
    OidSet.Builder b = OidSet.builder();
    for (Dispatch d : registry.mechs()) {
      if (n.nameType() == null) {
        b.add(d.publicOid());
        continue;
      }
      OidSetHolder types = new OidSetHolder();
      MinorStatus scratch = new MinorStatus();
      try {
        if (d.mech().inquireNamesForMech(scratch, d.publicOid(), types) == GSS_S_COMPLETE
            && types.get() != null && types.get().contains(n.nameType())) {
          b.add(d.publicOid());
        }
      } catch (Throwable t) {
        Guard.contained(minors, scratch, d, t); // logged; the mechanism is left out
      }
    }
    mechs.set(b.build());
    return GSS_S_COMPLETE;
  }

  // ------------------------------------------------------------------- RFC 6680

  /**
   * {@code gss_inquire_name}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#inquireName}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the name
   * @param nameIsMn receives whether it is a mechanism name, or null
   * @param mnMech receives its mechanism, or null
   * @param attrs receives the attribute names (UTF-8), or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public int inquireName(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable BooleanHolder nameIsMn, @Nullable OidHolder mnMech, @Nullable BufferSet attrs) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    BooleanHolder isMn = nameIsMn != null ? nameIsMn : new BooleanHolder();
    OidHolder mm = mnMech != null ? mnMech : new OidHolder();
    Dispatch d = n.mn();
    isMn.set(d != null);
    mm.set(d == null ? null : d.publicOid());
    if (d == null) {
      return GSS_S_COMPLETE;
    }
    if (!(d.mech() instanceof NamingExtensions ext)) {
      return GSS_S_UNAVAILABLE;
    }
    int major;
    try {
      major = ext.inquireName(minor, Objects.requireNonNull(n.element(d)), isMn, mm,
          attrs != null ? attrs : new BufferSet());
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    return finish(minor, d, major);
  }

  /** An RFC 6680 operation on one mechanism element. */
  private interface AttrOp {
    int apply(NamingExtensions ext, MechName el);
  }

  private int onMn(@Nullable MinorStatus minor, @Nullable NameHandle name, AttrOp op) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    Dispatch d = n.mn();
    if (d == null || !(d.mech() instanceof NamingExtensions ext)) {
      return GSS_S_UNAVAILABLE;
    }
    int major;
    try {
      major = op.apply(ext, Objects.requireNonNull(n.element(d)));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    return finish(minor, d, major);
  }

  /**
   * {@code gss_get_name_attribute}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#getNameAttribute}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name a mechanism name
   * @param attr the attribute name
   * @param authenticated receives whether the value is authenticated, or null
   * @param complete receives whether the set of values is complete, or null
   * @param value receives the value, or null
   * @param displayValue receives a printable value, or null
   * @param more in/out value iteration state; required
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE} (absent attribute, not an MN, or not
   *     supported)
   */
  public int getNameAttribute(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable String attr, @Nullable BooleanHolder authenticated,
      @Nullable BooleanHolder complete, @Nullable Buffer value,
      @Nullable StringHolder displayValue, @Nullable IntHolder more) {
    if (more == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    if (attr == null) {
      return GSS_S_CALL_INACCESSIBLE_READ;
    }
    BooleanHolder au = authenticated != null ? authenticated : new BooleanHolder();
    BooleanHolder co = complete != null ? complete : new BooleanHolder();
    Buffer va = value != null ? value : new Buffer();
    StringHolder dv = displayValue != null ? displayValue : new StringHolder();
    return onMn(minor, name,
        (ext, el) -> ext.getNameAttribute(minor, el, attr, au, co, va, dv, more));
  }

  /**
   * {@code gss_set_name_attribute}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#setNameAttribute}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name a mechanism name
   * @param complete whether the value set is complete
   * @param attr the attribute name
   * @param value the value (copied)
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public int setNameAttribute(@Nullable MinorStatus minor, @Nullable NameHandle name,
      boolean complete, @Nullable String attr, byte @Nullable [] value) {
    if (attr == null || value == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE : GSS_S_CALL_INACCESSIBLE_READ;
    }
    return onMn(minor, name, (ext, el) -> ext.setNameAttribute(minor, el, complete, attr,
        value.clone()));
  }

  /**
   * {@code gss_delete_name_attribute}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#deleteNameAttribute}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name a mechanism name
   * @param attr the attribute name
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public int deleteNameAttribute(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable String attr) {
    if (attr == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE : GSS_S_CALL_INACCESSIBLE_READ;
    }
    return onMn(minor, name, (ext, el) -> ext.deleteNameAttribute(minor, el, attr));
  }

  /**
   * {@code gss_display_name_ext}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#displayNameExt}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name a mechanism name
   * @param displayAsNameType the name type to display as
   * @param text receives the text
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}
   */
  public int displayNameExt(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable Oid displayAsNameType, @Nullable StringHolder text) {
    if (text == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    if (displayAsNameType == null) {
      return minor == null ? GSS_S_CALL_INACCESSIBLE_WRITE : GSS_S_CALL_INACCESSIBLE_READ;
    }
    return onMn(minor, name, (ext, el) -> ext.displayNameExt(minor, el, displayAsNameType,
        text));
  }

  // ------------------------------------------------------------------- local accounts

  /**
   * {@code gss_localname}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#localname};
   * never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the name
   * @param mech the mechanism, or null for the name's MN mechanism or the default
   * @param localName receives the account name
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_BAD_NAME}, ...
   */
  public int localname(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable Oid mech, @Nullable StringHolder localName) {
    if (minor == null || localName == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionName n = open(name);
    if (n == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    Dispatch d = mech != null ? registry.lookup(mech)
        : n.mn() != null ? n.mn() : registry.defaultMech();
    if (d == null) {
      return fail(minor, GSS_S_BAD_MECH, noRoute());
    }
    Holder<MechName> el = new Holder<>();
    int major = element(minor, n, d, el);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    try {
      major = d.mech().localname(minor, Objects.requireNonNull(el.get()), d.publicOid(),
          localName);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
    return finish(minor, d, major);
  }

  /**
   * {@code gss_authorize_localname}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#authorizeLocalname}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param name the (usually accepted) name
   * @param user a name whose display text is the local account
   * @return {@code GSS_S_COMPLETE} when authorized, {@code GSS_S_UNAUTHORIZED} when not
   */
  public int authorizeLocalname(@Nullable MinorStatus minor, @Nullable NameHandle name,
      @Nullable NameHandle user) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionName n = open(name);
    UnionName u = open(user);
    if (n == null || u == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME;
    }
    StringHolder userText = new StringHolder();
    int major = displayName(minor, user, userText, null);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    return authorize(minor, n, Objects.requireNonNull(userText.get()));
  }

  /**
   * {@code gss_userok}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#userok}; never
   * throws.
   *
   * @param name the (usually accepted) name
   * @param user the local account
   * @return true when authorized
   */
  public boolean userok(@Nullable NameHandle name, @Nullable String user) {
    UnionName n = open(name);
    if (n == null || user == null) {
      return false;
    }
    return authorize(new MinorStatus(), n, user) == GSS_S_COMPLETE;
  }

  private int authorize(MinorStatus minor, UnionName n, String user) {
    Dispatch d = n.mn() != null ? n.mn() : registry.defaultMech();
    if (d == null) {
      return fail(minor, GSS_S_UNAUTHORIZED, GlueMinor.NO_MECHANISMS);
    }
    Holder<MechName> el = new Holder<>();
    int major = element(minor, n, d, el);
    if (major != GSS_S_COMPLETE) {
      return GSS_S_UNAUTHORIZED;
    }
    MechName e = Objects.requireNonNull(el.get());
    try {
      major = d.mech().authorizeLocalname(minor, e, user);
      if (major == GSS_S_UNAVAILABLE) {
        // MIT fallback: the mechanism's localname must equal the user.
        minor.clear();
        StringHolder local = new StringHolder();
        major = d.mech().localname(minor, e, d.publicOid(), local) == GSS_S_COMPLETE
            && user.equals(local.get()) ? GSS_S_COMPLETE : GSS_S_UNAUTHORIZED;
      }
    } catch (Throwable t) {
      contained(minor, d, t);
      return GSS_S_UNAUTHORIZED;
    }
    finish(minor, d, major);
    return GssStatus.isError(major) && major != GSS_S_UNAUTHORIZED ? GSS_S_UNAUTHORIZED : major;
  }

  // ------------------------------------------------------------------- helpers

  /** Strict UTF-8 decoding; null for malformed input. */
  static @Nullable String utf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Normalises {@code service@host} / {@code service} (RFC 2743 §4.1); the host defaults to the
   * local host name, as MIT does. Null when malformed.
   */
  static @Nullable String hostbased(String text) {
    int at = text.indexOf('@');
    String service = at < 0 ? text : text.substring(0, at);
    String host = at < 0 ? LocalHost.NAME : text.substring(at + 1);
    if (service.isEmpty() || host.isEmpty() || host.indexOf('@') >= 0
        || containsControl(service) || containsControl(host)) {
      return null;
    }
    return service + "@" + host;
  }

  private static boolean containsControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUid(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return Long.parseLong(s) <= 0xFFFFFFFFL;
  }

  /** The local host name, looked up once. */
  private static final class LocalHost {
    static final String NAME = lookup();

    private static String lookup() {
      try {
        String h = InetAddress.getLocalHost().getHostName();
        return h == null || h.isEmpty() ? "localhost" : h.toLowerCase(Locale.ROOT);
      } catch (java.io.IOException | RuntimeException e) {
        return "localhost";
      }
    }
  }
}
