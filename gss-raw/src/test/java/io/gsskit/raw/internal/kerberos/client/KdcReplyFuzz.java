package io.gsskit.raw.internal.kerberos.client;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import io.gsskit.raw.internal.kerberos.proto.EncKdcRepPart;
import io.gsskit.raw.internal.kerberos.proto.KdcRep;
import io.gsskit.raw.internal.kerberos.proto.KdcReqBody;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the client's reply processing: {@link KdcCaller#decode} (KRB-ERROR
 * or KDC-REP of the expected type, then the error's message via {@link KdcErrors}) and, for a
 * decrypted part, {@link EncKdcRepPart#decode} plus {@link ReplyChecks#check} against the Kerby
 * AS exchange recorded in the proto golden file {@code kerby-kdc.txt}. The only allowed failures
 * are {@link KerberosException} and, for the part's decoder, {@link DerException}. In a normal
 * build they replay {@code KdcReplyFuzzInputs/<method>/}.
 */
class KdcReplyFuzz {

  private static final Map<String, byte[]> GOLDEN = golden();
  private static final KdcRep AS_REP;
  private static final EncKdcRepPart AS_PART;

  static {
    try {
      AS_REP = KdcRep.decode(GOLDEN.get("as-rep"));
      AS_PART = EncKdcRepPart.decode(GOLDEN.get("as-rep-enc-part"));
    } catch (DerException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest
  void reply(byte[] data) {
    for (int type : new int[] {MessageType.AS_REP, MessageType.TGS_REP}) {
      try {
        KdcCaller.Answer a = KdcCaller.decode("FUZZ.TEST", data, "fuzz", type);
        KrbError err = a.error();
        if (err != null) {
          KerberosPrincipal c = new KerberosPrincipal(AS_REP.crealm(), AS_REP.cname());
          KdcErrors.of("FUZZ.TEST", err, c, c).getMessage();
        } else if (a.reply() == null) {
          throw new AssertionError("an answer with neither a reply nor an error");
        }
      } catch (KerberosException expected) {
        // the one defined failure
      }
    }
  }

  @FuzzTest
  void encPart(byte[] data) {
    EncKdcRepPart part;
    try {
      part = EncKdcRepPart.decode(data);
    } catch (DerException expected) {
      return;
    }
    KerberosPrincipal client = new KerberosPrincipal(AS_REP.crealm(), AS_REP.cname());
    KerberosPrincipal server = new KerberosPrincipal(AS_PART.srealm(), AS_PART.sname());
    KdcReqBody body = new KdcReqBody(0, AS_REP.cname(), AS_REP.crealm(), AS_PART.sname(), null,
        AS_PART.endtime().plus(Duration.ofDays(1)), null, AS_PART.nonce(), List.of(17, 18), null,
        null, null);
    EnctypePolicy policy = new EnctypePolicy(List.of(17, 18), List.of(17, 18), List.of(17, 18));
    try {
      ReplyChecks.check(AS_REP.crealm(), AS_REP, part, body,
          new ReplyChecks.Expectation(client, server, 0, false), AS_PART.authtime(),
          Duration.ofMinutes(5), policy).destroy();
    } catch (KerberosException expected) {
      // the one defined failure
    }
  }

  /** Reads {@code Type name: hex} lines (hex continued on indented lines) of kerby-kdc.txt. */
  private static Map<String, byte[]> golden() {
    String path = "/io/gsskit/raw/internal/kerberos/proto/golden/kerby-kdc.txt";
    String text;
    try (InputStream in = KdcReplyFuzz.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, StringBuilder> hex = new LinkedHashMap<>();
    String current = null;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        current = null;
      } else if (Character.isWhitespace(line.charAt(0))) {
        if (current != null) {
          hex.get(current).append(line.strip());
        }
      } else {
        int colon = line.indexOf(':');
        String[] head = line.substring(0, colon).trim().split("\\s+");
        current = head[head.length - 1];
        hex.putIfAbsent(current, new StringBuilder());
        if (hex.get(current).length() > 0) {
          current = null; // a repeated name: keep the first
          continue;
        }
        hex.get(current).append(line.substring(colon + 1).strip());
      }
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    hex.forEach((k, v) -> out.put(k, HexFormat.of().parseHex(v.toString().replace(" ", ""))));
    return out;
  }
}
