package io.gsskit.interop;

import java.util.List;

/**
 * One row of the option matrix: the client's options and what both sides must show.
 *
 * @param options gss-client options
 * @param connections {@code -ccount}
 * @param messages messages per connection ({@code -mcount})
 * @param auth whether a context is established ({@code -na} turns it off)
 * @param mic whether the server answers with a MIC ({@code -nm}, {@code -na} turn it off)
 */
record MitInteropCase(List<String> options, int connections, int messages, boolean auth,
    boolean mic) {

  /** The matrix of issue #6. */
  static List<MitInteropCase> matrix() {
    return List.of(
        new MitInteropCase(List.of(), 1, 1, true, true),
        new MitInteropCase(List.of("-d"), 1, 1, true, true),
        new MitInteropCase(List.of("-seq"), 1, 1, true, true),
        new MitInteropCase(List.of("-noreplay"), 1, 1, true, true),
        new MitInteropCase(List.of("-nomutual"), 1, 1, true, true),
        new MitInteropCase(List.of("-nw"), 1, 1, true, true),
        new MitInteropCase(List.of("-nx"), 1, 1, true, true),
        new MitInteropCase(List.of("-nm"), 1, 1, true, false),
        new MitInteropCase(List.of("-na"), 1, 1, false, false),
        new MitInteropCase(List.of("-ccount", "2", "-mcount", "3"), 2, 3, true, true));
  }

  @Override
  public String toString() {
    return options.isEmpty() ? "(default)" : String.join(" ", options);
  }
}
