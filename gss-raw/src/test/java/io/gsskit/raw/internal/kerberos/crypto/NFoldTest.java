package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 3961 Appendix A.1 n-fold vectors. */
class NFoldTest {

  @Test
  void rfc3961AppendixA1() {
    int n = 0;
    for (VectorFile.Record r : VectorFile.load("rfc3961/nfold.txt")) {
      byte[] out = NFold.fold(r.bytes("input"), r.integer("bits") / 8);
      assertThat(VectorFile.hex(out)).as(r.toString()).isEqualTo(VectorFile.hex(r.bytes("output")));
      n++;
    }
    assertThat(n).isEqualTo(11);
  }
}
