package io.gsskit.raw.internal.kerberos.config;

/**
 * Where a profile node was read: the file name as given to the parser and the 1-based line.
 *
 * @param file the file name; not null
 * @param line the 1-based line number
 */
public record ProfileOrigin(String file, int line) {

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
