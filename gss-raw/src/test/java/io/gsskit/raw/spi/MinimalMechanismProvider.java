package io.gsskit.raw.spi;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.Gss;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.token.InitialContextToken;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mechanism with only names, credentials and a one-leg exchange (the initiator sends its name
 * framed, the acceptor completes), so contexts and credentials exist while every other call is
 * missing.
 */
public final class MinimalMechanismProvider implements MechanismProvider {

  record Name(String text) implements MechName {}

  record Cred(int usage) implements MechCred {}

  static final class Ctx implements MechContext {
    volatile boolean released;

    @Override
    public void release() {
      released = true;
    }
  }

  @Override
  public String name() {
    return "minimal";
  }

  @Override
  public List<Oid> oids() {
    return List.of(TestOids.MINIMAL);
  }

  @Override
  public int priority() {
    return -150;
  }

  @Override
  public Mechanism create(String options) {
    return new Mechanism() {
      @Override
      public int importName(MinorStatus minor, byte[] name, @Nullable Oid nameType,
          Holder<MechName> out) {
        out.set(new Name(new String(name, StandardCharsets.UTF_8)));
        return GSS_S_COMPLETE;
      }

      @Override
      public int displayName(MinorStatus minor, MechName name, StringHolder text,
          OidHolder nameType) {
        text.set(((Name) name).text());
        nameType.set(Gss.GSS_C_NT_USER_NAME);
        return GSS_S_COMPLETE;
      }

      @Override
      public int acquireCred(MinorStatus minor, @Nullable MechName desiredName, int timeReq,
          Oid mech, int credUsage, Holder<MechCred> out, IntHolder timeRec) {
        out.set(new Cred(credUsage));
        return GSS_S_COMPLETE;
      }

      @Override
      public int initSecContext(MinorStatus minor, @Nullable MechCred cred,
          Holder<MechContext> context, MechName target, Oid mech, int reqFlags, int timeReq,
          @Nullable ChannelBindings bindings, byte @Nullable [] inputToken,
          OidHolder actualMech, Buffer outputToken, IntHolder retFlags, IntHolder timeRec) {
        context.set(new Ctx());
        outputToken.set(InitialContextToken.encode(mech,
            ((Name) target).text().getBytes(StandardCharsets.UTF_8)));
        return GSS_S_COMPLETE;
      }

      @Override
      public int acceptSecContext(MinorStatus minor, Holder<MechContext> context,
          @Nullable MechCred cred, byte[] inputToken, @Nullable ChannelBindings bindings,
          Holder<MechName> srcName, OidHolder mechType, Buffer outputToken, IntHolder retFlags,
          IntHolder timeRec, Holder<MechCred> delegatedCred) {
        if (inputToken.length == 0) {
          return GSS_S_DEFECTIVE_TOKEN;
        }
        context.set(new Ctx());
        srcName.set(new Name("initiator"));
        return GSS_S_COMPLETE;
      }
    };
  }
}
