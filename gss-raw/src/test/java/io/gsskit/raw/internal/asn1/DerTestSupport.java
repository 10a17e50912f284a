package io.gsskit.raw.internal.asn1;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test helpers: hex, a generic element tree, a random tree generator and a total walker. */
final class DerTestSupport {

  private DerTestSupport() {}

  static byte[] hex(String s) {
    return Hex.parse(s);
  }

  /** A generic DER element: a primitive with content, or a constructed with children. */
  record Node(int tag, byte[] content, List<Node> children) {
    static Node primitive(int tag, byte[] content) {
      return new Node(tag, content, List.of());
    }

    static Node constructed(int tag, List<Node> children) {
      return new Node(tag, new byte[0], children);
    }

    void write(DerWriter w) {
      if (DerTag.isConstructed(tag)) {
        w.begin(tag);
        for (Node c : children) {
          c.write(w);
        }
        w.end();
      } else {
        w.writePrimitive(tag, content);
      }
    }

    boolean sameAs(Node o) {
      if (tag != o.tag || !java.util.Arrays.equals(content, o.content)
          || children.size() != o.children.size()) {
        return false;
      }
      for (int i = 0; i < children.size(); i++) {
        if (!children.get(i).sameAs(o.children.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Reads any element generically: the walker a fuzzer or property test drives. */
  static Node readAny(DerReader r) throws DerException {
    int tag = r.peekTag();
    if (DerTag.isConstructed(tag)) {
      DerReader c = r.readConstructed(tag);
      List<Node> kids = new ArrayList<>();
      while (c.hasRemaining()) {
        kids.add(readAny(c));
      }
      return Node.constructed(tag, kids);
    }
    return Node.primitive(tag, r.readPrimitive(tag));
  }

  /** Reads all top-level elements. */
  static List<Node> readAll(byte[] der) throws DerException {
    DerReader r = DerReader.of(der);
    List<Node> out = new ArrayList<>();
    while (r.hasRemaining()) {
      out.add(readAny(r));
    }
    return out;
  }

  /** Random element tree with random classes, high tag numbers and sizes around length edges. */
  static Node randomNode(Random rnd, int depth) {
    int cls = rnd.nextInt(4);
    int number = switch (rnd.nextInt(6)) {
      case 0 -> 30 + rnd.nextInt(3);
      case 1 -> 100 + rnd.nextInt(20000);
      case 2 -> rnd.nextInt(DerTag.MAX_NUMBER + 1);
      default -> rnd.nextInt(31);
    };
    boolean constructed = depth < 6 && rnd.nextInt(3) == 0;
    int tag = DerTag.of(cls, constructed, number);
    if (constructed) {
      int n = rnd.nextInt(5);
      List<Node> kids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        kids.add(randomNode(rnd, depth + 1));
      }
      return Node.constructed(tag, kids);
    }
    int size = switch (rnd.nextInt(8)) {
      case 0 -> 127 + rnd.nextInt(3);
      case 1 -> 255 + rnd.nextInt(3);
      case 2 -> rnd.nextInt(300);
      case 3 -> 65535 + rnd.nextInt(3);
      default -> rnd.nextInt(20);
    };
    byte[] content = new byte[size];
    rnd.nextBytes(content);
    return Node.primitive(tag, content);
  }
}
