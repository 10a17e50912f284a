package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Oid;
import io.gsskit.raw.spi.Mechanism;
import io.gsskit.raw.spi.MechanismProvider;
import java.lang.reflect.Proxy;
import java.util.List;

/** A mechanism whose every method throws {@link IllegalStateException}. */
final class ThrowingMechanismProvider implements MechanismProvider {

  static final Oid OID = Oid.of(io.gsskit.raw.spi.TestOids.ARC + ".30");

  @Override
  public String name() {
    return "thrower";
  }

  @Override
  public List<Oid> oids() {
    return List.of(OID);
  }

  @Override
  public Mechanism create(String options) {
    return (Mechanism) Proxy.newProxyInstance(Mechanism.class.getClassLoader(),
        new Class<?>[] {Mechanism.class, io.gsskit.raw.spi.IovSupport.class,
            io.gsskit.raw.spi.PrfSupport.class, io.gsskit.raw.spi.NegoExSupport.class,
            io.gsskit.raw.spi.CredStoreSupport.class},
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                : method.getName().equals("equals") ? proxy == args[0] : "thrower";
          }
          throw new IllegalStateException("boom in " + method.getName());
        });
  }
}
