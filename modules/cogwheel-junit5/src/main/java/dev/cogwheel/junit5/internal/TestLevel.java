package dev.cogwheel.junit5.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstances;

/**
 * One class of a test's nesting: the test class itself or one that encloses it ({@code @Nested}),
 * with its instance when one exists.
 *
 * @param testClass the class
 * @param instance its instance for this container, or empty when the container is built before
 *     there is one (a {@code PER_CLASS} container of a class with a per-method test instance)
 */
record TestLevel(Class<?> testClass, Optional<Object> instance) {

  /**
   * The class-level context of {@code context}: the context itself for a class, its parent (or
   * grandparent, for an invocation of a repeated or parameterized test) for a test.
   */
  static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent()) {
      current = current.getParent().orElseThrow();
    }
    return current;
  }

  /**
   * The class-level contexts from the outermost enclosing test class down to the test class of
   * {@code context}, one per class: where a class has several (a class template and its
   * invocation), the innermost.
   */
  static List<ExtensionContext> classContexts(ExtensionContext context) {
    List<ExtensionContext> contexts = new ArrayList<>();
    for (Optional<ExtensionContext> current = Optional.of(classContext(context));
        current.isPresent() && current.get().getTestClass().isPresent();
        current = current.get().getParent()) {
      if (contexts.isEmpty()
          || contexts.get(0).getRequiredTestClass() != current.get().getRequiredTestClass()) {
        contexts.add(0, current.get());
      }
    }
    return contexts;
  }

  /** The test classes of {@code context}, outermost first. */
  static List<Class<?>> classes(ExtensionContext context) {
    List<Class<?>> classes = new ArrayList<>();
    for (ExtensionContext classContext : classContexts(context)) {
      classes.add(classContext.getRequiredTestClass());
    }
    return classes;
  }

  /**
   * The levels of {@code context}, outermost first, each with the instance that the context has for
   * it: for a test, the test instance and its enclosing instances; for a class, the instances that
   * exist before its first test.
   */
  static List<TestLevel> of(ExtensionContext context) {
    Optional<TestInstances> instances = context.getTestInstances();
    List<TestLevel> levels = new ArrayList<>();
    for (ExtensionContext classContext : classContexts(context)) {
      Class<?> testClass = classContext.getRequiredTestClass();
      Optional<Object> instance =
          instances.flatMap(all -> all.findInstance(testClass)).map(Object.class::cast);
      levels.add(new TestLevel(testClass, instance.or(classContext::getTestInstance)));
    }
    return levels;
  }
}
