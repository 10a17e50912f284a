package io.gsskit.raw;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer targets for the mechglue's untrusted-token entry points. In a normal test run only the
 * committed inputs under {@code GssImportFuzzInputs/} run (regression mode); with {@code
 * JAZZER_FUZZ=1} Jazzer explores further. Every input must give a status code, never an
 * exception.
 */
class GssImportFuzz {

  private static void defined(int major) {
    assertThat(major == GssStatus.GSS_S_COMPLETE || GssStatus.isError(major)).isTrue();
  }

  @FuzzTest
  void importName(byte[] data) {
    NameHandle.Ref out = new NameHandle.Ref();
    defined(Gss.importName(new MinorStatus(), data, Gss.GSS_C_NT_EXPORT_NAME, out));
    defined(Gss.importName(new MinorStatus(), data, Gss.GSS_C_NT_COMPOSITE_EXPORT, out));
    out.close();
  }

  @FuzzTest
  void importSecContext(byte[] data) {
    ContextHandle.Ref out = new ContextHandle.Ref();
    defined(Gss.importSecContext(new MinorStatus(), data, out));
    out.close();
    CredHandle.Ref cred = new CredHandle.Ref();
    defined(Gss.importCred(new MinorStatus(), data, cred));
    cred.close();
  }
}
