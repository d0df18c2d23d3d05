package dev.cogwheel.benchmarks;

import dev.cogwheel.benchmarks.internal.ColdStartTable;
import dev.cogwheel.benchmarks.internal.Launch;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times cold starts of a service process, outside JMH: each variant (a command line: a JDK, its
 * options, a jar) is launched in a fresh process once per round, the variants in turn (A B A B …),
 * and each launch is timed from the launch to its first line on standard output and to the first
 * {@code 200} of its readiness endpoint. Prints a Markdown table of the medians and ranges, with
 * each variant's median per-round ratio to the first.
 *
 * <pre>{@code
 * java -cp modules/cogwheel-benchmarks/target/benchmarks.jar dev.cogwheel.benchmarks.ColdStartTimes \
 *     --rounds 10 \
 *     "jdk25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar app/target/cogwheel-app.jar" \
 *     "jdk25-aot=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:AOTCache=app/target/cogwheel-app.aot -jar app/target/cogwheel-app.jar"
 * }</pre>
 *
 * <p>Options: {@code --rounds N} (default 10) counted rounds, after {@code --warmup N} (default 1)
 * rounds that are not counted; {@code --ready-path PATH} (default {@code /health/ready}); {@code
 * --bound DURATION-IN-SECONDS} (default 60) for a launch to be ready and to end. Each command is
 * split on spaces and given {@code --admin-port PORT} last, a free port of 127.0.0.1; it is ended
 * with SIGTERM after each launch. Progress goes to standard error, the table to standard output.
 * Exit code 2 for a bad command line, 1 if a launch failed.
 */
public final class ColdStartTimes {
  private ColdStartTimes() {}

  public static void main(String[] args) throws InterruptedException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    int rounds = 10;
    int warmup = 1;
    String readyPath = "/health/ready";
    Duration bound = Duration.ofSeconds(60);
    Map<String, List<String>> variants = new LinkedHashMap<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rounds" -> rounds = number("--rounds", args, ++i, 1);
          case "--warmup" -> warmup = number("--warmup", args, ++i, 0);
          case "--ready-path" -> readyPath = value("--ready-path", args, ++i);
          case "--bound" -> bound = Duration.ofSeconds(number("--bound", args, ++i, 1));
          default -> {
            int equals = args[i].indexOf('=');
            if (equals < 1 || args[i].substring(equals + 1).isBlank()) {
              throw new IllegalArgumentException(
                  "a variant is NAME=COMMAND, got '" + args[i] + "'");
            }
            variants.put(
                args[i].substring(0, equals),
                List.of(args[i].substring(equals + 1).trim().split(" +")));
          }
        }
      }
      if (variants.isEmpty()) {
        throw new IllegalArgumentException("give at least one variant, NAME=COMMAND");
      }
    } catch (IllegalArgumentException e) {
      err.println("ColdStartTimes: " + e.getMessage());
      return 2;
    }
    ColdStartTable table = new ColdStartTable();
    try {
      for (int round = 1 - warmup; round <= rounds; round++) {
        for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
          Launch.Times times = new Launch(variant.getValue(), readyPath, bound).run();
          err.printf(
              Locale.ROOT,
              "%s %d %s: first line %.1f ms, ready %.1f ms%n",
              round < 1 ? "warm-up" : "round",
              round < 1 ? round + warmup : round,
              variant.getKey(),
              times.firstLineNanos() / 1e6,
              times.readyNanos() / 1e6);
          if (round >= 1) {
            table.add(variant.getKey(), times);
          }
        }
      }
    } catch (IOException e) {
      err.println("ColdStartTimes: a launch failed: " + e.getMessage());
      return 1;
    }
    out.print(table.render());
    return 0;
  }

  private static String value(String option, String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String option, String[] args, int i, int least) {
    String value = value(option, args, i);
    try {
      int n = Integer.parseInt(value);
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " must be a whole number of at least " + least + ", got '" + value + "'");
  }
}
