package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cogwheel.Component;
import dev.cogwheel.State;
import dev.cogwheel.admin.internal.TimelinePage;
import dev.cogwheel.admin.internal.TimelineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/** The timeline page in a real browser, drawn from components made by hand. */
class TimelinePictureTest {
  private static Browser browser;

  @TempDir Path files;

  private final Picture picture = new Picture();
  /* A parallel start on two threads: pool and client at once, then cache after pool on the first
   * thread, then api after all three on the second. Critical path: client, api (300 ms). */
  private final Component pool = picture.start("pool", "bot-start-1", 0, 100);
  private final Component client = picture.start("client", "bot-start-2", 0, 200);
  private final Component cache = picture.start("cache", "bot-start-1", 100, 150, pool);
  private final Component api = picture.start("api", "bot-start-2", 200, 300, pool, client, cache);

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

  private void show(String container, List<Component> components) throws IOException {
    Path file = files.resolve("timeline.html");
    Files.writeString(
        file,
        TimelinePage.html(new TimelineRun(container, State.RUNNING, components, null), false));
    browser.load(file);
  }

  /** The bar of {@code component} in the timeline of {@code phase}. */
  private static WebElement bar(String phase, Component component) {
    return browser.all("rect.bar." + phase).stream()
        .filter(bar -> component.name().equals(bar.getDomAttribute("data-key")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + phase + " bar of " + component.name()));
  }

  @Test
  void aParallelStartDrawsOneLanePerThreadWithOverlappingBars() throws IOException {
    show("bot", picture.components());

    assertThat(browser.all("#start .lane-label"))
        .extracting(WebElement::getText)
        .containsExactly("bot-start-1", "bot-start-2");
    Rectangle first = bar("start", pool).getRect();
    Rectangle second = bar("start", client).getRect();
    assertThat(second.getX()).isEqualTo(first.getX());
    assertThat(second.getY()).isGreaterThanOrEqualTo(first.getY() + first.getHeight());
    assertThat((double) second.getWidth() / first.getWidth()).isCloseTo(2.0, within(0.05));
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("parallel-start");
  }

  @Test
  void theCriticalPathOfTheStartIsHighlightedInTheTimelineAndTheGraph() throws IOException {
    show("bot", picture.components());

    assertThat(browser.all("rect.bar.start.critical"))
        .extracting(bar -> bar.getDomAttribute("data-key"))
        .containsExactly(client.name(), api.name());
    assertThat(browser.all("#graph .node.critical"))
        .extracting(node -> node.getDomAttribute("data-key"))
        .containsExactly(client.name(), api.name());
    assertThat(browser.one("#summary").getText())
        .contains("critical path 300 ms through 2 component(s)");
  }

  @Test
  void hoveringABarShowsItsKeyTypeDurationsAndDependencies() throws IOException {
    show("bot", picture.components());

    assertThat(bar("start", cache).findElement(By.tagName("title")).getDomProperty("textContent"))
        .isEqualTo(
            String.join(
                "\n",
                cache.name(),
                "java.lang.Object",
                "start: 50 ms own, 50 ms with its dependencies",
                "depends on: " + pool.name()));
  }

  @Test
  void clickingABarShowsItsDetailsAndLightsItsDependenciesAndDependentsInTheGraph()
      throws IOException {
    show("bot", picture.components());

    bar("start", cache).click();

    assertThat(browser.all("#details dt"))
        .extracting(WebElement::getText)
        .containsExactly(
            "key",
            "type",
            "start order",
            "start",
            "start thread",
            "critical path",
            "stop",
            "depends on",
            "needed by");
    assertThat(browser.all("#details dd"))
        .extracting(WebElement::getText)
        .containsExactly(
            cache.name(),
            "java.lang.Object",
            "3",
            "50 ms own, 50 ms with its dependencies",
            "bot-start-1",
            "no",
            "not released",
            pool.name(),
            api.name());
    assertThat(graphNode(cache).getDomAttribute("class")).isEqualTo("node selected");
    assertThat(graphNode(pool).getDomAttribute("class")).isEqualTo("node dependency");
    assertThat(graphNode(api).getDomAttribute("class")).isEqualTo("node critical dependent");
    assertThat(graphNode(client).getDomAttribute("class")).isEqualTo("node critical dimmed");
    assertThat(bar("start", pool).getDomAttribute("class")).isEqualTo("bar start dependency");
    browser.screenshot("selected");
  }

  @Test
  void releasesAreDrawnInTheStopTimelineInTheOrderTheyRan() throws IOException {
    show("bot", picture.stopped("bot-stop-1", 1_000, 10));

    assertThat(browser.all("#stop .lane-label"))
        .extracting(WebElement::getText)
        .containsExactly("bot-stop-1");
    assertThat(browser.all("rect.bar.stop")).hasSize(4);
    assertThat(bar("stop", api).getRect().getX()).isLessThan(bar("stop", cache).getRect().getX());
    assertThat(bar("stop", cache).getRect().getX())
        .isLessThan(bar("stop", client).getRect().getX());
    assertThat(bar("stop", client).getRect().getX()).isLessThan(bar("stop", pool).getRect().getX());
  }

  @Test
  void namesAreShownAsTextNeverAsMarkup() throws IOException {
    String hostile = "</script><img src=x onerror=\"document.title='owned'\">'&amp;";
    Picture named = new Picture();
    Component component = named.start(hostile, "<b>thread</b>", 0, 10);
    show("</title><script>document.title='owned'</script>", named.components());

    assertThat(browser.title())
        .isEqualTo("Timeline of </title><script>document.title='owned'</script> \u2014 Cogwheel");
    assertThat(browser.all("img")).isEmpty();
    assertThat(browser.all("script")).hasSize(2);
    assertThat(bar("start", component).getDomAttribute("data-key")).isEqualTo(component.name());
    assertThat(browser.one("#start .lane-label").getText()).isEqualTo("<b>thread</b>");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static WebElement graphNode(Component component) {
    return browser.all("#graph .node").stream()
        .filter(node -> component.name().equals(node.getDomAttribute("data-key")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no graph node of " + component.name()));
  }
}
