package dev.cogwheel.benchmarks.internal;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;

/**
 * Plain Guice creating an injector on a new platform thread, the way Cogwheel creates its injector
 * on a start thread of its own: the floor that pays what Cogwheel pays for where it runs. Guice
 * records the source of every binding from a stack trace, whose cost grows with the depth of the
 * calling stack (JMH's worker thread is deeper than a fresh one), and work handed to another thread
 * may run on a core whose caches are cold.
 */
public final class GuiceOnAThread {
  private GuiceOnAThread() {}

  /**
   * {@code Guice.createInjector(Stage.PRODUCTION, modules)} on a new thread, waited for.
   *
   * @throws InterruptedException if interrupted while waiting for the thread
   * @throws RuntimeException what creating the injector threw
   */
  public static Injector createInjector(Module... modules) throws InterruptedException {
    Injector[] injector = new Injector[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread thread =
        new Thread(
            () -> {
              try {
                injector[0] = Guice.createInjector(Stage.PRODUCTION, modules);
              } catch (RuntimeException e) {
                failure[0] = e;
              }
            },
            "plain-guice");
    thread.start();
    thread.join();
    if (failure[0] != null) {
      throw failure[0];
    }
    return injector[0];
  }
}
