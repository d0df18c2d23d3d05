package dev.cogwheel.benchmarks.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;

/**
 * One singleton of a generated graph. Its lifecycle methods do trivial work that also checks the
 * container's ordering: {@code @PostConstruct} fails if a dependency has not started, and
 * {@code @PreDestroy} fails if a node that depends on this one has not stopped yet.
 *
 * <p>Not thread-safe: a container runs the lifecycle methods of one graph one at a time, with a
 * happens-before edge between them (the start and the stop each run on one thread).
 */
public final class Node {
  private final String name;
  private final Census census;
  private final List<Node> dependencies;
  private boolean started;
  private int runningDependents;

  /**
   * @param name the node's name, {@link LayeredGraph#name(int)}
   * @param census where the node counts its start and its stop
   * @param dependencies the nodes it depends on, already created
   */
  public Node(String name, Census census, List<Node> dependencies) {
    this.name = name;
    this.census = census;
    this.dependencies = dependencies;
  }

  @PostConstruct
  void start() {
    for (Node dependency : dependencies) {
      if (!dependency.started) {
        throw new IllegalStateException(name + " started before its dependency " + dependency.name);
      }
      dependency.runningDependents++;
    }
    started = true;
    census.started();
  }

  @PreDestroy
  void stop() {
    if (runningDependents != 0) {
      throw new IllegalStateException(
          name + " stopped while " + runningDependents + " of its dependents still run");
    }
    for (Node dependency : dependencies) {
      dependency.runningDependents--;
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
