package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/** {@code /lifecycle/timeline} of a real container, in a real browser. */
class TimelineServedTest {
  private static Browser browser;

  private final Registries registries = new Registries();

  @BeforeAll
  static void openBrowser() throws IOException {
    browser = Browser.open();
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static URI timeline(Container container) {
    return container.getInstance(AdminServer.class).uri().resolve("lifecycle/timeline");
  }

  /** The start bars by their component's name. */
  private static Map<String, WebElement> startBars() {
    return browser.all("rect.bar.start").stream()
        .collect(Collectors.toMap(bar -> bar.getDomAttribute("data-key"), Function.identity()));
  }

  @Test
  void thePageLoadsWithoutConsoleErrors() {
    try (Container container = TestContainers.start(registries, new Sleepers())) {
      browser.load(timeline(container));

      assertThat(browser.title()).isEqualTo("Timeline of admin-test \u2014 Cogwheel");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void everyComponentHasOneBarAndTheBarsAreInStartOrder() throws IOException {
    try (Container container = TestContainers.start(registries, new Sleepers())) {
      browser.load(timeline(container));

      List<WebElement> bars = browser.all("rect.bar.start");
      assertThat(bars)
          .extracting(bar -> bar.getDomAttribute("data-key"))
          .containsExactlyInAnyOrderElementsOf(
              container.components().stream().map(Component::name).toList());
      assertThat(
              bars.stream()
                  .sorted(Comparator.comparing(bar -> bar.getRect().getX()))
                  .map(bar -> bar.getDomAttribute("data-key")))
          .containsExactlyElementsOf(container.components().stream().map(Component::name).toList());
      browser.screenshot("served");
    }
  }

  @Test
  void barWidthsAreInProportionToTheComponentsOwnStarts() {
    try (Container container = TestContainers.start(registries, new Sleepers())) {
      browser.load(timeline(container));

      Map<String, WebElement> bars = startBars();
      double cache = bars.get("Sleepers$Cache").getRect().getWidth();
      assertThat(bars.get("Sleepers$Database").getRect().getWidth() / cache)
          .isCloseTo(
              (double) Sleepers.DATABASE_MILLIS / Sleepers.CACHE_MILLIS, withinPercentage(20));
      assertThat(bars.get("Sleepers$Api").getRect().getWidth() / cache)
          .isCloseTo((double) Sleepers.API_MILLIS / Sleepers.CACHE_MILLIS, withinPercentage(20));
    }
  }

  @Test
  void aParallelStartDrawsEachStartThreadAsALaneWithOverlappingBars() throws IOException {
    try (Container container =
        TestContainers.builder(registries, new Sleepers()).startThreads(3).build().start()) {
      browser.load(timeline(container));

      Map<String, WebElement> bars = startBars();
      Rectangle cache = bars.get("Sleepers$Cache").getRect();
      Rectangle database = bars.get("Sleepers$Database").getRect();
      Rectangle api = bars.get("Sleepers$Api").getRect();
      assertThat(browser.all("#start .lane-label")).hasSizeGreaterThanOrEqualTo(2);
      assertThat(cache.getY()).isNotEqualTo(database.getY());
      assertThat(cache.getX()).isLessThan(database.getX() + database.getWidth());
      assertThat(database.getX()).isLessThan(cache.getX() + cache.getWidth());
      assertThat(api.getX()).isGreaterThanOrEqualTo(database.getX() + database.getWidth() - 1);
      assertThat((double) database.getWidth() / cache.getWidth())
          .isCloseTo(
              (double) Sleepers.DATABASE_MILLIS / Sleepers.CACHE_MILLIS, withinPercentage(20));
      assertThat(browser.all("rect.bar.start.critical"))
          .extracting(bar -> bar.getDomAttribute("data-key"))
          // The admin server starts first (LifecycleBinder.startFirst): every start waited for it.
          .containsExactly("AdminServer", "Sleepers$Database", "Sleepers$Api");
      assertThat(browser.consoleErrors()).isEmpty();
      browser.screenshot("parallel-served");
    }
  }

  @Test
  void whileTheContainerStartsThePageRefreshesUntilItRuns() throws InterruptedException {
    Gate gate = new Gate();
    Container container =
        TestContainers.builder(registries, new Sleepers(), gate.module(), held()).build();
    CompletableFuture<Container> started = CompletableFuture.supplyAsync(container::start);
    try {
      URI admin = gate.awaitEntered();
      browser.load(admin.resolve("lifecycle/timeline"));
      assertThat(browser.one("#title").getText()).endsWith(": STARTING");
      assertThat(startBars()).doesNotContainKey("TimelineServedTest$Held");

      gate.open();

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                assertThat(browser.one("#title").getText()).endsWith(": RUNNING");
                assertThat(startBars()).containsKey("TimelineServedTest$Held");
              });
      assertThat(browser.consoleErrors()).isEmpty();
    } finally {
      gate.open();
      started.join().close();
    }
  }

  @Test
  void whileTheContainerStopsThePageRefreshes() throws InterruptedException {
    Gate first = new Gate();
    Gate second = new Gate();
    Container container = TestContainers.start(registries, heldAtStop(first, second));
    URI page = timeline(container);
    CompletableFuture<Void> stopped = CompletableFuture.runAsync(container::stop);
    try {
      first.awaitEntered();
      browser.load(page);
      assertThat(browser.one("#title").getText()).endsWith(": STOPPING");
      assertThat(browser.all("rect.bar.stop")).isEmpty();

      first.open();
      second.awaitEntered();

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(browser.all("rect.bar.stop"))
                      .extracting(bar -> bar.getDomAttribute("data-key"))
                      .containsExactly("TimelineServedTest$ReleasedFirst"));
    } finally {
      first.open();
      second.open();
      stopped.join();
    }
  }

  /** Holds its release at its gate; made second, so released first. */
  static class ReleasedFirst {
    private final Gate gate;

    ReleasedFirst(Gate gate) {
      this.gate = gate;
    }

    @PreDestroy
    void release() throws InterruptedException {
      gate.pass();
    }
  }

  /** Holds its release at its gate; made first, so released second. */
  static class ReleasedSecond extends ReleasedFirst {
    ReleasedSecond(Gate gate) {
      super(gate);
    }
  }

  private static AbstractModule heldAtStop(Gate first, Gate second) {
    return new AbstractModule() {
      @Provides
      @Singleton
      ReleasedSecond releasedSecond() {
        return new ReleasedSecond(second);
      }

      @Provides
      @Singleton
      ReleasedFirst releasedFirst(ReleasedSecond dependency) {
        return new ReleasedFirst(first);
      }
    };
  }

  /** Holds its start at the gate. */
  @Singleton
  static class Held {
    @Inject
    Held(Gate gate, AdminServer server) throws InterruptedException {
      gate.pass(server);
    }
  }

  private static AbstractModule held() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Held.class);
      }
    };
  }
}
