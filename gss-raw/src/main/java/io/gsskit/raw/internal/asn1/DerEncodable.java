package io.gsskit.raw.internal.asn1;

/**
 * A value with a DER encoding. Implementations write themselves as one complete element; the
 * default {@link #encode()} wraps that in a fresh {@link DerWriter}.
 *
 * <p>Implementations in GSSKit are immutable and thread-safe.
 */
public interface DerEncodable {

  /**
   * Appends this value's encoding (one complete element) to a writer.
   *
   * @param writer the writer; not null
   */
  void writeTo(DerWriter writer);

  /** @return a new array holding this value's DER encoding */
  default byte[] encode() {
    DerWriter w = new DerWriter();
    writeTo(w);
    return w.toByteArray();
  }
}
