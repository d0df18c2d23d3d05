package dev.cogwheel.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link CogwheelTest} class that supplies modules for the container, for
 * modules that take arguments.
 *
 * <pre>{@code
 * @TestModules
 * static Module api() {
 *   return new ApiModule(ApiSettings.builder().baseUrl("http://127.0.0.1:8080/").build());
 * }
 *
 * @StartStop final MockWebServer server = new MockWebServer();   // started by its own extension
 *
 * @TestModules
 * Module apiOnServer() {                                          // an instance method: reads the test's fields
 *   return new ApiModule(ApiSettings.builder().baseUrl(server.url("/").toString()).build());
 * }
 * }</pre>
 *
 * <p>The method takes no parameters and returns a {@link com.google.inject.Module} or an {@code
 * Iterable} of them; any visibility. It is called each time a container is built — once per test
 * with {@link CogwheelTest.Lifecycle#PER_METHOD} — on the thread that builds it, so it can return
 * fresh modules every time. A static method is always allowed. An instance method is called on the
 * test instance, like {@link Bind} fields are read: with {@code PER_METHOD} after the
 * {@code @BeforeEach} methods, so it sees what they and other extensions prepared; with {@link
 * CogwheelTest.Lifecycle#PER_CLASS} only when the class is {@code @TestInstance(PER_CLASS)}.
 *
 * <p>Its modules are installed after those listed in {@link CogwheelTest#modules()}; methods of an
 * enclosing class are called before those of a {@code @Nested} class, and methods of a superclass
 * before those of its subclass. {@link Bind} fields override what any of these modules bind. A
 * method that breaks these rules, throws or returns {@code null} fails the test with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} naming it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TestModules {}
