/**
 * Kerberos V5 cryptography: the RFC 3961 framework and the encryption types GSSKit implements,
 * built on the JDK's JCE (AES, HMAC-SHA1/SHA-2, PBKDF2 via HMAC, MD5, RC4) and on Bouncy Castle's
 * lightweight API only where the JDK has no algorithm (Camellia, CMAC, MD4).
 *
 * <p>Specifications:
 * <ul>
 *   <li>RFC 3961 — encryption and checksum framework: §5.1 n-fold, DR/DK, §5.3 the simplified
 *       profile (confounder, encrypt, HMAC over the plaintext), §3 PRF;</li>
 *   <li>RFC 3962 — aes128/aes256-cts-hmac-sha1-96 (17, 18): PBKDF2-HMAC-SHA1 string-to-key,
 *       AES in CBC mode with ciphertext stealing (CS3), checksums 15 and 16;</li>
 *   <li>RFC 8009 — aes128-cts-hmac-sha256-128 (19) and aes256-cts-hmac-sha384-192 (20):
 *       KDF-HMAC-SHA2 (SP 800-108 counter mode), encrypt-then-MAC over IV|C, checksums 19, 20;</li>
 *   <li>RFC 6803 — camellia128/256-cts-cmac (25, 26): KDF-FEEDBACK-CMAC, CMAC checksums 17, 18;</li>
 *   <li>RFC 4757 — arcfour-hmac (23, legacy and weak): RC4 with HMAC-MD5, its key-usage
 *       mapping and the hmac-md5 checksum (-138);</li>
 *   <li>RFC 6113 §5.1 — PRF+ and KRB-FX-CF2;</li>
 *   <li>encryption with IOVs (DATA and SIGN_ONLY buffers, {@link
 *       io.gsskit.raw.internal.kerberos.crypto.CryptoIov}) with MIT krb5's
 *       {@code krb5_c_encrypt_iov} semantics, for RFC 4121 IOV/AEAD tokens.</li>
 * </ul>
 *
 * <p>Entry points: {@link io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto} (one-shot calls
 * for cold paths), {@link io.gsskit.raw.internal.kerberos.crypto.UsageKeys} (derived keys and ready
 * ciphers cached per key and usage for the per-message path), the registries
 * {@link io.gsskit.raw.internal.kerberos.crypto.EncType} and
 * {@link io.gsskit.raw.internal.kerberos.crypto.ChecksumType}. Every failure is a
 * {@link io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException} with a reason.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.crypto;

import org.jspecify.annotations.NullMarked;
