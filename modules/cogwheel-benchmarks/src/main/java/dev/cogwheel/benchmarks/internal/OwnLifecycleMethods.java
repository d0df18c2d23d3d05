package dev.cogwheel.benchmarks.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One class's own {@code @PostConstruct} and {@code @PreDestroy} methods, found once per class (a
 * {@link ClassValue}) and made accessible: what the least lifecycles look up. Superclasses and
 * overrides are not considered; the benchmarks' classes have none.
 */
record OwnLifecycleMethods(List<Method> postConstruct, List<Method> preDestroy) {
  private static final ClassValue<OwnLifecycleMethods> OF =
      new ClassValue<>() {
        @Override
        protected OwnLifecycleMethods computeValue(Class<?> type) {
          return read(type);
        }
      };

  /** The methods of {@code type}, read on its first use. */
  static OwnLifecycleMethods of(Class<?> type) {
    return OF.get(type);
  }

  /** Whether the class has no lifecycle method at all. */
  boolean isEmpty() {
    return postConstruct.isEmpty() && preDestroy.isEmpty();
  }

  /**
   * Calls {@code methods} on {@code instance} in order.
   *
   * @throws IllegalStateException naming the method if one fails; the rest are not called
   */
  static void invoke(List<Method> methods, Object instance) {
    for (Method method : methods) {
      try {
        method.invoke(instance);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(method + " failed: " + e, e);
      }
    }
  }

  private static OwnLifecycleMethods read(Class<?> type) {
    List<Method> postConstruct = new ArrayList<>();
    List<Method> preDestroy = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(PostConstruct.class) && method.trySetAccessible()) {
        postConstruct.add(method);
      }
      if (method.isAnnotationPresent(PreDestroy.class) && method.trySetAccessible()) {
        preDestroy.add(method);
      }
    }
    return new OwnLifecycleMethods(List.copyOf(postConstruct), List.copyOf(preDestroy));
  }
}
