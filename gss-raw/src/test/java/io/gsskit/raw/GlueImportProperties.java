package io.gsskit.raw;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.token.InitialContextToken;
import io.gsskit.raw.spi.Exchange;
import io.gsskit.raw.spi.TestOids;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile input to every call that parses untrusted bytes in the mechglue ({@code importName}
 * with exported names, {@code importSecContext}, {@code importCred}, the first {@code
 * acceptSecContext} token): truncation at every byte, appended bytes, oversized lengths, byte
 * flips and random bytes give defined error statuses, never an exception. Seeds are printed.
 */
class GlueImportProperties {

  private static final Oid MECH = TestOids.BETA;

  private static byte[] exportedName() {
    NameHandle.Ref plain = new NameHandle.Ref();
    NameHandle.Ref mn = new NameHandle.Ref();
    MinorStatus m = new MinorStatus();
    Gss.importName(m, "alice", Gss.GSS_C_NT_USER_NAME, plain);
    Gss.canonicalizeName(m, plain.orElseThrow(), MECH, mn);
    Buffer b = new Buffer();
    assertThat(Gss.exportName(m, mn.orElseThrow(), b)).isEqualTo(GSS_S_COMPLETE);
    return b.value();
  }

  private static byte[] exportedContext() {
    Exchange x = Exchange.establish(MECH);
    Buffer b = new Buffer();
    assertThat(Gss.exportSecContext(new MinorStatus(), x.initiator, b)).isEqualTo(GSS_S_COMPLETE);
    x.close();
    return b.value();
  }

  private static byte[] exportedCred() {
    CredHandle c = Exchange.cred(MECH, Gss.GSS_C_INITIATE, "alice", Exchange.PSK);
    Buffer b = new Buffer();
    assertThat(Gss.exportCred(new MinorStatus(), c, b)).isEqualTo(GSS_S_COMPLETE);
    c.close();
    return b.value();
  }

  private static int importName(byte[] b) {
    return Gss.importName(new MinorStatus(), b, Gss.GSS_C_NT_EXPORT_NAME, new NameHandle.Ref());
  }

  private static int importContext(byte[] b) {
    ContextHandle.Ref r = new ContextHandle.Ref();
    int major = Gss.importSecContext(new MinorStatus(), b, r);
    r.close();
    return major;
  }

  private static int importCred(byte[] b) {
    CredHandle.Ref r = new CredHandle.Ref();
    int major = Gss.importCred(new MinorStatus(), b, r);
    r.close();
    return major;
  }

  @Test
  void truncatedOrExtendedExportedNamesAreBadName() {
    byte[] good = exportedName();
    assertThat(importName(good)).isEqualTo(GSS_S_COMPLETE);
    for (int cut = 0; cut < good.length; cut++) {
      assertThat(importName(Arrays.copyOf(good, cut))).as("cut %d", cut)
          .isEqualTo(GSS_S_BAD_NAME);
    }
    assertThat(importName(Arrays.copyOf(good, good.length + 1))).isEqualTo(GSS_S_BAD_NAME);
    byte[] huge = good.clone();
    int lenAt = good.length - 5 - 4;
    huge[lenAt] = (byte) 0xff; // name length 0xff000005
    assertThat(importName(huge)).isEqualTo(GSS_S_BAD_NAME);
    byte[] oidLen = good.clone();
    oidLen[3]++; // two-byte OID length disagrees with the DER length
    assertThat(importName(oidLen)).isEqualTo(GSS_S_BAD_NAME);
  }

  @Test
  void truncatedOrExtendedContextTokensAreDefective() {
    byte[] good = exportedContext();
    for (int cut = 0; cut < good.length; cut++) {
      assertThat(importContext(Arrays.copyOf(good, cut))).as("cut %d", cut)
          .isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_MECH);
    }
    assertThat(importContext(Arrays.copyOf(good, good.length + 3)))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    byte[] huge = good.clone();
    huge[0] = 0x7f; // OID length 0x7f000009
    assertThat(importContext(huge)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(importContext(good)).isEqualTo(GSS_S_COMPLETE);
  }

  @Test
  void truncatedOrExtendedCredentialTokensAreDefective() {
    byte[] good = exportedCred();
    for (int cut = 0; cut < good.length; cut++) {
      assertThat(importCred(Arrays.copyOf(good, cut))).as("cut %d", cut)
          .isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_MECH);
    }
    assertThat(importCred(Arrays.copyOf(good, good.length + 2)))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(importCred(good)).isEqualTo(GSS_S_COMPLETE);
  }

  @Test
  void malformedFramingAtTheAcceptorIsDefectiveTokenOrBadMech() {
    CredHandle acc = Exchange.cred(MECH, Gss.GSS_C_ACCEPT, null, Exchange.PSK);
    HexFormat hex = HexFormat.of();
    for (String h : new String[] {"60", "6084", "604006", "60400609", "6000", "6080"}) {
      ContextHandle.Ref ctx = new ContextHandle.Ref();
      MinorStatus m = new MinorStatus();
      int major = Gss.acceptSecContext(m, ctx, null, hex.parseHex(h), null, null, null,
          new Buffer(), null, null, null);
      assertThat(major).as(h).isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_MECH);
      assertThat(ctx.isEmpty()).isTrue();
    }
    // A well-framed token for an unknown mechanism.
    assertThat(Gss.acceptSecContext(new MinorStatus(), new ContextHandle.Ref(), acc,
        InitialContextToken.encode(Oid.of("1.2.3.4.5"), new byte[] {1}), null, null, null,
        new Buffer(), null, null, null)).isEqualTo(GSS_S_BAD_MECH);
    // An unframed first token is accepted only when the credential names one mechanism.
    MinorStatus m = new MinorStatus();
    assertThat(Gss.acceptSecContext(m, new ContextHandle.Ref(), null, new byte[] {1, 2}, null,
        null, null, new Buffer(), null, null, null)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(Gss.displayStatus(GSS_S_DEFECTIVE_TOKEN, m))
        .contains("Cannot tell the mechanism of an unframed initial token");
    acc.close();
  }

  @Test
  void randomAndMutatedBytesGiveOnlyStatusCodes() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    byte[][] seeds = {exportedName(), exportedContext(), exportedCred(),
        InitialContextToken.encode(MECH, new byte[] {1, 0, 5})};
    CredHandle acc = Exchange.cred(MECH, Gss.GSS_C_ACCEPT, null, Exchange.PSK);
    for (int i = 0; i < 1500; i++) {
      byte[] b;
      if (r.nextBoolean()) {
        b = seeds[r.nextInt(seeds.length)].clone();
        for (int k = 1 + r.nextInt(3); k > 0 && b.length > 0; k--) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        if (r.nextInt(4) == 0) {
          b = Arrays.copyOf(b, r.nextInt(b.length + 8));
        }
      } else {
        b = new byte[r.nextInt(80)];
        r.nextBytes(b);
      }
      String what = "seed " + seed + " iteration " + i + " input " + HexFormat.of().formatHex(b);
      try {
        for (int major : new int[] {importName(b), importContext(b), importCred(b),
            Gss.importName(new MinorStatus(), b, Gss.GSS_C_NT_COMPOSITE_EXPORT,
                new NameHandle.Ref()),
            Gss.acceptSecContext(new MinorStatus(), new ContextHandle.Ref(), acc, b, null, null,
                null, new Buffer(), null, null, null)}) {
          assertThat(major == GSS_S_COMPLETE || GssStatus.isError(major)
              || GssStatus.isContinueNeeded(major)).as(what).isTrue();
        }
      } catch (RuntimeException e) {
        throw new AssertionError(what, e);
      }
    }
    acc.close();
  }

  @Test
  void importedCredentialsThatAreNotPskAreRejectedByTheMechanism() {
    byte[] t = io.gsskit.raw.spi.GlueTokens.cred(Map.of(MECH, new byte[] {0, 0, 0, 1}));
    assertThat(importCred(t)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
  }
}
