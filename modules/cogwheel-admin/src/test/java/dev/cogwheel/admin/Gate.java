package dev.cogwheel.admin;

import com.google.inject.AbstractModule;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a lifecycle method until the test has looked: the component calls {@link #pass()}, the test
 * waits for {@link #awaitEntered()}, probes, then {@link #open()}s. Bound with toInstance, so the
 * container never manages it.
 */
final class Gate {
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch opened = new CountDownLatch(1);
  private volatile URI admin;

  /** Called by the component: records where the admin server is, then waits for the test. */
  void pass(AdminServer server) throws InterruptedException {
    admin = server.uri();
    pass();
  }

  /** Called by the component: waits for the test. */
  void pass() throws InterruptedException {
    entered.countDown();
    if (!opened.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the test never opened the gate");
    }
  }

  /**
   * Waits until a component is held at the gate; returns the admin server's URI, if it recorded
   * one.
   */
  URI awaitEntered() throws InterruptedException {
    if (!entered.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no component reached the gate");
    }
    return admin;
  }

  void open() {
    opened.countDown();
  }

  AbstractModule module() {
    Gate self = this;
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Gate.class).toInstance(self);
      }
    };
  }
}
