package io.gsskit.samples.demo;

import io.gsskit.raw.Gss;
import java.util.StringJoiner;

/** Names the context flag bits the demo prints. */
final class Flags {

  private static final int[] BITS = {
    Gss.GSS_C_DELEG_FLAG, Gss.GSS_C_MUTUAL_FLAG, Gss.GSS_C_REPLAY_FLAG, Gss.GSS_C_SEQUENCE_FLAG,
    Gss.GSS_C_CONF_FLAG, Gss.GSS_C_INTEG_FLAG, Gss.GSS_C_ANON_FLAG, Gss.GSS_C_PROT_READY_FLAG,
    Gss.GSS_C_TRANS_FLAG
  };
  private static final String[] NAMES = {
    "DELEG", "MUTUAL", "REPLAY", "SEQUENCE", "CONF", "INTEG", "ANON", "PROT_READY", "TRANS"
  };

  private Flags() {}

  /**
   * @param flags a GSS flag word
   * @return e.g. {@code MUTUAL REPLAY SEQUENCE CONF INTEG (0x3e)}
   */
  static String describe(int flags) {
    StringJoiner names = new StringJoiner(" ");
    for (int i = 0; i < BITS.length; i++) {
      if ((flags & BITS[i]) != 0) {
        names.add(NAMES[i]);
      }
    }
    return names + String.format(" (0x%x)", flags);
  }
}
