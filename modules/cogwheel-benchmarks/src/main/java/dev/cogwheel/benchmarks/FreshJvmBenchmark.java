package dev.cogwheel.benchmarks;

import dev.cogwheel.benchmarks.internal.FirstStartStop;
import dev.cogwheel.benchmarks.internal.FreshJvmTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM's first start + stop of a generated class graph (issue 24's container cost): each
 * launch is a new JVM of this jar running {@link FirstStartStop} for one contender, which times its
 * one start + stop from inside. Launches are interleaved, one of each contender per round (the
 * order turned round every other round), so that a slow moment of the machine falls on all of them;
 * the table gives each contender's spread and the median of per-round ratios of Cogwheel to each
 * other contender. Outside JMH, which warms its forks; needs nothing but the JVM running it.
 *
 * <pre>
 * java -cp benchmarks.jar dev.cogwheel.benchmarks.FreshJvmBenchmark [--rounds 20] [--size 200] [--jvm-arg OPTION]...
 * </pre>
 */
public final class FreshJvmBenchmark {
  private FreshJvmBenchmark() {}

  /**
   * Runs the rounds and prints each and then the table.
   *
   * @throws IllegalArgumentException for a command line it cannot read, naming the option
   * @throws IllegalStateException if a launch fails or prints no time
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int rounds = 20;
    int size = 200;
    List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
        case "--size" -> size = Integer.parseInt(value(args, ++i));
        case "--jvm-arg" -> jvmArgs.add(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> contenders = FirstStartStop.CONTENDERS;
    // one round not counted: the jar and the JDK's files come into the page cache
    for (String contender : contenders) {
      launch(jvmArgs, contender, size);
    }
    List<Map<String, Double>> results = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(contenders);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      Map<String, Double> millis = new LinkedHashMap<>();
      for (String contender : order) {
        millis.put(contender, launch(jvmArgs, contender, size));
      }
      results.add(millis);
      System.out.printf("round %d of %d: %s%n", round + 1, rounds, millis);
    }
    System.out.print(FreshJvmTable.render(size, contenders, results));
  }

  /** One launch; the start + stop's milliseconds as the child measured them. */
  private static double launch(List<String> jvmArgs, String contender, int size)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            FirstStartStop.class.getName(),
            contender,
            Integer.toString(size)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(contender + " failed:\n" + output);
      }
      for (String line : output.split("\n")) {
        if (line.startsWith("nanos=")) {
          return Long.parseLong(line.substring("nanos=".length()).trim()) / 1e6;
        }
      }
      throw new IllegalStateException(contender + " printed no time:\n" + output);
    } finally {
      process.destroyForcibly();
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
