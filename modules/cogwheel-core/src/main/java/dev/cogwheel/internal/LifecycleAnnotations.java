package dev.cogwheel.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Recognises {@code jakarta.annotation} lifecycle annotations and, when they are on the class path,
 * the {@code javax.annotation} ones.
 */
final class LifecycleAnnotations {
  private static final Class<? extends Annotation> JAVAX_POST_CONSTRUCT =
      optional("javax.annotation.PostConstruct");
  private static final Class<? extends Annotation> JAVAX_PRE_DESTROY =
      optional("javax.annotation.PreDestroy");

  private LifecycleAnnotations() {}

  static boolean isPostConstruct(Method method) {
    return method.isAnnotationPresent(jakarta.annotation.PostConstruct.class)
        || (JAVAX_POST_CONSTRUCT != null && method.isAnnotationPresent(JAVAX_POST_CONSTRUCT));
  }

  static boolean isPreDestroy(Method method) {
    return method.isAnnotationPresent(jakarta.annotation.PreDestroy.class)
        || (JAVAX_PRE_DESTROY != null && method.isAnnotationPresent(JAVAX_PRE_DESTROY));
  }

  private static Class<? extends Annotation> optional(String name) {
    try {
      return Class.forName(name, false, LifecycleAnnotations.class.getClassLoader())
          .asSubclass(Annotation.class);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
