package dev.cogwheel.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the system's packages ({@code chromium}, {@code chromium-driver}), driven
 * through the system's chromedriver, so that nothing is downloaded. Without them a test is skipped
 * on a developer's machine and fails in CI ({@code CI=true}), where {@code .ci/run} installs them.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Where screenshots go, for a person to look at. */
  static final Path SCREENSHOTS = Path.of("target", "timeline");

  /**
   * Selenium warns when it has no DevTools binding for the browser's version; these tests use none.
   * Held here, since java.util.logging keeps only weak references to its loggers.
   */
  private static final Logger CDP_VERSION_FINDER =
      quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private Browser() throws IOException {
    profile = Files.createTempDirectory("cogwheel-chromium-");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = start(service, options, profile);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  /** Starts the browser; if it does not start, ends the driver and removes the profile. */
  private static ChromeDriver start(
      ChromeDriverService service, ChromeOptions options, Path profile) throws IOException {
    try {
      return new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.close();
      deleteTree(profile);
      throw e;
    }
  }

  /** Opens a fresh browser; skips the test without Chromium, except in CI, where that fails it. */
  static Browser open() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI must run the browser tests, but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: .ci/run installs them");
    }
    Assumptions.assumeTrue(
        installed,
        "no " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
    return new Browser();
  }

  /**
   * Loads {@code uri} and waits for the page's load event; {@link #consoleErrors()} starts afresh.
   */
  void load(URI uri) {
    // the previous page first, so that none of its timers (a refresh of a page whose server has
    // gone) can log an error after the log was read
    driver.get("about:blank");
    consoleErrors();
    driver.get(uri.toString());
  }

  /** Loads the file {@code file}. */
  void load(Path file) {
    load(file.toAbsolutePath().toUri());
  }

  /** The elements of the page that match {@code css}. */
  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The one element of the page that matches {@code css}. */
  WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** The page's title. */
  String title() {
    return driver.getTitle();
  }

  /**
   * Everything the page logged at SEVERE (errors, uncaught exceptions, blocked loads) since the
   * last call.
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Saves a screenshot of the window as {@code target/timeline/<name>.png} and returns its path.
   */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.close();
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(Browser::delete);
    }
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
