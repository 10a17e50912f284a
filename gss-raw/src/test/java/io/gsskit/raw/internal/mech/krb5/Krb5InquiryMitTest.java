package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.Krb5Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ticket-flags, authtime and authorization-data inquiries of {@link Krb5Inquiry} compared
 * byte for byte with MIT's {@code libgssapi_krb5} ({@link MitGssPeer}) on contexts over the same
 * tickets from a real MIT KDC (1.20 puts a PAC, under AD-IF-RELEVANT, into every ticket). MIT's
 * initiator sends authenticator authorization data (KERB_AP_OPTIONS_CBT under AD-IF-RELEVANT)
 * when {@code client_aware_channel_bindings} is set, which makes it the peer for the
 * authenticator half of the authorization-data inquiry.
 */
class Krb5InquiryMitTest {

  private static final String ENCTYPE = "aes256-cts-hmac-sha1-96";
  private static final String TARGET = "host@server.mit.test";
  private static final byte[] CB = MitGssPeer.utf8("tls-server-end-point:inquiry-test");
  private static final List<Oid> SCALARS = List.of(Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID,
      Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID);

  @Test
  void inquiriesMatchMitOnBothSides() throws Exception {
    try (MitInterop fx = MitInterop.realm(ENCTYPE)
        .krb5Conf("[libdefaults]\n client_aware_channel_bindings = true")
        .serviceTicket() // one ticket for every context
        .withPeer().start()) {
      MitGssPeer peer = fx.peer();
      Glue g = fx.glue();
      CredHandle acceptor = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
      int flags = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CHANNEL_BOUND_FLAG;

      // MIT initiator to MIT acceptor: the reference answers.
      MitGssPeer.Reply t1 = peer.require("init", "ctx", "mi", "name", MitGssPeer.utf8(TARGET),
          "flags", flags, "cb", CB);
      MitGssPeer.Reply r1 = peer.require("accept", "ctx", "ma", "token", t1.bytes("token"),
          "cb", CB);
      peer.require("init", "ctx", "mi", "name", MitGssPeer.utf8(TARGET), "flags", flags,
          "cb", CB, "token", r1.bytes("token"));
      List<byte[]> mitAuthz = MitInterop.inquire(peer, "ma", Krb5Inquiry.authzDataOid(1));
      // The ticket's AD-IF-RELEVANT (the PAC), then the authenticator's (KERB_AP_OPTIONS).
      assertThat(mitAuthz).hasSize(2);
      assertThat(AuthorizationData.decode(mitAuthz.get(0)).entries().get(0).adType())
          .isEqualTo(128);
      assertThat(AuthorizationData.decode(mitAuthz.get(1)).entries().get(0).adType())
          .isEqualTo(143);

      // MIT initiator to GSSKit acceptor: the same answers from GSSKit.
      ContextHandle actx = MitInterop.acceptFromMit(g, acceptor, peer, "mj", TARGET, flags, CB);
      MinorStatus minor = new MinorStatus();
      assertSame(gsskitInquire(g, actx, Krb5Inquiry.authzDataOid(1)), mitAuthz);
      assertThat(gsskitInquire(g, actx, Krb5Inquiry.authzDataOid(128))).isEmpty();
      assertThat(MitInterop.inquire(peer, "ma", Krb5Inquiry.authzDataOid(128))).isEmpty();
      for (Oid oid : SCALARS) {
        assertSame(gsskitInquire(g, actx, oid), MitInterop.inquire(peer, "ma", oid));
        assertSame(gsskitInquire(g, actx, oid), MitInterop.inquire(peer, "mj", oid));
      }
      // python-gssapi's decoders read the same values from MIT as ours from GSSKit.
      assertThat(Krb5Inquiry.decodeInt32(gsskitInquire(g, actx, SCALARS.get(0)).get(0)))
          .isEqualTo((int) peer.require("tkt_flags", "ctx", "ma").number("flags"));
      assertThat(Krb5Inquiry.decodeInt32(gsskitInquire(g, actx, SCALARS.get(1)).get(0)))
          .isEqualTo((int) peer.require("authtime", "ctx", "ma").number("authtime"));

      // GSSKit initiator to MIT acceptor: with client_aware_channel_bindings GSSKit sends the
      // same authenticator authorization data as MIT, and the initiator answers as MIT's
      // initiator does.
      CredHandle initiator = Krb5Fixture.cred(g, Gss.GSS_C_INITIATE, Map.of());
      NameHandle target = Krb5Fixture.name(g, TARGET, Gss.GSS_C_NT_HOSTBASED_SERVICE);
      ContextHandle.Ref ictx = new ContextHandle.Ref();
      Buffer out = new Buffer();
      int major = g.contexts.initSecContext(minor, initiator, ictx, target, Gss.GSS_MECH_KRB5,
          Gss.GSS_C_MUTUAL_FLAG, 0, null, null, null, out, null, null);
      assertThat(major).as(g.status.describe(major, minor))
          .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
      MitGssPeer.Reply r3 = peer.require("accept", "ctx", "mk", "token", out.value());
      out = new Buffer();
      major = g.contexts.initSecContext(minor, initiator, ictx, target, Gss.GSS_MECH_KRB5,
          Gss.GSS_C_MUTUAL_FLAG, 0, null, r3.bytes("token"), null, out, null, null);
      assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertSame(MitInterop.inquire(peer, "mk", Krb5Inquiry.authzDataOid(1)), mitAuthz);
      for (Oid oid : SCALARS) {
        assertSame(gsskitInquire(g, ictx.get(), oid), MitInterop.inquire(peer, "mk", oid));
        assertSame(gsskitInquire(g, ictx.get(), oid), MitInterop.inquire(peer, "mi", oid));
      }
      assertSame(gsskitInquire(g, ictx.get(), Krb5Inquiry.authzDataOid(1)),
          MitInterop.inquire(peer, "mi", Krb5Inquiry.authzDataOid(1)));
      assertThat(gsskitInquire(g, ictx.get(), Krb5Inquiry.authzDataOid(1))).isEmpty();

      // A query without the ad-type arc fails on both.
      MitGssPeer.Reply bad = peer.call("inquire_oid", "ctx", "ma", "oid",
          Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID);
      assertThat(bad.ok()).isFalse();
      assertThat(bad.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
      assertThat(g.contexts.inquireSecContextByOid(minor, actx,
          Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHZ_DATA_FROM_SEC_CONTEXT_OID, new BufferSet()))
          .isEqualTo(GssStatus.GSS_S_FAILURE);
    }
  }

  private static List<byte[]> gsskitInquire(Glue g, ContextHandle ctx, Oid oid) {
    return Krb5InquiryTest.inquireOk(g, ctx, oid).asList();
  }

  private static void assertSame(List<byte[]> ours, List<byte[]> theirs) {
    assertThat(ours).hasSameSizeAs(theirs);
    for (int i = 0; i < ours.size(); i++) {
      assertThat(ours.get(i)).as("buffer " + i).containsExactly(theirs.get(i));
    }
  }
}
