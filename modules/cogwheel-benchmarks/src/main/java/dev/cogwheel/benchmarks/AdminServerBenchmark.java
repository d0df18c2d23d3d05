package dev.cogwheel.benchmarks;

import dev.cogwheel.Container;
import dev.cogwheel.admin.AdminModule;
import dev.cogwheel.admin.AdminServer;
import dev.cogwheel.admin.AdminSettings;
import dev.cogwheel.benchmarks.internal.KeptAliveConnection;
import dev.cogwheel.benchmarks.internal.LoopbackServer;
import dev.cogwheel.metrics.MetricsModule;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One round trip on a kept-alive HTTP/1.1 connection, as a scraper or a probe that reuses its
 * connection makes it: the admin server's {@code GET /health/live} from a running container,
 * against the same request answered by the JDK's HTTP server with {@code TCP_NODELAY} and a fixed
 * body ({@link LoopbackServer}, the floor). Sampled, so that JMH prints the median (p0.50) beside
 * the mean; the figure is that median, about a millisecond or less.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdminServerBenchmark {

  /** A running container with the admin server, and one connection to it. */
  @State(Scope.Benchmark)
  public static class CogwheelState {
    Container container;
    KeptAliveConnection connection;

    /** Starts the container and connects. */
    @Setup(Level.Trial)
    public void setUp() {
      container =
          Container.builder()
              .name("admin-benchmark")
              .modules(
                  new AdminModule(AdminSettings.builder().port(0).build()), new MetricsModule())
              .build()
              .start();
      AdminServer admin = container.getInstance(AdminServer.class);
      connection =
          new KeptAliveConnection(
              new InetSocketAddress(admin.address().getAddress(), admin.port()));
    }

    /** Closes the connection and stops the container. */
    @TearDown(Level.Trial)
    public void tearDown() {
      connection.close();
      container.stop();
    }
  }

  /** The floor: a JDK HTTP server on 127.0.0.1 with a fixed answer, and one connection to it. */
  @State(Scope.Benchmark)
  public static class FloorState {
    LoopbackServer server;
    KeptAliveConnection connection;

    /** Starts the server and connects. */
    @Setup(Level.Trial)
    public void setUp() {
      server = LoopbackServer.start();
      URI base = URI.create(server.baseUrl());
      connection = new KeptAliveConnection(new InetSocketAddress(base.getHost(), base.getPort()));
    }

    /** Closes the connection and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      connection.close();
      server.close();
    }
  }

  /** {@code GET /health/live} on the admin server. */
  @Benchmark
  public int cogwheel(CogwheelState state) {
    return state.connection.get("/health/live");
  }

  /** The same round trip to the JDK's HTTP server with a fixed answer. */
  @Benchmark
  public int jdkHttpServer(FloorState state) {
    return state.connection.get("/" + LoopbackServer.PATH);
  }
}
