package io.gsskit.raw.spi;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;

/**
 * RFC 6680 naming extensions: name attributes and composite export. A {@link Mechanism} that
 * also implements this interface receives the corresponding calls; otherwise they return {@code
 * GSS_S_UNAVAILABLE}. Such a mechanism must implement {@link Mechanism#duplicateName} because its
 * names are mutable. Implementations must be thread-safe.
 */
public interface NamingExtensions {

  /**
   * {@code gss_inquire_name} (RFC 6680 §7.4).
   *
   * @param minor minor status out
   * @param name the name
   * @param nameIsMn receives whether it is a mechanism name (always true for an element)
   * @param mnMech receives the mechanism OID
   * @param attrs receives the attribute names (UTF-8)
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int inquireName(MinorStatus minor, MechName name, BooleanHolder nameIsMn, OidHolder mnMech,
      BufferSet attrs);

  /**
   * {@code gss_get_name_attribute} (RFC 6680 §7.5).
   *
   * @param minor minor status out
   * @param name the name
   * @param attr the attribute name
   * @param authenticated receives whether the value is authenticated
   * @param complete receives whether the value set is complete
   * @param value receives the value
   * @param displayValue receives a printable value
   * @param more in/out iteration state: -1 on the first call; 0 when no more values follow
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_UNAVAILABLE} when the attribute is absent
   */
  int getNameAttribute(MinorStatus minor, MechName name, String attr,
      BooleanHolder authenticated, BooleanHolder complete, Buffer value, StringHolder displayValue,
      IntHolder more);

  /**
   * {@code gss_set_name_attribute} (RFC 6680 §7.6).
   *
   * @param minor minor status out
   * @param name the name
   * @param complete whether the value set is complete
   * @param attr the attribute name
   * @param value the value
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int setNameAttribute(MinorStatus minor, MechName name, boolean complete, String attr,
      byte[] value);

  /**
   * {@code gss_delete_name_attribute} (RFC 6680 §7.7).
   *
   * @param minor minor status out
   * @param name the name
   * @param attr the attribute name
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int deleteNameAttribute(MinorStatus minor, MechName name, String attr);

  /**
   * {@code gss_display_name_ext} (RFC 6680 §7.3).
   *
   * @param minor minor status out
   * @param name the name
   * @param displayAsNameType the name type to display as
   * @param text receives the text
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_UNAVAILABLE}
   */
  int displayNameExt(MinorStatus minor, MechName name, Oid displayAsNameType, StringHolder text);

  /**
   * {@code gss_export_name_composite} (RFC 6680 §7.8): only the NAME field; the mechglue adds the
   * {@code 04 02} framing.
   *
   * @param minor minor status out
   * @param name the name
   * @param out receives the NAME field
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int exportNameComposite(MinorStatus minor, MechName name, Buffer out);
}
