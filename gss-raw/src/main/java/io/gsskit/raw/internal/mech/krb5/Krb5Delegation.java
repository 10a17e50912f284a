package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Gss;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.ccache.CcacheException;
import io.gsskit.raw.internal.kerberos.ccache.Credential;
import io.gsskit.raw.internal.kerberos.ccache.MemoryCcache;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.client.TicketGrant;
import io.gsskit.raw.internal.kerberos.proto.EncKrbCredPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.KrbCred;
import io.gsskit.raw.internal.kerberos.proto.KrbCredInfo;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Delegation in the 0x8003 checksum, both sides. Sending ({@link #forward}): a forwarded TGT from
 * the KDC client in a KRB-CRED encrypted in the ticket session key (key usage 14), as MIT's
 * initiator does (its authenticator subkey does not exist yet when the checksum is built; the
 * golden MIT gss-client capture decrypts with the session key). Receiving: delegated credentials
 * received in the 0x8003 checksum (RFC 4121 §4.1.1, RFC 4120 §3.6
 * KRB-CRED): decrypts the KRB-CRED with the authenticator subkey or the ticket session key (or
 * reads it unencrypted, etype 0, as Heimdal and Windows send it), checks that it holds as many
 * credential infos as tickets, all for the authenticated client, and stores them in a new
 * {@code MEMORY:} ccache. Anything wrong drops the delegation (the context itself stays valid),
 * as MIT does for an unusable KRB-CRED. Thread-safe.
 */
final class Krb5Delegation {

  private Krb5Delegation() {}

  static @Nullable Krb5Cred receive(byte[] krbCred, Krb5Context ctx, Krb5Settings settings,
      Krb5Cred acceptorCred) {
    Krb5Name client = ctx.source;
    if (client == null) {
      return null;
    }
    try {
      KrbCred cred = KrbCred.decode(krbCred);
      EncKrbCredPart part = decrypt(cred, ctx);
      if (part == null || cred.tickets().isEmpty()
          || part.ticketInfo().size() != cred.tickets().size()) {
        return null;
      }
      List<Credential> list = new ArrayList<>();
      long tgtEnd = -1;
      for (int i = 0; i < cred.tickets().size(); i++) {
        KrbCredInfo info = part.ticketInfo().get(i);
        Ticket t = cred.tickets().get(i);
        KerberosPrincipal p = info.pname() == null ? client.principal()
            : new KerberosPrincipal(info.prealm() == null ? client.principal().realm()
                : info.prealm(), info.pname());
        if (!client.sameAs(p)) {
          return null; // a ticket for someone else
        }
        KerberosPrincipal server = info.sname() == null ? new KerberosPrincipal(t.realm(),
            t.sname()) : new KerberosPrincipal(info.srealm() == null ? t.realm()
                : info.srealm(), info.sname());
        long auth = secs(info.authtime());
        long end = secs(info.endtime());
        list.add(Credential.builder(client.principal(), server).key(info.key())
            .times(auth, info.starttime() == null ? auth : secs(info.starttime()), end,
                secs(info.renewTill()))
            .ticketFlags(info.flags() == null ? 0 : info.flags())
            .ticket(t.encode()).build());
        tgtEnd = Math.max(tgtEnd, end);
      }
      byte[] id = new byte[12];
      settings.random().nextBytes(id);
      MemoryCcache cc = MemoryCcache.named("gsskit-deleg-" + HexFormat.of().formatHex(id));
      cc.initialize(client.principal());
      cc.storeAll(list);
      // The delegated credential initiates onward through the acceptor credential's own profile
      // (cred-store key krb5_config) when it has one, else through the mechanism's.
      return new Krb5Cred(Gss.GSS_C_INITIATE, client, cc, Instant.ofEpochSecond(tgtEnd), null,
          null, null, true, true,
          acceptorCred.hasOwnConfig() ? acceptorCred.settingsOr(settings) : null);
    } catch (DerException | CcacheException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Builds the KRB-CRED for a forwarded TGT (RFC 4120 §5.8, RFC 4121 §4.1.1 Deleg field).
   *
   * @param tgt the forwarded TGT
   * @param sessionKey the service ticket's session key
   * @param now the time for the timestamp
   * @param nonce a random nonce
   * @return the DER KRB-CRED
   * @throws KrbCryptoException when encryption fails
   */
  static byte[] forward(TicketGrant tgt, KerberosKey sessionKey, Instant now, long nonce)
      throws KrbCryptoException {
    KrbCredInfo info = new KrbCredInfo(tgt.sessionKey(), tgt.client().realm(),
        tgt.client().name(), tgt.flags(), tgt.authTime(), tgt.startTime(), tgt.endTime(),
        tgt.renewTill(), tgt.server().realm(), tgt.server().name(), null);
    EncKrbCredPart part = new EncKrbCredPart(List.of(info), nonce & 0x7FFF_FFFFL,
        Instant.ofEpochSecond(now.getEpochSecond()), now.getNano() / 1000, null, null);
    byte[] plain = part.encode();
    try {
      byte[] enc = KerberosCrypto.encrypt(sessionKey, KeyUsage.KRB_CRED_ENC_PART, plain);
      return new KrbCred(List.of(tgt.ticket()),
          new EncryptedData(sessionKey.keyType(), null, enc)).encode();
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  private static @Nullable EncKrbCredPart decrypt(KrbCred cred, Krb5Context ctx)
      throws DerException {
    if (cred.encPart().etype() == 0) {
      return EncKrbCredPart.decode(cred.encPart().cipher());
    }
    for (KerberosKey k : new KerberosKey[] {ctx.initiatorSubkey, ctx.sessionKey}) {
      if (k == null || k.keyType() != cred.encPart().etype()) {
        continue;
      }
      try {
        return EncKrbCredPart.decode(KerberosCrypto.decrypt(k, KeyUsage.KRB_CRED_ENC_PART,
            cred.encPart().cipher()));
      } catch (KrbCryptoException e) {
        // try the next key
      }
    }
    return null;
  }

  private static long secs(@Nullable Instant t) {
    return t == null ? 0 : t.getEpochSecond();
  }
}
