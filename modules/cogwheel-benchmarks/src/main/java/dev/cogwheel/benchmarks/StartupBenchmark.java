package dev.cogwheel.benchmarks;

import dev.cogwheel.benchmarks.internal.AppLaunch;
import dev.cogwheel.benchmarks.internal.StartupTable;
import dev.cogwheel.benchmarks.internal.StartupVariant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cold start, measured as a user meets it: each launch is a fresh JVM running the app's jar,
 * timed from just before the process starts to its first line of output and to the first {@code
 * 200} of {@code /health/ready}. Launches of the variants are interleaved, one of each per round
 * (the order turned round every other round), so a slow moment of the machine falls on all of them;
 * the table gives each variant's spread and, against the variant it names, the median of per-round
 * ratios. Outside JMH: a JMH fork is already warm.
 *
 * <pre>
 * java -cp benchmarks.jar dev.cogwheel.benchmarks.StartupBenchmark [--rounds 10] \
 *   --variant NAME --java PATH/bin/java --jar PATH/app.jar [--jvm-arg OPTION]... [--vs OTHER] \
 *   --variant ...
 * </pre>
 */
public final class StartupBenchmark {
  private StartupBenchmark() {}

  /**
   * Runs the rounds and prints the table.
   *
   * @throws IllegalArgumentException for a command line it cannot read, naming the option
   * @throws IllegalStateException if a launch exits or is not ready within a minute
   */
  public static void main(String[] args) throws Exception {
    int rounds = 10;
    List<StartupVariant> variants = new ArrayList<>();
    Map<String, String> baselines = new LinkedHashMap<>();
    Map<String, String> current = null;
    List<String> jvmArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--rounds")) {
        rounds = Integer.parseInt(value(args, ++i, option));
      } else if (option.equals("--variant")) {
        addVariant(current, jvmArgs, variants, baselines);
        current = new LinkedHashMap<>(Map.of("name", value(args, ++i, option)));
        jvmArgs = new ArrayList<>();
      } else if (current == null) {
        throw new IllegalArgumentException(option + " before the first --variant");
      } else if (option.equals("--jvm-arg")) {
        jvmArgs.add(value(args, ++i, option));
      } else if (List.of("--java", "--jar", "--vs").contains(option)) {
        current.put(option.substring(2), value(args, ++i, option));
      } else {
        throw new IllegalArgumentException("unknown option " + option);
      }
    }
    addVariant(current, jvmArgs, variants, baselines);
    for (String baseline : baselines.values()) {
      if (variants.stream().noneMatch(v -> v.name().equals(baseline))) {
        throw new IllegalArgumentException("--vs " + baseline + ": no such variant");
      }
    }
    // one round not counted: the jars and the JDKs' files come into the page cache
    for (StartupVariant variant : variants) {
      AppLaunch.run(variant, Duration.ofMinutes(1));
    }
    List<Map<String, AppLaunch.Times>> results = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<StartupVariant> order = new ArrayList<>(variants);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      Map<String, AppLaunch.Times> times = new LinkedHashMap<>();
      for (StartupVariant variant : order) {
        times.put(variant.name(), AppLaunch.run(variant, Duration.ofMinutes(1)));
      }
      results.add(times);
      System.out.printf("round %d of %d: %s%n", round + 1, rounds, times);
    }
    System.out.print(StartupTable.render(variants, results, baselines));
  }

  private static void addVariant(
      Map<String, String> options,
      List<String> jvmArgs,
      List<StartupVariant> variants,
      Map<String, String> baselines) {
    if (options == null) {
      return;
    }
    String name = options.get("name");
    for (String required : List.of("java", "jar")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("--variant " + name + " has no --" + required);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(options.get("java"));
    command.addAll(jvmArgs);
    command.addAll(List.of("-jar", options.get("jar")));
    variants.add(new StartupVariant(name, command));
    if (options.containsKey("vs")) {
      baselines.put(name, options.get("vs"));
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
