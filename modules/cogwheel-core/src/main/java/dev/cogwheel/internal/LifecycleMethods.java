package dev.cogwheel.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The {@code @PostConstruct} and {@code @PreDestroy} methods of one class, found once and cached.
 *
 * <p>The JSR-250 rules: a lifecycle method takes no parameters, returns {@code void}, is not
 * static, may have any visibility and may throw checked exceptions. A class declares at most one of
 * each. Superclass {@code @PostConstruct} methods run first and subclass {@code @PreDestroy}
 * methods first. A method overridden by a subclass runs only if the override is annotated, and then
 * once. A class that breaks a rule gets an {@link InvalidLifecycleMethodException} naming the class
 * and the method, every time it is looked up.
 */
public final class LifecycleMethods {
  private static final ClassValue<Object> CACHE =
      new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
          try {
            return find(type);
          } catch (InvalidLifecycleMethodException e) {
            return e;
          }
        }
      };

  private static final Method[] NO_METHODS = {};

  private static final LifecycleMethods NONE =
      new LifecycleMethods(NO_METHODS, NO_METHODS, false, false);

  // arrays, not lists: the provision of an unscoped instance runs through them
  private final Method[] postConstruct;
  private final Method[] preDestroy;
  private final boolean closeable;
  private final boolean executor;

  private LifecycleMethods(
      Method[] postConstruct, Method[] preDestroy, boolean closeable, boolean executor) {
    this.postConstruct = postConstruct;
    this.preDestroy = preDestroy;
    this.closeable = closeable;
    this.executor = executor;
  }

  /**
   * The lifecycle methods of {@code type}, from the cache.
   *
   * @throws InvalidLifecycleMethodException if a lifecycle method breaks a rule
   */
  public static LifecycleMethods of(Class<?> type) {
    Object methods = CACHE.get(type);
    if (methods instanceof InvalidLifecycleMethodException) {
      InvalidLifecycleMethodException cached = (InvalidLifecycleMethodException) methods;
      throw new InvalidLifecycleMethodException(cached.getMessage());
    }
    return (LifecycleMethods) methods;
  }

  /** Whether instances need anything done at start. */
  public boolean hasPostConstruct() {
    return postConstruct.length > 0;
  }

  /** Whether a singleton of this class needs anything done at stop. */
  public boolean hasRelease() {
    return preDestroy.length > 0 || closeable || executor;
  }

  /** Whether the class has a {@code @PreDestroy} method (as opposed to only {@code close()}). */
  public boolean hasPreDestroy() {
    return preDestroy.length > 0;
  }

  /** Runs the {@code @PostConstruct} methods, superclass first. */
  public void postConstruct(Object instance) throws Exception {
    invokeAll(postConstruct, instance);
  }

  /**
   * Releases the instance: runs its {@code @PreDestroy} methods, subclass first; or, if it has none
   * and is an {@link ExecutorService}, shuts it down (waiting at most {@code executorWait} for its
   * tasks, then interrupting them); or, if it is {@link AutoCloseable}, closes it.
   *
   * @throws TimeoutException if an executor still had tasks running after {@code executorWait}
   */
  public void release(Object instance, Duration executorWait) throws Exception {
    if (preDestroy.length > 0) {
      invokeAll(preDestroy, instance);
    } else if (executor) {
      ExecutorShutdown.of((ExecutorService) instance, executorWait);
    } else if (closeable) {
      ((AutoCloseable) instance).close();
    }
  }

  private static void invokeAll(Method[] methods, Object instance) throws Exception {
    for (Method method : methods) {
      try {
        method.invoke(instance);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Exception) {
          throw (Exception) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw LifecycleMethods.<RuntimeException>asIs(cause); // neither: Kotlin, or a sneaky throw
      }
    }
  }

  /** Rethrows {@code throwable} as it is, whatever its type, for the caller to report. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T asIs(Throwable throwable) throws T {
    throw (T) throwable;
  }

  private static LifecycleMethods find(Class<?> type) {
    Class<?> declared = userClass(type);
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = declared; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(c);
    }
    List<Method> postConstruct = new ArrayList<>();
    List<Method> preDestroy = new ArrayList<>();
    // Walk from the concrete class up so overriding methods are seen before what they override.
    List<Method> seen = new ArrayList<>();
    for (Class<?> c : hierarchy) {
      Method init = null;
      Method destroy = null;
      for (Method method : c.getDeclaredMethods()) {
        if (method.isBridge() || method.isSynthetic()) {
          continue;
        }
        boolean isInit = LifecycleAnnotations.isPostConstruct(method);
        boolean isDestroy = LifecycleAnnotations.isPreDestroy(method);
        boolean overridden = isOverridden(method, seen);
        if (!overridden) {
          if (isInit) {
            validate(method, "@PostConstruct");
            init = only(init, method, "@PostConstruct");
          }
          if (isDestroy) {
            validate(method, "@PreDestroy");
            destroy = only(destroy, method, "@PreDestroy");
          }
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (!method.isBridge()
            && !method.isSynthetic()
            && !Modifier.isStatic(method.getModifiers())) {
          seen.add(method);
        }
      }
      if (init != null) {
        postConstruct.add(0, accessible(init));
      }
      if (destroy != null) {
        preDestroy.add(accessible(destroy));
      }
    }
    InterfaceAnnotations.warnIfAny(declared);
    boolean closeable = AutoCloseable.class.isAssignableFrom(type);
    boolean executor = ExecutorService.class.isAssignableFrom(type);
    if (postConstruct.isEmpty() && preDestroy.isEmpty() && !closeable && !executor) {
      return NONE;
    }
    return new LifecycleMethods(
        postConstruct.toArray(NO_METHODS), preDestroy.toArray(NO_METHODS), closeable, executor);
  }

  /** Skips classes generated by Guice's AOP, which override intercepted methods unannotated. */
  private static Class<?> userClass(Class<?> type) {
    Class<?> c = type;
    while (c.getSuperclass() != null
        && (c.isSynthetic() || c.getName().contains("$$EnhancerByGuice$$"))) {
      c = c.getSuperclass();
    }
    return c;
  }

  private static Method only(Method existing, Method method, String annotation) {
    if (existing != null) {
      throw new InvalidLifecycleMethodException(
          method.getDeclaringClass().getName()
              + " declares more than one "
              + annotation
              + " method: "
              + signature(existing)
              + " and "
              + signature(method)
              + "; a class may declare at most one");
    }
    return method;
  }

  private static void validate(Method method, String annotation) {
    String problem = null;
    if (Modifier.isStatic(method.getModifiers())) {
      problem = "must not be static";
    } else if (method.getParameterCount() != 0) {
      problem = "must take no parameters";
    } else if (method.getReturnType() != void.class) {
      problem = "must return void";
    }
    if (problem != null) {
      throw new InvalidLifecycleMethodException(
          annotation + " method " + signature(method) + " " + problem);
    }
  }

  private static boolean isOverridden(Method method, List<Method> subclassMethods) {
    int modifiers = method.getModifiers();
    if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)) {
      return false;
    }
    boolean packagePrivate = !Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers);
    for (Method sub : subclassMethods) {
      if (!Modifier.isPrivate(sub.getModifiers())
          && sub.getName().equals(method.getName())
          && java.util.Arrays.equals(sub.getParameterTypes(), method.getParameterTypes())
          && (!packagePrivate
              || sub.getDeclaringClass()
                  .getPackageName()
                  .equals(method.getDeclaringClass().getPackageName()))) {
        return true;
      }
    }
    return false;
  }

  private static Method accessible(Method method) {
    if (!method.trySetAccessible()) {
      throw new InvalidLifecycleMethodException(
          "lifecycle method "
              + signature(method)
              + " is not accessible: open its package "
              + method.getDeclaringClass().getPackageName()
              + " to the Cogwheel container");
    }
    return method;
  }

  static String signature(Method method) {
    StringBuilder s =
        new StringBuilder(method.getDeclaringClass().getName())
            .append('.')
            .append(method.getName())
            .append('(');
    Class<?>[] params = method.getParameterTypes();
    for (int i = 0; i < params.length; i++) {
      s.append(i == 0 ? "" : ", ").append(params[i].getSimpleName());
    }
    return s.append(')').toString();
  }
}
