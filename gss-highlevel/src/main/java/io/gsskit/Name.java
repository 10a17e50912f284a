package io.gsskit;

import io.gsskit.exceptions.GssException;
import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.Gss;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A GSS-API name (python-gssapi {@code gssapi.Name}): a principal as text plus its name type, or
 * a mechanism name (MN) after {@link #canonicalize(MechType)}, after acceptance, or when imported
 * from an exported token.
 *
 * <pre>{@code
 * Name service = Name.hostbasedService("HTTP", "www.example.com");
 * Name user = Name.of("alice@EXAMPLE.COM", NameType.KERBEROS_PRINCIPAL);
 * Name mn = user.canonicalize(MechType.KERBEROS);
 * byte[] token = mn.export();          // RFC 2743 §3.2
 * }</pre>
 *
 * <p><b>Equality.</b> {@link #equals(Object)} is {@code gss_compare_name} (RFC 2743 §2.4.3), so a
 * text name and an MN of the same principal can be equal, and anonymous names are never equal,
 * not even to themselves through {@code compare_name} (this class still makes {@code
 * x.equals(x)} true, as {@link Object#equals} requires). Because names of different types and
 * mechanisms can compare equal, no hash of the name's text or token is consistent with {@code
 * equals}; {@link #hashCode()} therefore returns one constant for every name. Names work as
 * {@code HashMap} keys but degrade to linear lookups: key maps by {@link #export()} bytes (of
 * MNs) when there are many.
 *
 * <p><b>Lifecycle and threads.</b> A name holds a raw {@link NameHandle}, which carries no key
 * material and needs no release: it is reclaimed with the object. The text and type never change;
 * the RFC 6680 {@link #attributes()} of an MN can. All methods are thread-safe (the raw name
 * handle is); concurrent attribute changes are applied in some order.
 *
 * <p><b>Serialization.</b> A name serializes as its export token (an MN, RFC 2743 §3.2 or the
 * RFC 6680 composite token when the mechanism supports it) or as text plus name-type OID.
 *
 * @see <a href="https://pythongssapi.github.io/python-gssapi/stable/gssapi.html">python-gssapi
 *     Name</a>
 */
public final class Name implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int HASH = 0x6e616d65;

  private final transient NameHandle handle;

  private Name(NameHandle handle) {
    this.handle = handle;
  }

  /**
   * Imports a name from text ({@code gss_import_name}, RFC 2743 §2.4.5); the text is encoded
   * with {@link GssKit#encoding()}.
   *
   * @param text the name, e.g. {@code alice@EXAMPLE.COM}; not null
   * @param type its name type; not null
   * @return the name
   * @throws io.gsskit.exceptions.BadNameException when the text is malformed for the type
   * @throws io.gsskit.exceptions.BadNameTypeException when no mechanism knows the type
   * @throws GssException for other failures
   */
  public static Name of(String text, NameType type) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    return importBytes(text.getBytes(GssKit.encoding()), type.oid());
  }

  /**
   * Imports a name without a name type ({@code GSS_C_NO_OID}): the mechanism's default syntax.
   *
   * @param text the name; not null
   * @return the name
   * @throws GssException when the text cannot be imported
   */
  public static Name of(String text) {
    Objects.requireNonNull(text, "text");
    return importBytes(text.getBytes(GssKit.encoding()), null);
  }

  /**
   * The host-based service name {@code service@host} ({@link NameType#HOSTBASED_SERVICE}).
   *
   * @param service the service, e.g. {@code HTTP}; not null, not empty, without {@code @}
   * @param host the host name; not null, not empty
   * @return the name
   * @throws IllegalArgumentException when {@code service} is empty or contains {@code @}, or
   *     {@code host} is empty
   * @throws GssException when the name cannot be imported
   */
  public static Name hostbasedService(String service, String host) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(host, "host");
    if (service.isEmpty() || service.indexOf('@') >= 0) {
      throw new IllegalArgumentException("service must be non-empty without '@': " + service);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    return of(service + "@" + host, NameType.HOSTBASED_SERVICE);
  }

  /**
   * Imports an exported mechanism name token ({@link NameType#EXPORT}, RFC 2743 §3.2).
   *
   * @param token the token from {@link #export()}; not null; untrusted input is fine
   * @return the MN
   * @throws io.gsskit.exceptions.BadNameException when the token is malformed
   * @throws io.gsskit.exceptions.BadMechanismException when its mechanism is unknown
   */
  public static Name importToken(byte[] token) {
    Objects.requireNonNull(token, "token");
    return importBytes(token.clone(), Gss.GSS_C_NT_EXPORT_NAME);
  }

  /**
   * Imports a composite export token ({@link NameType#COMPOSITE_EXPORT}, RFC 6680 §8) with its
   * attributes.
   *
   * @param token the token from {@link #exportComposite()}; not null
   * @return the MN with its attributes
   * @throws io.gsskit.exceptions.BadNameException when the token is malformed
   * @throws GssException for other failures
   */
  public static Name importCompositeToken(byte[] token) {
    Objects.requireNonNull(token, "token");
    return importBytes(token.clone(), Gss.GSS_C_NT_COMPOSITE_EXPORT);
  }

  /**
   * A high-level name over a copy of a raw handle ({@code gss_duplicate_name}); the caller keeps
   * ownership of {@code handle} (python: {@code Name(base=raw_name)}).
   *
   * @param handle a live raw name; not null
   * @return the name
   * @throws IllegalArgumentException when the handle has been released
   * @throws GssException when the raw layer cannot duplicate it
   */
  public static Name fromHandle(NameHandle handle) {
    Objects.requireNonNull(handle, "handle");
    if (handle.isReleased()) {
      throw new IllegalArgumentException("name handle has been released");
    }
    return duplicateOf(handle);
  }

  /** Takes ownership of a handle the raw layer just produced. */
  static Name adopt(NameHandle handle) {
    return new Name(handle);
  }

  private static Name duplicateOf(NameHandle handle) {
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref out = new NameHandle.Ref();
    StatusCheck.check(Gss.duplicateName(minor, handle, out), minor);
    return new Name(out.orElseThrow());
  }

  private static Name importBytes(byte[] bytes, @Nullable Oid type) {
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref out = new NameHandle.Ref();
    StatusCheck.check(Gss.importName(minor, bytes, type, out), minor);
    return new Name(out.orElseThrow());
  }

  /**
   * The raw handle, to pass to {@link Gss} calls. It stays owned by this name: do not release
   * it.
   *
   * @return the handle
   */
  public NameHandle handle() {
    return handle;
  }

  /**
   * An independent copy ({@code gss_duplicate_name}), e.g. to change attributes separately.
   *
   * @return the copy
   * @throws GssException when the raw layer fails
   */
  public Name duplicate() {
    return duplicateOf(handle);
  }

  /**
   * The printable form ({@code gss_display_name}, python {@code str(name)}).
   *
   * @return the text; for an unprintable name, a description of it
   */
  @Override
  public String toString() {
    MinorStatus minor = new MinorStatus();
    StringHolder text = new StringHolder();
    int major = Gss.displayName(minor, handle, text, null);
    String t = text.get();
    return io.gsskit.raw.GssStatus.isError(major) || t == null ? handle.toString() : t;
  }

  /**
   * The printable form encoded with {@link GssKit#encoding()} (python {@code bytes(name)}).
   *
   * @return the bytes
   * @throws GssException when the name cannot be displayed
   */
  public byte[] toBytes() {
    return display().getBytes(GssKit.encoding());
  }

  private String display() {
    MinorStatus minor = new MinorStatus();
    StringHolder text = new StringHolder();
    StatusCheck.check(Gss.displayName(minor, handle, text, null), minor);
    return Objects.requireNonNullElse(text.get(), "");
  }

  /**
   * The name in the syntax of another name type ({@code gss_display_name_ext}, RFC 6680 §7.3).
   *
   * @param type the name type to display as; not null
   * @return the text
   * @throws io.gsskit.exceptions.UnavailableException when the mechanism cannot display the name
   *     that way (or the name is not an MN)
   * @throws GssException for other failures
   */
  public String displayAs(NameType type) {
    Objects.requireNonNull(type, "type");
    MinorStatus minor = new MinorStatus();
    StringHolder text = new StringHolder();
    StatusCheck.check(Gss.displayNameExt(minor, handle, type.oid(), text), minor);
    return Objects.requireNonNullElse(text.get(), "");
  }

  /**
   * The name type ({@code gss_display_name}'s output type); empty for {@code GSS_C_NO_OID}.
   *
   * @return the type
   * @throws GssException when the name cannot be displayed
   */
  public Optional<NameType> nameType() {
    MinorStatus minor = new MinorStatus();
    StringHolder text = new StringHolder();
    OidHolder type = new OidHolder();
    StatusCheck.check(Gss.displayName(minor, handle, text, type), minor);
    Oid oid = type.get();
    return oid == null ? Optional.empty() : Optional.of(NameType.of(oid));
  }

  /**
   * The exported-name token ({@code gss_export_name}, RFC 2743 §3.2) of an MN.
   *
   * @return the token
   * @throws io.gsskit.exceptions.NameNotMechanismNameException when this is not an MN (use
   *     {@link #canonicalize(MechType)} first)
   * @throws GssException for other failures
   */
  public byte[] export() {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    StatusCheck.check(Gss.exportName(minor, handle, out), minor);
    return out.value();
  }

  /**
   * The composite export token with attributes ({@code gss_export_name_composite}, RFC 6680
   * §7.8).
   *
   * @return the token
   * @throws io.gsskit.exceptions.NameNotMechanismNameException when this is not an MN
   * @throws io.gsskit.exceptions.UnavailableException when the mechanism lacks RFC 6680
   */
  public byte[] exportComposite() {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    StatusCheck.check(Gss.exportNameComposite(minor, handle, out), minor);
    return out.value();
  }

  /**
   * The mechanism name for {@code mech} ({@code gss_canonicalize_name}, RFC 2743 §2.4.14).
   *
   * @param mech the mechanism; not null
   * @return a new MN; this name is unchanged
   * @throws io.gsskit.exceptions.BadMechanismException when the mechanism is unknown
   * @throws io.gsskit.exceptions.BadNameTypeException when it does not support the name type
   * @throws GssException for other failures
   */
  public Name canonicalize(MechType mech) {
    Objects.requireNonNull(mech, "mech");
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref out = new NameHandle.Ref();
    StatusCheck.check(Gss.canonicalizeName(minor, handle, mech.oid(), out), minor);
    return new Name(out.orElseThrow());
  }

  /**
   * Whether this is a mechanism name ({@code gss_inquire_name}, RFC 6680 §7.4).
   *
   * @return true for an MN
   * @throws GssException when the inquiry fails
   */
  public boolean isMechName() {
    MinorStatus minor = new MinorStatus();
    BooleanHolder mn = new BooleanHolder();
    StatusCheck.check(Gss.inquireName(minor, handle, mn, null, null), minor);
    return mn.get();
  }

  /**
   * The mechanism of an MN ({@code gss_inquire_name}, RFC 6680 §7.4).
   *
   * @return the mechanism; empty when this is not an MN
   * @throws GssException when the inquiry fails
   */
  public Optional<MechType> mech() {
    MinorStatus minor = new MinorStatus();
    BooleanHolder mn = new BooleanHolder();
    OidHolder mech = new OidHolder();
    StatusCheck.check(Gss.inquireName(minor, handle, mn, mech, null), minor);
    Oid oid = mech.get();
    return !mn.get() || oid == null ? Optional.empty() : Optional.of(MechType.of(oid));
  }

  /**
   * The RFC 6680 attributes as a live map view: reads call {@code gss_inquire_name} / {@code
   * gss_get_name_attribute}, writes {@code gss_set_name_attribute} / {@code
   * gss_delete_name_attribute} on this name.
   *
   * @return the view (a new, cheap object per call)
   */
  public NameAttributes attributes() {
    return new NameAttributes(handle);
  }

  /**
   * {@code gss_compare_name}: true when both denote the same principal. A failing comparison
   * (e.g. incompatible name types) counts as not equal.
   *
   * @param o the other object, may be null
   * @return whether equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Name other)) {
      return false;
    }
    MinorStatus minor = new MinorStatus();
    BooleanHolder eq = new BooleanHolder();
    int major = Gss.compareName(minor, handle, other.handle, eq);
    return !io.gsskit.raw.GssStatus.isError(major) && eq.get();
  }

  /**
   * One constant for every name, the only hash consistent with {@code gss_compare_name} (see the
   * class description).
   *
   * @return the constant
   */
  @Override
  public int hashCode() {
    return HASH;
  }

  private Object writeReplace() {
    MinorStatus minor = new MinorStatus();
    Buffer token = new Buffer();
    if (!io.gsskit.raw.GssStatus.isError(Gss.exportNameComposite(minor, handle, token))) {
      return new SerializedName(token.value(), null, true);
    }
    if (!io.gsskit.raw.GssStatus.isError(Gss.exportName(minor, handle, token))) {
      return new SerializedName(token.value(), null, false);
    }
    StringHolder text = new StringHolder();
    OidHolder type = new OidHolder();
    StatusCheck.check(Gss.displayName(minor, handle, text, type), minor);
    Oid oid = type.get();
    return new SerializedName(Objects.requireNonNullElse(text.get(), "").getBytes(
        java.nio.charset.StandardCharsets.UTF_8), oid == null ? "" : oid.toString(), false);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Name is serialized through SerializedName");
  }

  /** The serialized form: a token, or UTF-8 text with a name-type OID. */
  private record SerializedName(byte[] bytes, @Nullable String type, boolean composite)
      implements Serializable {

    private Object readResolve() throws InvalidObjectException {
      try {
        if (type == null) {
          return composite ? importCompositeToken(bytes) : importToken(bytes);
        }
        Oid oid = type.isEmpty() ? null : Oid.parse(type).orElseThrow(
            () -> new IllegalArgumentException("bad name type " + type));
        return importBytes(bytes.clone(), oid);
      } catch (GssException | IllegalArgumentException e) {
        InvalidObjectException ioe = new InvalidObjectException("cannot import name: " + e);
        ioe.initCause(e);
        throw ioe;
      }
    }
  }
}
