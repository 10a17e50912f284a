package io.gsskit.raw.internal.kerberos.ccache;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of the ccache decoder; decoded contents must re-encode and decode. */
class CcacheFuzz {

  @FuzzTest
  void decode(byte[] data) throws CcacheException {
    CcacheContents c;
    try {
      c = CcacheCodec.decode(data);
    } catch (CcacheException expected) {
      return;
    }
    CcacheContents again = CcacheCodec.decode(CcacheCodec.encode(c));
    if (!again.credentials().equals(c.credentials()) || !again.principal().equals(c.principal())) {
      throw new IllegalStateException("re-encoding changed the contents");
    }
  }
}
