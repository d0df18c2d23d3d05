package dev.cogwheel.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a {@link CogwheelTest} class that supplies modules for the container,
 * for modules that take arguments.
 *
 * <pre>{@code
 * @TestModules
 * static Module api() {
 *   return new ApiModule(ApiSettings.of("http://127.0.0.1:1/", "test-token"));
 * }
 * }</pre>
 *
 * <p>The method must be {@code static}, take no parameters and return a {@link
 * com.google.inject.Module} or an {@code Iterable} of them; any visibility. It is called each time
 * a container is built — once per test with {@link CogwheelTest.Lifecycle#PER_METHOD} — on the
 * thread that builds it, so it can return fresh modules every time. Its modules are installed
 * after those listed in {@link CogwheelTest#modules()}, and methods of a superclass or an
 * enclosing class are called before those of the class itself. A method that breaks these rules,
 * throws or returns {@code null} fails the test with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} naming it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TestModules {}
