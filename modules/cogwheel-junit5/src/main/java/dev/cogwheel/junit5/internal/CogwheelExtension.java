package dev.cogwheel.junit5.internal;

import com.google.inject.Key;
import com.google.inject.ProvisionException;
import dev.cogwheel.Container;
import dev.cogwheel.KeyNames;
import dev.cogwheel.junit5.CogwheelTest;
import dev.cogwheel.junit5.CogwheelTest.Lifecycle;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstances;

/**
 * The JUnit Jupiter extension behind {@link CogwheelTest}; registered by that annotation, not meant
 * to be registered directly.
 *
 * <p>A {@link Lifecycle#PER_METHOD} container is started in {@code beforeTestExecution} (after
 * every before-each callback and {@code @BeforeEach} method) and stopped in {@code
 * afterTestExecution} (before any {@code @AfterEach} method); a {@link Lifecycle#PER_CLASS}
 * container is started in {@code beforeAll} and stopped in {@code afterAll}. Each container is kept
 * in the store of the context that owns it, under a namespace of that context, so that a test never
 * finds the container of an enclosing class by the store's lookup through parents.
 *
 * <p>The extension holds no state of its own: one instance serves every test of a class, on any
 * number of threads.
 */
public final class CogwheelExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        BeforeTestExecutionCallback,
        AfterTestExecutionCallback,
        ParameterResolver {
  private static final String CONTAINER = "container";

  /** Creates the extension; JUnit does this once per test class that uses {@link CogwheelTest}. */
  public CogwheelExtension() {}

  /**
   * Starts the class's container if its lifecycle is {@code PER_CLASS}, and injects the class's
   * instance.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    TestSettings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.PER_CLASS) {
      TestContainer container =
          TestContainer.start(
              settings,
              TestLevel.of(context),
              "class " + context.getRequiredTestClass().getSimpleName(),
              "before the @BeforeAll methods (lifecycle = PER_CLASS)");
      store(context, container);
      context.getTestInstances().map(TestInstances::getAllInstances).ifPresent(container::inject);
    }
  }

  /** Injects a new test instance from the class's {@code PER_CLASS} container. */
  @Override
  public void beforeEach(ExtensionContext context) {
    if (settings(context).lifecycle() == Lifecycle.PER_CLASS) {
      TestContainer container = stored(TestLevel.classContext(context));
      if (container != null && container.isRunning()) {
        container.inject(context.getRequiredTestInstances().getAllInstances());
      }
    }
  }

  /**
   * Starts the test's container if its lifecycle is {@code PER_METHOD}, and injects the test
   * instances.
   */
  @Override
  public void beforeTestExecution(ExtensionContext context) {
    TestSettings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.PER_METHOD) {
      TestContainer container =
          TestContainer.start(
              settings,
              TestLevel.of(context),
              describeTest(context),
              "just before the test method, after the @BeforeEach methods");
      store(context, container);
      container.inject(context.getRequiredTestInstances().getAllInstances());
    }
  }

  /** Stops the test's {@code PER_METHOD} container and checks its threads. */
  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (settings(context).lifecycle() == Lifecycle.PER_METHOD) {
      stop(context);
    }
  }

  /** Stops the class's {@code PER_CLASS} container and checks its threads. */
  @Override
  public void afterAll(ExtensionContext context) {
    if (settings(context).lifecycle() == Lifecycle.PER_CLASS) {
      stop(context);
    }
  }

  /**
   * Supports a parameter of type {@link Container} (without a qualifier) always, and any other
   * parameter whose key the running container binds.
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    Key<?> key;
    try {
      key = key(parameterContext);
    } catch (ExtensionConfigurationException e) {
      return false;
    }
    if (key.equals(Key.get(Container.class))) {
      return true;
    }
    TestContainer container = containerOf(context);
    return container != null && container.binds(key);
  }

  /**
   * Resolves a parameter from the container of the test (or class).
   *
   * @throws ParameterResolutionException if there is no container at this point, or it cannot
   *     provide the instance
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    TestContainer container = containerOf(context);
    Key<?> key = key(parameterContext);
    if (container == null) {
      throw new ParameterResolutionException(
          noContainer(settings(context), key, parameterContext.getDeclaringExecutable()));
    }
    if (key.equals(Key.get(Container.class))) {
      return container.container();
    }
    try {
      return container.instance(key);
    } catch (ProvisionException | IllegalStateException e) {
      throw new ParameterResolutionException(
          "Container '"
              + container.container().name()
              + "' could not provide "
              + KeyNames.describe(key)
              + " for "
              + describe(parameterContext.getDeclaringExecutable())
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static String noContainer(TestSettings settings, Key<?> key, Executable executable) {
    String prefix =
        "No Cogwheel container is there for "
            + describe(executable)
            + " to take "
            + KeyNames.describe(key);
    if (settings.lifecycle() == Lifecycle.PER_METHOD) {
      return prefix
          + ": with lifecycle = PER_METHOD a test's container is started just before the test method, after the"
          + " @BeforeEach methods (so that they can set @Bind fields), and stopped right after it. Take it in the test"
          + " method (a Container also in an @AfterEach method), or use @CogwheelTest(lifecycle = PER_CLASS)";
    }
    return prefix
        + ": with lifecycle = PER_CLASS the class's container is started before the @BeforeAll methods, after"
        + " a @TestInstance(PER_CLASS) instance is created. Take it in a method, or use an @Inject field";
  }

  private static void stop(ExtensionContext context) {
    TestContainer container = stored(context);
    if (container != null) {
      container.stop();
    }
  }

  private static TestSettings settings(ExtensionContext context) {
    return TestSettings.of(TestLevel.classes(context));
  }

  /** The container the test or class of {@code context} uses, or null if it has none (yet). */
  private static TestContainer containerOf(ExtensionContext context) {
    if (settings(context).lifecycle() == Lifecycle.PER_CLASS) {
      return stored(TestLevel.classContext(context));
    }
    return context.getTestMethod().isPresent() ? stored(context) : null;
  }

  private static void store(ExtensionContext owner, TestContainer container) {
    owner.getStore(namespace(owner)).put(CONTAINER, container);
  }

  private static TestContainer stored(ExtensionContext owner) {
    return owner.getStore(namespace(owner)).get(CONTAINER, TestContainer.class);
  }

  private static Namespace namespace(ExtensionContext owner) {
    return Namespace.create(CogwheelExtension.class, owner.getUniqueId());
  }

  private static Key<?> key(ParameterContext parameterContext) {
    Parameter parameter = parameterContext.getParameter();
    return Keys.of(
        parameter.getParameterizedType(),
        parameter.getAnnotations(),
        "parameter "
            + parameter.getName()
            + " of "
            + describe(parameterContext.getDeclaringExecutable()));
  }

  private static String describeTest(ExtensionContext context) {
    String test =
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName()
            + "()";
    boolean invocation = context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
    return invocation ? test + " [" + context.getDisplayName() + "]" : test;
  }

  private static String describe(Executable executable) {
    String type = executable.getDeclaringClass().getSimpleName();
    return executable instanceof Constructor
        ? "the constructor of " + type
        : type + "." + executable.getName() + "()";
  }
}
