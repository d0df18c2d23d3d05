package dev.cogwheel.junit5.internal;

import com.google.inject.Module;
import dev.cogwheel.junit5.CogwheelTest;
import dev.cogwheel.junit5.TestModules;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The modules a test declares: the classes listed in {@link CogwheelTest#modules()} and what its
 * {@link TestModules} methods return, for every level of its nesting, outermost first.
 */
final class DeclaredModules {
  private DeclaredModules() {}

  /**
   * Instantiates the listed module classes (each once) and calls the {@code @TestModules} methods
   * (static ones, and instance ones on the level's instance), listed modules first, then methods,
   * each outermost class first.
   *
   * @param when when the container is built, for the message about an instance method without an
   *     instance
   * @throws ExtensionConfigurationException naming the module class or method that cannot be used,
   *     or that threw
   */
  static List<Module> of(List<TestLevel> levels, String when) {
    Set<Class<? extends Module>> moduleClasses = new LinkedHashSet<>();
    List<Module> modules = new ArrayList<>();
    for (TestLevel level : levels) {
      Class<?> testClass = level.testClass();
      Optional<CogwheelTest> annotation = TestSettings.annotationOf(testClass);
      if (annotation.isPresent()) {
        for (Class<? extends Module> moduleClass : annotation.get().modules()) {
          if (moduleClasses.add(moduleClass)) {
            modules.add(instantiate(moduleClass, testClass));
          }
        }
      }
    }
    Set<Method> called = new HashSet<>();
    for (TestLevel level : levels) {
      for (Method method :
          AnnotationSupport.findAnnotatedMethods(
              level.testClass(), TestModules.class, HierarchyTraversalMode.TOP_DOWN)) {
        if (called.add(method)) {
          modules.addAll(call(method, level.instance(), when));
        }
      }
    }
    return modules;
  }

  private static Module instantiate(Class<? extends Module> moduleClass, Class<?> testClass) {
    String where =
        "module "
            + moduleClass.getName()
            + " listed in @CogwheelTest(modules) on "
            + testClass.getName();
    if (moduleClass.isInterface() || Modifier.isAbstract(moduleClass.getModifiers())) {
      throw new ExtensionConfigurationException(where + " is abstract; list a concrete class");
    }
    Constructor<? extends Module> constructor;
    try {
      constructor = moduleClass.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      String inner =
          moduleClass.getEnclosingClass() != null && !Modifier.isStatic(moduleClass.getModifiers())
              ? " (an inner class needs its enclosing instance: make it static)"
              : "";
      throw new ExtensionConfigurationException(
          where
              + " has no constructor without parameters"
              + inner
              + "; for a module that takes arguments, return it from a static @TestModules method",
          e);
    }
    try {
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new ExtensionConfigurationException(
          where + " could not be created: its constructor threw " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException(where + " could not be created: " + e, e);
    }
  }

  private static List<Module> call(Method method, Optional<Object> instance, String when) {
    String where =
        "@TestModules method "
            + method.getDeclaringClass().getName()
            + "."
            + method.getName()
            + "()";
    boolean isStatic = Modifier.isStatic(method.getModifiers());
    if (!isStatic && instance.isEmpty()) {
      throw new ExtensionConfigurationException(
          where
              + " is an instance method, but the container is built "
              + when
              + ", before there is an instance of "
              + method.getDeclaringClass().getSimpleName()
              + ": make the method static or annotate the class with"
              + " @TestInstance(TestInstance.Lifecycle.PER_CLASS)");
    }
    if (method.getParameterCount() != 0) {
      throw new ExtensionConfigurationException(
          where + " must take no parameters, but takes " + method.getParameterCount());
    }
    Class<?> returnType = method.getReturnType();
    if (!Module.class.isAssignableFrom(returnType)
        && !Iterable.class.isAssignableFrom(returnType)) {
      throw new ExtensionConfigurationException(
          where
              + " must return Module or Iterable<Module>, but returns "
              + method.getGenericReturnType().getTypeName());
    }
    Object result;
    try {
      method.setAccessible(true);
      result = method.invoke(isStatic ? null : instance.get());
    } catch (InvocationTargetException e) {
      throw new ExtensionConfigurationException(where + " threw " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException(where + " could not be called: " + e, e);
    }
    if (result instanceof Module module) {
      return List.of(module);
    }
    if (result == null) {
      throw new ExtensionConfigurationException(where + " returned null");
    }
    List<Module> modules = new ArrayList<>();
    int index = 0;
    for (Object element : (Iterable<?>) result) {
      if (!(element instanceof Module module)) {
        throw new ExtensionConfigurationException(
            where
                + " returned "
                + (element == null ? "null" : "a " + element.getClass().getName())
                + " at index "
                + index
                + " where a Module was expected");
      }
      modules.add(module);
      index++;
    }
    return modules;
  }
}
