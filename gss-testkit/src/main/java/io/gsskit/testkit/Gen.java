package io.gsskit.testkit;

import io.gsskit.RequirementFlag;
import io.gsskit.raw.ChannelBindings;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators for property tests of GSS-API code: messages of edge sizes, principal names,
 * flag sets and channel bindings. Pass the {@link Random} of a {@link Seeds.Case}. No shrinking:
 * a failure reports its seed instead. Stateless and thread-safe (the {@code Random} is not).
 */
public final class Gen {

  /**
   * Message sizes at block, tag and buffer boundaries: 0, 1, 15, 16, 17, … , 65537 and 1 MiB.
   */
  public static final List<Integer> EDGE_SIZES = List.of(0, 1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33,
      63, 64, 65, 127, 128, 129, 255, 256, 257, 1023, 1024, 1025, 4095, 4096, 4097, 16383, 16384,
      16385, 65535, 65536, 65537, 1 << 20);

  private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._-";

  private Gen() {}

  /**
   * A message: half the time of an {@link #EDGE_SIZES edge size}, otherwise 0–4096 bytes, with
   * random content.
   *
   * @param r the random; not null
   * @return the message
   */
  public static byte[] message(Random r) {
    int size = r.nextBoolean() ? EDGE_SIZES.get(r.nextInt(EDGE_SIZES.size())) : r.nextInt(4097);
    return bytes(r, size);
  }

  /**
   * Random bytes.
   *
   * @param r the random; not null
   * @param size the length; not negative
   * @return the bytes
   */
  public static byte[] bytes(Random r, int size) {
    byte[] b = new byte[size];
    r.nextBytes(b);
    return b;
  }

  /**
   * A name component: 1–20 characters of {@code [a-z0-9._-]}.
   *
   * @param r the random; not null
   * @return the text
   */
  public static String nameComponent(Random r) {
    int n = 1 + r.nextInt(20);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
    }
    return b.toString();
  }

  /**
   * A user principal name, optionally with a realm.
   *
   * @param r the random; not null
   * @param realm the realm to append, or null for none
   * @return e.g. {@code k3.x-a@EXAMPLE.TEST}
   */
  public static String userName(Random r, @org.jspecify.annotations.Nullable String realm) {
    String user = nameComponent(r);
    return realm == null ? user : user + "@" + realm;
  }

  /**
   * A host-based service name {@code service@host.domain}.
   *
   * @param r the random; not null
   * @return the text
   */
  public static String hostbasedService(Random r) {
    return nameComponent(r) + "@" + nameComponent(r) + ".example";
  }

  /**
   * A random subset of {@code universe}.
   *
   * @param r the random; not null
   * @param universe the flags to choose from; not null
   * @return a new set
   */
  public static EnumSet<RequirementFlag> flags(Random r, Set<RequirementFlag> universe) {
    EnumSet<RequirementFlag> out = EnumSet.noneOf(RequirementFlag.class);
    for (RequirementFlag f : universe) {
      if (r.nextBoolean()) {
        out.add(Objects.requireNonNull(f));
      }
    }
    return out;
  }

  /**
   * Channel bindings: application data only (as TLS channel bindings, RFC 5929) or with random
   * address types and addresses.
   *
   * @param r the random; not null
   * @return the bindings
   */
  public static ChannelBindings channelBindings(Random r) {
    byte[] app = bytes(r, r.nextInt(65));
    if (r.nextBoolean()) {
      return ChannelBindings.ofApplicationData(app);
    }
    int[] types = {ChannelBindings.GSS_C_AF_UNSPEC, ChannelBindings.GSS_C_AF_INET,
        ChannelBindings.GSS_C_AF_INET6, ChannelBindings.GSS_C_AF_NULLADDR};
    int it = types[r.nextInt(types.length)];
    int at = types[r.nextInt(types.length)];
    return new ChannelBindings(it, bytes(r, addressLength(it)), at, bytes(r, addressLength(at)),
        app);
  }

  private static int addressLength(int type) {
    return type == ChannelBindings.GSS_C_AF_INET ? 4
        : type == ChannelBindings.GSS_C_AF_INET6 ? 16 : 0;
  }
}
