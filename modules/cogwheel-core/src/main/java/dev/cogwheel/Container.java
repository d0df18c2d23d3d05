package dev.cogwheel;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.matcher.Matchers;
import dev.cogwheel.internal.ComponentRegistry;
import dev.cogwheel.internal.ContainerThreads;
import dev.cogwheel.internal.DependencyGraph;
import dev.cogwheel.internal.KeyNames;
import dev.cogwheel.internal.LinkedSingletons;
import dev.cogwheel.internal.Listeners;
import dev.cogwheel.internal.ManagedComponent;
import dev.cogwheel.internal.Release;
import dev.cogwheel.internal.SingletonLink;
import dev.cogwheel.internal.TaskExecutor;
import dev.cogwheel.internal.UserObjects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  private final String name;
  private final List<Module> modules;
  private final Stage stage;
  private final boolean shutdownHook;
  private final Duration stopTimeout;
  private final int taskThreads;
  private final List<LifecycleListener> listeners;
  private final Set<Class<?>> warnedUnscopedTypes = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lifecycle = new ReentrantLock();

  private volatile State state = State.NEW;
  private volatile Run run;

  private Container(Builder builder) {
    this.name = builder.name;
    this.modules = List.copyOf(builder.modules);
    this.stage = builder.stage;
    this.shutdownHook = builder.shutdownHook;
    this.stopTimeout = builder.stopTimeout;
    this.taskThreads = builder.taskThreads;
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
    return name;
  }

  /** The current state. */
  public State state() {
    return state;
  }

  /**
   * Starts the container: creates a fresh injector, starts every eager singleton in dependency
   * order, then releases the held tasks. Does nothing if the container is already running.
   *
   * <p>With {@linkplain Builder#shutdownHook(boolean) a shutdown hook}, the hook is in place before
   * anything is created.
   *
   * @return this container, {@link State#RUNNING}
   * @throws StartupException if anything failed, or a stop was requested, before every eager
   *     singleton had started; every component already started has been stopped again, in reverse
   *     order, and the container is {@link State#FAILED} (or {@link State#STOPPED} for a stop)
   */
  public Container start() {
    lifecycle.lock();
    try {
      if (state == State.RUNNING) {
        return this;
      }
      Run run = new Run();
      this.run = run;
      if (shutdownHook) {
        run.installShutdownHook();
      }
      state = State.STARTING;
      long begin = System.nanoTime();
      run.listeners.starting();
      Throwable failure = run.createInjector();
      if (failure == null && !run.stopRequested) {
        state = State.RUNNING;
        run.tasks.open();
        run.listeners.started(Duration.ofNanos(System.nanoTime() - begin));
        return this;
      }
      StartupException exception = startupException(run, failure);
      rollBack(run, exception);
      throw exception;
    } finally {
      lifecycle.unlock();
    }
  }

  /**
   * Stops the container: cancels and drains its tasks, then releases every component in the reverse
   * of the dependency graph. Idempotent and thread-safe: each component is released exactly once,
   * and every caller returns once the stop is complete.
   *
   * <p>While the container is starting, a stop interrupts the start, which rolls back. Called from
   * one of the container's own threads (a task, a lifecycle method), the stop begins on another
   * thread and this method returns at once; use {@link #awaitStopped()} to wait for it. Does
   * nothing if the container is not starting or running.
   *
   * @throws StopException if a component's release threw or ran past the stop timeout, or a task
   *     did not end in time; every other component was still released and the container is {@link
   *     State#STOPPED}
   */
  public void stop() {
    Run run = this.run;
    if (run == null) {
      return;
    }
    if (state == State.STARTING) {
      run.requestStop();
    }
    if (run.threads.owns(Thread.currentThread())) {
      if (state == State.RUNNING) {
        Thread stopper = new Thread(run.threads.outside(), this::stopAndLog, name + "-stop");
        stopper.setDaemon(true);
        stopper.start();
      }
      return;
    }
    lifecycle.lock();
    try {
      if (state == State.RUNNING && this.run == run) {
        stopRunning(run);
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
   * not starting, running or stopping.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void awaitStopped() throws InterruptedException {
    Run run = this.run;
    if (run != null) {
      run.stopped.await();
    }
  }

  /**
   * Blocks until the current run of the container has stopped, or {@code timeout} has passed.
   *
   * @return {@code true} if the container is not starting, running or stopping
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    Run run = this.run;
    return run == null || run.stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * The injector of the running container.
   *
   * @throws IllegalStateException if the container is not {@link State#RUNNING}
   */
  public Injector injector() {
    Run run = this.run;
    Injector injector = run == null ? null : run.injector;
    if (state != State.RUNNING || injector == null) {
      throw new IllegalStateException(
          "container '"
              + name
              + "' is "
              + state
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
   * The managed components of the current (or last) run, in start order, with their dependencies
   * and, once stopped, their stop durations. Empty before the first start.
   */
  public List<Component> components() {
    Run run = this.run;
    if (run == null) {
      return List.of();
    }
    List<ManagedComponent> components = run.registry.components();
    Injector injector = run.injector;
    if (injector != null && state == State.RUNNING) {
      DependencyGraph.resolve(injector, components);
    }
    List<Component> snapshots = new ArrayList<>(components.size());
    for (ManagedComponent component : components) {
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
    Run run = this.run;
    if (run == null) {
      throw new IllegalStateException(
          "container '" + name + "' has not been started; it has no threads yet");
    }
    return run.threads.factory(purpose);
  }

  /**
   * The threads of the current (or last) run that are alive: the container's own, and every thread
   * started from them — by a component's constructor or {@code @PostConstruct}, or by a task. After
   * a clean stop this is empty within moments; what remains is a leak.
   */
  public List<Thread> threads() {
    Run run = this.run;
    return run == null ? List.of() : run.threads.alive();
  }

  @Override
  public String toString() {
    return "Container[" + name + ", " + state + "]";
  }

  private void stopAndLog() {
    try {
      stop();
    } catch (StopException e) {
      log.error("Container '{}' stopped with failures: {}", name, e.getMessage(), e);
    } catch (RuntimeException e) {
      log.error("Container '{}' failed to stop", name, e);
    }
  }

  private void stopRunning(Run run) {
    state = State.STOPPING;
    long begin = System.nanoTime();
    run.registry.close();
    run.listeners.stopping();
    Map<Key<?>, Throwable> failures = new LinkedHashMap<>();
    try {
      run.tasks.shutdown(stopTimeout);
    } catch (TimeoutException e) {
      failures.put(Key.get(Tasks.class), e);
    }
    failures.putAll(releaseComponents(run));
    state = State.STOPPED;
    run.listeners.stopped(Duration.ofNanos(System.nanoTime() - begin));
    run.finish();
    if (!failures.isEmpty()) {
      throw new StopException(
          describe("stopped with " + failures.size() + " failure(s)", failures), failures);
    }
  }

  private StartupException startupException(Run run, Throwable failure) {
    if (run.stopRequested) {
      Throwable cause = failure != null ? failure : new CancellationException("stop requested");
      return new StartupException(
          "Container '" + name + "' was stopped while starting", null, cause);
    }
    ComponentRegistry.StartFailure componentFailure = run.registry.failure();
    if (componentFailure != null) {
      return new StartupException(
          "Container '"
              + name
              + "' failed to start "
              + KeyNames.describe(componentFailure.key())
              + ": "
              + componentFailure.message(),
          componentFailure.key(),
          componentFailure.cause());
    }
    if (failure instanceof CreationException) {
      return new StartupException(
          "Container '" + name + "' failed to start: " + failure.getMessage(), null, failure);
    }
    return new StartupException(
        "Container '" + name + "' failed to start: " + failure, null, failure);
  }

  private void rollBack(Run run, StartupException exception) {
    run.registry.close();
    run.tasks.discard();
    releaseComponents(run).values().forEach(exception::addSuppressed);
    state = run.stopRequested ? State.STOPPED : State.FAILED;
    run.listeners.startFailed(exception);
    run.finish();
  }

  /**
   * Releases every component of {@code run} in stop order — the reverse of the dependency graph
   * when the injector exists, reverse start order when its creation failed — and drops the
   * injector.
   *
   * @return the failures by component key, in stop order
   */
  private Map<Key<?>, Throwable> releaseComponents(Run run) {
    List<ManagedComponent> components = run.registry.components();
    if (run.injector != null) {
      DependencyGraph.resolve(run.injector, components);
      run.injector = null;
    }
    Map<Key<?>, Throwable> failures = new LinkedHashMap<>();
    Release.inOrder(
            DependencyGraph.stopOrder(components),
            stopTimeout,
            run.threads.factory("stop"),
            run.listeners)
        .forEach((component, failure) -> failures.put(component.key(), failure));
    return failures;
  }

  private String describe(String what, Map<Key<?>, Throwable> failures) {
    StringBuilder message =
        new StringBuilder("Container '").append(name).append("' ").append(what).append(':');
    failures.forEach(
        (key, failure) ->
            message.append("\n  ").append(KeyNames.describe(key)).append(": ").append(failure));
    return message.toString();
  }

  /** One start of the container and what it created, up to the end of its stop. */
  private final class Run {
    final ContainerThreads threads = new ContainerThreads(name);
    final TaskExecutor tasks = new TaskExecutor(name, taskThreads, threads.factory("task"));
    final Listeners listeners = new Listeners(Container.this, Container.this.listeners);
    final ComponentRegistry registry = new ComponentRegistry(name, listeners, warnedUnscopedTypes);
    final CountDownLatch stopped = new CountDownLatch(1);
    volatile Injector injector;
    volatile boolean stopRequested;
    private volatile Thread starter;
    private Thread hook;

    /** Creates the injector on a thread of this run; returns what failed, or null. */
    Throwable createInjector() {
      Throwable[] failure = new Throwable[1];
      // Guice injects bound instances in binding order, before it creates any singleton: the
      // container's own come first, ahead of every object of the user's.
      Module containerBindings =
          new AbstractModule() {
            @Override
            protected void configure() {
              bind(Container.class).toInstance(Container.this);
              bind(Tasks.class).toInstance(tasks);
              bind(UserObjects.class).toInstance(new UserObjects(registry));
              if (stage == Stage.PRODUCTION) {
                bind(LinkedSingletons.class).toInstance(new LinkedSingletons(registry));
              }
              bindListener(Matchers.any(), registry.postConstructs());
              bindListener(ComponentRegistry.PROVISIONS, registry);
            }
          };
      Thread thread =
          threads
              .factory("start")
              .newThread(
                  () -> {
                    try {
                      List<Module> all = new ArrayList<>(modules.size() + 1);
                      all.add(containerBindings);
                      if (stage == Stage.PRODUCTION) {
                        all.addAll(modules); // linked singletons: LinkedSingletons
                      } else {
                        all.add(
                            SingletonLink.rewrite(stage, modules)); // linked singletons may be lazy
                      }
                      injector = Guice.createInjector(stage, all);
                    } catch (Throwable t) {
                      failure[0] = t;
                    }
                  });
      starter = thread;
      registry.startThread(thread);
      thread.start();
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          if (stopRequested) {
            thread.join(stopTimeout.toMillis());
            break;
          }
          thread.join(50);
        } catch (InterruptedException e) {
          interrupted = true;
          requestStop();
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      starter = null;
      if (!thread.isAlive()) {
        registry.startThread(null);
      }
      return thread.isAlive()
          ? new TimeoutException(
              "the start did not end within " + stopTimeout.toMillis() + " ms of the stop request")
          : failure[0];
    }

    void requestStop() {
      stopRequested = true;
      registry.cancel();
      Thread thread = starter;
      if (thread != null) {
        thread.interrupt();
      }
    }

    void installShutdownHook() {
      hook = new Thread(Container.this::stopAndLog, name + "-shutdown-hook");
      Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Marks the run stopped, wakes those waiting for it and removes the shutdown hook. */
    void finish() {
      stopped.countDown();
      if (hook != null && Thread.currentThread() != hook) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is shutting down: the hook is running or about to, and will find us stopped
        }
      }
    }
  }

  /** Configures and builds a {@link Container}. Not thread-safe; the container it builds is. */
  public static final class Builder {
    private final List<Module> modules = new ArrayList<>();
    private final List<LifecycleListener> listeners = new ArrayList<>();
    private String name = "cogwheel";
    private Stage stage = Stage.PRODUCTION;
    private boolean shutdownHook;
    private Duration stopTimeout = Duration.ofSeconds(10);
    private int taskThreads = Math.max(2, Runtime.getRuntime().availableProcessors());

    private Builder() {}

    /** Adds modules. */
    public Builder modules(Module... modules) {
      return modules(Arrays.asList(modules));
    }

    /** Adds modules. */
    public Builder modules(Iterable<? extends Module> modules) {
      for (Module module : modules) {
        this.modules.add(Objects.requireNonNull(module, "module"));
      }
      return this;
    }

    /**
     * The container's name, for thread names, logs and metrics. Default {@code cogwheel}.
     *
     * @throws IllegalArgumentException if blank or not made of letters, digits, {@code . _ -}
     */
    public Builder name(String name) {
      if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException(
            "container name must be letters, digits, '.', '_' or '-', got '" + name + "'");
      }
      this.name = name;
      return this;
    }

    /**
     * The Guice stage. Default {@link Stage#PRODUCTION}, where every singleton is eager; in {@link
     * Stage#DEVELOPMENT} singletons are created when first needed, and stopped if created.
     */
    public Builder stage(Stage stage) {
      this.stage = Objects.requireNonNull(stage, "stage");
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
     * The bound on one component's release, and on draining the tasks. Default 10 seconds.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder stopTimeout(Duration stopTimeout) {
      if (stopTimeout == null || stopTimeout.isNegative() || stopTimeout.isZero()) {
        throw new IllegalArgumentException("stopTimeout must be positive, got " + stopTimeout);
      }
      this.stopTimeout = stopTimeout;
      return this;
    }

    /**
     * The number of threads that run {@link Tasks}. Default: the number of processors, at least 2.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder taskThreads(int taskThreads) {
      if (taskThreads < 1) {
        throw new IllegalArgumentException("taskThreads must be at least 1, got " + taskThreads);
      }
      this.taskThreads = taskThreads;
      return this;
    }

    /** Adds a listener of lifecycle events. */
    public Builder listener(LifecycleListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** Builds the container, {@link State#NEW}. */
    public Container build() {
      return new Container(this);
    }
  }
}
