package dev.cogwheel.okhttp.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread factory that remembers the threads it made while they run, so that their owner can wait
 * at stop until every one of them has ended.
 *
 * <p>Threads come from the container's factory (daemon, named after the container). An exception
 * that escapes a thread is logged rather than printed; OkHttp rethrows an unchecked exception from
 * an interceptor after it has reported it to the call's callback.
 */
public final class OwnedThreads implements ThreadFactory {
  private static final Logger log = LoggerFactory.getLogger(OwnedThreads.class);

  private final ThreadFactory delegate;
  private final String owner;
  private final Set<Thread> alive = ConcurrentHashMap.newKeySet();

  /**
   * @param delegate where the threads come from
   * @param owner what the threads serve, for log messages
   */
  public OwnedThreads(ThreadFactory delegate, String owner) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /**
   * A thread of the delegate, remembered until it has ended. Threads that have ended are forgotten
   * here rather than by themselves: a thread that removed itself on its way out would still be
   * alive for a moment, and {@link #join} would miss it; one not yet started is not forgotten.
   */
  @Override
  public Thread newThread(Runnable runnable) {
    alive.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);
    Thread thread = delegate.newThread(runnable);
    thread.setUncaughtExceptionHandler(this::uncaught);
    alive.add(thread);
    return thread;
  }

  /**
   * Waits up to {@code timeout} for every thread made here to end.
   *
   * @return the names of the threads still alive, empty if all ended
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public List<String> join(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread thread : List.copyOf(alive)) {
      long remaining = deadline - System.nanoTime();
      if (remaining > 0) {
        TimeUnit.NANOSECONDS.timedJoin(thread, remaining);
      }
    }
    List<String> names = new ArrayList<>();
    for (Thread thread : alive) {
      if (thread.isAlive()) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  private void uncaught(Thread thread, Throwable failure) {
    if (failure instanceof StoppedException) {
      log.debug(
          "{}: a call reached a stopped session on {}: {}",
          owner,
          thread.getName(),
          failure.getMessage());
    } else {
      log.error("{}: uncaught exception on {}", owner, thread.getName(), failure);
    }
  }
}
