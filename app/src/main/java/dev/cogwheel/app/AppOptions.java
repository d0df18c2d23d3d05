package dev.cogwheel.app;

import dev.cogwheel.admin.AdminSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The app's command line, parsed and checked. Immutable.
 *
 * <p>Flags: {@code --site-url URL} (default: {@code COGWHEEL_SITE_URL}, else the embedded demo
 * site), {@code --admin-host HOST} (default: {@code COGWHEEL_ADMIN_HOST}, else 127.0.0.1), {@code
 * --admin-port N} (default 8081; 0 for an ephemeral port), {@code --drain-delay DURATION} (default:
 * {@code COGWHEEL_DRAIN_DELAY}, else 0s), {@code --stop-timeout DURATION} (default: {@code
 * COGWHEEL_STOP_TIMEOUT}, else 10s), {@code --run-for DURATION}, {@code --timeline FILE} (write the
 * lifecycle timeline page there at the end of the run), {@code --debug}, {@code --help}. Durations
 * are {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h} or ISO-8601 {@code PT30S}. A flag wins
 * over its environment variable. The site token comes from {@code COGWHEEL_SITE_TOKEN} only, so it
 * never shows in a process list.
 */
public final class AppOptions {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar cogwheel-app.jar [options]",
          "",
          "  --site-url URL        the site API to poll (default: $COGWHEEL_SITE_URL, else an embedded demo site)",
          "  --admin-host HOST     the admin endpoint's address (default: $COGWHEEL_ADMIN_HOST, else 127.0.0.1;",
          "                        0.0.0.0 lets an orchestrator's probes reach it)",
          "  --admin-port N        the admin endpoint's port (default 8081, 0 for any free port)",
          "  --drain-delay DURATION  on SIGTERM or Ctrl-C, answer /health/ready 503 for DURATION before stopping",
          "                        anything (default: $COGWHEEL_DRAIN_DELAY, else 0s); a second signal ends the wait",
          "  --stop-timeout DURATION  the bound on each component's release (default: $COGWHEEL_STOP_TIMEOUT, else 10s)",
          "  --run-for DURATION    stop by itself after DURATION, e.g. 30s, 2m, PT30S (default: until SIGTERM or Ctrl-C)",
          "  --timeline FILE       write the lifecycle timeline (an HTML page) to FILE when the run ends",
          "  --debug               log at DEBUG and print stack traces of start-up failures",
          "  --help                print this and exit",
          "",
          "Environment: COGWHEEL_SITE_URL, COGWHEEL_SITE_TOKEN (sent as a Bearer token to the site API),",
          "COGWHEEL_ADMIN_HOST, COGWHEEL_DRAIN_DELAY, COGWHEEL_STOP_TIMEOUT. A flag wins over its variable.");

  private static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  private final URI siteUrl;
  private final String siteToken;
  private final String adminHost;
  private final int adminPort;
  private final Duration drainDelay;
  private final Duration stopTimeout;
  private final Duration runFor;
  private final Path timeline;
  private final boolean debug;
  private final boolean help;

  private AppOptions(Values values) {
    this.siteUrl =
        values.siteUrl == null || values.siteUrl.isBlank() ? null : siteUrl(values.siteUrl);
    this.siteToken =
        values.siteToken == null || values.siteToken.isBlank() ? null : values.siteToken;
    this.adminHost = adminHost(values.adminHost);
    this.adminPort = port(values.adminPort);
    this.drainDelay =
        values.drainDelay == null
            ? Duration.ZERO
            : DurationArgument.parse("--drain-delay", values.drainDelay, true);
    this.stopTimeout =
        values.stopTimeout == null
            ? DEFAULT_STOP_TIMEOUT
            : DurationArgument.parse("--stop-timeout", values.stopTimeout, false);
    this.runFor =
        values.runFor == null ? null : DurationArgument.parse("--run-for", values.runFor, false);
    this.timeline = values.timeline == null ? null : timeline(values.timeline);
    this.debug = values.debug;
    this.help = values.help;
  }

  /** The options as given: the environment's defaults, then the flags. */
  private static final class Values {
    String siteUrl;
    String siteToken;
    String adminHost;
    String adminPort = "8081";
    String drainDelay;
    String stopTimeout;
    String runFor;
    String timeline;
    boolean debug;
    boolean help;

    Values(Map<String, String> environment) {
      siteUrl = environment.get("COGWHEEL_SITE_URL");
      siteToken = environment.get("COGWHEEL_SITE_TOKEN");
      adminHost = environment.getOrDefault("COGWHEEL_ADMIN_HOST", AdminSettings.DEFAULT_HOST);
      drainDelay = environment.get("COGWHEEL_DRAIN_DELAY");
      stopTimeout = environment.get("COGWHEEL_STOP_TIMEOUT");
    }
  }

  /**
   * Parses {@code args}, with {@code environment} for the defaults.
   *
   * @throws IllegalArgumentException naming the flag and the value, for an unknown flag, a missing
   *     value or a bad one
   */
  public static AppOptions parse(String[] args, Map<String, String> environment) {
    Values values = new Values(environment);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      boolean inline = arg.contains("=");
      String flag = inline ? arg.substring(0, arg.indexOf('=')) : arg;
      switch (flag) {
        case "--site-url":
          values.siteUrl = value(args, i, arg);
          break;
        case "--admin-host":
          values.adminHost = value(args, i, arg);
          break;
        case "--admin-port":
          values.adminPort = value(args, i, arg);
          break;
        case "--drain-delay":
          values.drainDelay = value(args, i, arg);
          break;
        case "--stop-timeout":
          values.stopTimeout = value(args, i, arg);
          break;
        case "--run-for":
          values.runFor = value(args, i, arg);
          break;
        case "--timeline":
          values.timeline = value(args, i, arg);
          break;
        case "--debug":
          values.debug = true;
          continue;
        case "--help":
        case "-h":
          values.help = true;
          continue;
        default:
          throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
      i += inline ? 0 : 1; // a flag with its value in the next argument
    }
    return new AppOptions(values);
  }

  private static String value(String[] args, int i, String arg) {
    if (arg.contains("=")) {
      return arg.substring(arg.indexOf('=') + 1);
    }
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new IllegalArgumentException("option '" + arg + "' needs a value");
    }
    return args[i + 1];
  }

  private static URI siteUrl(String value) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--site-url must be an absolute http(s) URL, got '" + value + "'");
  }

  private static String adminHost(String value) {
    try {
      return AdminSettings.builder().host(value).build().host();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--admin-host must be a host name or IP address such as 127.0.0.1 or 0.0.0.0, got '"
              + value
              + "'",
          e);
    }
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--admin-port must be a port number from 0 to 65535, got '" + value + "'");
  }

  /**
   * A file to write, checked now so that a long run does not end in a path that cannot be written.
   */
  private static Path timeline(String value) {
    try {
      Path file = Path.of(value).toAbsolutePath();
      if (!value.isBlank() && !Files.isDirectory(file) && Files.isDirectory(file.getParent())) {
        return file;
      }
    } catch (InvalidPathException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--timeline must be a file in an existing directory, got '" + value + "'");
  }

  /** The site API's base URL, or empty for the embedded demo site. */
  public Optional<URI> siteUrl() {
    return Optional.ofNullable(siteUrl);
  }

  /** The site API's token, or empty. */
  public Optional<String> siteToken() {
    return Optional.ofNullable(siteToken);
  }

  /** The admin endpoint's host or address. */
  public String adminHost() {
    return adminHost;
  }

  /** The admin endpoint's port; 0 for an ephemeral one. */
  public int adminPort() {
    return adminPort;
  }

  /** How long a stop waits, readiness failing, before it releases anything; zero for not at all. */
  public Duration drainDelay() {
    return drainDelay;
  }

  /** The bound on each component's release. */
  public Duration stopTimeout() {
    return stopTimeout;
  }

  /** How long to run before stopping, or empty to run until stopped. */
  public Optional<Duration> runFor() {
    return Optional.ofNullable(runFor);
  }

  /** Where to write the lifecycle timeline when the run ends, or empty. */
  public Optional<Path> timeline() {
    return Optional.ofNullable(timeline);
  }

  /** Whether to log at DEBUG and print stack traces of start-up failures. */
  public boolean debug() {
    return debug;
  }

  /** Whether to print the usage and exit. */
  public boolean help() {
    return help;
  }

  @Override
  public String toString() {
    return "AppOptions{siteUrl="
        + (siteUrl == null ? "embedded demo" : siteUrl)
        + ", siteToken="
        + (siteToken == null ? "none" : "****")
        + ", admin="
        + adminHost
        + ":"
        + adminPort
        + ", drainDelay="
        + drainDelay
        + ", stopTimeout="
        + stopTimeout
        + ", runFor="
        + (runFor == null ? "until stopped" : runFor)
        + ", timeline="
        + (timeline == null ? "none" : timeline)
        + ", debug="
        + debug
        + "}";
  }
}
