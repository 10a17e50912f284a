package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH_ATTR;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.ext.Rfc5587;
import org.jspecify.annotations.Nullable;

/**
 * Mechanism inquiries: {@code gss_indicate_mechs} (RFC 2743 §2.4.2), RFC 5587 mechanism
 * attributes and RFC 5801 SASL names. Thread-safe.
 */
public final class MechInfoCalls extends Calls {

  MechInfoCalls(Glue glue) {
    super(glue);
  }

  /**
   * {@code gss_indicate_mechs}: the registered mechanisms in preference order. Parameters, nullness
   * and results as {@link io.gsskit.raw.Gss#indicateMechs}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param mechSet receives the set
   * @return {@code GSS_S_COMPLETE}
   */
  public int indicateMechs(@Nullable MinorStatus minor, @Nullable OidSetHolder mechSet) {
    if (minor == null || mechSet == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    mechSet.set(registry.mechOids());
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_inquire_attrs_for_mech} (RFC 5587 §3.4.4). A mechanism that does not implement the
   * inquiry has no attributes; when it reports no known attributes, the mechglue's table is used
   * (MIT behaviour). A null mechanism describes the mechglue itself. Parameters, nullness and
   * results as {@link io.gsskit.raw.Gss#inquireAttrsForMech}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param mech the mechanism, or null for the mechglue itself
   * @param mechAttrs receives its attributes, or null
   * @param knownMechAttrs receives the attributes it knows, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_MECH}
   */
  public int inquireAttrsForMech(@Nullable MinorStatus minor, @Nullable Oid mech,
      @Nullable OidSetHolder mechAttrs, @Nullable OidSetHolder knownMechAttrs) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    OidSetHolder attrs = new OidSetHolder();
    OidSetHolder known = new OidSetHolder();
    if (mech == null) {
      attrs.set(OidSet.of(Rfc5587.GSS_C_MA_MECH_GLUE));
    } else {
      Dispatch d = registry.lookup(mech);
      if (d == null) {
        return fail(minor, GSS_S_BAD_MECH, GlueMinor.UNKNOWN_MECH);
      }
      int major;
      try {
        major = d.mech().inquireAttrsForMech(minor, d.publicOid(), attrs, known);
      } catch (Throwable t) {
        return contained(minor, d, t);
      }
      if (major == GSS_S_UNAVAILABLE) {
        minor.clear();
        attrs.set(OidSet.empty());
      } else if (major != GSS_S_COMPLETE) {
        return finish(minor, d, major);
      }
    }
    OidSet a = attrs.get() == null ? OidSet.empty() : attrs.get();
    OidSet k = known.get() == null || known.get().isEmpty() ? Rfc5587.knownAttrs()
        : OidSet.builder().addAll(known.get()).addAll(a).build();
    if (mechAttrs != null) {
      mechAttrs.set(a);
    }
    if (knownMechAttrs != null) {
      knownMechAttrs.set(k);
    }
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_indicate_mechs_by_attrs} (RFC 5587 §3.4.3): mechanisms having every desired
   * attribute, none of the excepted ones, and knowing every critical one. Parameters, nullness and
   * results as {@link io.gsskit.raw.Gss#indicateMechsByAttrs}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param desired attributes every result must have, or null
   * @param except attributes no result may have, or null
   * @param critical attributes every result must know, or null
   * @param mechs receives the mechanisms
   * @return {@code GSS_S_COMPLETE}
   */
  public int indicateMechsByAttrs(@Nullable MinorStatus minor, @Nullable OidSet desired,
      @Nullable OidSet except, @Nullable OidSet critical, @Nullable OidSetHolder mechs) {
    if (minor == null || mechs == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    OidSet.Builder b = OidSet.builder();
    for (Dispatch d : registry.mechs()) {
      OidSetHolder attrs = new OidSetHolder();
      OidSetHolder known = new OidSetHolder();
      if (inquireAttrsForMech(new MinorStatus(), d.publicOid(), attrs, known)
          != GSS_S_COMPLETE) {
        continue;
      }
      OidSet a = attrs.get();
      OidSet k = known.get();
      if (a == null || k == null) {
        continue;
      }
      if (desired != null && !a.asSet().containsAll(desired.asList())) {
        continue;
      }
      if (except != null && except.stream().anyMatch(a::contains)) {
        continue;
      }
      if (critical != null && !k.asSet().containsAll(critical.asList())) {
        continue;
      }
      b.add(d.publicOid());
    }
    mechs.set(b.build());
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_display_mech_attr} (RFC 5587 §3.4.5). Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#displayMechAttr}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param attr the attribute
   * @param name receives its C name, or null
   * @param shortDesc receives a short token, or null
   * @param longDesc receives a sentence, or null
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_BAD_MECH_ATTR}
   */
  public int displayMechAttr(@Nullable MinorStatus minor, @Nullable Oid attr,
      @Nullable StringHolder name, @Nullable StringHolder shortDesc,
      @Nullable StringHolder longDesc) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    if (attr == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH_ATTR;
    }
    Rfc5587.MechAttr a = Rfc5587.describe(attr).orElse(null);
    if (a == null) {
      return GSS_S_BAD_MECH_ATTR;
    }
    if (name != null) {
      name.set(a.name());
    }
    if (shortDesc != null) {
      shortDesc.set(a.shortDescription());
    }
    if (longDesc != null) {
      longDesc.set(a.longDescription());
    }
    return GSS_S_COMPLETE;
  }

  /**
   * {@code gss_inquire_saslname_for_mech} (RFC 5801 §10). Parameters, nullness and results as
   * {@link io.gsskit.raw.Gss#inquireSaslnameForMech}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param mech the mechanism
   * @param saslName receives the SASL name, or null
   * @param mechName receives a short name, or null
   * @param mechDescription receives a description, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH}, {@code GSS_S_UNAVAILABLE}
   */
  public int inquireSaslnameForMech(@Nullable MinorStatus minor, @Nullable Oid mech,
      @Nullable StringHolder saslName, @Nullable StringHolder mechName,
      @Nullable StringHolder mechDescription) {
    if (minor == null) {
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
    try {
      return finish(minor, d, d.mech().inquireSaslnameForMech(minor, d.publicOid(),
          saslName != null ? saslName : new StringHolder(),
          mechName != null ? mechName : new StringHolder(),
          mechDescription != null ? mechDescription : new StringHolder()));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_inquire_mech_for_saslname} (RFC 5801 §11): the first mechanism claiming it.
   * Parameters, nullness and results as {@link io.gsskit.raw.Gss#inquireMechForSaslname}; never
   * throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param saslName the SASL name, e.g. {@code GS2-KRB5}
   * @param mech receives the mechanism
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_MECH} (no mechanism claims it), {@code
   *     GSS_S_UNAVAILABLE} (no mechanism supports the inquiry)
   */
  public int inquireMechForSaslname(@Nullable MinorStatus minor, @Nullable String saslName,
      @Nullable OidHolder mech) {
    if (minor == null || mech == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    mech.set(null);
    if (saslName == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_MECH;
    }
    boolean anySupports = false;
    for (Dispatch d : registry.mechs()) {
      MinorStatus m = new MinorStatus();
      OidHolder found = new OidHolder();
      int major;
      try {
        major = d.mech().inquireMechForSaslname(m, saslName, found);
      } catch (Throwable t) {
        Guard.contained(minors, m, d, t);
        continue;
      }
      anySupports |= major != GSS_S_UNAVAILABLE;
      if (major == GSS_S_COMPLETE) {
        mech.set(found.get() != null ? found.get() : d.publicOid());
        return GSS_S_COMPLETE;
      }
    }
    return anySupports ? GSS_S_BAD_MECH : GSS_S_UNAVAILABLE;
  }
}
