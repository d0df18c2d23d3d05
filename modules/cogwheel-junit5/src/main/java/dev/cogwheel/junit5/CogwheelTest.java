package dev.cogwheel.junit5;

import com.google.inject.Module;
import dev.cogwheel.junit5.internal.CogwheelExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a fresh Cogwheel {@link dev.cogwheel.Container}: built from
 * the listed modules, the class's {@link TestModules} methods and its {@link Bind} fields, started
 * before the test and stopped after it, with a check that nothing it started is still running.
 *
 * <pre>{@code
 * @CogwheelTest(modules = {HttpModule.class, ReminderCogModule.class})
 * class ReminderCogTest {
 *   @Bind Clock clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
 *   @Inject ReminderCog cog;
 *
 *   @Test
 *   void remindsAtNine(Container container) { ... }
 * }
 * }</pre>
 *
 * <p><b>When the container runs.</b> With {@link Lifecycle#PER_METHOD} (the default) each test gets
 * its own container. It is started after every {@code @BeforeEach} method and every other
 * extension's before-each callback has run, so they can prepare the values of {@code @Bind} fields
 * (for example from a server another extension has just started), and it is stopped right after the
 * test method, before any {@code @AfterEach} method. With {@link Lifecycle#PER_CLASS} one container
 * serves every test of the class: it is started before the class's {@code @BeforeAll} methods and
 * stopped after its {@code @AfterAll} methods.
 *
 * <p><b>What the test sees.</b> Instance fields annotated {@code @Inject} ({@code
 * jakarta.inject.Inject} or Guice's) of the test instance, and of its enclosing instances in a
 * {@code @Nested} class, are injected as soon as the container is running: just before the test
 * method with {@code PER_METHOD}, before {@code @BeforeEach} methods with {@code PER_CLASS}.
 * Parameters of test and lifecycle methods are resolved from the running container when their type
 * (with any qualifier annotation on the parameter) is bound in it; a parameter of type {@link
 * dev.cogwheel.Container} receives the container itself, also after it has stopped, for example in
 * an {@code @AfterEach} method that inspects {@link dev.cogwheel.Container#components()}.
 *
 * <p><b>Failures.</b> A container that fails to start fails the test with the {@link
 * dev.cogwheel.StartupException} (the core has already stopped what had started); with {@code
 * PER_CLASS} the class fails once and its tests do not run. A {@link dev.cogwheel.StopException}
 * fails the test (or, with {@code PER_CLASS}, the class). Then, unless {@link #leakCheck()} is
 * {@code false}, every thread of the container's own thread group — the container's threads and
 * every thread started from them, by a component's constructor, {@code @PostConstruct} or task —
 * must end within one second of the stop; a thread still alive fails the test that ran the
 * container with a {@link ThreadLeakError} naming the thread and showing where it is. OkHttp's
 * JVM-wide daemon threads ({@code OkHttp TaskRunner}, {@code Okio Watchdog}) are not counted.
 *
 * <p><b>Nested classes and inheritance.</b> A {@code @Nested} class sees the modules, {@code
 * TestModules} and {@code @Bind} fields of its enclosing classes as well as its own; a
 * {@code @Bind} field of an inner class takes precedence over one of an outer class for the same
 * key. The lifecycle, leak check and name come from the innermost class that carries this
 * annotation. The annotation is inherited by subclasses, and may be used as a meta-annotation.
 *
 * <p><b>Parallel execution.</b> Each container is confined to its test (or class): tests run in
 * parallel under JUnit's {@code junit.jupiter.execution.parallel.enabled} each see their own, and a
 * leak check counts only the threads of its own container.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CogwheelExtension.class)
public @interface CogwheelTest {

  /**
   * Module classes to build the container from, in order. Each needs a constructor without
   * parameters (any visibility); for modules that take arguments use a {@link TestModules} method.
   * A class listed again by an enclosing class is installed once.
   */
  Class<? extends Module>[] modules() default {};

  /** Whether each test gets its own container (the default) or the class shares one. */
  Lifecycle lifecycle() default Lifecycle.PER_METHOD;

  /**
   * Whether a thread of the container still alive one second after its stop fails the test. Default
   * {@code true}.
   */
  boolean leakCheck() default true;

  /**
   * The container's name, used in its thread names and logs: letters, digits, {@code .}, {@code _}
   * or {@code -}. Default: the simple name of the test class.
   */
  String name() default "";

  /** How long one container lives. */
  enum Lifecycle {
    /** A fresh container for every test method (and every invocation of a repeated test). */
    PER_METHOD,
    /** One container for all the tests of the class. */
    PER_CLASS
  }
}
