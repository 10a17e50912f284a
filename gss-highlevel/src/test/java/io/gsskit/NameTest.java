package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.exceptions.BadNameException;
import io.gsskit.exceptions.BadNameTypeException;
import io.gsskit.exceptions.NameNotMechanismNameException;
import io.gsskit.exceptions.UnavailableException;
import io.gsskit.ext.NameAttribute;
import io.gsskit.raw.Gss;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameTest {

  @Test
  void importDisplayAndType() {
    Name n = Name.of("alice", NameType.USER);
    assertThat(n.toString()).isEqualTo("alice");
    assertThat(n.toBytes()).isEqualTo("alice".getBytes(StandardCharsets.UTF_8));
    assertThat(n.nameType()).contains(NameType.USER);
    assertThat(n.isMechName()).isFalse();
    assertThat(n.mech()).isEmpty();
    Name svc = Name.hostbasedService("HTTP", "www.example.com");
    assertThat(svc.toString()).isEqualTo("HTTP@www.example.com");
    assertThat(svc.nameType()).contains(NameType.HOSTBASED_SERVICE);
    assertThat(Name.of("bob").nameType()).isEmpty();
  }

  @Test
  void badNamesMapToTheirExceptions() {
    assertThatThrownBy(() -> Name.of("", NameType.USER)).isInstanceOf(BadNameException.class);
    assertThatThrownBy(() -> Name.of("x", NameType.STRING_UID))
        .isInstanceOf(BadNameException.class);
    assertThatThrownBy(() -> Name.importToken(new byte[] {4, 1, 0}))
        .isInstanceOf(BadNameException.class);
    Name odd = Name.of("x", NameType.of(io.gsskit.raw.Oid.of("1.2.3.4.5")));
    assertThatThrownBy(() -> odd.canonicalize(Psk.MECH))
        .isInstanceOf(BadNameTypeException.class);
    assertThatThrownBy(() -> Name.hostbasedService("a@b", "h"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Name.of(null, NameType.USER))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void canonicalizeExportImport() {
    Name n = Name.of("alice", NameType.USER);
    assertThatThrownBy(n::export).isInstanceOf(NameNotMechanismNameException.class);
    Name mn = n.canonicalize(Psk.MECH);
    assertThat(mn.isMechName()).isTrue();
    assertThat(mn.mech()).contains(Psk.MECH);
    byte[] token = mn.export();
    Name back = Name.importToken(token);
    assertThat(back).isEqualTo(mn).isEqualTo(n);
    assertThat(back.hashCode()).isEqualTo(n.hashCode());
    assertThat(back.export()).isEqualTo(token);
    assertThat(n).isNotEqualTo(Name.of("bob", NameType.USER)).isNotEqualTo("alice");
  }

  @Test
  void attributesAreALiveMapAndSurviveCompositeExport() {
    Name mn = Name.of("alice", NameType.USER).canonicalize(Psk.MECH);
    NameAttributes attrs = mn.attributes();
    assertThat(attrs).isEmpty();
    attrs.set("urn:test:role", "admin");
    assertThat(mn.attributes().names()).containsExactly("urn:test:role");
    NameAttribute a = mn.attributes().get("urn:test:role");
    assertThat(a.stringValues(StandardCharsets.UTF_8)).containsExactly("admin");
    assertThat(a.complete()).isTrue();
    assertThat(a.authenticated()).isFalse();
    assertThat(a.displayValues()).containsExactly("admin");
    assertThat(a.toString()).doesNotContain("admin");
    assertThat(attrs.get("absent")).isNull();
    assertThat(attrs.containsKey("urn:test:role")).isTrue();

    Name copy = Name.importCompositeToken(mn.exportComposite());
    assertThat(copy.attributes().get("urn:test:role")).isEqualTo(a);

    Name dup = mn.duplicate();
    assertThat(attrs.remove("urn:test:role")).isEqualTo(a);
    assertThat(attrs).isEmpty();
    assertThat(dup.attributes()).containsOnlyKeys("urn:test:role");
    var it = dup.attributes().entrySet().iterator();
    it.next();
    it.remove();
    assertThat(dup.attributes()).isEmpty();
    assertThatThrownBy(() -> attrs.put("k", NameAttribute.builder().name("other")
        .authenticated(false).complete(true).build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void displayAsIsRfc6680() {
    Name mn = Name.hostbasedService("host", "h.example").canonicalize(Psk.MECH);
    assertThat(mn.displayAs(NameType.HOSTBASED_SERVICE)).isEqualTo("host@h.example");
    Name user = Name.of("alice", NameType.USER).canonicalize(Psk.MECH);
    assertThatThrownBy(() -> user.displayAs(NameType.HOSTBASED_SERVICE))
        .isInstanceOf(UnavailableException.class);
  }

  @Test
  void equalsAndHashCodeAreConsistent() {
    Set<Name> set = new HashSet<>();
    set.add(Name.of("alice", NameType.USER));
    assertThat(set).contains(Name.of("alice", NameType.USER).canonicalize(Psk.MECH));
    assertThat(set).doesNotContain(Name.of("bob", NameType.USER));
  }

  @Test
  void serializesThroughTheExportToken() throws Exception {
    Name mn = Name.of("alice", NameType.USER).canonicalize(Psk.MECH);
    mn.attributes().set("a", "b");
    Name plain = Name.hostbasedService("x", "y");
    for (Name n : new Name[] {mn, plain}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(n);
      }
      try (ObjectInputStream in = new ObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()))) {
        Name back = (Name) in.readObject();
        assertThat(back).isEqualTo(n);
        assertThat(back.toString()).isEqualTo(n.toString());
      }
    }
  }

  @Test
  void fromHandleCopiesTheRawName() {
    NameHandle.Ref raw = new NameHandle.Ref();
    Gss.importName(new MinorStatus(), "carol", Gss.GSS_C_NT_USER_NAME, raw);
    Name n = Name.fromHandle(raw.orElseThrow());
    raw.close();
    assertThat(n.toString()).isEqualTo("carol");
    assertThatThrownBy(() -> Name.fromHandle(raw.get() == null ? released() : raw.get()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(n.handle().isReleased()).isFalse();
  }

  private static NameHandle released() {
    NameHandle.Ref r = new NameHandle.Ref();
    Gss.importName(new MinorStatus(), "x", Gss.GSS_C_NT_USER_NAME, r);
    NameHandle h = r.orElseThrow();
    h.close();
    return h;
  }
}
