package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The enctype and checksum-type registries: numbers, MIT names, sizes, unknown numbers. */
class RegistryTest {

  @Test
  void enctypeNamesAndNumbers() {
    assertThat(EncType.byNumber(17).name()).isEqualTo("aes128-cts-hmac-sha1-96");
    assertThat(EncType.byNumber(18).name()).isEqualTo("aes256-cts-hmac-sha1-96");
    assertThat(EncType.byNumber(19).name()).isEqualTo("aes128-cts-hmac-sha256-128");
    assertThat(EncType.byNumber(20).name()).isEqualTo("aes256-cts-hmac-sha384-192");
    assertThat(EncType.byNumber(23).name()).isEqualTo("arcfour-hmac");
    assertThat(EncType.byNumber(25).name()).isEqualTo("camellia128-cts-cmac");
    assertThat(EncType.byNumber(26).name()).isEqualTo("camellia256-cts-cmac");
    assertThat(EncType.byName("aes256-cts")).contains(EncType.AES256_CTS_HMAC_SHA1_96);
    assertThat(EncType.byName("AES128-SHA2")).contains(EncType.AES128_CTS_HMAC_SHA256_128);
    assertThat(EncType.byName("rc4-hmac")).contains(EncType.ARCFOUR_HMAC);
    assertThat(EncType.byName("camellia256-cts")).contains(EncType.CAMELLIA256_CTS_CMAC);
    assertThat(EncType.byName("18")).contains(EncType.AES256_CTS_HMAC_SHA1_96);
    assertThat(EncType.byName("des3-cbc-sha1")).map(EncType::isSupported).contains(false);
    assertThat(EncType.byName("no-such-enctype")).isEmpty();
    assertThat(EncType.byName("99999999999999")).isEmpty();
  }

  @Test
  void enctypeProperties() {
    assertThat(EncType.AES128_CTS_HMAC_SHA1_96.keyLength()).isEqualTo(16);
    assertThat(EncType.AES256_CTS_HMAC_SHA384_192.keyLength()).isEqualTo(32);
    assertThat(EncType.AES256_CTS_HMAC_SHA1_96.defaultIterations()).isEqualTo(4096);
    assertThat(EncType.AES256_CTS_HMAC_SHA1_96.defaultS2kParams()).containsExactly(0, 0, 0x10, 0);
    assertThat(EncType.AES128_CTS_HMAC_SHA256_128.defaultIterations()).isEqualTo(32768);
    assertThat(EncType.CAMELLIA128_CTS_CMAC.defaultIterations()).isEqualTo(32768);
    assertThat(EncType.ARCFOUR_HMAC.defaultS2kParams()).isEmpty();
    assertThat(EncType.ARCFOUR_HMAC.isWeak()).isTrue();
    assertThat(EncType.AES256_CTS_HMAC_SHA1_96.isWeak()).isFalse();
    assertThat(EncType.AES256_CTS_HMAC_SHA1_96.checksumType())
        .isEqualTo(ChecksumType.HMAC_SHA1_96_AES256);
    assertThat(EncType.CAMELLIA128_CTS_CMAC.checksumType()).isEqualTo(ChecksumType.CMAC_CAMELLIA128);
    assertThat(EncType.ARCFOUR_HMAC.checksumType()).isEqualTo(ChecksumType.HMAC_MD5_ARCFOUR);
    assertThat(EncType.AES256_CTS_HMAC_SHA384_192.prfLength()).isEqualTo(48);
    List<EncType> s = EncType.supported();
    assertThat(s).extracting(EncType::number).containsExactly(18, 17, 20, 19, 26, 25, 23);
  }

  @Test
  void unknownNumbersAreKept() {
    EncType u = EncType.byNumber(-4711);
    assertThat(u.number()).isEqualTo(-4711);
    assertThat(u.isKnown()).isFalse();
    assertThat(u.isSupported()).isFalse();
    assertThat(u).isEqualTo(EncType.byNumber(-4711));
    ChecksumType c = ChecksumType.byNumber(0x8003);
    assertThat(c.number()).isEqualTo(0x8003);
    assertThat(c.isKnown()).isFalse();
    assertThat(EncType.byNumber(1).isKnown()).isTrue();
    assertThat(EncType.byNumber(1).isSupported()).isFalse();
  }

  @Test
  void checksumTypes() {
    assertThat(ChecksumType.byNumber(15).name()).isEqualTo("hmac-sha1-96-aes128");
    assertThat(ChecksumType.byNumber(16).length()).isEqualTo(12);
    assertThat(ChecksumType.byNumber(17).name()).isEqualTo("cmac-camellia128");
    assertThat(ChecksumType.byNumber(20).length()).isEqualTo(24);
    assertThat(ChecksumType.byNumber(-138).name()).isEqualTo("hmac-md5-rc4");
    assertThat(ChecksumType.byName("hmac-md5-arcfour")).isEmpty();
    assertThat(ChecksumType.byName("hmac-md5-enc")).contains(ChecksumType.HMAC_MD5_ARCFOUR);
    assertThat(ChecksumType.CRC32.isKeyed()).isFalse();
    assertThat(ChecksumType.HMAC_SHA1_96_AES256.acceptsKeyOf(EncType.AES256_CTS_HMAC_SHA1_96))
        .isTrue();
    assertThat(ChecksumType.HMAC_SHA1_96_AES256.acceptsKeyOf(EncType.AES128_CTS_HMAC_SHA1_96))
        .isFalse();
    assertThat(ChecksumType.HMAC_MD5_ARCFOUR.acceptsKeyOf(EncType.AES128_CTS_HMAC_SHA1_96))
        .isTrue();
    assertThat(ChecksumType.byNumber(12).isSupported()).isFalse();
  }
}
