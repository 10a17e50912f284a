package io.gsskit.samples.tools;

/** Parses a TCP port argument. Stateless. */
final class Ports {

  private Ports() {}

  /**
   * @param text decimal port
   * @return the port, 0..65535
   * @throws UsageException when it is not a port number
   */
  static int parse(String text) throws UsageException {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new UsageException("port out of range: " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new UsageException("not a port number: " + text);
    }
  }

  /**
   * @param text decimal count
   * @param min the smallest allowed value
   * @return the count
   * @throws UsageException when it is not a number of at least {@code min}
   */
  static int count(String text, int min) throws UsageException {
    try {
      int n = Integer.parseInt(text);
      if (n < min) {
        throw new UsageException("count must be at least " + min + ": " + text);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("not a number: " + text);
    }
  }
}
