package io.gsskit.raw.ext;

import java.util.Arrays;
import java.util.Objects;

/**
 * One element of an IOV array ({@code gss_iov_buffer_desc}): a type word and a region of a byte
 * array. {@code DATA} regions are encrypted or decrypted in place; buffers flagged {@link
 * Iov#GSS_IOV_BUFFER_FLAG_ALLOCATE} are allocated by the mechanism, which then sets {@link
 * Iov#GSS_IOV_BUFFER_FLAG_ALLOCATED}.
 *
 * <p>Mutable and not thread-safe; an IOV array belongs to one call at a time. {@link #toString()}
 * never prints contents.
 */
public final class IovBuffer {

  private static final byte[] NONE = new byte[0];

  private int type;
  private byte[] array;
  private int offset;
  private int length;

  /**
   * An empty buffer, e.g. {@code new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER |
   * GSS_IOV_BUFFER_FLAG_ALLOCATE)}.
   *
   * @param type type word (type and flags)
   */
  public IovBuffer(int type) {
    this(type, NONE, 0, 0);
  }

  /**
   * A buffer over a whole array (not copied).
   *
   * @param type type word
   * @param array the bytes; not null
   */
  public IovBuffer(int type, byte[] array) {
    this(type, array, 0, array.length);
  }

  /**
   * A buffer over a region of an array (not copied).
   *
   * @param type type word
   * @param array the bytes; not null
   * @param offset first byte of the region
   * @param length length of the region
   * @throws IndexOutOfBoundsException when the region lies outside the array
   */
  public IovBuffer(int type, byte[] array, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, array.length);
    this.type = type;
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /** @return the type word (type and flags) */
  public int type() {
    return type;
  }

  /** @return the buffer type without flags */
  public int bufferType() {
    return Iov.type(type);
  }

  /** @return the flags only */
  public int flags() {
    return Iov.flags(type);
  }

  /**
   * Whether a flag is set.
   *
   * @param flag a {@code GSS_IOV_BUFFER_FLAG_*} value
   * @return true when set
   */
  public boolean hasFlag(int flag) {
    return (type & flag) != 0;
  }

  /**
   * Replaces the type word.
   *
   * @param type type and flags
   */
  public void setType(int type) {
    this.type = type;
  }

  /** @return the backing array, not copied */
  public byte[] array() {
    return array;
  }

  /** @return offset of the region in {@link #array()} */
  public int offset() {
    return offset;
  }

  /** @return length of the region */
  public int length() {
    return length;
  }

  /** @return a copy of the region */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(array, offset, offset + length);
  }

  /**
   * Points the buffer at a new region (not copied); used by mechanisms when allocating or when
   * unwrapping a {@code STREAM}.
   *
   * @param array the bytes; not null
   * @param offset first byte
   * @param length region length
   * @throws IndexOutOfBoundsException when the region lies outside the array
   */
  public void set(byte[] array, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, array.length);
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /**
   * Stores a mechanism-allocated array and sets {@link Iov#GSS_IOV_BUFFER_FLAG_ALLOCATED}.
   *
   * @param allocated the bytes; not null; ownership passes to this buffer
   */
  public void setAllocated(byte[] allocated) {
    set(allocated, 0, allocated.length);
    type |= Iov.GSS_IOV_BUFFER_FLAG_ALLOCATED;
  }

  /**
   * Zeroes and drops a mechanism-allocated array ({@code gss_release_iov_buffer} for one buffer);
   * caller-owned regions are left untouched.
   */
  public void release() {
    if (hasFlag(Iov.GSS_IOV_BUFFER_FLAG_ALLOCATED)) {
      Arrays.fill(array, offset, offset + length, (byte) 0);
      array = NONE;
      offset = 0;
      length = 0;
      type &= ~Iov.GSS_IOV_BUFFER_FLAG_ALLOCATED;
    }
  }

  @Override
  public String toString() {
    return "IovBuffer[type " + bufferType() + ", flags 0x" + Integer.toHexString(flags())
        + ", " + length + " bytes]";
  }
}
