package io.gsskit.raw.internal.kerberos.kdc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One DNS SRV record (RFC 2782): priority, weight, port and target host.
 *
 * @param priority 0..65535, lower is tried first
 * @param weight 0..65535, relative share among records of equal priority
 * @param port 0..65535
 * @param target the host name without the trailing dot; {@code "."} (empty here) means "service
 *     not available"
 */
public record SrvRecord(int priority, int weight, int port, String target) {

  /**
   * Parses the text form JNDI's DNS provider returns: {@code "priority weight port target."}.
   *
   * @param text the record text
   * @return the record, or empty when malformed
   */
  public static Optional<SrvRecord> parse(String text) {
    String[] f = text.strip().split("\\s+");
    if (f.length != 4) {
      return Optional.empty();
    }
    int priority = u16(f[0]);
    int weight = u16(f[1]);
    int port = u16(f[2]);
    if (priority < 0 || weight < 0 || port < 0) {
      return Optional.empty();
    }
    String target = f[3];
    if (target.endsWith(".")) {
      target = target.substring(0, target.length() - 1);
    }
    if (target.length() > 253) {
      return Optional.empty();
    }
    return Optional.of(new SrvRecord(priority, weight, port, target));
  }

  private static int u16(String s) {
    if (s.isEmpty() || s.length() > 5) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v > 65535 ? -1 : v;
  }

  /**
   * Orders records as RFC 2782 says: ascending priority; within one priority, repeatedly pick a
   * record at random with probability proportional to its weight (weight-0 records are placed
   * first in the running sum, so they are chosen only rarely while others remain).
   *
   * @param records the records; not modified
   * @param random the source of randomness
   * @return a new list in the order to try
   */
  public static List<SrvRecord> order(List<SrvRecord> records, RandomGenerator random) {
    List<SrvRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparingInt(SrvRecord::priority));
    List<SrvRecord> out = new ArrayList<>(sorted.size());
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).priority() == sorted.get(i).priority()) {
        j++;
      }
      List<SrvRecord> group = new ArrayList<>();
      for (int k = i; k < j; k++) {
        if (sorted.get(k).weight() == 0) {
          group.add(0, sorted.get(k));
        } else {
          group.add(sorted.get(k));
        }
      }
      while (!group.isEmpty()) {
        long total = 0;
        for (SrvRecord r : group) {
          total += r.weight();
        }
        long pick = total == 0 ? 0 : random.nextLong(total + 1);
        long running = 0;
        int chosen = group.size() - 1;
        for (int k = 0; k < group.size(); k++) {
          running += group.get(k).weight();
          if (running >= pick) {
            chosen = k;
            break;
          }
        }
        out.add(group.remove(chosen));
      }
      i = j;
    }
    return out;
  }
}
