package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Keys from a password (RFC 3961 §3 string-to-key). The default salt is the realm followed by the
 * name components (RFC 4120 §4). Keeps a copy of the password until {@link #destroy()}.
 */
final class PasswordKeySource implements ReplyKeySource {

  /** Longest salt accepted from a KDC (MIT's are short; a hostile KDC may send megabytes). */
  static final int MAX_SALT = 4096;

  private final KerberosPrincipal client;
  private final char[] password;

  PasswordKeySource(KerberosPrincipal client, char[] password) {
    this.client = client;
    this.password = password.clone();
  }

  static byte[] defaultSalt(KerberosPrincipal p) {
    StringBuilder sb = new StringBuilder(p.realm());
    for (String c : p.name().components()) {
      sb.append(c);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean canProduce(int enctype) {
    return EncType.byNumber(enctype).isSupported();
  }

  @Override
  public KerberosKey key(int enctype, byte @Nullable [] salt, byte @Nullable [] s2kparams)
      throws KerberosException {
    byte[] s = salt != null ? salt : defaultSalt(client);
    if (s.length > MAX_SALT) {
      throw KerberosException.local("the KDC's salt for " + client + " is " + s.length
          + " bytes long (limit " + MAX_SALT + ")", KerberosLocalError.KRB5_ERR_BAD_S2K_PARAMS,
          null);
    }
    try {
      return KerberosCrypto.stringToKey(EncType.byNumber(enctype), password, s, s2kparams);
    } catch (KrbCryptoException e) {
      KerberosLocalError code = e.reason() == KrbCryptoException.Reason.UNSUPPORTED
          ? KerberosLocalError.KRB5_PROG_ETYPE_NOSUPP : KerberosLocalError.KRB5_ERR_BAD_S2K_PARAMS;
      throw KerberosException.local("cannot derive the key of " + client + " for enctype "
          + EncType.byNumber(enctype).name() + ": " + e.getMessage(), code, e);
    }
  }

  @Override
  public void destroy() {
    Arrays.fill(password, '\0');
  }
}
