package io.gsskit.raw.internal.kerberos.proto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Seeded generator of random, valid instances of every wire type, for property tests. */
final class RandomMessages {

  private static final String[] ALPHABET = {"a", "Z", "0", "/", "@", "\\", " ", "\u00e9",
      "\u65e5", "\ud83d\ude00", "\u0000", "-", "."};

  private final Random rnd;

  RandomMessages(Random rnd) {
    this.rnd = rnd;
  }

  boolean chance() {
    return rnd.nextInt(10) < 6;
  }

  <T> T opt(Supplier<T> s) {
    return chance() ? s.get() : null;
  }

  int int32() {
    return switch (rnd.nextInt(4)) {
      case 0 -> rnd.nextInt(30);
      case 1 -> -rnd.nextInt(200);
      case 2 -> Integer.MIN_VALUE + rnd.nextInt(2) * -1;
      default -> rnd.nextInt();
    };
  }

  long uint32Lenient() {
    return switch (rnd.nextInt(3)) {
      case 0 -> rnd.nextInt() & 0xffff_ffffL;
      case 1 -> rnd.nextInt();
      default -> rnd.nextInt(1000);
    };
  }

  String str(boolean mayBeEmpty) {
    int n = (mayBeEmpty ? 0 : 1) + rnd.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  byte[] bytes(int max) {
    byte[] b = new byte[rnd.nextInt(max + 1)];
    rnd.nextBytes(b);
    return b;
  }

  Instant time() {
    long min = -62167219200L; // 0000-01-01T00:00:00Z
    long max = 253402300799L; // 9999-12-31T23:59:59Z
    return switch (rnd.nextInt(3)) {
      case 0 -> Instant.ofEpochSecond(min + (long) (rnd.nextDouble() * (max - min)));
      case 1 -> Instant.ofEpochSecond(1_600_000_000L + rnd.nextInt(400_000_000));
      default -> rnd.nextBoolean() ? Instant.ofEpochSecond(min) : Instant.ofEpochSecond(max);
    };
  }

  <T> List<T> list(Supplier<T> s, int max) {
    int n = rnd.nextInt(max + 1);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(s.get());
    }
    return out;
  }

  PrincipalName principal() {
    List<String> comps = new ArrayList<>();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      comps.add(str(rnd.nextInt(5) == 0));
    }
    return new PrincipalName(int32(), comps);
  }

  EncryptionKey key() {
    return new EncryptionKey(int32(), bytes(32));
  }

  EncryptedData encData() {
    return new EncryptedData(int32(), opt(this::uint32Lenient), bytes(80));
  }

  Checksum checksum() {
    return new Checksum(int32(), bytes(24));
  }

  HostAddress address() {
    return new HostAddress(int32(), bytes(16));
  }

  PaData paData() {
    return new PaData(int32(), bytes(40));
  }

  AuthorizationData authData() {
    return new AuthorizationData(list(() -> new AuthorizationDataEntry(int32(), bytes(20)), 4));
  }

  Ticket ticket() {
    return new Ticket(str(true), principal(), encData());
  }

  LastReq lastReq() {
    return new LastReq(list(() -> new LastReq.Entry(int32(), time()), 3));
  }

  KdcReqBody kdcReqBody() {
    return new KdcReqBody(rnd.nextInt(), opt(this::principal), str(true), opt(this::principal),
        opt(this::time), time(), opt(this::time), uint32Lenient(), list(this::int32, 6),
        opt(() -> list(this::address, 3)), opt(this::encData),
        opt(() -> list(this::ticket, 2)));
  }

  KdcReq kdcReq() {
    return new KdcReq(rnd.nextBoolean() ? 10 : 12, opt(() -> list(this::paData, 3)),
        kdcReqBody());
  }

  KdcRep kdcRep() {
    return new KdcRep(rnd.nextBoolean() ? 11 : 13, opt(() -> list(this::paData, 3)), str(true),
        principal(), ticket(), encData());
  }

  EncKdcRepPart encKdcRepPart() {
    return new EncKdcRepPart(rnd.nextBoolean() ? 25 : 26, key(), lastReq(), uint32Lenient(),
        opt(this::time), rnd.nextInt(), time(), opt(this::time), time(), opt(this::time),
        str(true), principal(), opt(() -> list(this::address, 2)),
        opt(() -> list(this::paData, 2)));
  }

  EncTicketPart encTicketPart() {
    return new EncTicketPart(rnd.nextInt(), key(), str(true), principal(),
        new TransitedEncoding(int32(), bytes(10)), time(), opt(this::time), time(),
        opt(this::time), opt(() -> list(this::address, 2)), opt(this::authData));
  }

  ApReq apReq() {
    return new ApReq(rnd.nextInt(), ticket(), encData());
  }

  Authenticator authenticator() {
    return new Authenticator(str(true), principal(), opt(this::checksum), int32(), time(),
        opt(this::key), opt(this::uint32Lenient), opt(this::authData));
  }

  EncApRepPart encApRepPart() {
    return new EncApRepPart(time(), int32(), opt(this::key), opt(this::uint32Lenient));
  }

  KrbError krbError() {
    return new KrbError(opt(this::time), opt(this::int32), time(), int32(), int32(),
        opt(() -> str(true)), opt(this::principal), str(true), principal(), opt(() -> str(true)),
        opt(() -> bytes(30)));
  }

  KrbCredInfo krbCredInfo() {
    return new KrbCredInfo(key(), opt(() -> str(true)), opt(this::principal),
        opt(rnd::nextInt), opt(this::time), opt(this::time), opt(this::time), opt(this::time),
        opt(() -> str(true)), opt(this::principal), opt(() -> list(this::address, 2)));
  }

  KrbCred krbCred() {
    return new KrbCred(list(this::ticket, 3), encData());
  }

  EncKrbCredPart encKrbCredPart() {
    return new EncKrbCredPart(list(this::krbCredInfo, 3), opt(this::uint32Lenient),
        opt(this::time), opt(this::int32), opt(this::address), opt(this::address));
  }

  KrbSafe krbSafe() {
    return new KrbSafe(new KrbSafeBody(bytes(30), opt(this::time), opt(this::int32),
        opt(this::uint32Lenient), address(), opt(this::address)), checksum());
  }

  EncKrbPrivPart encKrbPrivPart() {
    return new EncKrbPrivPart(bytes(30), opt(this::time), opt(this::int32),
        opt(this::uint32Lenient), address(), opt(this::address));
  }

  EtypeInfo2 etypeInfo2() {
    return new EtypeInfo2(list(() -> new EtypeInfo2Entry(int32(), opt(() -> str(true)),
        opt(() -> bytes(8))), 4));
  }

  EtypeInfo etypeInfo() {
    return new EtypeInfo(list(() -> new EtypeInfoEntry(int32(), opt(() -> bytes(12))), 4));
  }

  PaForUser paForUser() {
    return new PaForUser(principal(), str(true), checksum(), str(true));
  }

  PaS4uX509User paS4uX509User() {
    return new PaS4uX509User(new S4uUserId(uint32Lenient(), opt(this::principal), str(true),
        opt(() -> bytes(40)), opt(rnd::nextInt)), checksum());
  }

  AdKdcIssued adKdcIssued() {
    return new AdKdcIssued(checksum(), opt(() -> str(true)), opt(this::principal), authData());
  }

  GssChecksumBody gssChecksumBody() {
    byte[] deleg = opt(() -> bytes(60));
    int flags = rnd.nextInt();
    flags = deleg != null ? flags | 1 : flags & ~1;
    return new GssChecksumBody(fixed16(), flags,
        rnd.nextInt(0x10000), deleg,
        list(() -> new GssChecksumBody.Extension(rnd.nextInt(), bytes(10)), 3));
  }

  private byte[] fixed16() {
    byte[] b = new byte[16];
    rnd.nextBytes(b);
    return b;
  }
}
