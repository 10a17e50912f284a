package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.glue.Glue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IOV and AEAD through the mechglue on an established krb5 context pair. */
class Krb5IovAeadTest {

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

  @Test
  void aeadRoundTripAndAadMismatch() {
    Krb5MessagesTest.Pair p = Krb5MessagesTest.establish(glue, fx.service, Krb5MessagesTest.ALL);
    byte[] msg = "the message".getBytes();
    byte[] aad = "associated".getBytes();
    // integrity-only AEAD: AAD covered by the checksum
    Buffer tok = new Buffer();
    MinorStatus minor = new MinorStatus();
    int major = glue.messages.wrapAead(minor, p.init(), false, 0, aad, msg, null, tok);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Buffer out = new Buffer();
    byte[] wrongAad = aad.clone();
    wrongAad[0] ^= 1;
    assertThat(glue.messages.unwrapAead(minor, p.acc(), tok.value(), wrongAad, out, null, null))
        .isEqualTo(GssStatus.GSS_S_BAD_SIG);
    assertThat(glue.messages.unwrapAead(minor, p.acc(), tok.value(), null, out, null, null))
        .isEqualTo(GssStatus.GSS_S_BAD_SIG);
    BooleanHolder cs = new BooleanHolder();
    cs.set(true);
    major = glue.messages.unwrapAead(minor, p.acc(), tok.value(), aad, out, cs, new IntHolder());
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(out.value()).isEqualTo(msg);
    assertThat(cs.get()).isFalse();
    // without AAD an AEAD token is a plain wrap token, sealed or not, both ways
    for (boolean conf : new boolean[] {true, false}) {
      assertThat(glue.messages.wrapAead(minor, p.acc(), conf, 0, null, msg, null, tok))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(glue.messages.unwrap(minor, p.init(), tok.value(), out, null, null))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(out.value()).isEqualTo(msg);
    }
    // sealed with AAD: the MAC covers the AAD (see Rfc4121Iov); the message is encrypted
    cs.set(false);
    assertThat(glue.messages.wrapAead(minor, p.init(), true, 0, aad, msg, cs, tok))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(cs.get()).isTrue();
    assertThat(new String(tok.value())).doesNotContain("the message");
    assertThat(glue.messages.unwrapAead(minor, p.acc(), tok.value(), wrongAad, out, null, null))
        .isEqualTo(GssStatus.GSS_S_BAD_SIG);
    assertThat(glue.messages.unwrap(minor, p.acc(), tok.value(), out, null, null))
        .isEqualTo(GssStatus.GSS_S_BAD_SIG);
    major = glue.messages.unwrapAead(minor, p.acc(), tok.value(), aad, out, cs, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(out.value()).isEqualTo(msg);
    assertThat(cs.get()).isTrue();
  }

  @Test
  void iovThroughTheGlueMatchesPlainUnwrap() {
    Krb5MessagesTest.Pair p = Krb5MessagesTest.establish(glue, fx.service, Krb5MessagesTest.ALL);
    byte[] msg = new byte[300];
    for (boolean conf : new boolean[] {true, false}) {
      IovBuffer h = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER
          | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE);
      IovBuffer d = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, msg.clone());
      IovBuffer t = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER
          | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE);
      MinorStatus minor = new MinorStatus();
      int major = glue.messages.wrapIov(minor, p.init(), conf, 0, null,
          new IovBuffer[] {h, d, t});
      assertThat(major).as(glue.status.describe(major, minor))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      byte[] tok = new byte[h.length() + d.length() + t.length()];
      System.arraycopy(h.array(), h.offset(), tok, 0, h.length());
      System.arraycopy(d.array(), d.offset(), tok, h.length(), d.length());
      System.arraycopy(t.array(), t.offset(), tok, h.length() + d.length(), t.length());
      Buffer out = new Buffer();
      assertThat(glue.messages.unwrap(minor, p.acc(), tok, out, null, null))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(out.value()).isEqualTo(msg);
      h.release();
      t.release();
    }
    // unestablished / bogus arrays through the glue: status codes
    assertThat(glue.messages.wrapIov(new MinorStatus(), p.init(), true, 0, null,
        new IovBuffer[] {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, msg)}))
        .isEqualTo(GssStatus.GSS_S_CALL_BAD_STRUCTURE);
    assertThat(Gss.GSS_C_CONF_FLAG).isNotZero();
  }
}
