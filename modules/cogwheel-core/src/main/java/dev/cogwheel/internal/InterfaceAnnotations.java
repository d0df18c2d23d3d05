package dev.cogwheel.internal;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle annotations on interface methods, which JSR-250 does not inherit: such a method never
 * runs, and a user who wrote one expects it to, so it is said once per class.
 */
final class InterfaceAnnotations {
  private static final Logger log = LoggerFactory.getLogger(LifecycleMethods.class);

  private InterfaceAnnotations() {}

  /** Warns about each annotated method of the interfaces {@code type} implements. */
  static void warnIfAny(Class<?> type) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      collect(c, interfaces);
    }
    for (Class<?> face : interfaces) {
      for (Method method : face.getDeclaredMethods()) {
        boolean init = LifecycleAnnotations.isPostConstruct(method);
        if (init || LifecycleAnnotations.isPreDestroy(method)) {
          log.warn(
              "{} is ignored for {}: lifecycle annotations on interface methods are not inherited (JSR-250); "
                  + "annotate the method of the class instead",
              (init ? "@PostConstruct" : "@PreDestroy")
                  + " on "
                  + LifecycleMethods.signature(method),
              type.getName());
        }
      }
    }
  }

  private static void collect(Class<?> type, Set<Class<?>> into) {
    for (Class<?> face : type.getInterfaces()) {
      if (into.add(face)) {
        collect(face, into);
      }
    }
  }
}
