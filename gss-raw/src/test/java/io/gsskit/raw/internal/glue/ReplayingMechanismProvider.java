package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CONTINUE_NEEDED;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_OLD_TOKEN;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.spi.Mechanism;
import io.gsskit.raw.spi.MechanismProvider;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A mechanism whose establishment legs answer with the status named by the input token's first
 * byte: 'd' bare DUPLICATE_TOKEN, 'o' bare OLD_TOKEN, 'c' CONTINUE_NEEDED|DUPLICATE_TOKEN, else
 * CONTINUE_NEEDED (init) or COMPLETE (accept). Every leg creates the context if absent and puts
 * an "error token" {@code E} in the output. Counts released contexts.
 */
final class ReplayingMechanismProvider implements MechanismProvider {

  static final Oid OID = Oid.of(io.gsskit.raw.spi.TestOids.ARC + ".33");
  static final AtomicInteger RELEASED = new AtomicInteger();

  @Override
  public String name() {
    return "replaying";
  }

  @Override
  public List<Oid> oids() {
    return List.of(OID);
  }

  private static int leg(Holder<MechContext> context, byte @Nullable [] in, Buffer out,
      int normal) {
    if (context.get() == null) {
      context.set(new MechContext() {
        @Override
        public void release() {
          RELEASED.incrementAndGet();
        }
      });
    }
    out.set(new byte[] {'E'});
    int b = in == null || in.length == 0 ? 0 : in[in.length - 1];
    return switch (b) {
      case 'd' -> GSS_S_DUPLICATE_TOKEN;
      case 'o' -> GSS_S_OLD_TOKEN;
      case 'c' -> GSS_S_CONTINUE_NEEDED | GSS_S_DUPLICATE_TOKEN;
      default -> normal;
    };
  }

  @Override
  public Mechanism create(String options) {
    return new Mechanism() {
      @Override
      public int importName(MinorStatus minor, byte[] name, @Nullable Oid nameType,
          Holder<MechName> out) {
        out.set(new MechName() {});
        return GSS_S_COMPLETE;
      }

      @Override
      public int initSecContext(MinorStatus minor, @Nullable MechCred cred,
          Holder<MechContext> context, MechName target, Oid mech, int reqFlags, int timeReq,
          @Nullable ChannelBindings bindings, byte @Nullable [] inputToken,
          OidHolder actualMech, Buffer outputToken, IntHolder retFlags, IntHolder timeRec) {
        return leg(context, inputToken, outputToken, GSS_S_CONTINUE_NEEDED);
      }

      @Override
      public int acceptSecContext(MinorStatus minor, Holder<MechContext> context,
          @Nullable MechCred cred, byte[] inputToken, @Nullable ChannelBindings bindings,
          Holder<MechName> srcName, OidHolder mechType, Buffer outputToken, IntHolder retFlags,
          IntHolder timeRec, Holder<MechCred> delegatedCred) {
        srcName.set(new MechName() {});
        return leg(context, inputToken, outputToken, GSS_S_COMPLETE);
      }
    };
  }
}
