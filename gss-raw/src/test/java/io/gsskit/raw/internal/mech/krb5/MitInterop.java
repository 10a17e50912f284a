package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.testsupport.MitGssPeer;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The set-up of GSSKit ↔ MIT krb5 interop tests: an MIT KDC ({@link MitRealm}) with the user
 * {@code alice} (password {@value #ALICE_PASSWORD}) and her ccache from {@code kinit}, service
 * principals with random keys in one keytab ({@code kadmin.local ktadd}), optionally MIT's own
 * GSS library as the other peer ({@link MitGssPeer}), and GSSKit's {@link Krb5Settings},
 * {@link Glue} or {@link Krb5Mechanism} on the same files.
 *
 * <p>Environments: {@link #peerEnv()} is what MIT's library runs with ({@code KRB5CCNAME},
 * {@code KRB5_KTNAME} over the realm's environment); GSSKit gets the same plus
 * {@code KRB5RCACHETYPE=memory} (MIT 1.20 knows no "memory" replay cache, so the peer keeps its
 * file replay cache under {@code KRB5RCACHEDIR}). Skips (or fails under
 * {@code GSSKIT_REQUIRE_MIT=1}) as {@link MitRealm#start} and {@link MitGssPeer#start} do. Not
 * thread-safe.
 */
final class MitInterop implements AutoCloseable {

  /** The default realm. */
  static final String REALM = "MIT.TEST";
  /** alice's password. */
  static final String ALICE_PASSWORD = "alice-pw";
  /** The default service principal, {@code host@server.mit.test} as a host-based name. */
  static final String HOST_SERVICE = "host/server.mit.test";
  /**
   * krb5.conf text for rc4 realms: MIT 1.20 (Debian) issues RC4 session keys only with
   * {@code allow_rc4} (MIT kdc_util.c, select_session_keytype); GSSKit needs
   * {@code allow_weak_crypto} for arcfour-hmac.
   */
  static final String WEAK_RC4 = "[libdefaults]\n allow_weak_crypto = true\n allow_rc4 = true\n";

  private final MitRealm mit;
  private final String alice;
  private final List<String> services;
  private final Path keytab;
  private final Path ccache;
  private final @Nullable MitGssPeer peer;

  private MitInterop(Builder b) {
    mit = MitRealm.start(b.realm, b.enctypes, b.extraKrb5Conf, b.extraKdcConf);
    MitGssPeer started = null;
    try {
      alice = mit.addPrincipal("alice", ALICE_PASSWORD);
      keytab = mit.workDir().resolve("services.keytab");
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, List<String>> s : b.services) {
        String service = mit.addRandKeyPrincipal(s.getKey());
        List<String> enctypes = s.getValue().isEmpty() ? b.enctypes : s.getValue();
        mit.ktadd(keytab, service, enctypes.toArray(String[]::new));
        names.add(service);
      }
      services = List.copyOf(names);
      ccache = mit.workDir().resolve("alice.ccache");
      mit.kinitPassword(alice, ALICE_PASSWORD, "FILE:" + ccache, b.kinitFlags);
      if (b.serviceTicket) {
        mit.kvno(services.get(0), "FILE:" + ccache).requireSuccess();
      }
      if (b.peer) {
        started = MitGssPeer.start(peerEnv());
      }
    } catch (RuntimeException | Error e) {
      mit.close();
      throw e;
    }
    peer = started;
  }

  /**
   * @param enctypes the realm's enctypes (MIT names), also the default keys of every service
   * @return a builder for realm {@value #REALM} with service {@value #HOST_SERVICE} unless
   *     {@link Builder#service} names others
   */
  static Builder realm(String... enctypes) {
    return realm(List.of(enctypes));
  }

  /**
   * @param enctypes the realm's enctypes (MIT names), in the clients' order of preference
   * @return a builder, see {@link #realm(String...)}
   */
  static Builder realm(List<String> enctypes) {
    return new Builder(enctypes);
  }

  /** What to set up; {@link #start} does it. */
  static final class Builder {
    private final List<String> enctypes;
    private final List<Map.Entry<String, List<String>>> services = new ArrayList<>();
    private String realm = REALM;
    private String extraKrb5Conf = "";
    private String extraKdcConf = "";
    private String[] kinitFlags = {};
    private boolean serviceTicket;
    private boolean peer;

    private Builder(List<String> enctypes) {
      this.enctypes = List.copyOf(enctypes);
    }

    /** @return this, for a realm of another name */
    Builder named(String name) {
      realm = name;
      return this;
    }

    /** @return this, with profile text appended to the realm's krb5.conf */
    Builder krb5Conf(String extra) {
      extraKrb5Conf = extra;
      return this;
    }

    /** @return this, with profile text appended to the KDC's kdc.conf */
    Builder kdcConf(String extra) {
      extraKdcConf = extra;
      return this;
    }

    /**
     * Adds a service principal (the first added replaces the default {@value #HOST_SERVICE}).
     *
     * @param principal e.g. {@code host/server.mit.test}
     * @param keyEnctypes the enctypes of its keys in the keytab; none for the realm's
     * @return this
     */
    Builder service(String principal, String... keyEnctypes) {
      services.add(Map.entry(principal, List.of(keyEnctypes)));
      return this;
    }

    /** @return this, with extra {@code kinit} flags such as {@code -f} */
    Builder kinitFlags(String... flags) {
      kinitFlags = flags.clone();
      return this;
    }

    /** @return this, with a ticket for the first service in alice's ccache ({@code kvno}) */
    Builder serviceTicket() {
      serviceTicket = true;
      return this;
    }

    /** @return this, with an MIT peer started on {@link MitInterop#peerEnv()} */
    Builder withPeer() {
      peer = true;
      return this;
    }

    /** @return the running set-up; close it */
    MitInterop start() {
      if (services.isEmpty()) {
        services.add(Map.entry(HOST_SERVICE, List.of()));
      }
      return new MitInterop(this);
    }
  }

  /** @return the MIT realm */
  MitRealm realm() {
    return mit;
  }

  /** @return alice's qualified principal name */
  String alice() {
    return alice;
  }

  /** @return the first service's qualified principal name */
  String service() {
    return services.get(0);
  }

  /** @return the keytab of every service */
  Path keytab() {
    return keytab;
  }

  /** @return alice's ccache (from {@code kinit}) */
  Path ccache() {
    return ccache;
  }

  /** @return the MIT peer started by {@link Builder#withPeer()} */
  MitGssPeer peer() {
    if (peer == null) {
      throw new IllegalStateException("no peer: build with withPeer()");
    }
    return peer;
  }

  /** @return a fresh, mutable copy of the MIT peer's environment */
  Map<String, String> peerEnv() {
    Map<String, String> env = new HashMap<>(mit.environment());
    env.put("KRB5CCNAME", "FILE:" + ccache);
    env.put("KRB5_KTNAME", "FILE:" + keytab);
    return env;
  }

  /**
   * @param profile the profile files, first wins
   * @return {@link #peerEnv()} with {@code KRB5_CONFIG} naming {@code profile}
   */
  Map<String, String> peerEnv(List<Path> profile) {
    Map<String, String> env = peerEnv();
    List<String> names = new ArrayList<>();
    profile.forEach(p -> names.add(p.toString()));
    env.put("KRB5_CONFIG", String.join(":", names));
    return env;
  }

  /**
   * @param extra profile text; empty for none
   * @return the realm's krb5.conf, preceded (its relations win) by a new file with
   *     {@code extra} unless that is empty
   * @throws Exception when the file cannot be written
   */
  List<Path> profileWith(String extra) throws Exception {
    if (extra.isEmpty()) {
      return List.of(mit.krb5Conf());
    }
    Path p = Files.createTempFile(mit.workDir(), "extra", ".conf");
    Files.writeString(p, extra);
    return List.of(p, mit.krb5Conf());
  }

  /**
   * @param env an MIT environment such as {@link #peerEnv()} (not changed)
   * @param profile the profile files GSSKit loads
   * @return GSSKit's settings on {@code env} plus {@code KRB5RCACHETYPE=memory}
   * @throws Exception when the profile does not load
   */
  static Krb5Settings settings(Map<String, String> env, List<Path> profile) throws Exception {
    Map<String, String> ours = new HashMap<>(env);
    ours.put("KRB5RCACHETYPE", "memory");
    return new Krb5Settings(Environment.of(ours, 1000, 1000, "tester"), Clock.systemUTC(),
        new SecureRandom(), Krb5Config.load(profile));
  }

  /** @return GSSKit's settings on {@link #peerEnv()} and the realm's krb5.conf */
  Krb5Settings settings() throws Exception {
    return settings(peerEnv(), List.of(mit.krb5Conf()));
  }

  /** @return a new glue with GSSKit's krb5 mechanism on {@link #settings()} */
  Glue glue() throws Exception {
    return Krb5Fixture.glue(settings());
  }

  /**
   * @param env an MIT environment, e.g. {@link #peerEnv()} with another {@code KRB5CCNAME}
   * @return a new glue on {@code env} and the realm's krb5.conf
   */
  Glue glue(Map<String, String> env) throws Exception {
    return Krb5Fixture.glue(settings(env, List.of(mit.krb5Conf())));
  }

  /** @return a new GSSKit krb5 mechanism on {@link #settings()} */
  Krb5Mechanism mechanism() throws Exception {
    return new Krb5Mechanism(settings());
  }

  @Override
  public void close() {
    try {
      if (peer != null) {
        peer.close();
      }
    } finally {
      mit.close();
    }
  }

  // ------------------------------------------------------------ shared steps of the tests

  /**
   * @param mech the mechanism
   * @param hostBased e.g. {@code host@server.mit.test}
   * @return the mechanism's name for the host-based service
   */
  static MechName hostName(Krb5Mechanism mech, String hostBased) {
    MinorStatus minor = new MinorStatus();
    Holder<MechName> n = new Holder<>();
    assertThat(mech.importName(minor, hostBased.getBytes(StandardCharsets.UTF_8),
        Gss.GSS_C_NT_HOSTBASED_SERVICE, n)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return n.get();
  }

  /** @return the mechanism's default acceptor credential (the keytab) */
  static MechCred acceptorCred(Krb5Mechanism mech) {
    Holder<MechCred> c = new Holder<>();
    assertThat(mech.acquireCred(new MinorStatus(), null, 0, Gss.GSS_MECH_KRB5, Gss.GSS_C_ACCEPT,
        c, new IntHolder())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return c.get();
  }

  /**
   * MIT's initiator (peer context {@code ctx}) to GSSKit's acceptor in two legs, MIT's side
   * complete at the end.
   *
   * @param g GSSKit's glue
   * @param acceptor GSSKit's acceptor credential
   * @param peer the MIT peer
   * @param ctx the peer's context name
   * @param target the host-based service name MIT's initiator asks for
   * @param flags the requested flags
   * @param cb application channel-binding data for both sides, or null for none
   * @return GSSKit's established acceptor context
   */
  static ContextHandle acceptFromMit(Glue g, CredHandle acceptor, MitGssPeer peer, String ctx,
      String target, int flags, byte @Nullable [] cb) {
    return acceptFromMit(g, acceptor, peer, ctx, target, flags, cb, null);
  }

  /** As above, the MIT initiator using its credential {@code initiatorCred} when not null. */
  static ContextHandle acceptFromMit(Glue g, CredHandle acceptor, MitGssPeer peer, String ctx,
      String target, int flags, byte @Nullable [] cb, @Nullable String initiatorCred) {
    List<Object> args = new ArrayList<>(List.of("ctx", ctx, "name", MitGssPeer.utf8(target),
        "flags", flags));
    if (initiatorCred != null) {
      args.addAll(List.of("cred", initiatorCred));
    }
    if (cb != null) {
      args.addAll(List.of("cb", cb));
    }
    MitGssPeer.Reply apReq = peer.require("init", args.toArray());
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref acc = new ContextHandle.Ref();
    Buffer out = new Buffer();
    int major = g.contexts.acceptSecContext(minor, acc, acceptor, apReq.bytes("token"),
        cb == null ? null : ChannelBindings.ofApplicationData(cb), null, null, out, null, null,
        null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    args.addAll(List.of("token", out.value()));
    assertThat(peer.require("init", args.toArray()).number("complete")).isEqualTo(1);
    return acc.get();
  }

  /**
   * @param peer the MIT peer
   * @param ctx its context name
   * @param oid the inquiry
   * @return the buffers of MIT's {@code gss_inquire_sec_context_by_oid}
   */
  static List<byte[]> inquire(MitGssPeer peer, String ctx, Oid oid) {
    MitGssPeer.Reply r = peer.require("inquire_oid", "ctx", ctx, "oid", oid);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < r.number("count"); i++) {
      out.add(r.bytes("buf" + i));
    }
    return out;
  }
}
