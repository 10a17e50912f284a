package io.gsskit.raw;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_BINDINGS;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_GAP_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.spi.Exchange;
import io.gsskit.raw.spi.TestOids;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A whole PSK exchange and message protection through {@link Gss}, on mechanism "beta". */
class PskExchangeTest {

  private static final Oid MECH = TestOids.BETA;
  private static final byte[] MSG = "attack at dawn".getBytes(StandardCharsets.UTF_8);

  @Test
  void establishesInThreeLegsWithNamesFlagsAndMechanism() {
    try (Exchange x = Exchange.establish(MECH)) {
      assertThat(x.legs).isEqualTo(1); // init, accept, init, accept: two loop passes (0 and 1)
      assertThat(x.acceptedMech.get()).isEqualTo(MECH);
      assertThat(x.initFlags.get() & Gss.GSS_C_MUTUAL_FLAG).isNotZero();
      assertThat(x.acceptFlags.get() & Gss.GSS_C_CONF_FLAG).isNotZero();
      StringHolder text = new StringHolder();
      assertThat(Gss.displayName(new MinorStatus(), x.srcName.orElseThrow(), text, null))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(text.get()).isEqualTo("alice");

      MinorStatus minor = new MinorStatus();
      NameHandle.Ref src = new NameHandle.Ref();
      NameHandle.Ref targ = new NameHandle.Ref();
      OidHolder mech = new OidHolder();
      BooleanHolder local = new BooleanHolder();
      BooleanHolder open = new BooleanHolder();
      assertThat(Gss.inquireContext(minor, x.initiator.orElseThrow(), src, targ, null, mech,
          null, local, open)).isEqualTo(GSS_S_COMPLETE);
      assertThat(local.get()).isTrue();
      assertThat(open.get()).isTrue();
      assertThat(mech.get()).isEqualTo(MECH);
      Gss.displayName(minor, targ.orElseThrow(), text, null);
      assertThat(text.get()).isEqualTo("host/server.example");
      IntHolder time = new IntHolder();
      assertThat(Gss.contextTime(minor, x.acceptor.orElseThrow(), time)).isEqualTo(GSS_S_COMPLETE);
      assertThat(time.get()).isEqualTo(Gss.GSS_C_INDEFINITE);
    }
  }

  @Test
  void wrapAndUnwrapBothDirectionsWithAndWithoutConfidentiality() {
    try (Exchange x = Exchange.establish(MECH)) {
      for (boolean conf : new boolean[] {true, false}) {
        assertRoundTrip(x.initiator.orElseThrow(), x.acceptor.orElseThrow(), conf);
        assertRoundTrip(x.acceptor.orElseThrow(), x.initiator.orElseThrow(), conf);
      }
    }
  }

  private static void assertRoundTrip(ContextHandle from, ContextHandle to, boolean conf) {
    MinorStatus minor = new MinorStatus();
    Buffer token = new Buffer();
    BooleanHolder confState = new BooleanHolder();
    assertThat(Gss.wrap(minor, from, conf, 0, MSG, confState, token)).isEqualTo(GSS_S_COMPLETE);
    assertThat(confState.get()).isEqualTo(conf);
    boolean containsPlain = indexOf(token.value(), MSG) >= 0;
    assertThat(containsPlain).isEqualTo(!conf);
    Buffer out = new Buffer();
    BooleanHolder gotConf = new BooleanHolder();
    int major = Gss.unwrap(minor, to, token.value(), out, gotConf, null);
    assertThat(major).as(Gss.displayStatus(major, minor)).isEqualTo(GSS_S_COMPLETE);
    assertThat(out.value()).isEqualTo(MSG);
    assertThat(gotConf.get()).isEqualTo(conf);
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void everyFlippedByteOfAWrapTokenIsRejectedAndAReplayIsReported() {
    try (Exchange x = Exchange.establish(MECH)) {
      MinorStatus minor = new MinorStatus();
      Buffer token = new Buffer();
      Gss.wrap(minor, x.initiator.orElseThrow(), true, 0, MSG, null, token);
      byte[] good = token.value().clone();
      for (int i = 0; i < good.length; i++) {
        byte[] bad = good.clone();
        bad[i] ^= 0x01;
        int major = Gss.unwrap(minor, x.acceptor.orElseThrow(), bad, new Buffer(), null, null);
        assertThat(major).as("flip at %d", i).isIn(GSS_S_BAD_SIG, GSS_S_DEFECTIVE_TOKEN);
      }
      Buffer out = new Buffer();
      assertThat(Gss.unwrap(minor, x.acceptor.orElseThrow(), good, out, null, null))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(Gss.unwrap(minor, x.acceptor.orElseThrow(), good, out, null, null))
          .isEqualTo(GSS_S_DUPLICATE_TOKEN);
      // Skipping a sequence number is reported as a gap, not an error.
      Gss.wrap(minor, x.initiator.orElseThrow(), true, 0, MSG, null, new Buffer());
      Gss.wrap(minor, x.initiator.orElseThrow(), true, 0, MSG, null, token);
      assertThat(Gss.unwrap(minor, x.acceptor.orElseThrow(), token.value(), out, null, null))
          .isEqualTo(GSS_S_GAP_TOKEN);
    }
  }

  @Test
  void micVerifiesAndFailsOnAnyChange() {
    try (Exchange x = Exchange.establish(MECH)) {
      MinorStatus minor = new MinorStatus();
      Buffer mic = new Buffer();
      assertThat(Gss.getMic(minor, x.acceptor.orElseThrow(), 0, MSG, mic))
          .isEqualTo(GSS_S_COMPLETE);
      byte[] other = MSG.clone();
      other[0] ^= 1;
      assertThat(Gss.verifyMic(minor, x.initiator.orElseThrow(), other, mic.value(), null))
          .isEqualTo(GSS_S_BAD_SIG);
      byte[] badTag = mic.value().clone();
      badTag[badTag.length - 1] ^= 1;
      assertThat(Gss.verifyMic(minor, x.initiator.orElseThrow(), MSG, badTag, null))
          .isEqualTo(GSS_S_BAD_SIG);
      assertThat(Gss.displayStatus(GSS_S_BAD_SIG, minor)).contains("beta: bad MAC");
      assertThat(Gss.verifyMic(minor, x.initiator.orElseThrow(), MSG, mic.value(), null))
          .isEqualTo(GSS_S_COMPLETE);
      // v1 aliases are the same calls
      assertThat(Gss.sign(minor, x.acceptor.orElseThrow(), 0, MSG, mic)).isEqualTo(GSS_S_COMPLETE);
      assertThat(Gss.verify(minor, x.initiator.orElseThrow(), MSG, mic.value(), null))
          .isEqualTo(GSS_S_COMPLETE);
    }
  }

  @Test
  void wrongSecretFailsEstablishmentWithAMessageNamingTheMechanism() {
    Exchange x = new Exchange();
    String other = HexFormat.of().formatHex(new byte[32]);
    int major = x.run(Exchange.cred(MECH, Gss.GSS_C_INITIATE, "alice", Exchange.PSK),
        Exchange.cred(MECH, Gss.GSS_C_ACCEPT, null, other), Exchange.service("host@h"), MECH,
        0, null, null);
    assertThat(major).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(Gss.displayStatus(major, x.minor)).isEqualTo("A token was invalid: beta: bad MAC");
    assertThat(x.minor.mech()).isEqualTo(MECH);
    x.close();
  }

  @Test
  void channelBindingsMustMatch() {
    ChannelBindings a = ChannelBindings.ofApplicationData("tls-a".getBytes(StandardCharsets.UTF_8));
    ChannelBindings b = ChannelBindings.ofApplicationData("tls-b".getBytes(StandardCharsets.UTF_8));
    Exchange ok = new Exchange();
    assertThat(ok.run(Exchange.cred(MECH, 1, "alice", Exchange.PSK),
        Exchange.cred(MECH, 2, null, Exchange.PSK), Exchange.service("h@h"), MECH, 0, a, a))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(ok.acceptFlags.get() & Gss.GSS_C_CHANNEL_BOUND_FLAG).isNotZero();
    ok.close();
    Exchange bad = new Exchange();
    assertThat(bad.run(Exchange.cred(MECH, 1, "alice", Exchange.PSK),
        Exchange.cred(MECH, 2, null, Exchange.PSK), Exchange.service("h@h"), MECH, 0, a, b))
        .isEqualTo(GSS_S_BAD_BINDINGS);
    assertThat(bad.acceptor.isEmpty()).isTrue();
    bad.close();
  }

  @Test
  void noCredentialMeansNoCredAndNoContext() {
    Exchange x = new Exchange();
    assertThat(x.run(null, null, Exchange.service("h@h"), MECH, 0, null, null))
        .isEqualTo(GSS_S_NO_CRED);
    assertThat(x.initiator.isEmpty()).isTrue();
    assertThat(Gss.displayStatus(GSS_S_NO_CRED, x.minor)).contains("beta: no shared secret");
  }

  @Test
  void exportedContextsKeepWorkingAfterImport() {
    try (Exchange x = Exchange.establish(MECH)) {
      MinorStatus minor = new MinorStatus();
      Buffer sent = new Buffer();
      Gss.wrap(minor, x.initiator.orElseThrow(), true, 0, MSG, null, sent);
      ContextHandle oldAcceptor = x.acceptor.orElseThrow();
      Buffer token = new Buffer();
      assertThat(Gss.exportSecContext(minor, x.acceptor, token)).isEqualTo(GSS_S_COMPLETE);
      assertThat(x.acceptor.isEmpty()).isTrue();
      assertThat(Gss.unwrap(minor, oldAcceptor, sent.value(), new Buffer(), null, null))
          .isEqualTo(GssStatus.GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT);
      // token = 4-byte OID length, OID content, mechanism token
      byte[] t = token.value();
      assertThat(Arrays.copyOfRange(t, 0, 4)).containsExactly(0, 0, 0, MECH.contentLength());
      assertThat(Arrays.copyOfRange(t, 4, 4 + MECH.contentLength())).isEqualTo(MECH.content());
      ContextHandle.Ref imported = new ContextHandle.Ref();
      assertThat(Gss.importSecContext(minor, t, imported)).isEqualTo(GSS_S_COMPLETE);
      Buffer out = new Buffer();
      assertThat(Gss.unwrap(minor, imported.orElseThrow(), sent.value(), out, null, null))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(out.value()).isEqualTo(MSG);
      // replay state travelled with the context
      assertThat(Gss.unwrap(minor, imported.orElseThrow(), sent.value(), out, null, null))
          .isEqualTo(GSS_S_DUPLICATE_TOKEN);
      imported.close();
    }
  }

  @Test
  void deletedContextIsGoneForEveryHolder() {
    Exchange x = Exchange.establish(MECH);
    ContextHandle h = x.initiator.orElseThrow();
    assertThat(Gss.deleteSecContext(new MinorStatus(), x.initiator, null))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(h.isReleased()).isTrue();
    assertThat(Gss.getMic(new MinorStatus(), h, 0, MSG, new Buffer()) & GSS_S_NO_CONTEXT)
        .isEqualTo(GSS_S_NO_CONTEXT);
    assertThat(Gss.deleteSecContext(new MinorStatus(), ContextHandle.Ref.of(h), null))
        .isEqualTo(GSS_S_NO_CONTEXT);
    x.close();
  }

  @Test
  void aeadAndIovAreSynthesisedFromTheMechanismsIovCalls() {
    try (Exchange x = Exchange.establish(MECH)) {
      MinorStatus minor = new MinorStatus();
      byte[] assoc = "header".getBytes(StandardCharsets.UTF_8);
      Buffer token = new Buffer();
      assertThat(Gss.wrapAead(minor, x.initiator.orElseThrow(), true, 0, assoc, MSG, null, token))
          .isEqualTo(GSS_S_COMPLETE);
      Buffer out = new Buffer();
      byte[] wrongAssoc = "HEADER".getBytes(StandardCharsets.UTF_8);
      assertThat(Gss.unwrapAead(minor, x.acceptor.orElseThrow(), token.value(), wrongAssoc, out,
          null, null)).isEqualTo(GSS_S_BAD_SIG);
      Gss.wrapAead(minor, x.initiator.orElseThrow(), true, 0, assoc, MSG, null, token);
      // Token 0 was rejected, so token 1 arrives after a gap: success with the GAP bit.
      assertThat(Gss.unwrapAead(minor, x.acceptor.orElseThrow(), token.value(), assoc, out,
          null, null)).isEqualTo(GSS_S_GAP_TOKEN);
      assertThat(out.value()).isEqualTo(MSG);

      // Explicit IOV: HEADER | SIGN_ONLY | DATA | PADDING | TRAILER, allocated by the mechanism.
      byte[] data = MSG.clone();
      IovBuffer[] iov = {
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, data),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_PADDING | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE)};
      assertThat(Gss.wrapIov(minor, x.acceptor.orElseThrow(), true, 0, null, iov))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(data).isNotEqualTo(MSG); // encrypted in place
      assertThat(iov[0].hasFlag(Iov.GSS_IOV_BUFFER_FLAG_ALLOCATED)).isTrue();
      IovBuffer[] rx = {
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, iov[0].toByteArray()),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, data),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER, iov[4].toByteArray())};
      assertThat(Gss.unwrapIov(minor, x.initiator.orElseThrow(), null, null, rx))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(data).isEqualTo(MSG); // decrypted in place
      assertThat(Gss.releaseIovBuffer(minor, iov)).isEqualTo(GSS_S_COMPLETE);
      assertThat(iov[0].length()).isZero();

      IovBuffer[] lengths = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, MSG),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER)};
      assertThat(Gss.wrapIovLength(minor, x.initiator.orElseThrow(), true, 0, null, lengths))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(lengths[0].length()).isEqualTo(12);
      assertThat(lengths[2].length()).isEqualTo(16);

      IovBuffer[] mic = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, MSG),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE)};
      assertThat(Gss.getMicIov(minor, x.initiator.orElseThrow(), 0, mic)).isEqualTo(GSS_S_COMPLETE);
      assertThat(Gss.verifyMicIov(minor, x.acceptor.orElseThrow(), null, mic))
          .isEqualTo(GSS_S_COMPLETE);
    }
  }

  @Test
  void pseudoRandomAgreesOnBothSidesAndInquiriesAnswer() {
    try (Exchange x = Exchange.establish(MECH)) {
      MinorStatus minor = new MinorStatus();
      Buffer a = new Buffer();
      Buffer b = new Buffer();
      byte[] in = "prf input".getBytes(StandardCharsets.UTF_8);
      assertThat(Gss.pseudoRandom(minor, x.initiator.orElseThrow(), Gss.GSS_C_PRF_KEY_FULL, in,
          77, a)).isEqualTo(GSS_S_COMPLETE);
      assertThat(Gss.pseudoRandom(minor, x.acceptor.orElseThrow(), Gss.GSS_C_PRF_KEY_FULL, in,
          77, b)).isEqualTo(GSS_S_COMPLETE);
      assertThat(a.value()).hasSize(77).isEqualTo(b.value());
      BufferSet key = new BufferSet();
      assertThat(Gss.inquireSecContextByOid(minor, x.initiator.orElseThrow(),
          Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key)).isEqualTo(GSS_S_COMPLETE);
      assertThat(key.get(0)).hasSize(32);
      IntHolder max = new IntHolder();
      assertThat(Gss.wrapSizeLimit(minor, x.initiator.orElseThrow(), true, 0, 1000, max))
          .isEqualTo(GSS_S_COMPLETE);
      Buffer token = new Buffer();
      Gss.wrap(minor, x.initiator.orElseThrow(), true, 0, new byte[max.get()], null, token);
      assertThat(token.length()).isEqualTo(1000);
    }
  }

  @Test
  void perMessageCallsOnOneContextRunConcurrently() throws Exception {
    try (Exchange x = Exchange.establish(MECH)) {
      ConcurrentLinkedQueue<byte[]> tokens = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      for (int i = 0; i < 200; i++) {
        pool.execute(() -> {
          Buffer t = new Buffer();
          int major = Gss.wrap(new MinorStatus(), x.initiator.orElseThrow(), true, 0, MSG, null,
              t);
          if (major == GSS_S_COMPLETE) {
            tokens.add(t.value());
          }
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(tokens).hasSize(200);
      int ok = 0;
      for (byte[] t : tokens) {
        int major = Gss.unwrap(new MinorStatus(), x.acceptor.orElseThrow(), t, new Buffer(),
            null, null);
        assertThat(GssStatus.isError(major)).isFalse();
        ok++;
      }
      assertThat(ok).isEqualTo(200); // every token had its own sequence number: no duplicates
    }
  }
}
