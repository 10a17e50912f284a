package io.gsskit.raw;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_UNAUTHORIZED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.ext.Rfc5587;
import io.gsskit.raw.internal.token.ExportedNameToken;
import io.gsskit.raw.internal.token.GlueContextToken;
import io.gsskit.raw.spi.GlueTokens;
import io.gsskit.raw.spi.TestOids;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every call of RFC 2744 §5 (and the extensions) exists on {@link Gss}, and every call that a
 * mechanism has to implement returns {@code GSS_S_UNAVAILABLE}, without throwing, when the
 * mechanism lacks it: the "minimal" test mechanism has names, credentials and a one-leg exchange
 * and nothing else; the "bare" one has nothing.
 */
class GssCallsTest {

  /** RFC 2744 §5.1–§5.34, transcribed, plus the GSS-API v1 names of §5.15/5.31–5.33 callers. */
  static final List<String> RFC_2744 = List.of(
      "gss_accept_sec_context", "gss_acquire_cred", "gss_add_cred", "gss_add_oid_set_member",
      "gss_canonicalize_name", "gss_compare_name", "gss_context_time",
      "gss_create_empty_oid_set", "gss_delete_sec_context", "gss_display_name",
      "gss_display_status", "gss_duplicate_name", "gss_export_name", "gss_export_sec_context",
      "gss_get_mic", "gss_import_name", "gss_import_sec_context", "gss_indicate_mechs",
      "gss_init_sec_context", "gss_inquire_context", "gss_inquire_cred",
      "gss_inquire_cred_by_mech", "gss_inquire_mechs_for_name", "gss_inquire_names_for_mech",
      "gss_process_context_token", "gss_release_buffer", "gss_release_cred",
      "gss_release_name", "gss_release_oid_set", "gss_test_oid_set_member", "gss_unwrap",
      "gss_verify_mic", "gss_wrap", "gss_wrap_size_limit",
      "gss_sign", "gss_verify", "gss_seal", "gss_unseal");

  /** Extensions: RFC 4401, 5587, 5588, 5801, 6680, MIT/Heimdal. */
  static final List<String> EXTENSIONS = List.of(
      "gss_store_cred", "gss_store_cred_into", "gss_acquire_cred_from", "gss_add_cred_from",
      "gss_get_name_attribute", "gss_set_name_attribute", "gss_delete_name_attribute",
      "gss_inquire_name", "gss_display_name_ext", "gss_export_name_composite",
      "gss_acquire_cred_impersonate_name", "gss_add_cred_impersonate_name",
      "gss_acquire_cred_with_password", "gss_add_cred_with_password", "gss_pseudo_random",
      "gss_indicate_mechs_by_attrs", "gss_inquire_attrs_for_mech", "gss_display_mech_attr",
      "gss_inquire_saslname_for_mech", "gss_inquire_mech_for_saslname",
      "gss_inquire_sec_context_by_oid", "gss_inquire_cred_by_oid",
      "gss_set_sec_context_option", "gssspi_set_cred_option", "gss_wrap_iov",
      "gss_unwrap_iov", "gss_wrap_iov_length", "gss_get_mic_iov", "gss_verify_mic_iov",
      "gss_get_mic_iov_length", "gss_wrap_aead", "gss_unwrap_aead", "gss_export_cred",
      "gss_import_cred", "gss_localname", "gss_userok", "gss_authorize_localname",
      "gss_set_neg_mechs", "gss_get_neg_mechs", "gss_release_buffer_set",
      "gss_release_iov_buffer", "gss_encapsulate_token", "gss_decapsulate_token",
      "gssspi_query_meta_data", "gssspi_exchange_meta_data", "gssspi_query_mechanism_info");

  static String javaName(String c) {
    String[] parts = c.replaceFirst("^gss(spi)?_", "").split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }

  private static Set<String> gssMethods() {
    return Arrays.stream(Gss.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Gss.class)
        .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyRfc2744CallAndExtensionExists() {
    Set<String> methods = gssMethods();
    for (String c : RFC_2744) {
      assertThat(methods).as(c).contains(javaName(c));
    }
    for (String c : EXTENSIONS) {
      assertThat(methods).as(c).contains(javaName(c));
    }
  }

  // ---------------------------------------------------------------------------------------

  private final MinorStatus m = new MinorStatus();
  private final Oid min = TestOids.MINIMAL;
  private final Oid bare = TestOids.BARE;

  private NameHandle name(String s) {
    NameHandle.Ref r = new NameHandle.Ref();
    assertThat(Gss.importName(m, s, Gss.GSS_C_NT_USER_NAME, r)).isEqualTo(GSS_S_COMPLETE);
    return r.orElseThrow();
  }

  private NameHandle mn(String s) {
    NameHandle.Ref r = new NameHandle.Ref();
    assertThat(Gss.canonicalizeName(m, name(s), min, r)).isEqualTo(GSS_S_COMPLETE);
    return r.orElseThrow();
  }

  private CredHandle cred() {
    CredHandle.Ref r = new CredHandle.Ref();
    assertThat(Gss.acquireCred(m, null, 0, OidSet.of(min), 0, r, null, null))
        .isEqualTo(GSS_S_COMPLETE);
    return r.orElseThrow();
  }

  private ContextHandle[] contexts() {
    ContextHandle.Ref i = new ContextHandle.Ref();
    ContextHandle.Ref a = new ContextHandle.Ref();
    Buffer t = new Buffer();
    assertThat(Gss.initSecContext(m, null, i, name("svc"), min, 0, 0, null, null, null, t, null,
        null)).isEqualTo(GSS_S_COMPLETE);
    assertThat(Gss.acceptSecContext(m, a, null, t.value(), null, null, null, new Buffer(), null,
        null, null)).isEqualTo(GSS_S_COMPLETE);
    return new ContextHandle[] {i.orElseThrow(), a.orElseThrow()};
  }

  private static IovBuffer[] iov() {
    return new IovBuffer[] {
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE),
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, new byte[3]),
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE)};
  }

  @Test
  void everyMechanismDispatchedCallReturnsUnavailableWhenTheMechanismLacksIt() {
    ContextHandle[] ctx = contexts();
    ContextHandle c = ctx[0];
    CredHandle cr = cred();
    NameHandle n = mn("alice");
    byte[] msg = {1, 2, 3};
    Map<String, IntSupplier> calls = new LinkedHashMap<>();
    // names
    calls.put("canonicalizeName", () -> Gss.canonicalizeName(m, name("x"), bare,
        new NameHandle.Ref()));
    calls.put("importName", () -> Gss.importName(m,
        ExportedNameToken.encode(false, bare, new byte[] {1}), Gss.GSS_C_NT_EXPORT_NAME,
        new NameHandle.Ref()));
    calls.put("exportName", () -> Gss.exportName(m, n, new Buffer()));
    calls.put("compareName", () -> Gss.compareName(m, n, mn("bob"), new BooleanHolder()));
    calls.put("inquireNamesForMech", () -> Gss.inquireNamesForMech(m, min, new OidSetHolder()));
    calls.put("inquireName", () -> Gss.inquireName(m, n, null, null, null));
    calls.put("getNameAttribute", () -> Gss.getNameAttribute(m, n, "a", null, null, null, null,
        new IntHolder(-1)));
    calls.put("setNameAttribute", () -> Gss.setNameAttribute(m, n, true, "a", msg));
    calls.put("deleteNameAttribute", () -> Gss.deleteNameAttribute(m, n, "a"));
    calls.put("displayNameExt", () -> Gss.displayNameExt(m, n, Gss.GSS_C_NT_USER_NAME,
        new StringHolder()));
    calls.put("exportNameComposite", () -> Gss.exportNameComposite(m, n, new Buffer()));
    calls.put("localname", () -> Gss.localname(m, n, null, new StringHolder()));
    // credentials
    calls.put("acquireCred", () -> Gss.acquireCred(m, null, 0, OidSet.of(bare), 0,
        new CredHandle.Ref(), null, null));
    calls.put("addCred", () -> Gss.addCred(m, cr, null, bare, 0, 0, 0, new CredHandle.Ref(),
        null, null, null));
    calls.put("inquireCred", () -> Gss.inquireCred(m, cr, null, null, null, null));
    calls.put("inquireCredByMech", () -> Gss.inquireCredByMech(m, cr, min, null, null, null,
        null));
    calls.put("storeCred", () -> Gss.storeCred(m, cr, 0, null, true, true, null, null));
    calls.put("storeCredInto", () -> Gss.storeCredInto(m, cr, 0, null, true, true, Map.of(),
        null, null));
    calls.put("acquireCredFrom", () -> Gss.acquireCredFrom(m, null, 0, OidSet.of(min), 0,
        Map.of(), new CredHandle.Ref(), null, null));
    calls.put("addCredFrom", () -> Gss.addCredFrom(m, null, null, min, 0, 0, 0, Map.of(),
        new CredHandle.Ref(), null, null, null));
    calls.put("acquireCredImpersonateName", () -> Gss.acquireCredImpersonateName(m, cr,
        name("u"), 0, OidSet.of(min), 0, new CredHandle.Ref(), null, null));
    calls.put("addCredImpersonateName", () -> Gss.addCredImpersonateName(m, null, cr,
        name("u"), min, 0, 0, 0, new CredHandle.Ref(), null, null, null));
    calls.put("acquireCredWithPassword", () -> Gss.acquireCredWithPassword(m, name("u"), msg, 0,
        OidSet.of(min), 0, new CredHandle.Ref(), null, null));
    calls.put("addCredWithPassword", () -> Gss.addCredWithPassword(m, null, name("u"), min, msg,
        0, 0, 0, new CredHandle.Ref(), null, null, null));
    calls.put("exportCred", () -> Gss.exportCred(m, cr, new Buffer()));
    calls.put("importCred", () -> Gss.importCred(m, GlueTokens.cred(Map.of(min, msg)),
        new CredHandle.Ref()));
    calls.put("inquireCredByOid", () -> Gss.inquireCredByOid(m, cr, Gss.GSS_MECH_KRB5,
        new BufferSet()));
    calls.put("setCredOption", () -> Gss.setCredOption(m, CredHandle.Ref.of(cr),
        Gss.GSS_MECH_KRB5, null));
    calls.put("setNegMechs", () -> Gss.setNegMechs(m, cr, OidSet.of(min)));
    calls.put("getNegMechs", () -> Gss.getNegMechs(m, cr, new OidSetHolder()));
    // contexts
    calls.put("initSecContext", () -> Gss.initSecContext(m, null, new ContextHandle.Ref(),
        name("t"), bare, 0, 0, null, null, null, new Buffer(), null, null));
    calls.put("acceptSecContext", () -> Gss.acceptSecContext(m, new ContextHandle.Ref(), null,
        io.gsskit.raw.internal.token.InitialContextToken.encode(bare, msg), null, null, null,
        new Buffer(), null, null, null));
    calls.put("processContextToken", () -> Gss.processContextToken(m, c, msg));
    calls.put("contextTime", () -> Gss.contextTime(m, c, new IntHolder()));
    calls.put("inquireContext", () -> Gss.inquireContext(m, c, null, null, null, null, null,
        null, null));
    calls.put("wrapSizeLimit", () -> Gss.wrapSizeLimit(m, c, true, 0, 100, new IntHolder()));
    calls.put("exportSecContext", () -> Gss.exportSecContext(m, ContextHandle.Ref.of(c),
        new Buffer()));
    calls.put("importSecContext", () -> Gss.importSecContext(m,
        GlueContextToken.encode(min, msg), new ContextHandle.Ref()));
    calls.put("inquireSecContextByOid", () -> Gss.inquireSecContextByOid(m, c,
        Gss.GSS_MECH_KRB5, new BufferSet()));
    calls.put("setSecContextOption", () -> Gss.setSecContextOption(m, ContextHandle.Ref.of(c),
        Gss.GSS_MECH_KRB5, null));
    calls.put("queryMetaData", () -> Gss.queryMetaData(m, min, null, new ContextHandle.Ref(),
        null, 0, new Buffer()));
    calls.put("exchangeMetaData", () -> Gss.exchangeMetaData(m, min, null,
        new ContextHandle.Ref(), null, 0, msg));
    calls.put("queryMechanismInfo", () -> Gss.queryMechanismInfo(m, min, new Buffer()));
    calls.put("inquireSaslnameForMech", () -> Gss.inquireSaslnameForMech(m, min, null, null,
        null));
    // per-message
    calls.put("getMic", () -> Gss.getMic(m, c, 0, msg, new Buffer()));
    calls.put("verifyMic", () -> Gss.verifyMic(m, c, msg, msg, null));
    calls.put("wrap", () -> Gss.wrap(m, c, true, 0, msg, null, new Buffer()));
    calls.put("unwrap", () -> Gss.unwrap(m, c, msg, new Buffer(), null, null));
    calls.put("sign", () -> Gss.sign(m, c, 0, msg, new Buffer()));
    calls.put("verify", () -> Gss.verify(m, c, msg, msg, null));
    calls.put("seal", () -> Gss.seal(m, c, true, 0, msg, null, new Buffer()));
    calls.put("unseal", () -> Gss.unseal(m, c, msg, new Buffer(), null, null));
    calls.put("wrapIov", () -> Gss.wrapIov(m, c, true, 0, null, iov()));
    calls.put("unwrapIov", () -> Gss.unwrapIov(m, c, null, null, iov()));
    calls.put("wrapIovLength", () -> Gss.wrapIovLength(m, c, true, 0, null, iov()));
    calls.put("getMicIov", () -> Gss.getMicIov(m, c, 0, iov()));
    calls.put("verifyMicIov", () -> Gss.verifyMicIov(m, c, null, iov()));
    calls.put("getMicIovLength", () -> Gss.getMicIovLength(m, c, 0, iov()));
    calls.put("wrapAead", () -> Gss.wrapAead(m, c, true, 0, msg, msg, null, new Buffer()));
    calls.put("unwrapAead", () -> Gss.unwrapAead(m, c, msg, msg, new Buffer(), null, null));
    calls.put("pseudoRandom", () -> Gss.pseudoRandom(m, c, 0, msg, 8, new Buffer()));

    for (Map.Entry<String, IntSupplier> e : calls.entrySet()) {
      int major = e.getValue().getAsInt();
      assertThat(major).as(e.getKey() + ": " + Gss.displayStatus(major, m))
          .isEqualTo(GSS_S_UNAVAILABLE);
    }

    // Calls the mechglue answers itself (or whose fallback is defined), with their results.
    Map<String, Integer> glueOnly = new LinkedHashMap<>();
    glueOnly.put("displayName", Gss.displayName(m, n, new StringHolder(), null));
    glueOnly.put("duplicateName", Gss.duplicateName(m, n, new NameHandle.Ref()));
    glueOnly.put("releaseName", Gss.releaseName(m, NameHandle.Ref.of(name("r"))));
    glueOnly.put("inquireMechsForName", Gss.inquireMechsForName(m, n, new OidSetHolder()));
    glueOnly.put("releaseCred", Gss.releaseCred(m, CredHandle.Ref.of(cred())));
    glueOnly.put("deleteSecContext", Gss.deleteSecContext(m, ContextHandle.Ref.of(ctx[1]),
        null));
    glueOnly.put("displayStatus", Gss.displayStatus(m, 0, 1, null, new IntHolder(),
        new StringHolder()));
    glueOnly.put("indicateMechs", Gss.indicateMechs(m, new OidSetHolder()));
    glueOnly.put("createEmptyOidSet", Gss.createEmptyOidSet(m, new OidSetHolder()));
    glueOnly.put("addOidSetMember", Gss.addOidSetMember(m, min, new OidSetHolder()));
    glueOnly.put("testOidSetMember", Gss.testOidSetMember(m, min, OidSet.empty(),
        new BooleanHolder()));
    glueOnly.put("releaseOidSet", Gss.releaseOidSet(m, new OidSetHolder()));
    glueOnly.put("releaseBuffer", Gss.releaseBuffer(m, new Buffer()));
    glueOnly.put("releaseBufferSet", Gss.releaseBufferSet(m, new BufferSet()));
    glueOnly.put("releaseIovBuffer", Gss.releaseIovBuffer(m, iov()));
    glueOnly.put("encapsulateToken", Gss.encapsulateToken(msg, min, new Buffer()));
    glueOnly.put("decapsulateToken", Gss.decapsulateToken(
        io.gsskit.raw.internal.token.InitialContextToken.encode(min, msg), min, new Buffer()));
    glueOnly.put("inquireAttrsForMech", Gss.inquireAttrsForMech(m, min, new OidSetHolder(),
        null));
    glueOnly.put("indicateMechsByAttrs", Gss.indicateMechsByAttrs(m, null, null, null,
        new OidSetHolder()));
    glueOnly.put("displayMechAttr", Gss.displayMechAttr(m, Rfc5587.GSS_C_MA_MIC, null, null,
        null));
    for (Map.Entry<String, Integer> e : glueOnly.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(GSS_S_COMPLETE);
    }
    assertThat(Gss.authorizeLocalname(m, n, name("alice"))).isEqualTo(GSS_S_UNAUTHORIZED);
    assertThat(Gss.userok(n, "alice")).isFalse();
    assertThat(Gss.inquireMechForSaslname(m, "GS2-NOTHING", new OidHolder()))
        .isEqualTo(GSS_S_BAD_MECH);

    // Every public call of Gss is covered by one of the checks above.
    Set<String> covered = new TreeSet<>(calls.keySet());
    covered.addAll(glueOnly.keySet());
    covered.addAll(List.of("authorizeLocalname", "userok", "inquireMechForSaslname"));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(gssMethods());
  }

  @Test
  void nullArgumentsNeverThrow() throws Exception {
    for (Method method : Gss.class.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() != Gss.class) {
        continue;
      }
      Object[] args = new Object[method.getParameterCount()];
      Class<?>[] types = method.getParameterTypes();
      for (int i = 0; i < args.length; i++) {
        args[i] = types[i] == int.class ? 0 : types[i] == boolean.class ? false : null;
      }
      Object result = method.invoke(null, args);
      if (result instanceof Integer major) {
        assertThat(GssStatus.isError(major) || major == GSS_S_COMPLETE).as(method.getName())
            .isTrue();
      }
    }
  }
}
