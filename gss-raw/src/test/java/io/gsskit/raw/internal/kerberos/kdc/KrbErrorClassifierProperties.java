package io.gsskit.raw.internal.kerberos.kdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.kerby.kerberos.kerb.KrbErrorCode;
import org.apache.kerby.kerberos.kerb.type.KerberosTime;
import org.apache.kerby.kerberos.kerb.type.base.KrbError;
import org.apache.kerby.kerberos.kerb.type.base.PrincipalName;
import org.junit.jupiter.api.Test;

/**
 * The reply classifier's KRB-ERROR handling (GSSKit's KrbError decoder) against Apache Kerby's
 * encoder (oracle), and its totality over truncated, flipped and random input.
 */
class KrbErrorClassifierProperties {

  /** The error code as the classifier sees it: the real decoder, empty when malformed. */
  private static OptionalInt code(byte[] der) {
    try {
      return OptionalInt.of(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(der).errorCode());
    } catch (io.gsskit.raw.internal.asn1.DerException e) {
      return OptionalInt.empty();
    }
  }

  private static final long SEED = Long.getLong("gsskit.seed", 0xE44L);

  private static byte[] kerbyError(KrbErrorCode code, boolean ctime) throws Exception {
    KrbError e = new KrbError();
    if (ctime) {
      e.setCtime(new KerberosTime(1_700_000_000_000L));
      e.setCusec(17);
    }
    e.setStime(new KerberosTime(1_700_000_001_000L));
    e.setSusec(99);
    e.setErrorCode(code);
    e.setRealm("EXAMPLE.TEST");
    e.setSname(new PrincipalName("krbtgt/EXAMPLE.TEST@EXAMPLE.TEST"));
    e.setEtext("some text");
    return e.encode();
  }

  @Test
  void readsTheErrorCodeKerbyEncodes() throws Exception {
    for (KrbErrorCode code : KrbErrorCode.values()) {
      for (boolean ctime : new boolean[] {false, true}) {
        byte[] der = kerbyError(code, ctime);
        assertThat(code(der)).as("%s ctime=%s", code, ctime).hasValue(code.getValue());
      }
    }
  }

  @Test
  void handBuiltTestErrorsDecodeInKerby() throws Exception {
    for (int code : new int[] {0, 6, 25, 52, 68, 127, 128, 100_000, -1}) {
      byte[] der = TestDer.krbError(code, "EXAMPLE.TEST", code % 2 == 0);
      KrbError k = new KrbError();
      k.decode(der);
      if (code >= 0 && code <= 68) { // codes Kerby knows (it maps unknown ones to another value)
        assertThat(k.getErrorCode().getValue()).isEqualTo(code);
      }
      assertThat(code(der)).hasValue(code);
    }
  }

  @Test
  void classifierAsksForTcpOnlyForError52OverUdp() throws Exception {
    ReplyClassifier c = ReplyClassifier.kerberos();
    byte[] tooBig = kerbyError(KrbErrorCode.RESPONSE_TOO_BIG, false);
    byte[] preauth = kerbyError(KrbErrorCode.KDC_ERR_PREAUTH_REQUIRED, true);
    assertThat(c.classify(tooBig, KdcProtocol.UDP)).isEqualTo(ReplyClassifier.Verdict.RETRY_OVER_TCP);
    assertThat(c.classify(tooBig, KdcProtocol.TCP)).isEqualTo(ReplyClassifier.Verdict.ACCEPT);
    assertThat(c.classify(preauth, KdcProtocol.UDP)).isEqualTo(ReplyClassifier.Verdict.ACCEPT);
    assertThat(c.classify(new byte[] {0x6b, 0}, KdcProtocol.UDP)).isEqualTo(ReplyClassifier.Verdict.ACCEPT);
    assertThat(c.classify(new byte[] {0x6d, 0}, KdcProtocol.TCP)).isEqualTo(ReplyClassifier.Verdict.ACCEPT);
    assertThat(c.classify(new byte[] {0x6a, 0}, KdcProtocol.UDP)).isEqualTo(ReplyClassifier.Verdict.DISCARD);
    assertThat(c.classify(new byte[] {0x7e}, KdcProtocol.UDP)).isEqualTo(ReplyClassifier.Verdict.DISCARD);
    assertThat(c.classify(new byte[0], KdcProtocol.UDP)).isEqualTo(ReplyClassifier.Verdict.DISCARD);
  }

  @Test
  void everyTruncationYieldsNothing() throws Exception {
    byte[] der = kerbyError(KrbErrorCode.RESPONSE_TOO_BIG, true);
    for (int cut = 0; cut < der.length; cut++) {
      assertThat(code(Arrays.copyOf(der, cut))).as("cut %d", cut).isEmpty();
      assertThat(ReplyClassifier.kerberos().classify(Arrays.copyOf(der, cut), KdcProtocol.UDP))
          .as("cut %d", cut).isEqualTo(ReplyClassifier.Verdict.DISCARD);
    }
  }

  @Test
  void flipsRandomBytesAndOversizedLengthsNeverThrow() throws Exception {
    Random rnd = new Random(SEED);
    byte[] base = kerbyError(KrbErrorCode.RESPONSE_TOO_BIG, true);
    for (int i = 0; i < 50_000; i++) {
      byte[] m;
      switch (i % 4) {
        case 0:
          m = base.clone();
          m[rnd.nextInt(m.length)] ^= (byte) (1 << rnd.nextInt(8));
          break;
        case 1:
          m = new byte[rnd.nextInt(64)];
          rnd.nextBytes(m);
          if (m.length > 0) {
            m[0] = 0x7e;
          }
          break;
        case 2:
          m = base.clone();
          int at = 1 + rnd.nextInt(Math.min(12, m.length - 1));
          m[at] = (byte) (0x80 | rnd.nextInt(8)); // long-form lengths, some with 0 or 5+ octets
          break;
        default:
          m = Arrays.copyOf(base, base.length + 1 + rnd.nextInt(8)); // trailing bytes
      }
      OptionalInt r = code(m);
      ReplyClassifier.kerberos().classify(m, KdcProtocol.UDP);
      assertThat(r).as("seed %d case %d", SEED, i).isNotNull();
    }
  }

  @Test
  void lengthsBeyondTheInputAreRejected() {
    byte[] m = {0x7e, (byte) 0x83, 0x7f, (byte) 0xff, (byte) 0xff, 0x30, 0x00};
    assertThat(code(m)).isEmpty();
    byte[] n = {0x7e, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x30, 0x00};
    assertThat(code(n)).isEmpty();
    byte[] indefinite = {0x7e, (byte) 0x80, 0x30, (byte) 0x80, 0, 0, 0, 0};
    assertThat(code(indefinite)).isEmpty();
  }
}
