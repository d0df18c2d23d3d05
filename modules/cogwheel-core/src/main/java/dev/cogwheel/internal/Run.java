package dev.cogwheel.internal;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.matcher.Matchers;
import dev.cogwheel.StartupException;
import dev.cogwheel.State;
import dev.cogwheel.StopException;
import dev.cogwheel.Tasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One start of a container and what it created, up to the end of its stop: its threads, tasks,
 * injector, component graph and components. The container serialises {@link #start} and {@link
 * #stop}; the state moves only through the container's {@link LifecycleState}.
 */
public final class Run {
  private final RunSettings settings;
  private final LifecycleState state;
  private final RunEvents events;
  private final StartStopLog report;
  private final ContainerThreads threads;

  /**
   * The threads that start components, the one creating the injector first: numbered in one
   * sequence.
   */
  private final ContainerThreads.Factory startThreads;

  private final TaskExecutor tasks;
  private final Components components;
  private final StartFailures failures = new StartFailures();
  private final Provisions.Gate gate;
  private final Provisions provisions;
  private final PostConstructs postConstructs = new PostConstructs(this);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Drain drain;
  private final RunGraph graph;
  private volatile StartScheduler scheduler;
  private volatile Injector injector;
  private volatile boolean stopRequested;
  private volatile Throwable createFailure;
  private ShutdownHook hook;
  private StartThread startThread;
  private List<Module> modules; // set before the start thread starts

  public Run(
      RunSettings settings,
      LifecycleState state,
      RunEvents events,
      Set<Class<?>> warnedUnscopedTypes) {
    this.settings = settings;
    this.state = state;
    this.events = events;
    this.report = new StartStopLog(settings.name());
    this.threads = new ContainerThreads(settings.name());
    this.startThreads = threads.factory("start");
    this.tasks = new TaskExecutor(settings.name(), settings.taskThreads(), threads.factory("task"));
    this.components = new Components(settings.name(), Timebase.now(), this::componentStarted);
    this.gate = new Provisions.Gate(settings.name());
    this.drain = new Drain(settings.name(), settings.drainDelay());
    this.provisions = new Provisions(this, warnedUnscopedTypes);
    this.graph = new RunGraph(settings.stage(), failures);
  }

  /** The {@link Tasks} of this run. */
  public Tasks tasks() {
    return tasks;
  }

  /**
   * Starts the run: creates the injector from {@code own} (the container's public bindings) and the
   * user's modules, and starts every eager singleton in dependency order.
   *
   * @param ownKeys the keys {@code own} binds, which are never components
   * @param stopFromOutside stops the container from a thread that is not the run's: what the
   *     shutdown hook does, if the settings ask for one, and the {@linkplain StopAfterStart stop
   *     after the start}, if they ask for that
   * @throws StartupException after the rollback, if anything failed or a stop was requested
   */
  public void start(Module own, Set<Key<?>> ownKeys, Runnable stopFromOutside) {
    if (settings.shutdownHook()) {
      hook = ShutdownHook.add(settings.name(), stopFromOutside);
    }
    state.move(State.STARTING);
    long begin = System.nanoTime();
    report.starting();
    events.starting();
    modules = new ArrayList<>(settings.modules().size() + 2);
    modules.add(own);
    modules.add(
        binder -> {
          // Named sources: without one Guice takes a stack trace per element, on every start.
          StartHook.install(binder, graph);
          binder.withSource(PostConstructs.class).bindListener(Matchers.any(), postConstructs);
          binder.withSource(Provisions.class).bindListener(Provisions.matcher(ownKeys), provisions);
        });
    modules.addAll(settings.modules());
    StartWatch watch = new StartWatch(this, settings);
    startThread = new StartThread(startThreads, this::createInjector);
    Throwable failure = watch.run(startThread);
    if (failure == null && !stopRequested && !failures.failed()) {
      state.move(State.RUNNING);
      tasks.open();
      Duration duration = Duration.ofNanos(System.nanoTime() - begin);
      report.started(duration);
      events.started(duration);
      if (settings.stopAfterStart()) {
        report.stoppingAfterStart();
        StopAfterStart.begin(settings.name(), threads.outside(), stopFromOutside);
      }
      return;
    }
    StartupException exception = watch.exception(failure);
    rollBack(exception);
    throw exception;
  }

  private void createInjector() {
    StartHook.await(this::injectorReady);
    try {
      injector = Guice.createInjector(settings.stage(), modules);
    } catch (Throwable t) {
      createFailure = t;
    } finally {
      StartHook.clear();
    }
  }

  /** What creating the injector threw, once the thread that created it has ended. */
  Throwable createFailure() {
    return createFailure;
  }

  /**
   * Called by Guice's static injection, before anything of the user's is created (unless a static
   * injection of the root's modules did): builds every eager singleton.
   */
  private void injectorReady() {
    ComponentGraph graph = this.graph.get();
    StartScheduler start =
        new StartScheduler(
            this,
            StartUnits.of(graph.nodes(), graph.creationOrder()),
            settings.startThreads(),
            startThreads);
    scheduler = start;
    try {
      start.run();
    } catch (InterruptedException e) {
      gate.cancel();
      Thread.currentThread().interrupt();
    }
    if (failures.failed() || gate.cancelled()) {
      throw new StartAbandoned(
          "the start of container '"
              + settings.name()
              + "' ended at its first failure or a stop request; see the StartupException");
    }
  }

  /** Stops the running container. The caller holds the container's lifecycle lock. */
  public void stop() {
    state.move(State.STOPPING);
    long begin = System.nanoTime();
    gate.close();
    report.stopping();
    events.stopping();
    drain.await();
    Map<Key<?>, Throwable> failed = new LinkedHashMap<>();
    try {
      tasks.shutdown(settings.stopTimeout());
    } catch (TimeoutException e) {
      failed.put(Key.get(Tasks.class), e);
    }
    failed.putAll(release());
    state.move(State.STOPPED);
    Duration duration = Duration.ofNanos(System.nanoTime() - begin);
    report.stopped(duration);
    events.stopped(duration);
    finish();
    if (!failed.isEmpty()) {
      StringBuilder message =
          new StringBuilder("Container '")
              .append(settings.name())
              .append("' stopped with ")
              .append(failed.size())
              .append(" failure(s):");
      failed.forEach(
          (key, failure) ->
              message.append("\n  ").append(KeyNames.describe(key)).append(": ").append(failure));
      throw new StopException(message.toString(), failed);
    }
  }

  private void rollBack(StartupException exception) {
    gate.cancel();
    gate.close();
    tasks.discard();
    release().values().forEach(exception::addSuppressed);
    state.move(stopRequested ? State.STOPPED : State.FAILED);
    report.startFailed(exception);
    events.startFailed(exception);
    finish();
  }

  /** Releases every component in stop order and drops the injector; returns the failures by key. */
  private Map<Key<?>, Throwable> release() {
    components.close();
    injector = null;
    Map<Key<?>, Throwable> failed = new LinkedHashMap<>();
    Release.inOrder(
            StopOrder.of(components.list()),
            settings.stopTimeout(),
            threads.factory("stop"),
            startThread,
            this::componentStopped,
            settings.name())
        .forEach((component, failure) -> failed.put(component.key(), failure));
    startThread.dismiss();
    return failed;
  }

  private void componentStarted(ManagedComponent component) {
    report.componentStarted(component);
    events.componentStarted(component);
  }

  private void componentStopped(ManagedComponent component) {
    report.componentStopped(component);
    events.componentStopped(component);
  }

  /** Counts a request to stop the running container: the second one ends the drain. */
  public void countStopRequest() {
    drain.countRequest();
  }

  /**
   * Asks the start in progress to give up: no new component starts, and those starting are
   * interrupted.
   */
  public void requestStop() {
    stopRequested = true;
    gate.cancel();
  }

  boolean stopRequested() {
    return stopRequested;
  }

  /** Marks the run stopped, wakes those waiting for it and removes the shutdown hook. */
  private void finish() {
    stopped.countDown();
    if (hook != null) {
      hook.remove();
    }
  }

  /** Blocks until this run has stopped, or {@code timeout} has passed; true if it has. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Blocks until this run has stopped. */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /** The injector, while the run has one. */
  public Injector injector() {
    return injector;
  }

  /** The components in start order. */
  public List<ManagedComponent> started() {
    return components.list();
  }

  /** The run's threads. */
  public ContainerThreads threads() {
    return threads;
  }

  String name() {
    return settings.name();
  }

  ComponentGraph graph() {
    return graph.get();
  }

  Components record() {
    return components;
  }

  StartFailures failures() {
    return failures;
  }

  Provisions.Gate gate() {
    return gate;
  }

  StartScheduler scheduler() {
    return scheduler;
  }
}
