package dev.cogwheel.junit5;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A test's own switch for threads that must outlive their container: they wait for the gate, and
 * the test opens it and joins them once the leak check has seen them, so no spec leaves a thread
 * behind.
 */
final class Gate {
  private final CountDownLatch open = new CountDownLatch(1);
  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  /** Starts a daemon thread named {@code name} that runs {@code body}, and tracks it. */
  void start(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  /** Blocks until the gate is open. */
  void await() {
    try {
      open.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Opens the gate and waits for every tracked thread to end. */
  void openAndJoin() throws InterruptedException {
    open.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
  }
}
