package io.gsskit;

import io.gsskit.exceptions.GssException;
import io.gsskit.ext.NameAttribute;
import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.StringHolder;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 6680 attributes of a {@link Name} as a live {@code Map<String, NameAttribute>}
 * (python-gssapi's {@code Name.attributes} {@code MutableMapping}). Every read asks the mechanism
 * ({@code gss_inquire_name}, {@code gss_get_name_attribute}), every write changes the name
 * ({@code gss_set_name_attribute}, {@code gss_delete_name_attribute}); nothing is cached.
 *
 * <p>Values are sets of byte strings with the mechanism's {@code authenticated} and {@code
 * complete} flags, see {@link NameAttribute}. {@link #put(String, NameAttribute)} replaces an
 * attribute: it deletes the old one (if any), then sets each value with the new {@code complete}
 * flag; {@code authenticated} cannot be set (RFC 6680 §7.6). {@link #set(String, String...)} is
 * python's {@code name.attributes[key] = value} with strings encoded by {@link
 * GssKit#encoding()}.
 *
 * <p>Only mechanism names have attributes. Errors of the underlying calls are thrown as {@link
 * GssException} ({@link io.gsskit.exceptions.UnavailableException} when the mechanism lacks RFC
 * 6680), except that {@link #get(Object)} returns null for an absent attribute, as a map does.
 * Thread-safe as the name is; iteration reflects the attributes at the time {@code iterator()}
 * was called.
 */
public final class NameAttributes extends AbstractMap<String, NameAttribute> {

  /** Cap on values read per attribute, so a misbehaving mechanism cannot loop. */
  private static final int MAX_VALUES = 4096;

  private final NameHandle handle;

  NameAttributes(NameHandle handle) {
    this.handle = handle;
  }

  /**
   * The attribute names ({@code gss_inquire_name}).
   *
   * @return the names, in the mechanism's order
   * @throws GssException when the inquiry fails
   */
  public List<String> names() {
    MinorStatus minor = new MinorStatus();
    BufferSet attrs = new BufferSet();
    StatusCheck.check(Gss.inquireName(minor, handle, null, null, attrs), minor);
    List<String> out = new ArrayList<>();
    for (byte[] a : attrs.asList()) {
      out.add(new String(a, java.nio.charset.StandardCharsets.UTF_8));
    }
    return out;
  }

  /**
   * The attribute, or null when the name has no such attribute ({@code GSS_S_UNAVAILABLE} from
   * {@code gss_get_name_attribute}).
   *
   * @param key the attribute name; a non-String gives null
   * @return the attribute or null
   * @throws GssException for failures other than an absent attribute
   */
  @Override
  public @Nullable NameAttribute get(@Nullable Object key) {
    if (!(key instanceof String attr)) {
      return null;
    }
    NameAttribute.BuildFinal b = null;
    IntHolder more = new IntHolder(-1);
    for (int i = 0; i < MAX_VALUES && more.get() != 0; i++) {
      MinorStatus minor = new MinorStatus();
      BooleanHolder authenticated = new BooleanHolder();
      BooleanHolder complete = new BooleanHolder();
      Buffer value = new Buffer();
      StringHolder display = new StringHolder();
      int major = Gss.getNameAttribute(minor, handle, attr, authenticated, complete, value,
          display, more);
      if (GssStatus.routineError(major) == GssStatus.GSS_S_UNAVAILABLE && b == null) {
        return null;
      }
      StatusCheck.check(major, minor);
      if (b == null) {
        b = NameAttribute.builder().name(attr).authenticated(authenticated.get())
            .complete(complete.get());
      }
      b.addValues(ByteBuffer.wrap(value.value()).asReadOnlyBuffer());
      String d = display.get();
      if (d != null) {
        b.addDisplayValues(d);
      }
    }
    return b == null ? null : b.build();
  }

  /**
   * Whether the name has the attribute.
   *
   * @param key the attribute name
   * @return true when {@link #names()} lists it
   */
  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof String && names().contains(key);
  }

  /**
   * Replaces the attribute's values ({@code gss_delete_name_attribute}, then {@code
   * gss_set_name_attribute} per value).
   *
   * @param key the attribute name; not null, must equal {@code value.name()}
   * @param value the new values and {@code complete} flag; not null
   * @return the previous attribute, or null
   * @throws IllegalArgumentException when {@code key} differs from {@code value.name()}
   * @throws GssException when the mechanism refuses
   */
  @Override
  public @Nullable NameAttribute put(String key, NameAttribute value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!key.equals(value.name())) {
      throw new IllegalArgumentException("key " + key + " != attribute name " + value.name());
    }
    NameAttribute old = get(key);
    if (old != null) {
      delete(key);
    }
    for (byte[] v : value.byteValues()) {
      MinorStatus minor = new MinorStatus();
      StatusCheck.check(Gss.setNameAttribute(minor, handle, value.complete(), key, v), minor);
    }
    return old;
  }

  /**
   * Replaces the attribute with string values encoded by {@link GssKit#encoding()}, marked
   * complete (python: {@code name.attributes[key] = values}).
   *
   * @param key the attribute name; not null
   * @param values the values; not null, no null elements
   * @throws GssException when the mechanism refuses
   */
  public void set(String key, String... values) {
    NameAttribute.BuildFinal b = NameAttribute.builder().name(key).authenticated(false)
        .complete(true);
    for (String v : values) {
      b.addValues(NameAttribute.value(Objects.requireNonNull(v, "value").getBytes(
          GssKit.encoding())));
    }
    put(key, b.build());
  }

  /**
   * Deletes the attribute ({@code gss_delete_name_attribute}).
   *
   * @param key the attribute name
   * @return the previous attribute, or null when there was none
   * @throws GssException when the mechanism fails
   */
  @Override
  public @Nullable NameAttribute remove(@Nullable Object key) {
    if (!(key instanceof String attr)) {
      return null;
    }
    NameAttribute old = get(attr);
    if (old != null) {
      delete(attr);
    }
    return old;
  }

  private void delete(String attr) {
    MinorStatus minor = new MinorStatus();
    StatusCheck.check(Gss.deleteNameAttribute(minor, handle, attr), minor);
  }

  /**
   * The attributes as entries; {@code Iterator.remove} deletes from the name.
   *
   * @return a view backed by the name
   */
  @Override
  public Set<Map.Entry<String, NameAttribute>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, NameAttribute>> iterator() {
        List<Map.Entry<String, NameAttribute>> snapshot = new ArrayList<>();
        for (String n : names()) {
          NameAttribute a = get(n);
          if (a != null) {
            snapshot.add(new SimpleImmutableEntry<>(n, a));
          }
        }
        Iterator<Map.Entry<String, NameAttribute>> it = snapshot.iterator();
        return new Iterator<>() {
          private Map.@Nullable Entry<String, NameAttribute> last;

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Map.Entry<String, NameAttribute> next() {
            last = it.next();
            return last;
          }

          @Override
          public void remove() {
            Map.Entry<String, NameAttribute> l = last;
            if (l == null) {
              throw new IllegalStateException("next() not called");
            }
            delete(l.getKey());
            last = null;
          }
        };
      }

      @Override
      public int size() {
        return names().size();
      }
    };
  }

  /** @return the number of attributes */
  @Override
  public int size() {
    return names().size();
  }

}
