package io.gsskit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Library-wide settings of the high-level API.
 *
 * <p>python-gssapi counterpart: the module-level function {@code gssapi.set_encoding}.
 *
 * <p>Thread safety: the setting is one {@code volatile} field. Every conversion between a
 * {@code String} and name bytes reads it once, so a conversion running while another thread
 * calls {@link #setEncoding(Charset)} uses either the old or the new charset, never a mix. Names
 * converted before and after a change may use different charsets; set the encoding once, at
 * start-up, before any name is created.
 */
public final class GssKit {

  /**
   * The lifetime meaning "no limit" ({@code GSS_C_INDEFINITE}, 2<sup>32</sup>-1 seconds): pass it
   * to request the maximum lifetime; lifetimes the API reports equal it when the mechanism
   * reports no expiry.
   */
  public static final Duration INDEFINITE = Duration.ofSeconds(0xffffffffL);

  private static volatile Charset encoding = StandardCharsets.UTF_8;

  private GssKit() {}

  /**
   * Sets the charset used to convert names and other GSS-API strings to and from bytes (python's
   * {@code gssapi.set_encoding}). The default is UTF-8.
   *
   * @param charset the charset; not null; must be able to encode
   * @throws IllegalArgumentException when {@code charset} can only decode
   *     ({@link Charset#canEncode()} is false)
   */
  public static void setEncoding(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    if (!charset.canEncode()) {
      throw new IllegalArgumentException("charset cannot encode: " + charset.name());
    }
    encoding = charset;
  }

  /**
   * The charset used to convert names and other GSS-API strings to and from bytes.
   *
   * @return the current charset, UTF-8 unless {@link #setEncoding(Charset)} changed it
   */
  public static Charset encoding() {
    return encoding;
  }
}
