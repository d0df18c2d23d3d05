package dev.cogwheel.benchmarks.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;

/**
 * One singleton of a generated graph. Its lifecycle methods do trivial work that also checks the
 * container's ordering: {@code @PostConstruct} fails if a dependency has not started, and
 * {@code @PreDestroy} fails if a node that depends on this one has not stopped yet. A node may also
 * wait a fixed time in its {@code @PostConstruct}, standing for I/O (a connection, a remote call).
 *
 * <p>Safe for a parallel start: two dependents of one node may start at once on different threads,
 * so the count of running dependents is updated atomically. Whether a dependency has started is a
 * plain field: a container must publish a dependency's start to the threads that start its
 * dependents, and this check fails if one does not.
 */
public final class Node {
  private static final VarHandle RUNNING_DEPENDENTS;

  static {
    try {
      RUNNING_DEPENDENTS =
          MethodHandles.lookup().findVarHandle(Node.class, "runningDependents", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String name;
  private final Census census;
  private final List<Node> dependencies;
  private final Duration startWait;
  private boolean started;
  private int runningDependents; // through RUNNING_DEPENDENTS only

  /**
   * A node whose {@code @PostConstruct} does no more than its checks.
   *
   * @param name the node's name, {@link LayeredGraph#name(int)}
   * @param census where the node counts its start and its stop
   * @param dependencies the nodes it depends on, already created
   */
  public Node(String name, Census census, List<Node> dependencies) {
    this(name, census, dependencies, Duration.ZERO);
  }

  /**
   * A node whose {@code @PostConstruct} waits {@code startWait} after its checks.
   *
   * @param name the node's name, {@link LayeredGraph#name(int)}
   * @param census where the node counts its start and its stop
   * @param dependencies the nodes it depends on, already created
   * @param startWait how long its {@code @PostConstruct} sleeps, standing for I/O
   */
  public Node(String name, Census census, List<Node> dependencies, Duration startWait) {
    this.name = name;
    this.census = census;
    this.dependencies = dependencies;
    this.startWait = startWait;
  }

  /**
   * Starts the node: checks that every dependency has started, waits its start time, and counts the
   * start.
   *
   * @throws IllegalStateException naming both nodes if a dependency has not started, or if
   *     interrupted while waiting
   */
  @PostConstruct
  public void start() {
    for (Node dependency : dependencies) {
      if (!dependency.started) {
        throw new IllegalStateException(name + " started before its dependency " + dependency.name);
      }
      RUNNING_DEPENDENTS.getAndAdd(dependency, 1);
    }
    if (!startWait.isZero()) {
      try {
        Thread.sleep(startWait.toMillis(), startWait.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(name + " was interrupted while it started", e);
      }
    }
    started = true;
    census.started();
  }

  /**
   * Stops the node and counts the stop.
   *
   * @throws IllegalStateException if a node that depends on this one still runs
   */
  @PreDestroy
  public void stop() {
    int running = (int) RUNNING_DEPENDENTS.getVolatile(this);
    if (running != 0) {
      throw new IllegalStateException(
          name + " stopped while " + running + " of its dependents still run");
    }
    for (Node dependency : dependencies) {
      RUNNING_DEPENDENTS.getAndAdd(dependency, -1);
    }
    started = false;
    census.stopped();
  }

  /** The node's name. */
  public String name() {
    return name;
  }

  /** The nodes it depends on. */
  public List<Node> dependencies() {
    return dependencies;
  }

  @Override
  public String toString() {
    return "Node[" + name + "]";
  }
}
