package io.gsskit.bench.crypto;

import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeys;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kerby.kerberos.kerb.KrbException;
import org.apache.kerby.kerberos.kerb.crypto.EncTypeHandler;
import org.apache.kerby.kerberos.kerb.crypto.EncryptionHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = encrypt then decrypt (and verify) one message with a cached key and usage
 * (RFC 4121 wrap/unwrap's crypto), for:
 * <ul>
 *   <li>{@code gsskitAes256Sha1}: GSSKit aes256-cts-hmac-sha1-96 with a cached {@link UsageKeys},
 *       into preallocated buffers;</li>
 *   <li>{@code gsskitAes256Sha384}: GSSKit aes256-cts-hmac-sha384-192, the same way;</li>
 *   <li>{@code kerbyAes256Sha1}: Kerby's {@code EncTypeHandler.encrypt/decrypt} (it derives the
 *       usage keys and looks up ciphers on every call);</li>
 *   <li>{@code rawJceCbcHmacSha1}: the floor — JCE AES-256-CBC plus HMAC-SHA1 over the same
 *       bytes with cached Cipher/Mac and no Kerberos framing (no confounder, no CTS), with
 *       {@code doFinal} as JCE code usually does;</li>
 *   <li>{@code rawJceCbcHmacSha1Update}: the same, decrypting with {@code update} (no staging copy
 *       in the JDK's CBC decryption), the stricter floor.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KerberosCryptoBench {

  private static final int USAGE = 24;

  @Param({"1024", "1048576"})
  public int size;

  private byte[] plain;
  private byte[] cipherSha1;
  private byte[] cipherSha384;
  private byte[] decrypted;
  private UsageKeys sha1;
  private UsageKeys sha384;
  private EncTypeHandler kerby;
  private byte[] kerbyKey;
  private Cipher rawEnc;
  private Cipher rawDec;
  private Mac rawMac;
  private byte[] rawCipher;
  private byte[] rawTag;
  private byte[] rawTag2;

  @Setup(Level.Trial)
  public void setUp() throws KrbCryptoException, KrbException, GeneralSecurityException {
    Random rnd = new Random(42);
    plain = new byte[size];
    rnd.nextBytes(plain);
    byte[] k32 = new byte[32];
    rnd.nextBytes(k32);
    sha1 = UsageKeys.create(new KerberosKey(EncType.AES256_CTS_HMAC_SHA1_96, k32), USAGE);
    sha384 = UsageKeys.create(new KerberosKey(EncType.AES256_CTS_HMAC_SHA384_192, k32), USAGE);
    cipherSha1 = new byte[sha1.encryptedLength(size)];
    cipherSha384 = new byte[sha384.encryptedLength(size)];
    decrypted = new byte[size];
    kerby = EncryptionHandler.getEncHandler(18);
    kerbyKey = k32.clone();
    SecretKeySpec aes = new SecretKeySpec(k32, "AES");
    IvParameterSpec iv = new IvParameterSpec(new byte[16]);
    rawEnc = Cipher.getInstance("AES/CBC/NoPadding");
    rawEnc.init(Cipher.ENCRYPT_MODE, aes, iv);
    rawDec = Cipher.getInstance("AES/CBC/NoPadding");
    rawDec.init(Cipher.DECRYPT_MODE, aes, iv);
    rawMac = Mac.getInstance("HmacSHA1");
    rawMac.init(new SecretKeySpec(k32, 0, 20, "HmacSHA1"));
    rawCipher = new byte[size];
    rawTag = new byte[20];
    rawTag2 = new byte[20];
  }

  @Benchmark
  public byte[] gsskitAes256Sha1() throws KrbCryptoException {
    sha1.encrypt(plain, 0, size, cipherSha1, 0);
    sha1.decrypt(cipherSha1, 0, cipherSha1.length, decrypted, 0);
    return decrypted;
  }

  @Benchmark
  public byte[] gsskitAes256Sha384() throws KrbCryptoException {
    sha384.encrypt(plain, 0, size, cipherSha384, 0);
    sha384.decrypt(cipherSha384, 0, cipherSha384.length, decrypted, 0);
    return decrypted;
  }

  @Benchmark
  public byte[] kerbyAes256Sha1() throws KrbException {
    byte[] ct = kerby.encrypt(plain, kerbyKey, USAGE);
    return kerby.decrypt(ct, kerbyKey, USAGE);
  }

  /** Sizes here are multiples of the block size, so plain CBC needs no padding. */
  @Benchmark
  public byte[] rawJceCbcHmacSha1() throws GeneralSecurityException {
    rawMac.update(plain, 0, size);
    rawMac.doFinal(rawTag, 0);
    rawEnc.doFinal(plain, 0, size, rawCipher, 0);
    rawDec.doFinal(rawCipher, 0, size, decrypted, 0);
    rawMac.update(decrypted, 0, size);
    rawMac.doFinal(rawTag2, 0);
    if (!MessageDigest.isEqual(rawTag, rawTag2)) {
      throw new IllegalStateException("MAC mismatch");
    }
    return decrypted;
  }

  @Benchmark
  public byte[] rawJceCbcHmacSha1Update() throws GeneralSecurityException {
    rawMac.update(plain, 0, size);
    rawMac.doFinal(rawTag, 0);
    rawEnc.doFinal(plain, 0, size, rawCipher, 0);
    rawDec.update(rawCipher, 0, size, decrypted, 0);
    rawDec.doFinal(rawTag2, 0);
    rawMac.update(decrypted, 0, size);
    rawMac.doFinal(rawTag2, 0);
    if (!MessageDigest.isEqual(rawTag, rawTag2)) {
      throw new IllegalStateException("MAC mismatch");
    }
    return decrypted;
  }
}
