package io.gsskit.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The OID decoders ({@link Oid#fromDer}, {@link Oid#fromContent}, {@link Oid#parse}) are total
 * on hostile input and round-trip on valid input. Seeds are printed in assertion messages.
 */
class OidDecodingProperties {

  @Test
  void randomInputNeverThrows() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int i = 0; i < 20000; i++) {
      byte[] b = new byte[r.nextInt(24)];
      r.nextBytes(b);
      if (b.length > 1 && r.nextBoolean()) {
        b[0] = 0x06;
        b[1] = (byte) (b.length - 2 + r.nextInt(3) - 1);
      }
      try {
        Oid.fromDer(b).ifPresent(o -> assertThat(Oid.fromDer(o.toDer())).contains(o));
        Oid.fromContent(b).ifPresent(o -> assertThat(Oid.of(o.toString())).isEqualTo(o));
        Oid.parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " input " + Arrays.toString(b), e);
      }
    }
  }

  @Test
  void everyTruncationOfAValidDerOidIsRejected() {
    byte[] der = Oid.of("1.2.840.113554.1.2.2").toDer();
    for (int cut = 0; cut < der.length; cut++) {
      assertThat(Oid.fromDer(Arrays.copyOf(der, cut))).as("cut %d", cut).isEmpty();
    }
    assertThat(Oid.fromDer(Arrays.copyOf(der, der.length + 1))).isEmpty();
    assertThat(Oid.fromContent(new byte[] {(byte) 0x86})).isEmpty(); // unterminated
    assertThat(Oid.fromContent(new byte[] {0x2a, (byte) 0x80, 0x01})).isEmpty(); // non-minimal
  }

  @Test
  void concatenationIsAValidOid() {
    Oid a = Oid.of("1.3.6.1.4.1.2312.19.1");
    Oid b = Oid.of("1.2.840.113554.1.2.2");
    Oid c = a.concat(b);
    assertThat(c.startsWith(a)).isTrue();
    assertThat(c.contentLength()).isEqualTo(a.contentLength() + b.contentLength());
    assertThat(Oid.fromContent(c.content())).contains(c);
  }
}
