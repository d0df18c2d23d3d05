package dev.cogwheel.internal;

/**
 * The default number of a container's task threads: the number of processors, at least 2, read once
 * per JVM. In a Linux container each reading of the number of processors reads the cgroup's files,
 * which a container built per test would otherwise pay for every test.
 */
public final class DefaultTaskThreads {
  /** The default, read when this class is first used. */
  public static final int COUNT = Math.max(2, Runtime.getRuntime().availableProcessors());

  private DefaultTaskThreads() {}
}
