package dev.cogwheel.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wait of a stop between announcing {@code stopping} and releasing anything, so that a load
 * balancer sees readiness fail first. A second stop request ends it at once.
 */
final class Drain {
  private static final Logger log = LoggerFactory.getLogger("dev.cogwheel.Container");

  private final String containerName;
  private final Duration delay;
  private final CountDownLatch ended = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();

  Drain(String containerName, Duration delay) {
    this.containerName = containerName;
    this.delay = delay;
  }

  /** Counts a request to stop: the second one ends the wait. */
  void countRequest() {
    if (requests.incrementAndGet() > 1) {
      ended.countDown();
    }
  }

  /** Waits the delay, or until a second stop request or an interrupt ends it. */
  void await() {
    if (delay.isZero()) {
      return;
    }
    log.info(
        "Container '{}' drains for {} ms before it stops; a second stop request ends the wait",
        containerName,
        delay.toMillis());
    try {
      if (ended.await(delay.toNanos(), TimeUnit.NANOSECONDS)) {
        log.info("Container '{}' ended its drain early: a second stop request came", containerName);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the stop goes on; the releases see the interrupt
    }
  }
}
