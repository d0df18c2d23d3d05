package dev.cogwheel.junit5.internal;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.util.Modules;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import dev.cogwheel.State;
import dev.cogwheel.junit5.ThreadLeakError;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The container of one test (or one test class) and what the extension did with it.
 *
 * <p>Kept in the JUnit store of the context that owns it. It is {@link AutoCloseable} so that the
 * store stops a container that is still running when its context closes, should the extension's own
 * stop never have been reached.
 */
final class TestContainer implements AutoCloseable {
  private final Container container;
  private final TestSettings settings;
  private final String subject;
  private final Set<Object> injected =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  private TestContainer(Container container, TestSettings settings, String subject) {
    this.container = container;
    this.settings = settings;
    this.subject = subject;
  }

  /**
   * Builds the container of {@code levels} and starts it.
   *
   * @param subject the test or class the container is for, for messages
   * @param when when the container is built, for messages about {@code @Bind} fields and
   *     {@code @TestModules} methods
   * @throws ExtensionConfigurationException if the test's modules or {@code @Bind} fields cannot be
   *     used, or the container's name is invalid
   * @throws StartupException if the container failed to start; it was rolled back, and threads it
   *     left running are attached as a suppressed {@link ThreadLeakError}
   */
  static TestContainer start(
      TestSettings settings, List<TestLevel> levels, String subject, String when) {
    List<Module> modules = DeclaredModules.of(levels, when);
    BoundFields bound = BoundFields.read(levels, when);
    Container.Builder builder = Container.builder();
    try {
      builder.name(settings.containerName());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          "@CogwheelTest(name) on " + settings.declaredOn().getName() + ": " + e.getMessage(), e);
    }
    builder.modules(
        bound.isEmpty() ? modules : List.of(Modules.override(modules).with(bound.module())));
    TestContainer test = new TestContainer(builder.build(), settings, subject);
    try {
      test.container.start();
    } catch (StartupException e) {
      test.checkThreads().ifPresent(e::addSuppressed);
      throw e;
    }
    return test;
  }

  /** The container. */
  Container container() {
    return container;
  }

  /** Whether the container is running. */
  boolean isRunning() {
    return container.state() == State.RUNNING;
  }

  /**
   * Injects the {@code @Inject} fields and methods of each instance not injected before by this
   * container, in order.
   *
   * @throws ExtensionConfigurationException if an instance has an {@code @Inject} member the
   *     container cannot satisfy
   */
  void inject(List<Object> instances) {
    Injector injector = container.injector();
    for (Object instance : instances) {
      if (injected.add(instance)) {
        try {
          injector.injectMembers(instance);
        } catch (ConfigurationException | ProvisionException e) {
          throw new ExtensionConfigurationException(
              "Container '"
                  + container.name()
                  + "' cannot inject the @Inject members of "
                  + instance.getClass().getName()
                  + ": "
                  + e.getMessage(),
              e);
        }
      }
    }
  }

  /** Whether the running container has a binding for {@code key}. */
  boolean binds(Key<?> key) {
    return isRunning() && container.injector().getAllBindings().containsKey(key);
  }

  /**
   * The instance the running container has for {@code key}.
   *
   * @throws ProvisionException if it cannot be provided
   * @throws IllegalStateException if the container is not running
   */
  Object instance(Key<?> key) {
    return container.getInstance(key);
  }

  /**
   * Stops the container, then, if the settings ask for it, checks that its threads have ended.
   *
   * @throws dev.cogwheel.StopException if a component's release failed, with any leak suppressed
   * @throws ThreadLeakError if threads of the container were still alive a second after the stop
   */
  void stop() {
    RuntimeException failure = null;
    try {
      container.stop();
    } catch (RuntimeException e) {
      failure = e;
    }
    Optional<ThreadLeakError> leak = checkThreads();
    if (failure != null) {
      leak.ifPresent(failure::addSuppressed);
      throw failure;
    }
    if (leak.isPresent()) {
      throw leak.get();
    }
  }

  private Optional<ThreadLeakError> checkThreads() {
    return settings.leakCheck() ? ThreadLeakCheck.check(container, subject) : Optional.empty();
  }

  /** Stops the container if it is still starting or running. */
  @Override
  public void close() {
    State state = container.state();
    if (state == State.STARTING || state == State.RUNNING) {
      stop();
    }
  }

  @Override
  public String toString() {
    return "TestContainer[" + container + " of " + subject + "]";
  }
}
