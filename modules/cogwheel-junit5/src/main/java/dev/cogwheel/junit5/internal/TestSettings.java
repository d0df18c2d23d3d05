package dev.cogwheel.junit5.internal;

import dev.cogwheel.junit5.CogwheelTest;
import dev.cogwheel.junit5.CogwheelTest.Lifecycle;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The settings of the container of a test, from the innermost of its classes that carries {@link
 * CogwheelTest} (directly, inherited, or as a meta-annotation).
 *
 * @param lifecycle how long a container lives
 * @param leakCheck whether threads left running fail the test
 * @param containerName the container's name
 * @param declaredOn the class whose annotation gave the settings, or {@code null} for the defaults
 */
record TestSettings(
    Lifecycle lifecycle, boolean leakCheck, String containerName, Class<?> declaredOn) {

  private static final String DEFAULT_NAME = "cogwheel-test";

  /** The settings for a test whose classes, outermost first, are {@code classes}. */
  static TestSettings of(List<Class<?>> classes) {
    Class<?> testClass = classes.get(classes.size() - 1);
    for (int i = classes.size() - 1; i >= 0; i--) {
      Optional<CogwheelTest> annotation = annotationOf(classes.get(i));
      if (annotation.isPresent()) {
        CogwheelTest test = annotation.get();
        String name = test.name().isEmpty() ? defaultName(testClass) : test.name();
        return new TestSettings(test.lifecycle(), test.leakCheck(), name, classes.get(i));
      }
    }
    return new TestSettings(Lifecycle.PER_METHOD, true, defaultName(testClass), null);
  }

  /** The {@link CogwheelTest} annotation of {@code testClass} itself, if it has one. */
  static Optional<CogwheelTest> annotationOf(Class<?> testClass) {
    return AnnotationSupport.findAnnotation(testClass, CogwheelTest.class);
  }

  /** The simple name of the class, with any character a container name cannot hold replaced. */
  private static String defaultName(Class<?> testClass) {
    String name = testClass.getSimpleName().replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isEmpty() ? DEFAULT_NAME : name;
  }
}
