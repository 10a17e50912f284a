package io.gsskit.raw.internal.asn1;

/**
 * DER tags packed into one {@code int}: class (2 bits), constructed flag (1 bit) and tag number
 * (up to {@link #MAX_NUMBER}), X.690 §8.1.2. Packing lets readers and writers compare tags with
 * {@code ==} and keeps high tag numbers (form {@code 1F ...}) exact.
 *
 * <p>Layout: bits 31-30 class, bit 29 constructed, bits 20-0 number. Stateless, thread-safe.
 */
public final class DerTag {

  /** Class UNIVERSAL. */
  public static final int CLASS_UNIVERSAL = 0;
  /** Class APPLICATION. */
  public static final int CLASS_APPLICATION = 1;
  /** Class context-specific. */
  public static final int CLASS_CONTEXT = 2;
  /** Class PRIVATE. */
  public static final int CLASS_PRIVATE = 3;

  /** Largest tag number accepted (three base-128 octets); no real protocol comes close. */
  public static final int MAX_NUMBER = (1 << 21) - 1;

  private static final int CONSTRUCTED_BIT = 1 << 29;

  /** BOOLEAN, universal 1. */
  public static final int BOOLEAN = of(CLASS_UNIVERSAL, false, 1);
  /** INTEGER, universal 2. */
  public static final int INTEGER = of(CLASS_UNIVERSAL, false, 2);
  /** BIT STRING, universal 3 (primitive only in DER). */
  public static final int BIT_STRING = of(CLASS_UNIVERSAL, false, 3);
  /** OCTET STRING, universal 4 (primitive only in DER). */
  public static final int OCTET_STRING = of(CLASS_UNIVERSAL, false, 4);
  /** NULL, universal 5. */
  public static final int NULL = of(CLASS_UNIVERSAL, false, 5);
  /** OBJECT IDENTIFIER, universal 6. */
  public static final int OBJECT_IDENTIFIER = of(CLASS_UNIVERSAL, false, 6);
  /** ENUMERATED, universal 10. */
  public static final int ENUMERATED = of(CLASS_UNIVERSAL, false, 10);
  /** UTF8String, universal 12. */
  public static final int UTF8_STRING = of(CLASS_UNIVERSAL, false, 12);
  /** SEQUENCE / SEQUENCE OF, universal 16, constructed. */
  public static final int SEQUENCE = of(CLASS_UNIVERSAL, true, 16);
  /** SET / SET OF, universal 17, constructed. */
  public static final int SET = of(CLASS_UNIVERSAL, true, 17);
  /** IA5String, universal 22. */
  public static final int IA5_STRING = of(CLASS_UNIVERSAL, false, 22);
  /** GeneralizedTime, universal 24. */
  public static final int GENERALIZED_TIME = of(CLASS_UNIVERSAL, false, 24);
  /** GeneralString, universal 27 (Kerberos' KerberosString and Realm). */
  public static final int GENERAL_STRING = of(CLASS_UNIVERSAL, false, 27);

  private DerTag() {}

  /**
   * Packs a tag.
   *
   * @param tagClass one of the {@code CLASS_*} constants
   * @param constructed whether the encoding is constructed
   * @param number the tag number, 0 to {@link #MAX_NUMBER}
   * @return the packed tag
   * @throws IllegalArgumentException when the class or number is out of range
   */
  public static int of(int tagClass, boolean constructed, int number) {
    if (tagClass < 0 || tagClass > 3 || number < 0 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("bad tag class " + tagClass + " / number " + number);
    }
    return (tagClass << 30) | (constructed ? CONSTRUCTED_BIT : 0) | number;
  }

  /**
   * @param number the tag number
   * @return the constructed context-specific tag {@code [number]}, as explicit tagging uses
   */
  public static int context(int number) {
    return of(CLASS_CONTEXT, true, number);
  }

  /**
   * @param number the tag number
   * @return the primitive context-specific tag {@code [number] IMPLICIT} of a primitive type
   */
  public static int contextPrimitive(int number) {
    return of(CLASS_CONTEXT, false, number);
  }

  /**
   * @param number the tag number
   * @return the constructed {@code [APPLICATION number]} tag
   */
  public static int application(int number) {
    return of(CLASS_APPLICATION, true, number);
  }

  /**
   * @param tag a packed tag
   * @return its class, one of the {@code CLASS_*} constants
   */
  public static int tagClass(int tag) {
    return tag >>> 30;
  }

  /**
   * @param tag a packed tag
   * @return whether it is constructed
   */
  public static boolean isConstructed(int tag) {
    return (tag & CONSTRUCTED_BIT) != 0;
  }

  /**
   * @param tag a packed tag
   * @return its tag number
   */
  public static int number(int tag) {
    return tag & MAX_NUMBER;
  }

  /**
   * @param tag a packed tag
   * @return the number of identifier octets DER uses for it
   */
  static int encodedSize(int tag) {
    int n = number(tag);
    if (n < 31) {
      return 1;
    }
    return n < (1 << 7) ? 2 : n < (1 << 14) ? 3 : 4;
  }

  /**
   * @param tag a packed tag
   * @return a readable form such as {@code [APPLICATION 14]}, {@code [3]} or {@code SEQUENCE}
   */
  public static String toString(int tag) {
    int n = number(tag);
    String prim = isConstructed(tag) ? "" : " primitive";
    return switch (tagClass(tag)) {
      case CLASS_APPLICATION -> "[APPLICATION " + n + "]" + prim;
      case CLASS_CONTEXT -> "[" + n + "]" + prim;
      case CLASS_PRIVATE -> "[PRIVATE " + n + "]" + prim;
      default -> {
        boolean usuallyConstructed = n == 16 || n == 17;
        String form = isConstructed(tag) == usuallyConstructed ? ""
            : usuallyConstructed ? " primitive" : " constructed";
        yield universalName(n) + form;
      }
    };
  }

  private static String universalName(int n) {
    return switch (n) {
      case 1 -> "BOOLEAN";
      case 2 -> "INTEGER";
      case 3 -> "BIT STRING";
      case 4 -> "OCTET STRING";
      case 5 -> "NULL";
      case 6 -> "OBJECT IDENTIFIER";
      case 10 -> "ENUMERATED";
      case 12 -> "UTF8String";
      case 16 -> "SEQUENCE";
      case 17 -> "SET";
      case 22 -> "IA5String";
      case 24 -> "GeneralizedTime";
      case 27 -> "GeneralString";
      default -> "UNIVERSAL " + n;
    };
  }
}
