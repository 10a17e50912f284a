package io.gsskit.raw;

import java.util.Arrays;

/**
 * An output buffer ({@code gss_buffer_t} filled by a call): a token, an exported name, an
 * interprocess token, PRF output.
 *
 * <p>{@link #set(byte[])} takes the array without copying and {@link #value()} hands it out
 * without copying, so per-message calls do not copy twice; the caller owns the array after the
 * call. {@link #release()} ({@code gss_release_buffer}) zeroes it. Mutable and not thread-safe.
 */
public final class Buffer {

  private static final byte[] EMPTY = new byte[0];

  private byte[] value = EMPTY;

  /** Creates an empty buffer ({@code GSS_C_EMPTY_BUFFER}). */
  public Buffer() {}

  /** @return the bytes; the held array itself, never null, empty when nothing was set */
  public byte[] value() {
    return value;
  }

  /** @return the number of bytes held */
  public int length() {
    return value.length;
  }

  /** @return true when no bytes are held */
  public boolean isEmpty() {
    return value.length == 0;
  }

  /**
   * Stores an array without copying it; used by mechanisms and the mechglue.
   *
   * @param value the bytes; not null; ownership passes to this buffer
   */
  public void set(byte[] value) {
    this.value = value;
  }

  /** Zeroes the held bytes and empties the buffer. */
  public void release() {
    Arrays.fill(value, (byte) 0);
    value = EMPTY;
  }

  /** @return the length only; contents are never printed */
  @Override
  public String toString() {
    return "Buffer[" + value.length + " bytes]";
  }
}
