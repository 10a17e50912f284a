package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code [libdefaults] enforce_ok_as_delegate} against MIT krb5 1.20 (a real MIT KDC, one
 * service with {@code +ok_as_delegate} and one without): with it, a request for
 * {@code GSS_C_DELEG_FLAG} delegates only to the OK-AS-DELEGATE service, as
 * {@code GSS_C_DELEG_POLICY_FLAG} would; GSSKit's initiator reports the same flags as MIT's for
 * the same krb5.conf, and MIT's acceptor receives a delegated credential exactly when GSSKit says
 * it delegated. A relation in a realm subsection of {@code [libdefaults]} is ignored by both.
 */
class Krb5EnforceOkAsDelegateMitTest {

  private static final String ENCTYPE = "aes256-cts-hmac-sha384-192";
  private static final String SERVER = "host@server.mit.test";
  private static final String SECOND = "host@second.mit.test";
  private static final int REQ = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_FLAG;
  private static final int DELEG_BITS = Gss.GSS_C_DELEG_FLAG | Gss.GSS_C_DELEG_POLICY_FLAG;

  static MitInterop fx;

  @BeforeAll
  static void start() {
    fx = MitInterop.realm(ENCTYPE).service("host/server.mit.test")
        .service("host/second.mit.test").kinitFlags("-f").start();
    fx.realm().kadmin("modprinc +ok_as_delegate " + fx.service()).requireSuccess();
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  /** Per service: GSSKit's init flags, MIT's init flags, whether MIT's acceptor got a cred. */
  private static Map<String, List<Object>> run(String extra) throws Exception {
    List<Path> profile = fx.profileWith(extra);
    Map<String, String> env = fx.peerEnv(profile);
    Glue g = Krb5Fixture.glue(MitInterop.settings(env, profile));
    Map<String, List<Object>> out = new LinkedHashMap<>();
    try (MitGssPeer peer = MitGssPeer.start(env)) {
      int n = 0;
      for (String service : List.of(SERVER, SECOND)) {
        n++;
        NameHandle target = Krb5Fixture.name(g, service, Gss.GSS_C_NT_HOSTBASED_SERVICE);
        MinorStatus minor = new MinorStatus();
        Buffer tok = new Buffer();
        IntHolder flags = new IntHolder();
        int major = g.contexts.initSecContext(minor, null, new ContextHandle.Ref(), target,
            Gss.GSS_MECH_KRB5, REQ, 0, null, null, null, tok, flags, null);
        assertThat(major).as(g.status.describe(major, minor))
            .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
        MitGssPeer.Reply accepted = peer.require("accept", "ctx", "a" + n, "token", tok.value(),
            "deleg", "d" + n);
        long mitFlags = peer.require("init", "ctx", "i" + n, "name", MitGssPeer.utf8(service),
            "flags", REQ).number("flags");
        out.put(service, List.of(flags.get() & DELEG_BITS, (int) mitFlags & DELEG_BITS,
            accepted.has("delegated")));
      }
    }
    return out;
  }

  @Test
  void delegFlagBecomesThePolicyFlagAsInMit() throws Exception {
    Map<String, List<Object>> enforced = run("[libdefaults]\n enforce_ok_as_delegate = true\n");
    // [gsskit flags, MIT flags, MIT acceptor got a credential]
    assertThat(enforced.get(SERVER)).containsExactly(DELEG_BITS, DELEG_BITS, true);
    assertThat(enforced.get(SECOND)).containsExactly(0, 0, false);

    Map<String, List<Object>> unset = run("");
    assertThat(unset.get(SERVER)).containsExactly(Gss.GSS_C_DELEG_FLAG, Gss.GSS_C_DELEG_FLAG,
        true);
    assertThat(unset.get(SECOND)).containsExactly(Gss.GSS_C_DELEG_FLAG, Gss.GSS_C_DELEG_FLAG,
        true);
    assertThat(run("[libdefaults]\n enforce_ok_as_delegate = false\n")).isEqualTo(unset);
  }

  @Test
  void aRealmSubsectionIsIgnoredAsByMit() throws Exception {
    Map<String, List<Object>> sub = run("[libdefaults]\n MIT.TEST = {\n"
        + "  enforce_ok_as_delegate = true\n }\n");
    assertThat(sub.get(SECOND)).containsExactly(Gss.GSS_C_DELEG_FLAG, Gss.GSS_C_DELEG_FLAG,
        true);
  }
}
