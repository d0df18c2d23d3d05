package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/** {@link LifecycleTimeline#write}: the timeline of a run as a file, opened in a real browser. */
class LifecycleTimelineTest {
  private static final String FAILED_RED = "rgb(214, 45, 58)";

  private static Browser browser;

  @TempDir Path files;

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

  @Test
  void theFileOfAStoppedRunShowsEveryComponentsStartAndStop() throws IOException {
    Container container = Container.builder().name("bot").modules(new Sleepers()).build().start();
    container.stop();
    Path file = files.resolve("timeline.html");

    LifecycleTimeline.write(container, file);

    browser.load(file);
    List<String> names = container.components().stream().map(Component::name).toList();
    assertThat(browser.all("rect.bar.start"))
        .extracting(bar -> bar.getDomAttribute("data-key"))
        .containsExactlyElementsOf(names);
    assertThat(browser.all("rect.bar.stop"))
        .extracting(bar -> bar.getDomAttribute("data-key"))
        .containsExactlyElementsOf(names);
    assertThat(browser.one("#title").getText())
        .isEqualTo("Lifecycle timeline of \u201cbot\u201d: STOPPED");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void theFileOfAFailedStartShowsTheFailedComponentInAColourOfItsOwnAfterTheLastThatStarted()
      throws IOException {
    Container container = Container.builder().name("bot").modules(Sleepers.failing()).build();
    StartupException failure = catchThrowableOfType(StartupException.class, container::start);
    Path file = files.resolve("failed.html");

    LifecycleTimeline.write(container, failure, file);

    browser.load(file);
    WebElement failed = browser.one("rect.bar.start.failed");
    assertThat(failed.getDomAttribute("data-key")).isEqualTo("Sleepers$Failing");
    assertThat(failed.getCssValue("fill")).isEqualTo(FAILED_RED);
    List<WebElement> started = browser.all("rect.bar.start:not(.failed)");
    assertThat(started)
        .hasSize(3)
        .allSatisfy(bar -> assertThat(bar.getCssValue("fill")).isNotEqualTo(FAILED_RED));
    int lastEnd =
        started.stream()
            .map(WebElement::getRect)
            .mapToInt(r -> r.getX() + r.getWidth())
            .max()
            .orElseThrow();
    Rectangle failedBar = failed.getRect();
    assertThat(failedBar.getX()).isBetween(lastEnd - 1, lastEnd + 1);
    assertThat(failedBar.getY()).isGreaterThan(started.get(0).getRect().getY());
    assertThat(browser.one("#summary").getText())
        .endsWith("start failed in Sleepers$Failing: java.lang.IllegalStateException");
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("failed-start");
  }
}
