package io.gsskit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The context flags an initiator requests and a context reports (RFC 2744 §5.19 {@code req_flags}
 * / {@code ret_flags}, RFC 2743 §1.2.1), one bit each; {@link #toBits(Set)} and
 * {@link #fromBits(int)} convert between a set and the C bit mask.
 *
 * <p>python-gssapi counterpart: {@code gssapi.RequirementFlag} (an {@code IntEnum}, including the
 * members its {@code ext_dce} and {@code ext_channel_bindings} extensions register); python's
 * {@code IntEnumFlagSet} becomes a {@code Set<RequirementFlag>}.
 *
 * <p><b>Delegation: {@link #DELEGATE_TO_PEER} and {@link #OK_AS_DELEGATE}.</b>
 * {@code OK_AS_DELEGATE} is the C flag {@code GSS_C_DELEG_POLICY_FLAG} (RFC 5896): like
 * {@code DELEGATE_TO_PEER}, but it delegates only if the KDC's delegation policy trusts the
 * service principal (the ticket's ok-as-delegate flag). This is how delegation behaves with SSPI
 * on Windows, and it is typically used in Active Directory domains, where the service account's
 * settings decide whether constrained or unconstrained delegation is allowed. The four request
 * combinations, as python-gssapi documents them:
 * <ul>
 *   <li>neither flag: no delegation;
 *   <li>{@code DELEGATE_TO_PEER}: always try to delegate regardless of the KDC's policy;
 *       {@code DELEGATE_TO_PEER} is set in the returned flags if it succeeded;
 *   <li>{@code OK_AS_DELEGATE}: delegate only if the KDC trusts the service for delegation;
 *       both flags are set in the returned flags if it succeeded;
 *   <li>both flags: behave as {@code DELEGATE_TO_PEER}, and also set {@code OK_AS_DELEGATE} in the
 *       returned flags if the KDC trusted the service for delegation.
 * </ul>
 *
 * <p>Enum constants are immutable and thread-safe; the static methods are thread-safe and accept
 * no null.
 */
public enum RequirementFlag {
  /**
   * {@code GSS_C_DELEG_FLAG} (1): delegate credentials to the acceptor; python
   * {@code delegate_to_peer}.
   */
  DELEGATE_TO_PEER(1, "GSS_C_DELEG_FLAG"),
  /**
   * {@code GSS_C_MUTUAL_FLAG} (2): the acceptor authenticates to the initiator too; python
   * {@code mutual_authentication}.
   */
  MUTUAL_AUTHENTICATION(2, "GSS_C_MUTUAL_FLAG"),
  /**
   * {@code GSS_C_REPLAY_FLAG} (4): detect replayed per-message tokens; python
   * {@code replay_detection}.
   */
  REPLAY_DETECTION(4, "GSS_C_REPLAY_FLAG"),
  /**
   * {@code GSS_C_SEQUENCE_FLAG} (8): detect out-of-sequence per-message tokens; python
   * {@code out_of_sequence_detection}.
   */
  OUT_OF_SEQUENCE_DETECTION(8, "GSS_C_SEQUENCE_FLAG"),
  /**
   * {@code GSS_C_CONF_FLAG} (16): confidentiality (encryption) is available; python
   * {@code confidentiality}.
   */
  CONFIDENTIALITY(16, "GSS_C_CONF_FLAG"),
  /** {@code GSS_C_INTEG_FLAG} (32): integrity protection is available; python {@code integrity}. */
  INTEGRITY(32, "GSS_C_INTEG_FLAG"),
  /** {@code GSS_C_ANON_FLAG} (64): the initiator stays anonymous; python {@code anonymity}. */
  ANONYMITY(64, "GSS_C_ANON_FLAG"),
  /**
   * {@code GSS_C_PROT_READY_FLAG} (128): per-message protection is usable before the context is
   * complete (returned only); python {@code protection_ready}.
   */
  PROTECTION_READY(128, "GSS_C_PROT_READY_FLAG"),
  /**
   * {@code GSS_C_TRANS_FLAG} (256): the context can be exported (returned only); python
   * {@code transferable}.
   */
  TRANSFERABLE(256, "GSS_C_TRANS_FLAG"),
  /**
   * {@code GSS_C_CHANNEL_BOUND_FLAG} (2048): the acceptor verified channel bindings (MIT krb5 1.19,
   * draft-ietf-kitten-channel-bound-flag); python {@code channel_bound}.
   */
  CHANNEL_BOUND(2048, "GSS_C_CHANNEL_BOUND_FLAG"),
  /**
   * {@code GSS_C_DCE_STYLE} (0x1000): DCE RPC three-leg authentication (MIT {@code gssapi_ext.h});
   * python {@code dce_style}.
   */
  DCE_STYLE(0x1000, "GSS_C_DCE_STYLE"),
  /**
   * {@code GSS_C_IDENTIFY_FLAG} (0x2000): identify-level impersonation only (MIT
   * {@code gssapi_ext.h}); python {@code identify}.
   */
  IDENTIFY(0x2000, "GSS_C_IDENTIFY_FLAG"),
  /**
   * {@code GSS_C_EXTENDED_ERROR_FLAG} (0x4000): extended error tokens (MIT {@code gssapi_ext.h});
   * python {@code extended_error}.
   */
  EXTENDED_ERROR(0x4000, "GSS_C_EXTENDED_ERROR_FLAG"),
  /**
   * {@code GSS_C_DELEG_POLICY_FLAG} (32768, RFC 5896): delegate only where KDC policy allows, see
   * the class description; python {@code ok_as_delegate}.
   */
  OK_AS_DELEGATE(0x8000, "GSS_C_DELEG_POLICY_FLAG");

  private static final int DEFINED_BITS = definedBitsOf();

  private final int bit;
  private final String cName;

  RequirementFlag(int bit, String cName) {
    this.bit = bit;
    this.cName = cName;
  }

  /**
   * The flag's bit in the C bit mask.
   *
   * @return a single-bit value
   */
  public int bit() {
    return bit;
  }

  /**
   * The C symbol, e.g. {@code GSS_C_DELEG_POLICY_FLAG}.
   *
   * @return the symbol
   */
  public String cName() {
    return cName;
  }

  /**
   * The C bit mask of a set of flags.
   *
   * @param flags the flags; not null, no null elements
   * @return the OR of their bits; 0 for an empty set
   */
  public static int toBits(Set<RequirementFlag> flags) {
    int bits = 0;
    for (RequirementFlag f : flags) {
      bits |= Objects.requireNonNull(f, "flags element").bit;
    }
    return bits;
  }

  /**
   * The flags whose bits are set in a C bit mask. Bits no constant defines are dropped; use
   * {@link #definedBits()} to find them.
   *
   * @param bits the bit mask
   * @return a new, modifiable set
   */
  public static EnumSet<RequirementFlag> fromBits(int bits) {
    EnumSet<RequirementFlag> out = EnumSet.noneOf(RequirementFlag.class);
    for (RequirementFlag f : values()) {
      if ((bits & f.bit) != 0) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The OR of every constant's bit; {@code bits & ~definedBits()} is what {@link #fromBits(int)}
   * drops.
   *
   * @return the mask of defined bits
   */
  public static int definedBits() {
    return DEFINED_BITS;
  }

  private static int definedBitsOf() {
    int bits = 0;
    for (RequirementFlag f : values()) {
      bits |= f.bit;
    }
    return bits;
  }
}
