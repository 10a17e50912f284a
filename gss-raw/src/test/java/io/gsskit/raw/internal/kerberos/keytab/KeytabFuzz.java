package io.gsskit.raw.internal.kerberos.keytab;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of the keytab decoder; decoded entries must re-encode and decode. */
class KeytabFuzz {

  @FuzzTest
  void decode(byte[] data) throws KeytabException {
    KeytabContents c;
    try {
      c = KeytabCodec.decode(data);
    } catch (KeytabException expected) {
      return;
    }
    if (!KeytabCodec.decode(KeytabCodec.encode(c.entries())).entries().equals(c.entries())) {
      throw new IllegalStateException("re-encoding changed the entries");
    }
  }
}
