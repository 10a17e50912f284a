package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.keytab.KeytabEntry;
import io.gsskit.raw.internal.kerberos.keytab.KeytabLookup;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keys from keytab entries: the newest kvno of the client with the requested enctype. Salts and
 * parameters do not matter (the keytab holds the derived keys).
 */
final class KeytabKeySource implements ReplyKeySource {

  private final KerberosPrincipal client;
  private final List<KeytabEntry> entries;

  KeytabKeySource(KerberosPrincipal client, List<KeytabEntry> entries) {
    this.client = client;
    this.entries = List.copyOf(entries);
  }

  @Override
  public boolean canProduce(int enctype) {
    return KeytabLookup.find(entries, client, 0, enctype).found().isPresent();
  }

  @Override
  public KerberosKey key(int enctype, byte @Nullable [] salt, byte @Nullable [] s2kparams)
      throws KerberosException {
    KeytabEntry e = KeytabLookup.find(entries, client, 0, enctype).found().orElseThrow(() ->
        KerberosException.local("the keytab has no key of enctype " + enctype + " for " + client,
            KerberosLocalError.KRB5_KT_NOTFOUND, null));
    return KerberosKey.of(e.key());
  }

  @Override
  public void destroy() {
    // the entries belong to the caller's keytab read
  }
}
