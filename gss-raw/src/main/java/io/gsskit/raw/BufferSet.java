package io.gsskit.raw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An output set of buffers ({@code gss_buffer_set_t}), used by {@link
 * Gss#inquireSecContextByOid}, {@link Gss#inquireCredByOid} and, holding UTF-8 attribute names,
 * {@link Gss#inquireName}. Arrays are stored and returned without copying. {@link #release()}
 * ({@code gss_release_buffer_set}) zeroes them. Mutable and not thread-safe.
 */
public final class BufferSet {

  private final List<byte[]> buffers = new ArrayList<>();

  /** Creates an empty set. */
  public BufferSet() {}

  /**
   * Appends a buffer ({@code gss_add_buffer_set_member}).
   *
   * @param value the bytes; not null; not copied
   */
  public void add(byte[] value) {
    buffers.add(value);
  }

  /** @return the number of buffers */
  public int size() {
    return buffers.size();
  }

  /**
   * Returns one buffer.
   *
   * @param index 0-based index
   * @return the bytes, not copied
   * @throws IndexOutOfBoundsException when {@code index} is out of range
   */
  public byte[] get(int index) {
    return buffers.get(index);
  }

  /** @return an unmodifiable view of the buffers */
  public List<byte[]> asList() {
    return java.util.Collections.unmodifiableList(buffers);
  }

  /** @return every buffer decoded as UTF-8 (for attribute-name sets) */
  public List<String> strings() {
    List<String> out = new ArrayList<>(buffers.size());
    for (byte[] b : buffers) {
      out.add(new String(b, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Zeroes every buffer and empties the set. */
  public void release() {
    for (byte[] b : buffers) {
      Arrays.fill(b, (byte) 0);
    }
    buffers.clear();
  }

  /** @return the sizes only; contents are never printed */
  @Override
  public String toString() {
    return "BufferSet[" + buffers.size() + " buffers]";
  }
}
