package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.Hex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests: random valid instances of every type survive encode/decode with
 * equality and a byte-identical re-encoding; every decoder is total over random bytes and over
 * mutations of valid encodings. Override the seed with {@code -Dgsskit.seed=N}.
 */
class ProtoRoundTripProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x4b7262L);
  private static final int RUNS = 150;

  private static Map<String, Function<RandomMessages, DerEncodable>> generators() {
    Map<String, Function<RandomMessages, DerEncodable>> g = new LinkedHashMap<>();
    g.put("KdcReq", RandomMessages::kdcReq);
    g.put("KdcReqBody", RandomMessages::kdcReqBody);
    g.put("KdcRep", RandomMessages::kdcRep);
    g.put("EncKdcRepPart", RandomMessages::encKdcRepPart);
    g.put("ApReq", RandomMessages::apReq);
    g.put("ApRep", r -> new ApRep(r.encData()));
    g.put("Authenticator", RandomMessages::authenticator);
    g.put("EncApRepPart", RandomMessages::encApRepPart);
    g.put("Ticket", RandomMessages::ticket);
    g.put("EncTicketPart", RandomMessages::encTicketPart);
    g.put("KrbError", RandomMessages::krbError);
    g.put("MethodData", r -> new MethodData(r.list(r::paData, 4)));
    g.put("KrbCred", RandomMessages::krbCred);
    g.put("EncKrbCredPart", RandomMessages::encKrbCredPart);
    g.put("KrbSafe", RandomMessages::krbSafe);
    g.put("KrbPriv", r -> new KrbPriv(r.encData()));
    g.put("EncKrbPrivPart", RandomMessages::encKrbPrivPart);
    g.put("EncryptedData", RandomMessages::encData);
    g.put("EncryptionKey", RandomMessages::key);
    g.put("Checksum", RandomMessages::checksum);
    g.put("PrincipalName", RandomMessages::principal);
    g.put("HostAddress", RandomMessages::address);
    g.put("AuthorizationData", RandomMessages::authData);
    g.put("AdKdcIssued", RandomMessages::adKdcIssued);
    g.put("AdAndOr", r -> new AdAndOr(r.int32(), r.authData()));
    g.put("PaData", RandomMessages::paData);
    g.put("PaEncTsEnc", r -> new PaEncTsEnc(r.time(), r.opt(r::int32)));
    g.put("EtypeInfo", RandomMessages::etypeInfo);
    g.put("EtypeInfo2", RandomMessages::etypeInfo2);
    g.put("PaPacRequest", r -> new PaPacRequest(r.chance()));
    g.put("PaForUser", RandomMessages::paForUser);
    g.put("PaS4uX509User", RandomMessages::paS4uX509User);
    g.put("PaPacOptions", r -> new PaPacOptions(r.int32()));
    g.put("KerbAdRestrictionEntry", r -> new KerbAdRestrictionEntry(r.int32(), r.bytes(20)));
    return g;
  }

  @Test
  void everyTypeIsCovered() {
    assertThat(generators().keySet()).containsExactlyInAnyOrderElementsOf(Codecs.BY_TYPE.keySet());
  }

  @Test
  void randomInstancesRoundTrip() throws DerException {
    Random rnd = new Random(SEED);
    RandomMessages gen = new RandomMessages(rnd);
    for (Map.Entry<String, Function<RandomMessages, DerEncodable>> e : generators().entrySet()) {
      Codecs.Decoder d = Codecs.decoder(e.getKey());
      for (int i = 0; i < RUNS; i++) {
        DerEncodable v = e.getValue().apply(gen);
        byte[] der = v.encode();
        DerEncodable back = d.decode(der);
        String what = e.getKey() + " seed " + SEED + " run " + i + ": " + Hex.of(der);
        assertThat(back).as(what).isEqualTo(v);
        assertThat(back.encode()).as(what).isEqualTo(der);
      }
    }
  }

  @Test
  void gssChecksumBodiesRoundTrip() throws DerException {
    RandomMessages gen = new RandomMessages(new Random(SEED));
    for (int i = 0; i < 2000; i++) {
      GssChecksumBody b = gen.gssChecksumBody();
      byte[] enc = b.encode();
      assertThat(GssChecksumBody.decode(enc)).as("seed %d run %d", SEED, i).isEqualTo(b);
    }
  }

  @Test
  void decodersAreTotalOverRandomBytes() {
    Random rnd = new Random(SEED);
    for (Map.Entry<String, Codecs.Decoder> e : Codecs.BY_TYPE.entrySet()) {
      for (int i = 0; i < 2000; i++) {
        byte[] junk = new byte[rnd.nextInt(48)];
        rnd.nextBytes(junk);
        if (junk.length > 1 && rnd.nextBoolean()) {
          junk[1] = (byte) (junk.length - 2); // plausible outer length
        }
        ProtoHostileInputTest.decodeCleanly(e.getValue(), junk,
            e.getKey() + " seed " + SEED + " run " + i);
      }
    }
    for (int i = 0; i < 5000; i++) {
      byte[] junk = new byte[rnd.nextInt(64)];
      rnd.nextBytes(junk);
      try {
        GssChecksumBody.decode(junk);
      } catch (DerException expected) {
        // defined failure
      }
    }
  }

  @Test
  void mutationsOfRandomEncodingsFailCleanly() {
    Random rnd = new Random(SEED);
    RandomMessages gen = new RandomMessages(rnd);
    for (Map.Entry<String, Function<RandomMessages, DerEncodable>> e : generators().entrySet()) {
      Codecs.Decoder d = Codecs.decoder(e.getKey());
      for (int i = 0; i < 40; i++) {
        byte[] der = e.getValue().apply(gen).encode();
        for (int k = 0; k < 20; k++) {
          byte[] m = der.clone();
          int flips = 1 + rnd.nextInt(3);
          for (int f = 0; f < flips; f++) {
            m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
          }
          ProtoHostileInputTest.decodeCleanly(d, m, e.getKey() + " seed " + SEED);
        }
      }
    }
  }
}
