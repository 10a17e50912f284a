package io.gsskit.ext;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One RFC 6680 name attribute as {@code gss_get_name_attribute} reports it: its set of values
 * (python-gssapi: a {@code frozenset}), their printable forms, and the authenticated and complete
 * flags (RFC 6680 §7.5). The generated class is {@code NameAttribute}.
 *
 * <p>Values are read-only {@link ByteBuffer}s because {@code ByteBuffer} compares by content, so
 * the value set has set semantics; {@link #stringValues(Charset)} decodes them. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractNameAttribute {

  /** Package-private: only the generated class extends it. */
  AbstractNameAttribute() {}

  /**
   * The attribute name, e.g. {@code urn:mspac:} (RFC 6680 §7.4).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The attribute's values, each a read-only buffer positioned at 0; may be empty (an attribute
   * known to the mechanism without a value).
   *
   * @return the values in the order the mechanism reported them
   */
  public abstract Set<ByteBuffer> values();

  /**
   * The printable form of each value, in the order of {@link #values()}; may be shorter when the
   * mechanism has no printable form.
   *
   * @return the display values
   */
  public abstract List<String> displayValues();

  /**
   * Whether the mechanism authenticated the values (RFC 6680 §7.5 {@code authenticated}).
   *
   * @return true when authenticated
   */
  public abstract boolean authenticated();

  /**
   * Whether the value set is complete (RFC 6680 §7.5 {@code complete}).
   *
   * @return true when complete
   */
  public abstract boolean complete();

  /**
   * The values decoded with a charset, e.g. {@code io.gsskit.GssKit.encoding()}.
   *
   * @param charset the charset; not null
   * @return the decoded values, in order
   */
  public Set<String> stringValues(Charset charset) {
    Set<String> out = new LinkedHashSet<>();
    for (ByteBuffer b : values()) {
      out.add(charset.decode(b.duplicate()).toString());
    }
    return out;
  }

  /**
   * A copy of each value's bytes.
   *
   * @return the values as arrays, in order
   */
  public List<byte[]> byteValues() {
    return values().stream().map(b -> {
      ByteBuffer d = b.duplicate();
      byte[] a = new byte[d.remaining()];
      d.get(a);
      return a;
    }).toList();
  }

  /**
   * A read-only buffer over a copy of {@code bytes}, for building values.
   *
   * @param bytes the value; not null
   * @return the buffer
   */
  public static ByteBuffer value(byte[] bytes) {
    return ByteBuffer.wrap(bytes.clone()).asReadOnlyBuffer();
  }

  /** @return a description with attribute name, flags and value count, never the values */
  @Override
  public String toString() {
    return "NameAttribute[" + name() + ", " + values().size() + " value(s), authenticated="
        + authenticated() + ", complete=" + complete() + "]";
  }
}
