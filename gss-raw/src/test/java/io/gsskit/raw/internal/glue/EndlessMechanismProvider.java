package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_CONTINUE_NEEDED;

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

/** A mechanism that always wants another token; counts released contexts. */
final class EndlessMechanismProvider implements MechanismProvider {

  static final Oid OID = Oid.of(io.gsskit.raw.spi.TestOids.ARC + ".31");
  static final AtomicInteger RELEASED = new AtomicInteger();

  @Override
  public String name() {
    return "endless";
  }

  @Override
  public List<Oid> oids() {
    return List.of(OID);
  }

  @Override
  public Mechanism create(String options) {
    return new Mechanism() {
      @Override
      public int importName(MinorStatus minor, byte[] name, @Nullable Oid nameType,
          Holder<MechName> out) {
        out.set(new MechName() {});
        return io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
      }

      @Override
      public int initSecContext(MinorStatus minor, @Nullable MechCred cred,
          Holder<MechContext> context, MechName target, Oid mech, int reqFlags, int timeReq,
          @Nullable ChannelBindings bindings, byte @Nullable [] inputToken,
          OidHolder actualMech, Buffer outputToken, IntHolder retFlags, IntHolder timeRec) {
        if (context.get() == null) {
          context.set(new MechContext() {
            @Override
            public void release() {
              RELEASED.incrementAndGet();
            }
          });
        }
        outputToken.set(new byte[] {1});
        return GSS_S_CONTINUE_NEEDED;
      }
    };
  }
}
