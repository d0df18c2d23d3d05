package dev.cogwheel;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.cogwheel.internal.ContainerName;
import dev.cogwheel.internal.DefaultTaskThreads;
import dev.cogwheel.internal.LifecycleState;
import dev.cogwheel.internal.ManagedComponent;
import dev.cogwheel.internal.Run;
import dev.cogwheel.internal.RunSettings;
import dev.cogwheel.internal.StopAfterStart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lifecycle container around a Guice injector: it starts every singleton the injector creates in
 * dependency order and stops them in reverse.
 *
 * <pre>{@code
 * Container container = Container.builder()
 *     .modules(new HttpModule(), new ApiModule(settings), new ReminderCogModule())
 *     .name("bot")
 *     .shutdownHook(true)
 *     .build()
 *     .start();
 * container.awaitStopped();
 * }</pre>
 *
 * <p><b>Start.</b> {@link #start()} creates a fresh injector; in {@link Stage#PRODUCTION} (the
 * default) every singleton is eager. Each instance the container creates — by constructor
 * injection, a {@code @Provides} method or a provider binding — has its {@code @PostConstruct}
 * methods run before it is handed to anything that depends on it, so a component always finds its
 * dependencies started. Work given to {@link Tasks} during the start is held until every eager
 * singleton has started. If anything fails, every component already started is stopped in reverse
 * order and {@link StartupException} is thrown.
 *
 * <p><b>Stop.</b> {@link #stop()} cancels and drains the tasks, then releases each singleton the
 * container created — its {@code @PreDestroy} methods, or {@code close()} for an {@link
 * AutoCloseable} without them — in the reverse of the dependency graph read from Guice's bindings
 * ({@code Provider<T>} edges included). Each release is bounded by the {@linkplain
 * Builder#stopTimeout stop timeout}; a failure does not keep the others from being released.
 * Instances the user made and bound ({@code toInstance}, provider instances) are never started or
 * stopped; an object handed to {@code requestInjection} or {@code injector().injectMembers} has its
 * {@code @PostConstruct} methods run after injection and is never released.
 *
 * <p><b>Restart.</b> A stopped or failed container can be started again, with a fresh injector and
 * fresh singletons.
 *
 * <p><b>Threads.</b> Every method is thread-safe. {@code start()} and {@code stop()} are
 * serialised; a stop requested while starting interrupts the start, which rolls back. A stop
 * requested from one of the container's own threads (a task, a lifecycle method) runs on a separate
 * thread, because it has to wait for those threads to end.
 */
public final class Container implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Container.class);
  private static final Set<Key<?>> OWN_KEYS =
      Set.of(Key.get(Container.class), Key.get(Tasks.class));

  private final RunSettings settings;
  private final List<LifecycleListener> listeners;
  private final Set<Class<?>> warnedUnscopedTypes = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lifecycle = new ReentrantLock();
  private final LifecycleState state = new LifecycleState();
  private volatile Run run;

  private Container(Builder builder) {
    this.settings =
        new RunSettings(
            builder.name,
            List.copyOf(builder.modules),
            builder.stage,
            builder.shutdownHook,
            builder.stopTimeout,
            builder.drainDelay,
            builder.startTimeout,
            builder.startProgressInterval,
            builder.startThreads,
            builder.taskThreads,
            builder.stopAfterStart);
    this.listeners = List.copyOf(builder.listeners);
  }

  /** A builder with the defaults: name {@code cogwheel}, production stage, no shutdown hook. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a container of {@code modules} with the defaults and starts it.
   *
   * @return the running container; close it to stop it
   * @throws StartupException if the start failed (everything started was stopped again)
   */
  public static Container start(Module... modules) {
    return builder().modules(modules).build().start();
  }

  /**
   * Builds a container of {@code modules} with the defaults and starts it.
   *
   * @return the running container; close it to stop it
   * @throws StartupException if the start failed (everything started was stopped again)
   */
  public static Container start(Iterable<? extends Module> modules) {
    return builder().modules(modules).build().start();
  }

  /** The container's name, used in thread names, logs and metrics. */
  public String name() {
    return settings.name();
  }

  /** The current state. */
  public State state() {
    return state.get();
  }

  /**
   * Starts the container: creates a fresh injector, starts every eager singleton in dependency
   * order, then releases the held tasks. On a container that is already {@link State#RUNNING} it
   * does nothing and returns at once: it neither restarts nor checks the running components.
   *
   * <p>With {@linkplain Builder#shutdownHook(boolean) a shutdown hook}, the hook is in place before
   * anything is created. With the system property {@code cogwheel.stopAfterStart=true} (read when
   * the container is built), the container stops itself as soon as this method has returned, on a
   * thread of its own: a training run for the JVM's class caches, after which a main waiting in
   * {@link #awaitStopped()} returns.
   *
   * @return this container, {@link State#RUNNING}
   * @throws StartupException if anything failed, a stop was requested or the {@linkplain
   *     Builder#startTimeout start timeout} passed before every eager singleton had started; every
   *     component already started has been stopped again, in reverse order, and the container is
   *     {@link State#FAILED} (or {@link State#STOPPED} for a stop)
   */
  public Container start() {
    lifecycle.lock();
    try {
      if (state.get() == State.RUNNING) {
        return this;
      }
      Run next = new Run(settings, state, new Listeners(this, listeners), warnedUnscopedTypes);
      run = next;
      next.start(new ContainerBindings(this, next.tasks()), OWN_KEYS, this::stopAndLog);
      return this;
    } finally {
      lifecycle.unlock();
    }
  }

  /**
   * Stops the container: cancels and drains its tasks, then releases every component in the reverse
   * of the dependency graph. Idempotent and thread-safe: each component is released exactly once,
   * and every caller returns once the stop is complete.
   *
   * <p>With a {@linkplain Builder#drainDelay(Duration) drain delay}, a stop of a running container
   * announces {@code stopping} to the listeners (readiness turns 503), then waits that long before
   * it cancels a task or releases anything; a second call to this method, from any thread, ends the
   * wait at once.
   *
   * <p>While the container is starting, a stop interrupts the start, which rolls back. Called from
   * one of the container's own threads (a task, a lifecycle method), the stop begins on another
   * thread and this method returns at once; use {@link #awaitStopped()} to wait for it. Does
   * nothing, and throws nothing, if the container is not starting or running: on a container never
   * started, or one already stopped or failed.
   *
   * @throws StopException if a component's release threw or ran past the stop timeout, or a task
   *     did not end in time; every other component was still released and the container is {@link
   *     State#STOPPED}
   */
  public void stop() {
    Run current = this.run;
    if (current == null) {
      return;
    }
    State now = state.get();
    if (now == State.STARTING) {
      current.requestStop();
    } else {
      current.countStopRequest();
    }
    if (current.threads().owns(Thread.currentThread())) {
      if (now == State.RUNNING) {
        Thread stopper =
            new Thread(current.threads().outside(), () -> stopAndLog(current), name() + "-stop");
        stopper.setDaemon(true);
        stopper.start();
      }
      return;
    }
    stop(current);
  }

  private void stop(Run current) {
    lifecycle.lock();
    try {
      if (state.get() == State.RUNNING && this.run == current) {
        current.stop();
      }
    } finally {
      lifecycle.unlock();
    }
  }

  /** The same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Blocks until the current run of the container has stopped. Returns at once if the container is
   * not starting, running or stopping: on a container never started, it does not wait for a first
   * start and its stop.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void awaitStopped() throws InterruptedException {
    Run current = this.run;
    if (current != null) {
      current.awaitStopped();
    }
  }

  /**
   * Blocks until the current run of the container has stopped, or {@code timeout} has passed. On a
   * container never started it returns {@code true} at once.
   *
   * @return {@code true} if the container is not starting, running or stopping
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    Run current = this.run;
    return current == null || current.awaitStopped(timeout);
  }

  /**
   * The injector of the running container.
   *
   * @throws IllegalStateException if the container is not {@link State#RUNNING}
   */
  public Injector injector() {
    Run current = this.run;
    Injector injector = current == null ? null : current.injector();
    State now = state.get();
    if (now != State.RUNNING || injector == null) {
      throw new IllegalStateException(
          "container '"
              + name()
              + "' is "
              + now
              + "; its injector is only available while RUNNING");
    }
    return injector;
  }

  /**
   * The instance bound to {@code type}.
   *
   * @throws IllegalStateException if the container is not {@link State#RUNNING}
   * @throws com.google.inject.ConfigurationException if nothing is bound to {@code type}
   * @throws com.google.inject.ProvisionException if the instance could not be created
   */
  public <T> T getInstance(Class<T> type) {
    return injector().getInstance(type);
  }

  /**
   * The instance bound to {@code key}.
   *
   * @throws IllegalStateException if the container is not {@link State#RUNNING}
   * @throws com.google.inject.ConfigurationException if nothing is bound to {@code key}
   * @throws com.google.inject.ProvisionException if the instance could not be created
   */
  public <T> T getInstance(Key<T> key) {
    return injector().getInstance(key);
  }

  /**
   * The managed components of the current (or last) run, in start order, with their dependencies,
   * start and stop spans. A read of what the run recorded: it walks no binding. Empty before the
   * first start.
   */
  public List<Component> components() {
    Run current = this.run;
    if (current == null) {
      return List.of();
    }
    List<ManagedComponent> started = current.started();
    List<Component> snapshots = new ArrayList<>(started.size());
    for (ManagedComponent component : started) {
      snapshots.add(component.snapshot());
    }
    return snapshots;
  }

  /**
   * A factory of daemon threads that belong to the current run, named {@code
   * <container>-<purpose>-<n>}. Components that need threads of their own (an HTTP dispatcher, a
   * reporter) take them from here, so that they are named after the container and counted as its
   * threads by {@link #threads()}.
   *
   * @throws IllegalStateException before the first start
   */
  public ThreadFactory threadFactory(String purpose) {
    Run current = this.run;
    if (current == null) {
      throw new IllegalStateException(
          "container '" + name() + "' has not been started; it has no threads yet");
    }
    return current.threads().factory(purpose);
  }

  /**
   * The threads of the current (or last) run that are alive: the container's own, and every thread
   * started from them — by a component's constructor or {@code @PostConstruct}, or by a task. After
   * a clean stop this is empty within moments; what remains is a leak.
   */
  public List<Thread> threads() {
    Run current = this.run;
    return current == null ? List.of() : current.threads().alive();
  }

  @Override
  public String toString() {
    return "Container[" + name() + ", " + state.get() + "]";
  }

  private void stopAndLog() {
    stopAndLog(null);
  }

  private void stopAndLog(Run current) {
    try {
      if (current == null) {
        stop();
      } else {
        stop(current);
      }
    } catch (StopException e) {
      log.error("Container '{}' stopped with failures: {}", name(), e.getMessage(), e);
    } catch (RuntimeException e) {
      log.error("Container '{}' failed to stop", name(), e);
    }
  }

  /**
   * Configures and builds a {@link Container}. Not thread-safe; the container it builds is. A
   * setting that is out of range is refused at once, naming the setting and the value.
   */
  public static final class Builder {
    private final List<Module> modules = new ArrayList<>();
    private final List<LifecycleListener> listeners = new ArrayList<>();
    private String name = "cogwheel";
    private Stage stage = Stage.PRODUCTION;
    private boolean shutdownHook;
    private Duration stopTimeout = Duration.ofSeconds(10);
    private Duration drainDelay = Duration.ZERO;
    private Duration startTimeout = Duration.ZERO;
    private Duration startProgressInterval = Duration.ofSeconds(10);
    private int startThreads = 1;
    private int taskThreads = DefaultTaskThreads.COUNT;
    private boolean stopAfterStart = StopAfterStart.requested();

    private Builder() {}

    /** Adds modules. */
    public Builder modules(Module... modules) {
      return modules(Arrays.asList(modules));
    }

    /** Adds modules. */
    public Builder modules(Iterable<? extends Module> modules) {
      for (Module module : modules) {
        this.modules.add(Objects.requireNonNull(module, "Container.modules must not contain null"));
      }
      return this;
    }

    /**
     * The container's name, for thread names, logs and metrics. Default {@code cogwheel}.
     *
     * @throws IllegalArgumentException if blank or not made of letters, digits, {@code . _ -}
     */
    public Builder name(String name) {
      this.name = ContainerName.check(name);
      return this;
    }

    /**
     * The Guice stage. Default {@link Stage#PRODUCTION}, where every singleton is eager; in {@link
     * Stage#DEVELOPMENT} singletons are created when first needed, and stopped if created.
     */
    public Builder stage(Stage stage) {
      this.stage = Objects.requireNonNull(stage, "Container.stage must not be null");
      return this;
    }

    /**
     * Whether to stop the container from a JVM shutdown hook, on normal exit and on SIGTERM or
     * SIGINT. Default {@code false}: a library must not add hooks unasked. The hook is added at the
     * first moment of {@link Container#start()} and removed by an explicit stop.
     */
    public Builder shutdownHook(boolean shutdownHook) {
      this.shutdownHook = shutdownHook;
      return this;
    }

    /**
     * The bound on one component's release, on draining the tasks, and on the starts still in
     * progress when a start fails or is stopped (past it they are interrupted). Default 10 seconds.
     * A release past it is reported as a {@link java.util.concurrent.TimeoutException} naming the
     * component and this bound, and interrupted; the stop waits at most as long again for it to
     * end.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder stopTimeout(Duration stopTimeout) {
      this.stopTimeout = positive("stopTimeout", stopTimeout);
      return this;
    }

    /**
     * How long a stop of a running container waits, after it has announced {@code stopping} to the
     * listeners and before it cancels a task or releases a component: the time a load balancer
     * needs to see readiness fail and route elsewhere. Default zero. A second stop request ends the
     * wait at once; a start that fails and rolls back does not wait.
     *
     * @throws IllegalArgumentException if null or negative
     */
    public Builder drainDelay(Duration drainDelay) {
      if (drainDelay == null || drainDelay.isNegative()) {
        throw new IllegalArgumentException(
            "Container.drainDelay must not be negative, got " + drainDelay);
      }
      this.drainDelay = drainDelay;
      return this;
    }

    /**
     * The number of threads that start components. Default 1. With more, components whose
     * dependencies have all started are built concurrently, on threads of the run named {@code
     * <container>-start-<n>}: a start of I/O-bound components (connections, remote calls, caches to
     * warm) takes about as long as its longest chain of dependencies instead of their sum. A
     * component is still built only after every dependency's {@code @PostConstruct} returned.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder startThreads(int startThreads) {
      if (startThreads < 1) {
        throw new IllegalArgumentException(
            "Container.startThreads must be at least 1, got " + startThreads);
      }
      this.startThreads = startThreads;
      return this;
    }

    /**
     * The bound on the whole start. Default none. Past it the start is rolled back and {@link
     * StartupException} names every component still starting, each with the stack of the thread
     * starting it (as suppressed exceptions).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = positive("startTimeout", startTimeout);
      return this;
    }

    /**
     * How often a start in progress logs, at INFO, what is still starting and for how long. Default
     * 10 seconds.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder startProgressInterval(Duration startProgressInterval) {
      this.startProgressInterval = positive("startProgressInterval", startProgressInterval);
      return this;
    }

    /**
     * The number of threads that run {@link Tasks}. Default: the number of processors the JVM
     * reported when this class first made a builder, at least 2.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder taskThreads(int taskThreads) {
      if (taskThreads < 1) {
        throw new IllegalArgumentException(
            "Container.taskThreads must be at least 1, got " + taskThreads);
      }
      this.taskThreads = taskThreads;
      return this;
    }

    /** Adds a listener of lifecycle events. */
    public Builder listener(LifecycleListener listener) {
      listeners.add(Objects.requireNonNull(listener, "Container.listener must not be null"));
      return this;
    }

    /**
     * Whether the container stops itself after each successful start; default from the property.
     */
    Builder stopAfterStart(boolean stopAfterStart) {
      this.stopAfterStart = stopAfterStart;
      return this;
    }

    /** Builds the container, {@link State#NEW}. */
    public Container build() {
      return new Container(this);
    }

    private static Duration positive(String setting, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(
            "Container." + setting + " must be positive, got " + value);
      }
      return value;
    }
  }
}
