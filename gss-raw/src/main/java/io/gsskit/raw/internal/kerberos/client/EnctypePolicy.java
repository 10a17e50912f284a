package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.config.EnctypeListSpec;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.config.LibDefaults;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which enctypes the client asks for and accepts: {@code default_tkt_enctypes} (AS-REQ), {@code
 * default_tgs_enctypes} (TGS-REQ) and {@code permitted_enctypes} (session keys and reply keys it
 * accepts) from krb5.conf, resolved against the implemented enctypes. Weak enctypes (arcfour-hmac)
 * are removed unless {@code allow_weak_crypto} is true, as MIT does. Immutable, thread-safe.
 *
 * @param tkt AS-REQ enctypes in preference order
 * @param tgs TGS-REQ enctypes in preference order
 * @param permitted enctypes accepted in replies
 */
public record EnctypePolicy(List<Integer> tkt, List<Integer> tgs, List<Integer> permitted) {

  /** MIT 1.20's default list, restricted to what this library implements. */
  public static final List<Integer> DEFAULTS = List.of(18, 17, 20, 19, 23, 26, 25);

  /**
   * Copies the lists.
   *
   * @param tkt AS-REQ enctypes; not empty
   * @param tgs TGS-REQ enctypes; not empty
   * @param permitted accepted enctypes; not empty
   * @throws IllegalArgumentException when a list is empty
   */
  public EnctypePolicy {
    tkt = List.copyOf(tkt);
    tgs = List.copyOf(tgs);
    permitted = List.copyOf(permitted);
    if (tkt.isEmpty() || tgs.isEmpty() || permitted.isEmpty()) {
      throw new IllegalArgumentException("an enctype list is empty");
    }
  }

  /**
   * The policy of a {@code [libdefaults]} section.
   *
   * @param defaults the section; not null
   * @return the policy
   * @throws Krb5ConfigException when {@code allow_weak_crypto} is malformed, or a list leaves no
   *     implemented enctype (MIT KRB5_CONFIG_ETYPE_NOSUPP)
   */
  public static EnctypePolicy from(LibDefaults defaults) throws Krb5ConfigException {
    boolean weak = defaults.allowWeakCrypto();
    List<Integer> permitted = resolve(defaults.permittedEnctypes(), weak);
    List<Integer> tkt = resolve(defaults.defaultTktEnctypes(), weak);
    List<Integer> tgs = resolve(defaults.defaultTgsEnctypes(), weak);
    if (permitted.isEmpty() || tkt.isEmpty() || tgs.isEmpty()) {
      throw new Krb5ConfigException(
          "No supported encryption types (config file error?): permitted_enctypes = "
              + defaults.permittedEnctypes() + ", default_tkt_enctypes = "
              + defaults.defaultTktEnctypes() + ", default_tgs_enctypes = "
              + defaults.defaultTgsEnctypes());
    }
    return new EnctypePolicy(tkt, tgs, permitted);
  }

  /**
   * Evaluates a list, keeping implemented enctypes only.
   *
   * @param spec the list; not null
   * @param allowWeak keep weak enctypes
   * @return the enctype numbers, possibly empty
   */
  public static List<Integer> resolve(EnctypeListSpec spec, boolean allowWeak) {
    List<Integer> all = spec.resolve(EnctypePolicy::names, DEFAULTS);
    List<Integer> out = new ArrayList<>();
    for (int n : all) {
      EncType t = EncType.byNumber(n);
      if (t.isSupported() && (allowWeak || !t.isWeak())) {
        out.add(n);
      }
    }
    return out;
  }

  /** MIT's enctype names, aliases and family names (krb5.conf(5) "Encryption types"). */
  private static List<Integer> names(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "aes" -> List.of(18, 17, 20, 19);
      case "aes-sha1" -> List.of(18, 17);
      case "aes-sha2" -> List.of(20, 19);
      case "camellia" -> List.of(26, 25);
      case "rc4" -> List.of(23);
      case "des", "des3" -> List.of();
      default -> EncType.byName(n).map(t -> List.of(t.number())).orElse(List.of());
    };
  }

  /**
   * @param enctype an enctype number
   * @return whether replies may use it
   */
  public boolean isPermitted(int enctype) {
    return permitted.contains(enctype);
  }

  /**
   * @param list a list to restrict; not null
   * @return the entries of {@code list} that are permitted, in order
   */
  List<Integer> permittedOf(List<Integer> list) {
    Objects.requireNonNull(list, "list");
    return list.stream().filter(this::isPermitted).toList();
  }
}
