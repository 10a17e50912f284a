package io.gsskit.raw;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAMETYPE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_NAME_NOT_MN;
import static io.gsskit.raw.GssStatus.GSS_S_UNAUTHORIZED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.spi.TestOids;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Name import, display, compare, canonicalize, export, duplicate, RFC 6680 and localname. */
class NamesTest {

  private static final Oid MECH = TestOids.BETA;

  private static NameHandle imp(String text, Oid type) {
    NameHandle.Ref r = new NameHandle.Ref();
    MinorStatus minor = new MinorStatus();
    int major = Gss.importName(minor, text, type, r);
    assertThat(major).as(Gss.displayStatus(major, minor)).isEqualTo(GSS_S_COMPLETE);
    return r.orElseThrow();
  }

  private static String display(NameHandle n) {
    StringHolder s = new StringHolder();
    assertThat(Gss.displayName(new MinorStatus(), n, s, null)).isEqualTo(GSS_S_COMPLETE);
    return s.get();
  }

  private static NameHandle mn(NameHandle n) {
    NameHandle.Ref out = new NameHandle.Ref();
    assertThat(Gss.canonicalizeName(new MinorStatus(), n, MECH, out)).isEqualTo(GSS_S_COMPLETE);
    return out.orElseThrow();
  }

  @Test
  void hostbasedServiceDefaultsTheHostToTheLocalHostName() throws Exception {
    assertThat(display(imp("HTTP@www.example.com", Gss.GSS_C_NT_HOSTBASED_SERVICE)))
        .isEqualTo("HTTP@www.example.com");
    String local = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
    assertThat(display(imp("host", Gss.GSS_C_NT_HOSTBASED_SERVICE))).isEqualTo("host@" + local);
    OidHolder type = new OidHolder();
    Gss.displayName(new MinorStatus(), imp("nfs", Gss.GSS_C_NT_HOSTBASED_SERVICE),
        new StringHolder(), type);
    assertThat(type.get()).isEqualTo(Gss.GSS_C_NT_HOSTBASED_SERVICE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@host", "svc@", "svc@a@b", "s\u0001vc@h"})
  void malformedHostbasedNamesAreBadName(String text) {
    assertThat(Gss.importName(new MinorStatus(), text, Gss.GSS_C_NT_HOSTBASED_SERVICE,
        new NameHandle.Ref())).isEqualTo(GSS_S_BAD_NAME);
  }

  @Test
  void simpleNameTypesAreValidated() {
    MinorStatus m = new MinorStatus();
    NameHandle.Ref r = new NameHandle.Ref();
    assertThat(Gss.importName(m, "", Gss.GSS_C_NT_USER_NAME, r)).isEqualTo(GSS_S_BAD_NAME);
    assertThat(Gss.importName(m, new byte[] {(byte) 0xff}, Gss.GSS_C_NT_USER_NAME, r))
        .isEqualTo(GSS_S_BAD_NAME);
    assertThat(Gss.importName(m, "1000", Gss.GSS_C_NT_STRING_UID_NAME, r))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(Gss.importName(m, "10x", Gss.GSS_C_NT_STRING_UID_NAME, r))
        .isEqualTo(GSS_S_BAD_NAME);
    assertThat(Gss.importName(m, "4294967296", Gss.GSS_C_NT_STRING_UID_NAME, r))
        .isEqualTo(GSS_S_BAD_NAME);
    byte[] uid = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(1000).array();
    assertThat(Gss.importName(m, uid, Gss.GSS_C_NT_MACHINE_UID_NAME, r))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(display(r.orElseThrow())).isEqualTo("1000");
    assertThat(Gss.importName(m, new byte[3], Gss.GSS_C_NT_MACHINE_UID_NAME, r))
        .isEqualTo(GSS_S_BAD_NAME);
    assertThat(Gss.importName(m, "", Gss.GSS_C_NT_ANONYMOUS, r)).isEqualTo(GSS_S_COMPLETE);
    assertThat(Gss.importName(m, "anything", null, r)).isEqualTo(GSS_S_COMPLETE);
    OidHolder type = new OidHolder();
    Gss.displayName(m, r.orElseThrow(), new StringHolder(), type);
    assertThat(type.get()).isNull();
    assertThat(Gss.importName(null, "x", null, r))
        .isEqualTo(GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE);
    assertThat(Gss.importName(m, (String) null, null, r) & GSS_S_BAD_NAME)
        .isEqualTo(GSS_S_BAD_NAME);
  }

  @Test
  void exportRequiresAnMnAndRoundTrips() {
    NameHandle plain = imp("alice", Gss.GSS_C_NT_USER_NAME);
    assertThat(Gss.exportName(new MinorStatus(), plain, new Buffer()))
        .isEqualTo(GSS_S_NAME_NOT_MN);
    NameHandle mn = mn(plain);
    Buffer token = new Buffer();
    assertThat(Gss.exportName(new MinorStatus(), mn, token)).isEqualTo(GSS_S_COMPLETE);
    NameHandle.Ref back = new NameHandle.Ref();
    assertThat(Gss.importName(new MinorStatus(), token.value(), Gss.GSS_C_NT_EXPORT_NAME, back))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(display(back.orElseThrow())).isEqualTo("alice");
    BooleanHolder isMn = new BooleanHolder();
    OidHolder mech = new OidHolder();
    assertThat(Gss.inquireName(new MinorStatus(), back.orElseThrow(), isMn, mech, null))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(isMn.get()).isTrue();
    assertThat(mech.get()).isEqualTo(MECH);
    OidSetHolder mechs = new OidSetHolder();
    Gss.inquireMechsForName(new MinorStatus(), back.orElseThrow(), mechs);
    assertThat(mechs.get()).isEqualTo(OidSet.of(MECH));
    // An exported name of an unregistered mechanism is BAD_MECH.
    byte[] other = token.value().clone();
    other[other.length - 5 - 4 - 1] ^= 0x10; // last OID byte: "alice", 4-byte length before it
    assertThat(Gss.importName(new MinorStatus(), other, Gss.GSS_C_NT_EXPORT_NAME,
        new NameHandle.Ref())).isEqualTo(GSS_S_BAD_MECH);
  }

  @Test
  void compareNamesOfSameTypeByTextAndOtherwiseThroughAMechanism() {
    BooleanHolder eq = new BooleanHolder();
    MinorStatus m = new MinorStatus();
    assertThat(Gss.compareName(m, imp("alice", Gss.GSS_C_NT_USER_NAME),
        imp("alice", Gss.GSS_C_NT_USER_NAME), eq)).isEqualTo(GSS_S_COMPLETE);
    assertThat(eq.get()).isTrue();
    Gss.compareName(m, imp("alice", Gss.GSS_C_NT_USER_NAME), imp("bob", Gss.GSS_C_NT_USER_NAME),
        eq);
    assertThat(eq.get()).isFalse();
    NameHandle aliceMn = mn(imp("alice", Gss.GSS_C_NT_USER_NAME));
    assertThat(Gss.compareName(m, aliceMn, imp("alice", Gss.GSS_C_NT_USER_NAME), eq))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(eq.get()).isTrue();
    Gss.compareName(m, imp("", Gss.GSS_C_NT_ANONYMOUS), imp("", Gss.GSS_C_NT_ANONYMOUS), eq);
    assertThat(eq.get()).isFalse(); // RFC 2743 §2.4.3
    NameHandle released = imp("x", Gss.GSS_C_NT_USER_NAME);
    Gss.releaseName(m, NameHandle.Ref.of(released));
    assertThat(released.isReleased()).isTrue();
    assertThat(Gss.compareName(m, released, aliceMn, eq) & GSS_S_BAD_NAME)
        .isEqualTo(GSS_S_BAD_NAME);
  }

  @Test
  void canonicalizeRejectsUnknownMechanismsAndTypes() {
    MinorStatus m = new MinorStatus();
    assertThat(Gss.canonicalizeName(m, imp("a", Gss.GSS_C_NT_USER_NAME),
        Oid.of("1.2.3.4.5.6.7"), new NameHandle.Ref())).isEqualTo(GSS_S_BAD_MECH);
    assertThat(Gss.canonicalizeName(m, imp("a", Gss.GSS_C_NT_STRING_UID_NAME.concat(
        Oid.of("1.2"))), MECH, new NameHandle.Ref())).isEqualTo(GSS_S_BAD_NAMETYPE);
    assertThat(Gss.displayStatus(GSS_S_BAD_NAMETYPE, m))
        .isEqualTo("A supplied name was of an unsupported type");
  }

  @Test
  void nameAttributesAreCopiedByDuplicateAndTravelInCompositeExports() {
    MinorStatus m = new MinorStatus();
    NameHandle name = mn(imp("alice", Gss.GSS_C_NT_USER_NAME));
    assertThat(Gss.setNameAttribute(m, name, true, "urn:role", "admin".getBytes()))
        .isEqualTo(GSS_S_COMPLETE);
    NameHandle.Ref dup = new NameHandle.Ref();
    assertThat(Gss.duplicateName(m, name, dup)).isEqualTo(GSS_S_COMPLETE);
    Gss.deleteNameAttribute(m, name, "urn:role");
    IntHolder more = new IntHolder(-1);
    Buffer value = new Buffer();
    StringHolder shown = new StringHolder();
    assertThat(Gss.getNameAttribute(m, name, "urn:role", null, null, value, null, more))
        .isEqualTo(GSS_S_UNAVAILABLE);
    more.set(-1);
    assertThat(Gss.getNameAttribute(m, dup.orElseThrow(), "urn:role", null, null, value, shown,
        more)).isEqualTo(GSS_S_COMPLETE);
    assertThat(shown.get()).isEqualTo("admin");
    assertThat(more.get()).isZero();
    BufferSet attrs = new BufferSet();
    Gss.inquireName(m, dup.orElseThrow(), null, null, attrs);
    assertThat(attrs.strings()).containsExactly("urn:role");

    Buffer composite = new Buffer();
    assertThat(Gss.exportNameComposite(m, dup.orElseThrow(), composite))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(composite.value()[1]).isEqualTo((byte) 2); // 04 02
    NameHandle.Ref back = new NameHandle.Ref();
    assertThat(Gss.importName(m, composite.value(), Gss.GSS_C_NT_EXPORT_NAME, back))
        .isEqualTo(GSS_S_BAD_NAME); // a composite token is not a plain exported name
    assertThat(Gss.importName(m, composite.value(), Gss.GSS_C_NT_COMPOSITE_EXPORT, back))
        .isEqualTo(GSS_S_COMPLETE);
    more.set(-1);
    assertThat(Gss.getNameAttribute(m, back.orElseThrow(), "urn:role", null, null, value, null,
        more)).isEqualTo(GSS_S_COMPLETE);
    assertThat(new String(value.value(), StandardCharsets.UTF_8)).isEqualTo("admin");

    StringHolder ext = new StringHolder();
    NameHandle svc = mn(imp("HTTP@web", Gss.GSS_C_NT_HOSTBASED_SERVICE));
    assertThat(Gss.displayNameExt(m, svc, Gss.GSS_C_NT_HOSTBASED_SERVICE, ext))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(ext.get()).isEqualTo("HTTP@web");
    assertThat(display(svc)).isEqualTo("HTTP/web");
    // Not an MN: no naming extensions.
    assertThat(Gss.setNameAttribute(m, imp("x", Gss.GSS_C_NT_USER_NAME), true, "a",
        new byte[0])).isEqualTo(GSS_S_UNAVAILABLE);
  }

  @Test
  void localnameUserokAndAuthorize() {
    MinorStatus m = new MinorStatus();
    NameHandle alice = mn(imp("alice@EXAMPLE", Gss.GSS_C_NT_USER_NAME));
    StringHolder local = new StringHolder();
    assertThat(Gss.localname(m, alice, null, local)).isEqualTo(GSS_S_COMPLETE);
    assertThat(local.get()).isEqualTo("alice");
    assertThat(Gss.userok(alice, "alice")).isTrue();
    assertThat(Gss.userok(alice, "root")).isFalse();
    assertThat(Gss.authorizeLocalname(m, alice, imp("alice", Gss.GSS_C_NT_USER_NAME)))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(Gss.authorizeLocalname(m, alice, imp("bob", Gss.GSS_C_NT_USER_NAME)))
        .isEqualTo(GSS_S_UNAUTHORIZED);
    assertThat(Gss.userok(null, "alice")).isFalse();
  }

  @Test
  void namesForMechAndMechsForName() {
    OidSetHolder types = new OidSetHolder();
    assertThat(Gss.inquireNamesForMech(new MinorStatus(), MECH, types))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(types.get().contains(Gss.GSS_C_NT_HOSTBASED_SERVICE)).isTrue();
    OidSetHolder mechs = new OidSetHolder();
    Gss.inquireMechsForName(new MinorStatus(), imp("s@h", Gss.GSS_C_NT_HOSTBASED_SERVICE), mechs);
    assertThat(mechs.get().asList()).contains(TestOids.BETA, TestOids.GAMMA)
        .doesNotContain(TestOids.BARE);
  }
}
