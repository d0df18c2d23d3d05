package dev.cogwheel.benchmarks.internal;

import java.util.Map;
import java.util.Set;

/** What each benchmark class measures, as a row title, the table it goes in, and the goal there. */
public enum Scenario {
  /**
   * {@code StartStopBenchmark}: start + stop of {@code n} provider-bound singletons; at 100 and
   * 1,000 within 1.10 times the least lifecycle on Guice (issue 25), and at 1,000 ahead of Spring.
   */
  START_STOP("StartStopBenchmark", Layout.START_STOP) {
    @Override
    public String title(Map<String, String> params) {
      return "start + stop, " + params.get("n") + " singletons";
    }

    @Override
    public Target target(Map<String, String> params) {
      return switch (params.getOrDefault("n", "")) {
        case "1000" -> Target.atMost(1.10, Contender.LEAST_LIFECYCLE).andBelow(1.0, Contender.PEER);
        case "100" -> Target.atMost(1.10, Contender.LEAST_LIFECYCLE);
        default -> Target.NONE;
      };
    }
  },
  /**
   * {@code ClassGraphBenchmark}: start + stop of {@code n} constructor-injected {@code @Singleton}
   * classes, within 1.10 times the least lifecycle on Guice (issue 25) and ahead of Spring.
   */
  CLASS_GRAPH("ClassGraphBenchmark", Layout.START_STOP) {
    @Override
    public String title(Map<String, String> params) {
      return "start + stop, " + params.get("n") + " @Singleton classes";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.atMost(1.10, Contender.LEAST_LIFECYCLE).andBelow(1.0, Contender.PEER);
    }
  },
  /** {@code RestartBenchmark}: stop + start of a running container of 100 singletons. */
  RESTART("RestartBenchmark", Layout.LIFECYCLE) {
    @Override
    public String title(Map<String, String> params) {
      return "restart (stop + start), 100 singletons";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.NONE;
    }
  },
  /**
   * {@code ContainerPerTestBenchmark}: what {@code @CogwheelTest} does for each test of a
   * 50-component app, within 1,000 µs and below a plain injector per test (issue 25).
   */
  CONTAINER_PER_TEST("ContainerPerTestBenchmark", Layout.LIFECYCLE) {
    @Override
    public String title(Map<String, String> params) {
      return "a fresh container per test, 50 components";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.NONE.andBelow(1.0, Contender.FLOOR).andScoreAtMost(1000, "us/op");
    }
  },
  /** {@code ProvisionBenchmark}: one unscoped object with a {@code @PostConstruct}. */
  PROVISION("ProvisionBenchmark", Layout.LIFECYCLE) {
    @Override
    public String title(Map<String, String> params) {
      return "unscoped provision with @PostConstruct";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.atMost(1.10, Contender.FLOOR).andBelow(1.0, Contender.PEER);
    }
  },
  /** {@code ApiClientBenchmark}: one GET decoded from JSON, against a loopback server. */
  API_GET("ApiClientBenchmark", Layout.LIFECYCLE) {
    @Override
    public String title(Map<String, String> params) {
      return "ApiClient GET + JSON decode (loopback)";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.atMost(1.10, Contender.FLOOR);
    }
  },
  /**
   * {@code ApiClientBenchmark}'s Retrofit methods: the same GET through a Retrofit service of
   * {@code cogwheel-retrofit}, within 1.05 times plain Retrofit on a plain OkHttpClient with the
   * same converter.
   */
  API_GET_RETROFIT("ApiClientBenchmark", Layout.LIFECYCLE, "cogwheelRetrofit", "rawRetrofit") {
    @Override
    public String title(Map<String, String> params) {
      return "Retrofit service GET + JSON decode (loopback)";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.atMost(1.05, Contender.FLOOR);
    }
  },
  /**
   * {@code ParallelIoStartBenchmark}: the start of {@code nodes} I/O-bound singletons in layers of
   * {@code width}, on as many threads as a layer is wide, within 1.15 times the start of its
   * critical path.
   */
  PARALLEL_IO_START("ParallelIoStartBenchmark", Layout.PARALLEL_START) {
    @Override
    public String title(Map<String, String> params) {
      int nodes = Integer.parseInt(params.get("nodes"));
      int width = Integer.parseInt(params.get("width"));
      return "start, "
          + nodes
          + " singletons of "
          + params.get("ioMillis")
          + " ms I/O in "
          + (nodes + width - 1) / width
          + " layers, "
          + width
          + " threads";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.atMost(1.15, Contender.CRITICAL_PATH);
    }
  },
  /**
   * {@code ParallelCpuStartBenchmark}: start + stop of {@code n} CPU-trivial singletons on {@code
   * threads} threads, within 1.10 times the same on one.
   */
  PARALLEL_CPU_START("ParallelCpuStartBenchmark", Layout.PARALLEL_START) {
    @Override
    public String title(Map<String, String> params) {
      return "start + stop, "
          + params.get("n")
          + " singletons, "
          + params.get("threads")
          + " threads";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.atMost(1.10, Contender.SEQUENTIAL);
    }
  },
  /** {@code AdminServerBenchmark}: one {@code GET /health/live} on a kept-alive connection. */
  ADMIN_KEPT_ALIVE("AdminServerBenchmark", Layout.LIFECYCLE) {
    @Override
    public String title(Map<String, String> params) {
      return "admin GET /health/live, kept-alive connection (loopback)";
    }

    @Override
    public Target target(Map<String, String> params) {
      return Target.NONE;
    }
  };

  private final String benchmark;
  private final Layout layout;
  private final Set<String> methods;

  /**
   * @param methods the methods of {@code benchmark} that make this scenario; none for all the
   *     methods that no other scenario of the class names
   */
  Scenario(String benchmark, Layout layout, String... methods) {
    this.benchmark = benchmark;
    this.layout = layout;
    this.methods = Set.of(methods);
  }

  /**
   * The scenario of method {@code method} of the benchmark class with simple name {@code
   * benchmark}: the scenario of the class that names the method, or else the one that names none.
   *
   * @throws IllegalArgumentException naming the class if it is not one of the scenarios
   */
  public static Scenario of(String benchmark, String method) {
    Scenario unnamed = null;
    for (Scenario scenario : values()) {
      if (scenario.benchmark.equals(benchmark)) {
        if (scenario.methods.contains(method)) {
          return scenario;
        }
        if (scenario.methods.isEmpty()) {
          unnamed = scenario;
        }
      }
    }
    if (unnamed == null) {
      throw new IllegalArgumentException(
          "benchmark class " + benchmark + " has no Scenario: add one to report it");
    }
    return unnamed;
  }

  /** The table the scenario's rows go in. */
  public Layout layout() {
    return layout;
  }

  /** The row title for the given parameters. */
  public abstract String title(Map<String, String> params);

  /** The goal for the given parameters, or {@link Target#NONE}. */
  public abstract Target target(Map<String, String> params);
}
