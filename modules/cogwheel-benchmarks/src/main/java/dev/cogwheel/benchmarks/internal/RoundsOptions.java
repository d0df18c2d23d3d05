package dev.cogwheel.benchmarks.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line of a main that runs {@link InterleavedRounds}: {@code --rounds}, {@code
 * --batch-ms} and {@code --warmup-s}, each with the main's default, and the options of its own,
 * every option followed by its value.
 *
 * @param rounds how many rounds
 * @param batchMillis how long each batch runs
 * @param warmUpSeconds how long the warm-up runs
 * @param others the values of the main's own options that the command line gave, by option
 */
public record RoundsOptions(
    int rounds, long batchMillis, long warmUpSeconds, Map<String, String> others) {
  /**
   * Reads {@code args}.
   *
   * @param defaults the rounds, batch and warm-up when the command line does not give them; its
   *     {@code others} are ignored
   * @param ownOptions the main's own options, for example {@code --scenario}
   * @throws IllegalArgumentException naming the option, for an option without a value, one that is
   *     not known, or a number that is not one
   */
  public static RoundsOptions parse(String[] args, RoundsOptions defaults, Set<String> ownOptions) {
    int rounds = defaults.rounds();
    long batchMillis = defaults.batchMillis();
    long warmUpSeconds = defaults.warmUpSeconds();
    Map<String, String> others = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String option = args[i];
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[i + 1];
      switch (option) {
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--batch-ms" -> batchMillis = Long.parseLong(value);
        case "--warmup-s" -> warmUpSeconds = Long.parseLong(value);
        default -> {
          if (!ownOptions.contains(option)) {
            throw new IllegalArgumentException("unknown option " + option);
          }
          others.put(option, value);
        }
      }
    }
    return new RoundsOptions(rounds, batchMillis, warmUpSeconds, Map.copyOf(others));
  }

  /** The value the command line gave {@code option}, or {@code fallback}. */
  public String other(String option, String fallback) {
    return others.getOrDefault(option, fallback);
  }
}
