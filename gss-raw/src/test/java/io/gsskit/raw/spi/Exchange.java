package io.gsskit.raw.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSet;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Test helper: credentials for the PSK mechanisms and a full init/accept token loop through the
 * public API, so tests read as the application would use {@link Gss}.
 */
public final class Exchange implements AutoCloseable {

  /** A 32-byte secret shared by the initiator and the acceptor. */
  public static final String PSK = HexFormat.of().formatHex(new byte[] {
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
      17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

  public final ContextHandle.Ref initiator = new ContextHandle.Ref();
  public final ContextHandle.Ref acceptor = new ContextHandle.Ref();
  public final NameHandle.Ref srcName = new NameHandle.Ref();
  public final IntHolder initFlags = new IntHolder();
  public final IntHolder acceptFlags = new IntHolder();
  public final OidHolder acceptedMech = new OidHolder();
  public int legs;
  public int lastMajor;
  public final MinorStatus minor = new MinorStatus();

  /** Acquires a PSK credential for one mechanism from a store holding {@code psk}. */
  public static CredHandle cred(Oid mech, int usage, @Nullable String principal, String psk) {
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref name = new NameHandle.Ref();
    if (principal != null) {
      assertThat(Gss.importName(minor, principal, Gss.GSS_C_NT_USER_NAME, name))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
    }
    CredHandle.Ref out = new CredHandle.Ref();
    int major = Gss.acquireCredFrom(minor, name.get(), 0, OidSet.of(mech), usage,
        Map.of("psk", psk), out, null, null);
    assertThat(major).as(Gss.displayStatus(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return out.orElseThrow();
  }

  /** Imports {@code service@host} as a host-based service name. */
  public static NameHandle service(String text) {
    NameHandle.Ref n = new NameHandle.Ref();
    assertThat(Gss.importName(new MinorStatus(), text, Gss.GSS_C_NT_HOSTBASED_SERVICE, n))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return n.orElseThrow();
  }

  /**
   * Runs the token loop until both sides stop asking for more, or a call fails.
   *
   * @return the last major status (COMPLETE on success)
   */
  public int run(@Nullable CredHandle initCred, @Nullable CredHandle acceptCred,
      NameHandle target, Oid mech, int flags, @Nullable ChannelBindings initCb,
      @Nullable ChannelBindings acceptCb) {
    byte[] toAcceptor = null;
    byte[] toInitiator = null;
    boolean initDone = false;
    boolean acceptDone = false;
    for (legs = 0; legs < 20; legs++) {
      if (!initDone) {
        Buffer out = new Buffer();
        lastMajor = Gss.initSecContext(minor, initCred, initiator, target, mech, flags, 0,
            initCb, toInitiator, null, out, initFlags, null);
        if (GssStatus.isError(lastMajor)) {
          return lastMajor;
        }
        initDone = !GssStatus.isContinueNeeded(lastMajor);
        toAcceptor = out.isEmpty() ? null : out.value();
      }
      if (toAcceptor != null) {
        Buffer out = new Buffer();
        lastMajor = Gss.acceptSecContext(minor, acceptor, acceptCred, toAcceptor, acceptCb,
            srcName, acceptedMech, out, acceptFlags, null, null);
        if (GssStatus.isError(lastMajor)) {
          return lastMajor;
        }
        acceptDone = !GssStatus.isContinueNeeded(lastMajor);
        toInitiator = out.isEmpty() ? null : out.value();
        toAcceptor = null;
      }
      if (initDone && acceptDone) {
        return lastMajor;
      }
    }
    return lastMajor;
  }

  /** Establishes a PSK context pair for {@code mech} with fresh credentials. */
  public static Exchange establish(Oid mech) {
    Exchange x = new Exchange();
    int major = x.run(cred(mech, Gss.GSS_C_INITIATE, "alice", PSK),
        cred(mech, Gss.GSS_C_ACCEPT, "host/server.example", PSK),
        service("host@server.example"), mech,
        Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG, null, null);
    assertThat(major).as(Gss.displayStatus(major, x.minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return x;
  }

  @Override
  public void close() {
    initiator.close();
    acceptor.close();
    srcName.close();
  }
}
