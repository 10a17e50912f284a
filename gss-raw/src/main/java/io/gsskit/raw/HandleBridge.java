package io.gsskit.raw;

import io.gsskit.raw.internal.glue.Handles;
import io.gsskit.raw.internal.glue.UnionContext;
import io.gsskit.raw.internal.glue.UnionCred;
import io.gsskit.raw.internal.glue.UnionName;
import org.jspecify.annotations.Nullable;

/** The one {@link Handles.Access} implementation; installed by {@link Gss}. Stateless. */
final class HandleBridge implements Handles.Access {

  @Override
  public NameHandle newName(UnionName name) {
    return new NameHandle(name);
  }

  @Override
  public @Nullable UnionName name(NameHandle handle) {
    return handle.union();
  }

  @Override
  public CredHandle newCred(UnionCred cred) {
    return new CredHandle(cred);
  }

  @Override
  public @Nullable UnionCred cred(CredHandle handle) {
    return handle.union();
  }

  @Override
  public ContextHandle newContext(UnionContext context) {
    return new ContextHandle(context);
  }

  @Override
  public @Nullable UnionContext context(ContextHandle handle) {
    return handle.union();
  }

  @Override
  public void invalidate(ContextHandle handle) {
    handle.invalidate();
  }
}
