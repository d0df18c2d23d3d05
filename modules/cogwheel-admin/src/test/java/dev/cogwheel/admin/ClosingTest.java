package dev.cogwheel.admin;

import static dev.cogwheel.admin.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.health.HealthCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import dev.cogwheel.Container;
import dev.cogwheel.State;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A stop seen from outside, over HTTP: the drain delay before anything is released, then the
 * server's own close.
 */
class ClosingTest {
  private final Registries registries = new Registries();

  /** A component whose release is recorded with the time it happened. */
  @Singleton
  static class Pool {
    static final AtomicLong releasedAt = new AtomicLong();

    @PreDestroy
    void release() {
      releasedAt.set(System.nanoTime());
    }
  }

  /** A health check that holds its request until the test lets it go. */
  static final class HeldCheck extends HealthCheck {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    protected Result check() throws InterruptedException {
      entered.countDown();
      release.await(30, TimeUnit.SECONDS);
      return Result.healthy();
    }
  }

  private Container start(Duration drainDelay) {
    Pool.releasedAt.set(0);
    return TestContainers.builder(
            registries,
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Pool.class);
              }
            })
        .drainDelay(drainDelay)
        .build()
        .start();
  }

  @Test
  void duringTheDrainDelayReadinessIs503AndNothingIsReleasedUntilTheDelayHasPassed()
      throws Exception {
    Duration delay = Duration.ofMillis(800);
    Container container = start(delay);
    AdminServer admin = container.getInstance(AdminServer.class);

    long stopAt = System.nanoTime();
    CompletableFuture<Void> stop = CompletableFuture.runAsync(container::stop);
    await().until(() -> Http.get(admin, "/health/ready").statusCode() == 503);

    JsonNode lifecycle = json(Http.get(admin, "/lifecycle"));
    assertThat(lifecycle.get("state").asText()).isEqualTo("STOPPING");
    assertThat(lifecycle.findValues("stopMillis")).allMatch(JsonNode::isNull);
    assertThat(Http.get(admin, "/health/live").statusCode()).isEqualTo(200);
    stop.get(30, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(Pool.releasedAt.get() - stopAt)).isGreaterThanOrEqualTo(delay);
    assertThat(container.state()).isEqualTo(State.STOPPED);
  }

  @Test
  void aSecondStopEndsTheDrainDelayAtOnce() throws Exception {
    Container container = start(Duration.ofHours(1));
    AdminServer admin = container.getInstance(AdminServer.class);
    CompletableFuture<Void> firstStop = CompletableFuture.runAsync(container::stop);
    await().until(() -> Http.get(admin, "/health/ready").statusCode() == 503);
    assertThat(Pool.releasedAt.get()).isZero();

    container.stop();

    assertThat(Pool.releasedAt.get()).isNotZero();
    assertThat(container.state()).isEqualTo(State.STOPPED);
    firstStop.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aRequestInProgressWhenTheServerClosesIsAnsweredAndNewConnectionsAreRefused()
      throws Exception {
    HeldCheck held = new HeldCheck();
    registries.healthChecks.register("held", held);
    Container container = TestContainers.start(registries);
    AdminServer admin = container.getInstance(AdminServer.class);
    CompletableFuture<HttpResponse<String>> inProgress =
        CompletableFuture.supplyAsync(() -> Http.get(admin, "/health/ready"));
    assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stop = CompletableFuture.runAsync(container::stop);
    await().atMost(Duration.ofSeconds(10)).until(() -> refuses(admin));
    held.release.countDown();

    HttpResponse<String> answer = inProgress.get(10, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(json(answer).get("status").asText()).isEqualTo("DOWN");
    stop.get(10, TimeUnit.SECONDS);
    await().atMost(Duration.ofSeconds(5)).until(() -> container.threads().isEmpty());
  }

  @Test
  void aRequestThatOutlastsTheOneSecondDrainDoesNotHoldTheStop() throws Exception {
    HeldCheck held = new HeldCheck();
    registries.healthChecks.register("held", held);
    Container container = TestContainers.start(registries);
    AdminServer admin = container.getInstance(AdminServer.class);
    CompletableFuture<HttpResponse<String>> inProgress =
        CompletableFuture.supplyAsync(() -> Http.get(admin, "/health/ready"));
    assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();

    container.stop();

    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(refuses(admin)).isTrue();
    assertThatThrownBy(() -> inProgress.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(UncheckedIOException.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> container.threads().isEmpty());
  }

  private static boolean refuses(AdminServer admin) {
    try (Socket socket = new Socket(admin.address().getAddress(), admin.port())) {
      return !socket.isConnected();
    } catch (ConnectException e) {
      return true;
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
