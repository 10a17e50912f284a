package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick-start block is exactly the code QuickStartTest runs. */
class ReadmeTest {

  @Test
  void quickStartBlockEqualsTheTestedRegion() throws Exception {
    String test = Files.readString(Path.of("src/test/java/io/gsskit/QuickStartTest.java"));
    String region = test.split("// @start region=loop\n", 2)[1].split("      // @end", 2)[0];
    String dedented = Arrays.stream(region.split("\n", -1))
        .map(l -> l.startsWith("      ") ? l.substring(6) : l)
        .collect(Collectors.joining("\n")).stripTrailing();
    String readme = Files.readString(Path.of("../README.md"));
    String quickStart = readme.split("## Quick start\n", 2)[1];
    String block = quickStart.split("```java\n", 2)[1].split("```", 2)[0].stripTrailing();
    assertThat(block).isEqualTo(dedented);
  }
}
