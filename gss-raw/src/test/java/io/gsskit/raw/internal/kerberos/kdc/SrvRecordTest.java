package io.gsskit.raw.internal.kerberos.kdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SrvRecordTest {

  @Test
  void parsesJndiTextForm() {
    assertThat(SrvRecord.parse("0 5 88 kdc.example.com.")).hasValue(new SrvRecord(0, 5, 88, "kdc.example.com"));
    assertThat(SrvRecord.parse("  10   0 750 kdc ")).hasValue(new SrvRecord(10, 0, 750, "kdc"));
    assertThat(SrvRecord.parse("0 0 0 .")).hasValue(new SrvRecord(0, 0, 0, ""));
    for (String bad : List.of("", "0 0 88", "0 0 88 a b", "-1 0 88 a", "0 0 65536 a", "x 0 88 a", "0 0 123456 a")) {
      assertThat(SrvRecord.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void ordersByPriorityThenWeightedRandom() {
    SrvRecord a = new SrvRecord(0, 90, 88, "a");
    SrvRecord b = new SrvRecord(0, 10, 88, "b");
    SrvRecord c = new SrvRecord(1, 0, 88, "c");
    SrvRecord z = new SrvRecord(0, 0, 88, "z");
    Map<String, Integer> firsts = new HashMap<>();
    long seed = 20240611L;
    Random rnd = new Random(seed);
    for (int i = 0; i < 4000; i++) {
      List<SrvRecord> in = new ArrayList<>(List.of(c, b, z, a));
      java.util.Collections.shuffle(in, rnd);
      List<SrvRecord> out = SrvRecord.order(in, rnd);
      assertThat(out).as("seed %d", seed).hasSize(4);
      assertThat(out.get(3)).as("priority 1 comes last, seed %d", seed).isEqualTo(c);
      assertThat(out).containsExactlyInAnyOrder(a, b, c, z);
      firsts.merge(out.get(0).target(), 1, Integer::sum);
    }
    // weights 90:10:0 -> about 90 % a, 10 % b, rarely z first
    assertThat(firsts.get("a")).as("seed %d %s", seed, firsts).isBetween(3300, 3800);
    assertThat(firsts.get("b")).as("seed %d %s", seed, firsts).isBetween(250, 650);
    assertThat(firsts.getOrDefault("z", 0)).as("seed %d %s", seed, firsts).isLessThan(100);
  }

  @Test
  void allZeroWeightsStillOrderEveryRecord() {
    List<SrvRecord> in = List.of(new SrvRecord(5, 0, 1, "x"), new SrvRecord(5, 0, 2, "y"), new SrvRecord(2, 0, 3, "w"));
    List<SrvRecord> out = SrvRecord.order(in, new Random(3));
    assertThat(out.get(0).target()).isEqualTo("w");
    assertThat(out).hasSize(3).containsAll(in);
  }
}
