package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * Kerberos message types (RFC 4120 §5.10 / §7.5.7), which are also the messages' application
 * tags, and the application tags of the other tagged types (Ticket, Authenticator and the
 * encrypted parts). Stateless, thread-safe.
 */
public final class MessageType {

  /** Ticket ::= [APPLICATION 1] (not a message). */
  public static final int TICKET = 1;
  /** Authenticator ::= [APPLICATION 2] (not a message). */
  public static final int AUTHENTICATOR = 2;
  /** EncTicketPart ::= [APPLICATION 3] (not a message). */
  public static final int ENC_TICKET_PART = 3;
  /** KRB_AS_REQ, request for an initial ticket. */
  public static final int AS_REQ = 10;
  /** KRB_AS_REP, reply to an AS-REQ. */
  public static final int AS_REP = 11;
  /** KRB_TGS_REQ, request for a ticket from the TGS. */
  public static final int TGS_REQ = 12;
  /** KRB_TGS_REP, reply to a TGS-REQ. */
  public static final int TGS_REP = 13;
  /** KRB_AP_REQ, application request. */
  public static final int AP_REQ = 14;
  /** KRB_AP_REP, application reply (mutual authentication). */
  public static final int AP_REP = 15;
  /** KRB_RESERVED16, TGT-REQ for user-to-user. */
  public static final int TGT_REQ = 16;
  /** KRB_RESERVED17, TGT-REP for user-to-user. */
  public static final int TGT_REP = 17;
  /** KRB_SAFE, integrity-protected application message. */
  public static final int SAFE = 20;
  /** KRB_PRIV, encrypted application message. */
  public static final int PRIV = 21;
  /** KRB_CRED, forwarded credentials. */
  public static final int CRED = 22;
  /** EncASRepPart ::= [APPLICATION 25] (not a message). */
  public static final int ENC_AS_REP_PART = 25;
  /** EncTGSRepPart ::= [APPLICATION 26] (not a message). */
  public static final int ENC_TGS_REP_PART = 26;
  /** EncAPRepPart ::= [APPLICATION 27] (not a message). */
  public static final int ENC_AP_REP_PART = 27;
  /** EncKrbPrivPart ::= [APPLICATION 28] (not a message). */
  public static final int ENC_KRB_PRIV_PART = 28;
  /** EncKrbCredPart ::= [APPLICATION 29] (not a message). */
  public static final int ENC_KRB_CRED_PART = 29;
  /** KRB_ERROR, error reply. */
  public static final int ERROR = 30;

  private static final NameTable NAMES = new NameTable("application-tag")
      .add(TICKET, "Ticket").add(AUTHENTICATOR, "Authenticator")
      .add(ENC_TICKET_PART, "EncTicketPart")
      .add(AS_REQ, "KRB_AS_REQ").add(AS_REP, "KRB_AS_REP").add(TGS_REQ, "KRB_TGS_REQ")
      .add(TGS_REP, "KRB_TGS_REP").add(AP_REQ, "KRB_AP_REQ").add(AP_REP, "KRB_AP_REP")
      .add(TGT_REQ, "KRB_RESERVED16").add(TGT_REP, "KRB_RESERVED17")
      .add(SAFE, "KRB_SAFE").add(PRIV, "KRB_PRIV").add(CRED, "KRB_CRED")
      .add(ENC_AS_REP_PART, "EncASRepPart").add(ENC_TGS_REP_PART, "EncTGSRepPart")
      .add(ENC_AP_REP_PART, "EncAPRepPart").add(ENC_KRB_PRIV_PART, "EncKrbPrivPart")
      .add(ENC_KRB_CRED_PART, "EncKrbCredPart").add(ERROR, "KRB_ERROR");

  private MessageType() {}

  /**
   * @param value a message type or application tag
   * @return its name, or {@code application-tag(N)} when unknown
   */
  public static String name(int value) {
    return NAMES.name(value);
  }

  /**
   * @param value a message type or application tag
   * @return its name if known
   */
  public static Optional<String> knownName(int value) {
    return NAMES.known(value);
  }
}
