package io.gsskit.raw.internal.glue;

import org.jspecify.annotations.Nullable;

/**
 * Minor status codes produced by the mechglue itself (MIT's {@code gssapi_err_generic.et} idea:
 * code and message together). They live in a reserved range that mechanism codes are mapped away
 * from, and are reported with no mechanism OID.
 */
public enum GlueMinor {
  /** No mechanism is registered at all. */
  NO_MECHANISMS("No GSS-API mechanism is available"),
  /** The requested mechanism OID is not registered. */
  UNKNOWN_MECH("The requested mechanism is not registered"),
  /** A context kept asking for more tokens. */
  TOO_MANY_LEGS("Context establishment exceeded " + ContextCalls.MAX_LEGS + " legs"),
  /** An exported-name token was malformed. */
  BAD_EXPORTED_NAME("Malformed exported name token (RFC 2743 section 3.2)"),
  /** The RFC 2743 §3.1 framing of an initial token was malformed. */
  BAD_FRAMING("Malformed initial context token framing (RFC 2743 section 3.1)"),
  /** The first acceptor token carried no mechanism OID and the credential named none. */
  NO_TOKEN_MECH("Cannot tell the mechanism of an unframed initial token"),
  /** An interprocess context token was malformed. */
  BAD_CONTEXT_TOKEN("Malformed interprocess context token"),
  /** An exported credential token was malformed. */
  BAD_CRED_TOKEN("Malformed exported credential token"),
  /** The credential has no element for the selected mechanism. */
  NO_CRED_ELEMENT("The credential has no element for the selected mechanism"),
  /** Calls nested through mechanisms too deeply, e.g. an interposer calling itself. */
  RECURSION("Mechanism calls nested too deeply (an interposer calling itself?)"),
  /** The mechanism reported success without producing the object it should have. */
  MECH_MISBEHAVED("The mechanism reported success but returned no result"),
  /** The name text was not valid for its name type. */
  BAD_NAME_SYNTAX("The name is not valid for its name type"),
  /** A name was imported for a mechanism that does not support its name type. */
  NO_MECH_FOR_NAME("No mechanism can use this name"),
  /** The minor-status mapping table is full; the original code could not be kept. */
  UNMAPPABLE_STATUS("Mechanism minor status could not be mapped (table full)"),
  /** Mechanism context handle belongs to a different mechanism than requested. */
  WRONG_MECH("The context or credential belongs to a different mechanism"),
  /** The IOV or AEAD call could not be synthesised from the mechanism's functions. */
  BAD_IOV("Invalid IOV buffer layout");

  /** First code of the mechglue's reserved range ('G' 'S' 'S' 0x00). */
  public static final int BASE = 0x47535300;

  private final String text;

  GlueMinor(String text) {
    this.text = text;
  }

  /** @return the minor status value */
  public int code() {
    return BASE + ordinal() + 1;
  }

  /** @return the message */
  public String text() {
    return text;
  }

  /**
   * Finds a static glue code.
   *
   * @param code a minor status value
   * @return the constant, or null
   */
  public static @Nullable GlueMinor of(int code) {
    int i = code - BASE - 1;
    GlueMinor[] all = values();
    return i >= 0 && i < all.length ? all[i] : null;
  }
}
