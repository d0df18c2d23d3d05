package dev.cogwheel.metrics;

import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.name.Names;
import dev.cogwheel.LifecycleListener;
import dev.cogwheel.metrics.internal.MetricsLifecycle;
import dev.cogwheel.metrics.internal.OwnedHealthCheckRegistry;
import dev.cogwheel.metrics.internal.ReporterSettings;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Dropwizard Metrics for a {@link dev.cogwheel.Container}: the registries, lifecycle metrics,
 * health checks and reporters, as managed components.
 *
 * <pre>{@code
 * Container container = Container.builder()
 *     .modules(
 *         MetricsModule.builder()
 *             .graphite("graphite.internal", 2003)
 *             .period(Duration.ofSeconds(30))
 *             .build(),
 *         new AbstractModule() {
 *           protected void configure() {
 *             MetricsModule.healthChecks(binder()).addBinding("database").to(DatabaseHealthCheck.class);
 *           }
 *         })
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p><b>Bindings.</b> {@link MetricRegistry}, {@link HealthCheckRegistry} and a {@link
 * PrometheusRegistry} (fresh for every run, made by {@link PrometheusBridge#registryOf}), as
 * singletons: created by the module, or the instances given to {@link Builder#registry} and {@link
 * Builder#healthCheckRegistry} (which stay the user's: the container never stops them, and this
 * module leaves them as it found them, but for the timers and counters it adds). The {@code
 * HealthCheckRegistry} the module creates runs {@code @Async} checks on the container's threads
 * ({@code <container>-health-<n>}) and ends them when it is released.
 *
 * <p><b>Its own component.</b> Beside the registries the module adds one component of its own,
 * known by the key {@link #LIFECYCLE}, {@code LifecycleListener @Named("MetricsModule")}: it
 * follows the container's events, registers the gauges and health checks, and runs the reporters.
 *
 * <p><b>Lifecycle metrics.</b> A timer per component for its start and for its stop, timers of the
 * whole start and stop, gauges of the state and of the number of started components, and a counter
 * of failed stops; see {@link MetricNames} for the names. Components that started before the
 * module's own components are counted too: the container replays their events.
 *
 * <p><b>Health checks.</b> The built-in check {@value #CONTAINER_HEALTH_CHECK}, healthy iff the
 * container is {@link dev.cogwheel.State#RUNNING}, and the entries of {@link #healthChecks(Binder)}
 * are registered while the container starts; every managed component that extends {@link
 * HealthCheck} is registered once the container runs (or right after its creation if it is created
 * later), under {@link MetricNames#segment(String) MetricNames.segment}{@code (component.name())},
 * for example {@code DatabaseHealthCheck} or {@code ApiHealth@Named(site)}, unless it is already
 * registered as a multibound entry. A component's check is removed when the component is released;
 * the others when the container has stopped.
 *
 * <p><b>Reporters.</b> Each optional, from the {@link Builder}: JMX, SLF4J, Graphite, CSV. They
 * start when the container reaches {@code RUNNING}. At stop the periodic ones report one last time
 * after every other component has been released — so the final report holds every component's stop
 * timer and the whole stop's timer — and then end their threads. Their threads come from {@link
 * dev.cogwheel.Container#threadFactory(String)}, named {@code <container>-metrics-<kind>-<n>} (for
 * example {@code bot-metrics-graphite-1}), and have ended when {@code stop()} returns. A Graphite
 * server that is down fails neither the start nor the stop: the first failure of an outage is
 * logged as a warning, each failed report is counted in {@link
 * MetricNames#GRAPHITE_REPORT_FAILURES}, and the recovery is logged.
 *
 * <p>Install the module once per container.
 */
public final class MetricsModule extends AbstractModule {
  /** The name of the built-in health check of the container's state. */
  public static final String CONTAINER_HEALTH_CHECK = "container";

  /**
   * The key of the module's own component, which records the lifecycle metrics, keeps the health
   * checks registered and runs the reporters: {@code LifecycleListener @Named("MetricsModule")} in
   * the start report, {@code /lifecycle} and the metrics of each component.
   */
  public static final Key<LifecycleListener> LIFECYCLE =
      Key.get(LifecycleListener.class, Names.named("MetricsModule"));

  private final MetricRegistry registry;
  private final HealthCheckRegistry healthCheckRegistry;
  private final ReporterSettings settings;

  /** A module with registries of its own and no reporters. */
  public MetricsModule() {
    this(new Builder());
  }

  private MetricsModule(Builder builder) {
    this.registry = builder.registry;
    this.healthCheckRegistry = builder.healthCheckRegistry;
    this.settings =
        new ReporterSettings(
            builder.period,
            builder.prefix,
            builder.filter,
            builder.jmx,
            builder.jmxDomain,
            builder.slf4jLogger,
            builder.graphiteProtocol,
            builder.graphiteHost,
            builder.graphitePort,
            builder.graphiteConnectTimeout,
            builder.csvDirectory);
  }

  /** A builder of a module with reporters, or with registries the user supplies. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The map binder of additional health checks, by name. Call it from any module's {@code
   * configure()}; the checks are registered in the {@link HealthCheckRegistry} while the container
   * starts and removed when it has stopped.
   *
   * <pre>{@code
   * MetricsModule.healthChecks(binder()).addBinding("database").to(DatabaseHealthCheck.class);
   * }</pre>
   *
   * <p>A name used twice fails the start (Guice's duplicate-key error); a name the registry already
   * holds, such as {@value #CONTAINER_HEALTH_CHECK}, fails it with an {@link IllegalStateException}
   * naming it.
   */
  public static MapBinder<String, HealthCheck> healthChecks(Binder binder) {
    return MapBinder.newMapBinder(binder, String.class, HealthCheck.class);
  }

  @Override
  protected void configure() {
    if (registry != null) {
      bind(MetricRegistry.class).toInstance(registry);
    } else {
      bind(MetricRegistry.class).in(Singleton.class);
    }
    if (healthCheckRegistry != null) {
      bind(HealthCheckRegistry.class).toInstance(healthCheckRegistry);
    } else {
      // A linked singleton: the component is known by the key the user injects.
      bind(HealthCheckRegistry.class).to(OwnedHealthCheckRegistry.class).in(Singleton.class);
    }
    bind(ReporterSettings.class).toInstance(settings);
    healthChecks(binder());
    bind(LIFECYCLE).to(MetricsLifecycle.class).asEagerSingleton();
  }

  /** The run's Prometheus registry: Cogwheel's own families, the Dropwizard bridge and the JVM. */
  @Provides
  @Singleton
  PrometheusRegistry prometheusRegistry(MetricRegistry metrics) {
    return PrometheusBridge.registryOf(metrics);
  }

  @Override
  public String toString() {
    return "MetricsModule{" + settings + "}";
  }

  /**
   * Configures a {@link MetricsModule}. Every reporter is off until its method is called; calling a
   * method again replaces its earlier setting. Not thread-safe.
   */
  public static final class Builder {
    private static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private MetricRegistry registry;
    private HealthCheckRegistry healthCheckRegistry;
    private Duration period = DEFAULT_PERIOD;
    private String prefix;
    private MetricFilter filter = MetricFilter.ALL;
    private boolean jmx;
    private String jmxDomain;
    private String slf4jLogger;
    private GraphiteProtocol graphiteProtocol;
    private String graphiteHost;
    private int graphitePort;
    private Duration graphiteConnectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Path csvDirectory;

    private Builder() {}

    /**
     * Binds {@code registry} instead of a registry of the module's own. It stays the user's: it
     * outlives the container, and its timers and counters accumulate over restarts.
     *
     * @throws NullPointerException if {@code registry} is null
     */
    public Builder registry(MetricRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "MetricsModule.registry must not be null");
      return this;
    }

    /**
     * Binds {@code registry} instead of a health check registry of the module's own. It stays the
     * user's; the checks this module registers in it are removed again when the container stops.
     *
     * @throws NullPointerException if {@code registry} is null
     */
    public Builder healthCheckRegistry(HealthCheckRegistry registry) {
      this.healthCheckRegistry =
          Objects.requireNonNull(registry, "MetricsModule.healthCheckRegistry must not be null");
      return this;
    }

    /**
     * The period of the SLF4J, Graphite and CSV reporters. Default one minute. The first report
     * comes one period after the container reaches {@code RUNNING}, the last one at stop.
     *
     * @throws IllegalArgumentException if {@code period} is null, zero or negative
     */
    public Builder period(Duration period) {
      if (period == null || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("MetricsModule.period must be positive, got " + period);
      }
      this.period = period;
      return this;
    }

    /**
     * A prefix of every metric name the Graphite and SLF4J reporters send, for example the service
     * and host: {@code "bot.host-1"}. Default none.
     *
     * @throws IllegalArgumentException if {@code prefix} is null, blank or contains whitespace
     */
    public Builder prefix(String prefix) {
      if (prefix == null || prefix.isBlank() || prefix.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "MetricsModule.prefix must be non-blank and without whitespace, got '" + prefix + "'");
      }
      this.prefix = prefix;
      return this;
    }

    /**
     * Which metrics the reporters report, for example {@code (name, metric) ->
     * name.startsWith("cogs.")}. Default all of them. The registry keeps every metric; only what
     * the reporters send, log, write or expose over JMX is filtered.
     *
     * @throws NullPointerException if {@code filter} is null
     */
    public Builder filter(MetricFilter filter) {
      this.filter = Objects.requireNonNull(filter, "MetricsModule.filter must not be null");
      return this;
    }

    /**
     * Exposes every metric as an MBean of the platform MBean server while the container runs, in a
     * JMX domain named after the container.
     */
    public Builder jmx() {
      this.jmx = true;
      this.jmxDomain = null;
      return this;
    }

    /**
     * Exposes every metric as an MBean of the platform MBean server while the container runs, in
     * {@code domain}. The domain is checked when the container starts.
     *
     * @throws IllegalArgumentException if {@code domain} is null or blank
     */
    public Builder jmx(String domain) {
      if (domain == null || domain.isBlank()) {
        throw new IllegalArgumentException(
            "MetricsModule.jmx must have a non-blank domain, got '" + domain + "'");
      }
      this.jmx = true;
      this.jmxDomain = domain;
      return this;
    }

    /** Logs every metric each period, at INFO level, to the logger {@code dev.cogwheel.metrics}. */
    public Builder slf4j() {
      return slf4j("dev.cogwheel.metrics");
    }

    /**
     * Logs every metric each period, at INFO level, to the logger named {@code loggerName}.
     *
     * @throws IllegalArgumentException if {@code loggerName} is null or blank
     */
    public Builder slf4j(String loggerName) {
      if (loggerName == null || loggerName.isBlank()) {
        throw new IllegalArgumentException(
            "MetricsModule.slf4j must have a non-blank logger name, got '" + loggerName + "'");
      }
      this.slf4jLogger = loggerName;
      return this;
    }

    /**
     * Sends every metric each period to Graphite at {@code host:port}, in the plaintext protocol
     * over TCP. The host is resolved at each report, so it may be down or unknown at start.
     *
     * @throws IllegalArgumentException if {@code host} is blank or {@code port} is not in 1–65535
     */
    public Builder graphite(String host, int port) {
      return graphite(GraphiteProtocol.PLAINTEXT, host, port);
    }

    /**
     * Sends every metric each period to Graphite at {@code host:port} in {@code protocol}. The host
     * is resolved at each report, so it may be down or unknown at start.
     *
     * @throws IllegalArgumentException if {@code protocol} is null, {@code host} is blank or {@code
     *     port} is not in 1–65535
     */
    public Builder graphite(GraphiteProtocol protocol, String host, int port) {
      if (protocol == null) {
        throw new IllegalArgumentException("MetricsModule.graphite must have a protocol, got null");
      }
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException(
            "MetricsModule.graphite must have a non-blank host, got '" + host + "'");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(
            "MetricsModule.graphite must have a port in 1-65535, got " + port);
      }
      this.graphiteProtocol = protocol;
      this.graphiteHost = host;
      this.graphitePort = port;
      return this;
    }

    /**
     * The bound on connecting to Graphite over TCP, and on each read of the connection. Default 5
     * seconds. It also bounds how long the final report can hold the container's stop when the
     * Graphite host drops packets.
     *
     * @throws IllegalArgumentException if {@code timeout} is null, not positive or over a minute
     */
    public Builder graphiteConnectTimeout(Duration timeout) {
      if (timeout == null
          || timeout.isZero()
          || timeout.isNegative()
          || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException(
            "MetricsModule.graphiteConnectTimeout must be positive and at most one minute, got "
                + timeout);
      }
      this.graphiteConnectTimeout = timeout;
      return this;
    }

    /**
     * Appends every metric each period to a CSV file per metric in {@code directory}, which is
     * created when the container starts if it does not exist.
     *
     * @throws NullPointerException if {@code directory} is null
     */
    public Builder csv(Path directory) {
      this.csvDirectory =
          Objects.requireNonNull(directory, "MetricsModule.csv must have a directory, got null");
      return this;
    }

    /** Builds the module. The builder can be used again. */
    public MetricsModule build() {
      return new MetricsModule(this);
    }
  }
}
