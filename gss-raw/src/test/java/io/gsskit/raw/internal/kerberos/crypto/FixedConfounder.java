package io.gsskit.raw.internal.kerberos.crypto;

/** Test-only confounder source that hands out the given bytes, for RFC sample encryptions. */
final class FixedConfounder implements ConfounderSource {

  private final byte[] bytes;
  private int pos;

  FixedConfounder(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  @Override
  public void next(byte[] buf, int off, int len) {
    if (len > bytes.length - pos) {
      throw new IllegalStateException("fixed confounder exhausted");
    }
    System.arraycopy(bytes, pos, buf, off, len);
    pos += len;
  }
}
