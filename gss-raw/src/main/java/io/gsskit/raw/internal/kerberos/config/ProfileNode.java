package io.gsskit.raw.internal.kerberos.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One node of a parsed MIT profile: the root of a file, a section ({@code [name]}), a subsection
 * ({@code tag = { … }}) or a relation ({@code tag = value}).
 *
 * <p>Children keep the order in which they were read. As in MIT's profile library, a section or
 * subsection that appears again under the same parent (in the same file or an included one) is
 * merged into the first one, while relations with the same tag accumulate in order.
 *
 * <p>A node is built only by {@link ProfileParser}; once the parser returns, the tree is never
 * modified and may be read from any thread.
 */
public final class ProfileNode {

  private final String name;
  private final @Nullable String value;
  private final ProfileOrigin origin;
  private boolean isFinal;
  private final List<ProfileNode> children;
  private final Map<String, List<ProfileNode>> byName;

  private ProfileNode(String name, @Nullable String value, ProfileOrigin origin, boolean isFinal) {
    this.name = name;
    this.value = value;
    this.origin = origin;
    this.isFinal = isFinal;
    boolean section = value == null;
    this.children = section ? new ArrayList<>() : List.of();
    this.byName = section ? new HashMap<>() : Map.of();
  }

  static ProfileNode root(String file) {
    return new ProfileNode("", null, new ProfileOrigin(file, 0), false);
  }

  /** Returns the existing subsection of that name or appends a new one. */
  ProfileNode subsection(String tag, ProfileOrigin at) {
    for (ProfileNode n : byName.getOrDefault(tag, List.of())) {
      if (n.value == null) {
        return n;
      }
    }
    ProfileNode n = new ProfileNode(tag, null, at, false);
    add(n);
    return n;
  }

  void relation(String tag, String text, boolean fin, ProfileOrigin at) {
    add(new ProfileNode(tag, text, at, fin));
  }

  void markFinal() {
    isFinal = true;
  }

  private void add(ProfileNode n) {
    children.add(n);
    byName.computeIfAbsent(n.name, k -> new ArrayList<>(1)).add(n);
  }

  /** @return the section name or relation tag; empty for a file root */
  public String name() {
    return name;
  }

  /** @return the relation value, or empty for a section or subsection */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** @return true for a root, section or subsection; false for a relation */
  public boolean isSection() {
    return value == null;
  }

  /** @return true when marked final with {@code *} */
  public boolean isFinal() {
    return isFinal;
  }

  /** @return where the node was (first) read */
  public ProfileOrigin origin() {
    return origin;
  }

  /** @return the children in file order; empty for a relation; unmodifiable */
  public List<ProfileNode> children() {
    return Collections.unmodifiableList(children);
  }

  /**
   * Finds a section or subsection child.
   *
   * @param tag its name; not null
   * @return the child, or empty when there is none
   */
  public Optional<ProfileNode> section(String tag) {
    for (ProfileNode n : byName.getOrDefault(tag, List.of())) {
      if (n.value == null) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * Lists the relation children with a tag.
   *
   * @param tag the relation tag; not null
   * @return the relations in file order; possibly empty
   */
  public List<ProfileNode> relations(String tag) {
    List<ProfileNode> all = byName.getOrDefault(tag, List.of());
    List<ProfileNode> out = new ArrayList<>(all.size());
    for (ProfileNode n : all) {
      if (n.value != null) {
        out.add(n);
      }
    }
    return out;
  }

  /** @return a short description for debugging (name, value, origin, child count) */
  @Override
  public String toString() {
    return value == null
        ? "[" + name + "]" + (isFinal ? "*" : "") + " (" + children.size() + " children, " + origin
            + ")"
        : name + (isFinal ? "*" : "") + " = " + value + " (" + origin + ")";
  }
}
