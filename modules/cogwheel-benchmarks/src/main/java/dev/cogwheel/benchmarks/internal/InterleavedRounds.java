package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs several operations in one JVM in short batches, one batch of each per round, the order
 * turned round every other round, so that whatever the machine does in a moment falls on all of
 * them alike: the way to compare contenders whose forks differ more than the contenders do. Each
 * batch calls its operation until the batch's time has passed and records the mean time of a call.
 * Not thread-safe: one thread runs the rounds.
 */
public final class InterleavedRounds {
  private final Map<String, Supplier<?>> operations;
  private final long batchNanos;
  private volatile Object sink;

  /**
   * @param operations the contenders by name, in the order of the first round
   * @param batchNanos how long each batch calls its operation
   * @throws IllegalArgumentException if there is no operation or the batch time is not positive
   */
  public InterleavedRounds(Map<String, Supplier<?>> operations, long batchNanos) {
    if (operations.isEmpty() || batchNanos <= 0) {
      throw new IllegalArgumentException(
          "InterleavedRounds needs at least one operation and a positive batch time, got "
              + operations.keySet()
              + " and "
              + batchNanos
              + " ns");
    }
    this.operations = new LinkedHashMap<>(operations);
    this.batchNanos = batchNanos;
  }

  /**
   * Runs rounds for at least {@code nanos} and records nothing: the JIT's warm-up, on every
   * contender alike.
   */
  public void warmUp(long nanos) {
    long start = System.nanoTime();
    for (int round = 0; System.nanoTime() - start < nanos; round++) {
      for (String name : order(round)) {
        batch(operations.get(name));
      }
    }
  }

  /**
   * Runs {@code rounds} rounds.
   *
   * @return each contender's mean microseconds per call, batch by batch, one per round, in the
   *     order of the rounds; contenders in the order they were given
   * @throws RuntimeException whatever an operation throws, at once
   */
  public Map<String, List<Double>> run(int rounds) {
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    operations.keySet().forEach(name -> micros.put(name, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (String name : order(round)) {
        micros.get(name).add(batch(operations.get(name)));
      }
    }
    return micros;
  }

  /** The order of {@code round}: as given in even rounds, reversed in odd ones. */
  List<String> order(int round) {
    List<String> names = new ArrayList<>(operations.keySet());
    if (round % 2 == 1) {
      Collections.reverse(names);
    }
    return names;
  }

  private double batch(Supplier<?> operation) {
    long start = System.nanoTime();
    long calls = 0;
    long elapsed;
    do {
      sink = operation.get();
      calls++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < batchNanos);
    return elapsed / 1_000.0 / calls;
  }

  /**
   * The median of the per-round ratios of {@code contender} to {@code baseline}: how the two
   * compare when each round's moment of the machine is divided out.
   *
   * @throws IllegalArgumentException if either has no figures or their counts differ
   */
  public static double medianRatio(List<Double> contender, List<Double> baseline) {
    if (contender.size() != baseline.size() || contender.isEmpty()) {
      throw new IllegalArgumentException(
          "per-round ratios need as many rounds of each, got "
              + contender.size()
              + " and "
              + baseline.size());
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < contender.size(); i++) {
      ratios.add(contender.get(i) / baseline.get(i));
    }
    return Spread.of(ratios).median();
  }
}
