package io.gsskit.raw.internal.glue;

import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Maps (mechanism, minor code) pairs onto values that are unique across mechanisms and back (MIT
 * {@code util_errmap.c}). A mechanism's code keeps its own value the first time it is seen unless
 * another mechanism or the mechglue already uses that value; then a fresh value from the
 * mechglue's range is assigned. Also hands out codes for mechglue messages built at run time
 * (e.g. "mechanism X threw Y").
 *
 * <p>Bounded: at most {@link #MAX_ENTRIES} mappings; beyond that new colliding codes map to
 * {@link GlueMinor#UNMAPPABLE_STATUS}. Lookups are lock-free; new entries are added under a lock.
 * Thread-safe.
 */
final class MinorMap {

  /** Cap on stored mappings. */
  static final int MAX_ENTRIES = 65_536;
  /** Mechanism number of the mechglue itself. */
  static final int GLUE = 0;
  /** First value handed out for remapped codes and run-time messages. */
  static final int DYNAMIC_BASE = 0x47540000;

  /** Where a mapped value came from. */
  record Origin(int mechId, int code) {}

  private final ConcurrentHashMap<Origin, Integer> forward = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, Origin> reverse = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Integer> messageCodes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, String> messages = new ConcurrentHashMap<>();
  private int next = DYNAMIC_BASE;

  MinorMap() {
    for (GlueMinor g : GlueMinor.values()) {
      reverse.put(g.code(), new Origin(GLUE, g.code()));
    }
  }

  /**
   * Maps a mechanism's code.
   *
   * @param mechId the mechanism number
   * @param code the mechanism's code; 0 stays 0
   * @return the unique value
   */
  int map(int mechId, int code) {
    if (code == 0) {
      return 0;
    }
    Origin key = new Origin(mechId, code);
    Integer m = forward.get(key);
    if (m != null) {
      return m;
    }
    synchronized (this) {
      m = forward.get(key);
      if (m != null) {
        return m;
      }
      if (forward.size() >= MAX_ENTRIES) {
        return GlueMinor.UNMAPPABLE_STATUS.code();
      }
      int value = reverse.containsKey(code) || inDynamicRange(code) ? fresh() : code;
      forward.put(key, value);
      reverse.put(value, key);
      return value;
    }
  }

  /**
   * Looks a mapped value up.
   *
   * @param value a minor status value
   * @return its origin, or null when the value was never handed out
   */
  @Nullable Origin origin(int value) {
    return reverse.get(value);
  }

  /**
   * A code for a mechglue message built at run time; the same text always gets the same code.
   *
   * @param text the message
   * @return the code
   */
  int message(String text) {
    Integer c = messageCodes.get(text);
    if (c != null) {
      return c;
    }
    synchronized (this) {
      c = messageCodes.get(text);
      if (c != null) {
        return c;
      }
      if (messageCodes.size() >= 1024 || forward.size() >= MAX_ENTRIES) {
        return GlueMinor.UNMAPPABLE_STATUS.code();
      }
      int value = fresh();
      messageCodes.put(text, value);
      messages.put(value, text);
      reverse.put(value, new Origin(GLUE, value));
      return value;
    }
  }

  /**
   * The text of a mechglue code (static or run-time).
   *
   * @param value a minor status value
   * @return the text, or null when it is not a mechglue code
   */
  @Nullable String glueText(int value) {
    GlueMinor g = GlueMinor.of(value);
    if (g != null) {
      return g.text();
    }
    return messages.get(value);
  }

  private int fresh() {
    while (reverse.containsKey(next)) {
      next++;
    }
    return next++;
  }

  private static boolean inDynamicRange(int code) {
    return code >= DYNAMIC_BASE && code < DYNAMIC_BASE + 2 * MAX_ENTRIES;
  }
}
