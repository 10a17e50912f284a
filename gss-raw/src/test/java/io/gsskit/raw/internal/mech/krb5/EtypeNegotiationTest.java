package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.Hex;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link EtypeNegotiation} on its own: MIT's {@code make_etype_list}/{@code make_ap_authdata}
 * (initiator), {@code decode_etype_list} and {@code negotiate_etype} (acceptor), the AP-REP
 * subkey rule of {@code accept_sec_context.c}, and the bounded {@code EtypeList} parser under
 * random, truncated, flipped and oversized input.
 */
class EtypeNegotiationTest {

  private static final long SEED = Long.getLong("gsskit.seed", new Random().nextLong());

  static AuthorizationDataEntry list(int... etypes) {
    return new AuthorizationDataEntry(129, EtypeNegotiation.encode(
        Arrays.stream(etypes).boxed().toList()));
  }

  static AuthorizationData ifRelevant(AuthorizationDataEntry... inner) {
    return new AuthorizationData(List.of(new AuthorizationDataEntry(1,
        new AuthorizationData(List.of(inner)).encode())));
  }

  @Test
  void theInitiatorSendsAListOnlyWhenItPrefersAnotherEnctype() {
    assertThat(EtypeNegotiation.initiatorList(List.of(18, 17, 23), 18)).isNull();
    assertThat(EtypeNegotiation.initiatorList(List.of(), 23)).isNull();
    // cut after the session key's enctype (RFC 4537 §3: it must be last if included)
    assertThat(EtypeNegotiation.initiatorList(List.of(18, 17, 23, 26), 23))
        .containsExactly(18, 17, 23);
    assertThat(EtypeNegotiation.initiatorList(List.of(20, 18), 23)).containsExactly(20, 18);
  }

  @Test
  void oneAdIfRelevantHoldsTheListThenTheCbtOptions() {
    assertThat(EtypeNegotiation.apAuthdata(null, false)).isNull();
    // RFC 4537 §3 EtypeList [aes256-cts-hmac-sha1-96, rc4-hmac]
    assertThat(Hex.of(EtypeNegotiation.encode(List.of(18, 23)))).isEqualTo("3006020112020117");
    AuthorizationData both = EtypeNegotiation.apAuthdata(List.of(18, 23), true);
    assertThat(both.entries()).hasSize(1);
    assertThat(both.entries().get(0).adType()).isEqualTo(1);
    assertThat(ifRelevant(list(18, 23), ApOptionsCbt.optionsEntry())).isEqualTo(both);
    assertThat(EtypeNegotiation.apAuthdata(null, true))
        .isEqualTo(ifRelevant(ApOptionsCbt.optionsEntry()));
    assertThat(EtypeNegotiation.apAuthdata(List.of(18, 23), false))
        .isEqualTo(ifRelevant(list(18, 23)));
  }

  @Test
  void theAcceptorFindsTheFirstListAtTopLevelOrOneContainerDeep() throws Exception {
    assertThat(EtypeNegotiation.requested(null)).isEmpty();
    assertThat(EtypeNegotiation.requested(new AuthorizationData(List.of()))).isEmpty();
    assertThat(EtypeNegotiation.requested(new AuthorizationData(List.of(list(18, 23)))))
        .containsExactly(18, 23);
    assertThat(EtypeNegotiation.requested(ifRelevant(ApOptionsCbt.optionsEntry(), list(17)))
        ).containsExactly(17);
    // first found wins, later ones (even malformed) are not looked at
    assertThat(EtypeNegotiation.requested(new AuthorizationData(List.of(
        new AuthorizationDataEntry(1, new AuthorizationData(List.of(list(20), list(19)))
            .encode()), list(18), new AuthorizationDataEntry(129, new byte[] {1}))))
        ).containsExactly(20);
    // a container that does not decode is skipped
    assertThat(EtypeNegotiation.requested(new AuthorizationData(List.of(
        new AuthorizationDataEntry(1, new byte[] {0x30, 0x05, 0x02}),
        new AuthorizationDataEntry(1, new AuthorizationData(List.of(list(26))).encode())))))
        .containsExactly(26);
    // two containers deep is not looked at (MIT decodes one level)
    AuthorizationData deep = new AuthorizationData(List.of(new AuthorizationDataEntry(1,
        ifRelevant(list(18)).encode())));
    assertThat(EtypeNegotiation.requested(deep)).isEmpty();
    // an empty list is no list
    assertThat(EtypeNegotiation.requested(ifRelevant(list()))).isEmpty();
  }

  @Test
  void aMalformedListIsMitsAsn1Error() {
    byte[][] bad = {
        {},                                          // nothing
        {0x04, 0x00},                                // not a SEQUENCE
        {0x30, 0x03, 0x04, 0x01, 0x12},              // an element that is not an INTEGER
        {0x30, 0x07, 0x02, 0x05, 0x01, 0, 0, 0, 0},  // an INTEGER outside Int32
        {0x30, 0x04, 0x02, 0x02, 0x00, 0x12},        // a non-minimal INTEGER
        {0x30, 0x03, 0x02, 0x01},                    // truncated
        {0x30, 0x03, 0x02, 0x01, 0x12, 0x00},        // trailing byte
        {0x30, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, // huge length
    };
    for (byte[] b : bad) {
      AuthorizationData ad = ifRelevant(new AuthorizationDataEntry(129, b));
      assertThatThrownBy(() -> EtypeNegotiation.requested(ad)).as(Hex.of(b))
          .isInstanceOfSatisfying(AuthenticatorDataInvalid.class, e -> {
            assertThat(e.wire).isEqualTo(KerberosErrorCode.KRB_ERR_GENERIC);
            assertThat(e.minorCode).isIn(KerberosLocalError.ASN1_OVERRUN.mitCode(),
                KerberosLocalError.ASN1_BAD_ID.mitCode(),
                KerberosLocalError.ASN1_BAD_FORMAT.mitCode(),
                KerberosLocalError.ASN1_BAD_LENGTH.mitCode());
          });
    }
  }

  @Test
  void theListIsCappedAtMaxEtypes() throws Exception {
    List<Integer> max = new ArrayList<>();
    for (int i = 0; i < EtypeNegotiation.MAX_ETYPES; i++) {
      max.add(i);
    }
    assertThat(EtypeNegotiation.decode(EtypeNegotiation.encode(max))).isEqualTo(max);
    List<Integer> over = new ArrayList<>(max);
    over.add(18);
    assertThatThrownBy(() -> EtypeNegotiation.decode(EtypeNegotiation.encode(over)))
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(DerException.Reason.TOO_LARGE));
    assertThatThrownBy(() -> EtypeNegotiation.requested(ifRelevant(
        new AuthorizationDataEntry(129, EtypeNegotiation.encode(over)))))
        .isInstanceOfSatisfying(AuthenticatorDataInvalid.class, e -> assertThat(e.minorCode)
            .isEqualTo(KerberosLocalError.ASN1_OVERFLOW.mitCode()));
  }

  @Test
  void negotiationTakesTheAcceptorsFirstPermittedEnctypeTheInitiatorOffers() throws Exception {
    List<Integer> permitted = List.of(18, 17, 20, 19, 23, 26, 25);
    // rc4 ticket, MIT initiator's list: upgraded to aes256
    assertThat(EtypeNegotiation.negotiate(List.of(18, 17, 23), 23, 23, permitted)).isEqualTo(18);
    // the acceptor's order wins over the initiator's
    assertThat(EtypeNegotiation.negotiate(List.of(25, 19, 18), 23, 23, permitted)).isEqualTo(18);
    // unknown, negative, weak-not-permitted and duplicate entries are ignored
    assertThat(EtypeNegotiation.negotiate(List.of(-133, 9999, 1, 3, 24, 19, 19, 23), 23, 23,
        permitted)).isEqualTo(19);
    assertThat(EtypeNegotiation.negotiate(List.of(-133, 9999, 1), 23, 23, permitted))
        .isEqualTo(23);
    // no list: the subkey's or the session key's enctype, whichever the acceptor prefers
    assertThat(EtypeNegotiation.negotiate(List.of(), 18, 18, permitted)).isEqualTo(18);
    assertThat(EtypeNegotiation.negotiate(List.of(), null, 17, permitted)).isEqualTo(17);
    assertThat(EtypeNegotiation.negotiate(List.of(), 17, 18, permitted)).isEqualTo(18);
    // an offered enctype the acceptor does not permit is never chosen
    assertThat(EtypeNegotiation.negotiate(List.of(20), 17, 17, List.of(17, 20 + 100)))
        .isEqualTo(17);
  }

  @Test
  void theSubkeyAndSessionEnctypesMustBePermitted() {
    List<Integer> aesOnly = List.of(18, 17);
    for (Integer[] c : new Integer[][] {{23, 23}, {null, 23}, {23, 18}, {19, 18}}) {
      assertThatThrownBy(() -> EtypeNegotiation.negotiate(List.of(18), c[0], c[1], aesOnly))
          .as(Arrays.toString(c))
          .isInstanceOfSatisfying(AuthenticatorDataInvalid.class, e -> {
            assertThat(e.minorCode).isEqualTo(KerberosLocalError.KRB5_NOPERM_ETYPE.mitCode());
            assertThat(e.getMessage()).contains("not permitted");
          });
    }
  }

  @Test
  void theApRepSubkeyFollowsMitsAcceptSecContext() {
    // RFC 4121 context key: always a subkey, of the negotiated enctype
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(18, 18, 18, false)).isEqualTo(18);
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(17, 17, 18, false)).isEqualTo(18);
    // rc4 context key: only for a newer negotiated enctype, or DCE_STYLE
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(23, 23, 23, false)).isZero();
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(23, 23, 18, false)).isEqualTo(18);
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(23, 23, 24, false)).isZero();
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(23, 18, 23, false)).isZero();
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(23, 23, 23, true)).isEqualTo(23);
    assertThat(EtypeNegotiation.acceptorSubkeyEnctype(23, 23, 18, true)).isEqualTo(18);
  }

  // ------------------------------------------------------------------ properties

  @Test
  void theParserIsTotalOverRandomAndMutatedInput() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 3000; i++) {
      byte[] b;
      if (i % 3 == 0) {
        b = new byte[rnd.nextInt(24)];
        rnd.nextBytes(b);
        if (b.length > 0 && rnd.nextBoolean()) {
          b[0] = 0x30;
        }
      } else {
        List<Integer> l = new ArrayList<>();
        int n = rnd.nextInt(10);
        for (int k = 0; k < n; k++) {
          l.add(rnd.nextInt(5) == 0 ? rnd.nextInt() : rnd.nextInt(30) - 3);
        }
        byte[] good = EtypeNegotiation.encode(l);
        decodeDefined(good, "seed " + SEED + " list " + l, l);
        b = good.clone();
        if (i % 3 == 1) {
          b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
        } else {
          b = Arrays.copyOf(b, b.length + 1 + rnd.nextInt(3)); // trailing bytes
        }
      }
      decodeDefined(b, "seed " + SEED + " input " + Hex.of(b), null);
    }
  }

  @Test
  void everyTruncationIsADefinedError() {
    byte[] good = EtypeNegotiation.encode(List.of(18, 17, 20, 19, -135, 0x7FFFFFFF, 23));
    for (int len = 0; len < good.length; len++) {
      byte[] cut = Arrays.copyOf(good, len);
      assertThatThrownBy(() -> EtypeNegotiation.decode(cut)).as("length " + len)
          .isInstanceOf(DerException.class);
    }
  }

  @Test
  void oversizedLengthsAreRefusedBeforeAllocating() {
    for (byte[] b : new byte[][] {
        {0x30, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x02},
        {0x30, 0x06, 0x02, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
        {0x30, (byte) 0x83, 0x01, 0x00, 0x00}}) {
      assertThatThrownBy(() -> EtypeNegotiation.decode(b)).as(Hex.of(b))
          .isInstanceOf(DerException.class);
    }
  }

  @Test
  void theFinderIsTotalOverRandomAuthorizationData() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 3000; i++) {
      AuthorizationData ad = randomAd(rnd, 0);
      try {
        List<Integer> l = EtypeNegotiation.requested(ad);
        assertThat(l.size()).as("seed " + SEED).isLessThanOrEqualTo(EtypeNegotiation.MAX_ETYPES);
        EtypeNegotiation.negotiate(l, rnd.nextBoolean() ? 18 : null, 18, List.of(18, 17));
      } catch (AuthenticatorDataInvalid e) {
        assertThat(e.minorCode).as("seed " + SEED).isNotZero();
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + SEED + ": " + ad, e);
      }
    }
  }

  private static AuthorizationData randomAd(Random rnd, int depth) {
    List<AuthorizationDataEntry> entries = new ArrayList<>();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      int pick = rnd.nextInt(5);
      if (pick == 0 && depth < 4) {
        entries.add(new AuthorizationDataEntry(1, randomAd(rnd, depth + 1).encode()));
      } else if (pick == 1) {
        byte[] junk = new byte[rnd.nextInt(8)];
        rnd.nextBytes(junk);
        entries.add(new AuthorizationDataEntry(rnd.nextBoolean() ? 1 : 129, junk));
      } else if (pick == 2) {
        List<Integer> l = new ArrayList<>();
        for (int k = rnd.nextInt(5); k > 0; k--) {
          l.add(rnd.nextInt(30));
        }
        entries.add(new AuthorizationDataEntry(129, EtypeNegotiation.encode(l)));
      } else {
        byte[] v = new byte[rnd.nextInt(6)];
        rnd.nextBytes(v);
        entries.add(new AuthorizationDataEntry(rnd.nextInt(300) - 20, v));
      }
    }
    return new AuthorizationData(entries);
  }

  private static void decodeDefined(byte[] b, String what, List<Integer> expected) {
    try {
      List<Integer> got = EtypeNegotiation.decode(b);
      if (expected != null) {
        assertThat(got).as(what).isEqualTo(expected);
      }
    } catch (DerException e) {
      assertThat(expected).as(what + ": a valid list must decode").isNull();
    } catch (RuntimeException e) {
      throw new AssertionError(what, e);
    }
  }
}
