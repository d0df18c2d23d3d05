package dev.cogwheel.benchmarks.internal;

import java.util.Map;

/** What each benchmark class measures, as a row title, and the goal Cogwheel has there. */
public enum Scenario {
  /**
   * {@code StartStopBenchmark}: start + stop of {@code n} singletons; at 1,000 the headline goal.
   */
  START_STOP("StartStopBenchmark") {
    @Override
    public String title(Map<String, String> params) {
      return "start + stop, " + params.get("n") + " singletons";
    }

    @Override
    public Target target(Map<String, String> params) {
      return "1000".equals(params.get("n")) ? Target.vsFloorAndPeer(1.25, 1.0) : Target.NONE;
    }
  },
  /** {@code RestartBenchmark}: stop + start of a running container of 100 singletons. */
  RESTART("RestartBenchmark") {
    @Override
    public String title(Map<String, String> params) {
      return "restart (stop + start), 100 singletons";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.NONE;
    }
  },
  /** {@code ProvisionBenchmark}: one unscoped object with a {@code @PostConstruct}. */
  PROVISION("ProvisionBenchmark") {
    @Override
    public String title(Map<String, String> params) {
      return "unscoped provision with @PostConstruct";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.vsFloor(1.5);
    }
  },
  /** {@code ApiClientBenchmark}: one GET decoded from JSON, against a loopback server. */
  API_GET("ApiClientBenchmark") {
    @Override
    public String title(Map<String, String> params) {
      return "ApiClient GET + JSON decode (loopback)";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.vsFloor(1.10);
    }
  };

  private final String benchmark;

  Scenario(String benchmark) {
    this.benchmark = benchmark;
  }

  /**
   * The scenario of the benchmark class with simple name {@code benchmark}.
   *
   * @throws IllegalArgumentException naming the class if it is not one of the scenarios
   */
  public static Scenario of(String benchmark) {
    for (Scenario scenario : values()) {
      if (scenario.benchmark.equals(benchmark)) {
        return scenario;
      }
    }
    throw new IllegalArgumentException(
        "benchmark class " + benchmark + " has no Scenario: add one to report it");
  }

  /** The row title for the given parameters. */
  public abstract String title(Map<String, String> params);

  /** The goal for the given parameters, or {@link Target#NONE}. */
  public abstract Target target(Map<String, String> params);
}
