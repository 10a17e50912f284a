package io.gsskit.raw.internal.kerberos.ccache;

import static io.gsskit.raw.internal.kerberos.ccache.Golden.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemoryCcacheTest {

  @Test
  void processGlobalNamedCaches() throws Exception {
    String name = "MEMORY:" + UUID.randomUUID();
    CredentialCache a = CredentialCaches.resolve(name);
    assertThat(a.exists()).isFalse();
    assertThat(catchThrowableOfType(CcacheException.class, a::principal).kind())
        .isEqualTo(Kind.NOT_FOUND);
    a.initialize(principal("alice@R"));
    a.store(FileCcacheTest.cred("alice@R", "b@R", 18, 9));
    CredentialCache b = CredentialCaches.resolve(name);
    assertThat(b.principal()).hasToString("alice@R");
    assertThat(b.retrieve(principal("b@R"), 18)).isPresent();
    assertThat(b.name()).isEqualTo(name);
    assertThat(b.type()).isEqualTo("MEMORY");
  }

  @Test
  void destroyZeroesOnlyTheCachesOwnKeys() throws Exception {
    String name = "MEMORY:" + UUID.randomUUID();
    CredentialCache cc = CredentialCaches.resolve(name);
    cc.initialize(principal("alice@R"));
    Credential stored = FileCcacheTest.cred("alice@R", "b@R", 18, 9);
    cc.store(stored);
    Credential fetched = cc.retrieve(principal("b@R"), 0).orElseThrow();
    assertThat(cc.destroy()).isTrue();
    assertThat(fetched.key().keyValue()).containsExactly(1, 2, 3, 18);
    assertThat(stored.key().keyValue()).containsExactly(1, 2, 3, 18);
    assertThat(cc.exists()).isFalse();
    assertThat(cc.destroy()).isFalse();
    CredentialCache fresh = CredentialCaches.resolve(name);
    assertThat(fresh).isNotSameAs(cc);
    assertThat(fresh.exists()).isFalse();
  }
}
