package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.ApRep;
import io.gsskit.raw.internal.kerberos.proto.ApReq;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation found: an EncryptedData whose etype was rewritten must be rejected (MIT
 * krb5_c_decrypt: KRB5_BAD_ENCTYPE), in the AP-REP (initiator), the authenticator and the ticket
 * enc-part (acceptor). The rewritten etype is another supported AES enctype, so only the check
 * stops it before decryption.
 */
class Krb5EtypeCheckTest {

  static Krb5Fixture fx;
  static Glue glue;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    glue = fx.glue();
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  private static int other(int etype) {
    return etype == 18 ? 17 : 18;
  }

  private static EncryptedData retag(EncryptedData d) {
    return new EncryptedData(other(d.etype()), d.kvno(), d.cipher());
  }

  private static byte[] apReq(ContextHandle.Ref ctx, NameHandle target, int flags) {
    return Krb5Fixture.init(glue, ctx, target, flags, null,
        (flags & Gss.GSS_C_MUTUAL_FLAG) != 0 ? GssStatus.GSS_S_CONTINUE_NEEDED
            : GssStatus.GSS_S_COMPLETE);
  }

  private static int accept(CredHandle cred, byte[] token, MinorStatus minor, Buffer out) {
    return glue.contexts.acceptSecContext(minor, new ContextHandle.Ref(), cred, token, null,
        null, null, out, null, null, null);
  }

  @Test
  void initiatorRejectsAnApRepWithAnotherEtype() throws Exception {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] req = apReq(ictx, target, Gss.GSS_C_MUTUAL_FLAG);
    Buffer rep = new Buffer();
    assertThat(accept(acc, req, new MinorStatus(), rep)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Krb5Tokens.Parsed p = Krb5Tokens.parse(rep.value());
    ApRep ap = ApRep.decode(p.body());
    byte[] forged = Krb5Tokens.frame(p.mech(), Krb5Tokens.AP_REP,
        new ApRep(retag(ap.encPart())).encode());
    MinorStatus minor = new MinorStatus();
    int major = glue.contexts.initSecContext(minor, null, ictx, target, Gss.GSS_MECH_KRB5,
        Gss.GSS_C_MUTUAL_FLAG, 0, null, forged, null, new Buffer(), null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus()).isEqualTo(KerberosLocalError.KRB5_BAD_ENCTYPE.mitCode());
    // the genuine AP-REP no longer completes the context: it is dead after the failure
    assertThat(glue.contexts.initSecContext(new MinorStatus(), null, ictx, target,
        Gss.GSS_MECH_KRB5, Gss.GSS_C_MUTUAL_FLAG, 0, null, rep.value(), null, new Buffer(),
        null, null)).isNotEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  @Test
  void acceptorRejectsAnAuthenticatorWithAnotherEtype() throws Exception {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    byte[] req = apReq(new ContextHandle.Ref(), target, 0);
    Krb5Tokens.Parsed p = Krb5Tokens.parse(req);
    ApReq a = ApReq.decode(p.body());
    byte[] forged = Krb5Tokens.frame(p.mech(), Krb5Tokens.AP_REQ,
        new ApReq(a.apOptions(), a.ticket(), retag(a.authenticator())).encode());
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = accept(acc, forged, minor, out);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus()).isEqualTo(KerberosLocalError.KRB5_BAD_ENCTYPE.mitCode());
    assertThat(out.value()).as("KRB-ERROR token").isNotEmpty();
    assertThat(Krb5Tokens.parse(out.value()).tokId()).isEqualTo(Krb5Tokens.KRB_ERROR);
    // the untouched AP-REQ is still fresh (the forged one was rejected before the rcache)
    assertThat(accept(acc, req, new MinorStatus(), new Buffer()))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  @Test
  void acceptorRejectsATicketWhoseEtypeWasRewritten() throws Exception {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    byte[] req = apReq(new ContextHandle.Ref(), target, 0);
    Krb5Tokens.Parsed p = Krb5Tokens.parse(req);
    ApReq a = ApReq.decode(p.body());
    Ticket t = a.ticket();
    Ticket forgedTicket = new Ticket(t.realm(), t.sname(), retag(t.encPart()));
    byte[] forged = Krb5Tokens.frame(p.mech(), Krb5Tokens.AP_REQ,
        new ApReq(a.apOptions(), forgedTicket, a.authenticator()).encode());
    MinorStatus minor = new MinorStatus();
    int major = accept(acc, forged, minor, new Buffer());
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_FAILURE);
    // the keytab lookup is by (principal, kvno, etype): the other AES key is found and the ticket
    // fails to decrypt under it, or, for a keytab without that enctype, no key is found.
    assertThat(minor.mechStatus()).isIn(KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY.mitCode(),
        KerberosErrorCode.KRB_AP_ERR_NOKEY.mitCode(),
        KerberosLocalError.KRB5_BAD_ENCTYPE.mitCode());
  }
}
