package dev.cogwheel.app;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's command line, parsed and checked. Immutable.
 *
 * <p>Flags: {@code --site-url URL} (default: {@code COGWHEEL_SITE_URL}, else the embedded demo
 * site), {@code --admin-port N} (default 8081; 0 for an ephemeral port), {@code --run-for DURATION}
 * ({@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h} or ISO-8601 {@code PT30S}), {@code --debug},
 * {@code --help}. The site token comes from {@code COGWHEEL_SITE_TOKEN} only, so it never shows in
 * a process list.
 */
public final class AppOptions {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar cogwheel-app.jar [options]",
          "",
          "  --site-url URL        the site API to poll (default: $COGWHEEL_SITE_URL, else an embedded demo site)",
          "  --admin-port N        the admin endpoint's port on 127.0.0.1 (default 8081, 0 for any free port)",
          "  --run-for DURATION    stop by itself after DURATION, e.g. 30s, 2m, PT30S (default: until SIGTERM or Ctrl-C)",
          "  --debug               log at DEBUG and print stack traces of start-up failures",
          "  --help                print this and exit",
          "",
          "Environment: COGWHEEL_SITE_URL, COGWHEEL_SITE_TOKEN (sent as a Bearer token to the site API).");

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private final URI siteUrl;
  private final String siteToken;
  private final int adminPort;
  private final Duration runFor;
  private final boolean debug;
  private final boolean help;

  private AppOptions(
      URI siteUrl, String siteToken, int adminPort, Duration runFor, boolean debug, boolean help) {
    this.siteUrl = siteUrl;
    this.siteToken = siteToken;
    this.adminPort = adminPort;
    this.runFor = runFor;
    this.debug = debug;
    this.help = help;
  }

  /**
   * Parses {@code args}, with {@code environment} for the defaults.
   *
   * @throws IllegalArgumentException naming the flag and the value, for an unknown flag, a missing
   *     value or a bad one
   */
  public static AppOptions parse(String[] args, Map<String, String> environment) {
    String siteUrl = environment.get("COGWHEEL_SITE_URL");
    String adminPort = "8081";
    String runFor = null;
    boolean debug = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      switch (flag) {
        case "--site-url":
          siteUrl = value(args, i, arg);
          i += arg.contains("=") ? 0 : 1;
          break;
        case "--admin-port":
          adminPort = value(args, i, arg);
          i += arg.contains("=") ? 0 : 1;
          break;
        case "--run-for":
          runFor = value(args, i, arg);
          i += arg.contains("=") ? 0 : 1;
          break;
        case "--debug":
          debug = true;
          break;
        case "--help":
        case "-h":
          help = true;
          break;
        default:
          throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    String token = environment.get("COGWHEEL_SITE_TOKEN");
    return new AppOptions(
        siteUrl == null || siteUrl.isBlank() ? null : siteUrl(siteUrl),
        token == null || token.isBlank() ? null : token,
        port(adminPort),
        runFor == null ? null : duration(runFor),
        debug,
        help);
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

  static Duration duration(String value) {
    Matcher m = SHORT_DURATION.matcher(value);
    Duration duration = null;
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          duration = Duration.ofMillis(amount);
          break;
        case "s":
          duration = Duration.ofSeconds(amount);
          break;
        case "m":
          duration = Duration.ofMinutes(amount);
          break;
        default:
          duration = Duration.ofHours(amount);
      }
    } else {
      try {
        duration = Duration.parse(value);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "--run-for must be a positive duration such as 30s, 2m or PT30S, got '" + value + "'");
    }
    return duration;
  }

  /** The site API's base URL, or empty for the embedded demo site. */
  public Optional<URI> siteUrl() {
    return Optional.ofNullable(siteUrl);
  }

  /** The site API's token, or empty. */
  public Optional<String> siteToken() {
    return Optional.ofNullable(siteToken);
  }

  /** The admin endpoint's port; 0 for an ephemeral one. */
  public int adminPort() {
    return adminPort;
  }

  /** How long to run before stopping, or empty to run until stopped. */
  public Optional<Duration> runFor() {
    return Optional.ofNullable(runFor);
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
        + ", adminPort="
        + adminPort
        + ", runFor="
        + (runFor == null ? "until stopped" : runFor)
        + ", debug="
        + debug
        + "}";
  }
}
