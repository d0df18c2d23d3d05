package dev.cogwheel.internal;

import com.google.inject.Binder;
import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.matcher.Matcher;
import com.google.inject.spi.ProvisionListener;
import java.util.List;

/**
 * What a module declared about the lifecycle beyond injection: an order ({@code dependsOn}), a
 * component to start first, or a bound object to manage. Recorded as a provision listener that
 * matches no binding, so that it travels with the module's other elements (private modules
 * included, with the module's source) and adds no binding a user could see.
 */
public final class LifecycleDeclaration implements ProvisionListener {
  /** What is declared. */
  public enum Kind {
    /** {@code keys.get(0)} starts after, and is released before, {@code keys.get(1)}. */
    DEPENDS_ON,
    /** {@code keys.get(0)} starts before every other component and is released after them. */
    START_FIRST,
    /** {@code keys.get(0)}, bound to an object the user made, is started and released. */
    MANAGE
  }

  private static final Matcher<Binding<?>> NOTHING =
      new Matcher<>() {
        @Override
        public boolean matches(Binding<?> binding) {
          return false;
        }

        @Override
        public String toString() {
          return "no binding (a Cogwheel lifecycle declaration)";
        }
      };

  private final Kind kind;
  private final List<Key<?>> keys;
  private final String method;

  private LifecycleDeclaration(Kind kind, List<Key<?>> keys, String method) {
    this.kind = kind;
    this.keys = keys;
    this.method = method;
  }

  /**
   * Records a declaration with {@code binder}, whose source is the caller of {@code api}.
   *
   * @param method how the user declared it, for messages, e.g. {@code dependsOn}
   */
  public static void declare(
      Binder binder, Class<?> api, Kind kind, String method, Key<?>... keys) {
    binder
        .skipSources(api, LifecycleDeclaration.class)
        .bindListener(NOTHING, new LifecycleDeclaration(kind, List.of(keys), method));
  }

  Kind kind() {
    return kind;
  }

  List<Key<?>> keys() {
    return keys;
  }

  /** The call as the user wrote it, for messages: {@code LifecycleBinder.dependsOn(A, B)}. */
  String call() {
    StringBuilder call = new StringBuilder("LifecycleBinder.").append(method).append('(');
    for (int i = 0; i < keys.size(); i++) {
      call.append(i == 0 ? "" : ", ").append(KeyNames.describe(keys.get(i)));
    }
    return call.append(')').toString();
  }

  @Override
  public <T> void onProvision(ProvisionInvocation<T> provision) {
    // never called: the matcher matches no binding
  }

  @Override
  public String toString() {
    return call();
  }
}
