package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.google.inject.AbstractModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ListenerTest {

  static class Recorder implements LifecycleListener {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void starting(Container container) {
      events.add("starting " + container.state());
    }

    @Override
    public void componentStarted(Container container, Component component) {
      events.add("started " + component.type().getSimpleName() + " #" + component.startOrder());
    }

    @Override
    public void started(Container container, Duration duration) {
      events.add("started " + container.state());
    }

    @Override
    public void startFailed(Container container, StartupException failure) {
      events.add("start failed " + container.state() + ": " + failure.getCause().getMessage());
    }

    @Override
    public void stopping(Container container) {
      events.add("stopping " + container.state());
    }

    @Override
    public void componentStopped(Container container, Component component) {
      events.add(
          "stopped "
              + component.type().getSimpleName()
              + component.stopFailure().map(f -> " failed: " + f.getMessage()).orElse(""));
    }

    @Override
    public void stopped(Container container, Duration duration) {
      events.add("stopped " + container.state());
    }
  }

  @Singleton
  static class Pool {}

  @Singleton
  static class Client {
    @Inject
    Client(Pool pool) {}

    @PreDestroy
    void close() {
      throw new IllegalStateException("close failed");
    }
  }

  /** {@link Client} and the {@link Pool} it needs; the client's release fails. */
  private static AbstractModule clientAndPool() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Client.class);
      }
    };
  }

  @Test
  void listenerSeesEveryEventInOrder() {
    Recorder recorder = new Recorder();
    Container container =
        Container.builder().listener(recorder).modules(clientAndPool()).build().start();
    assertThatThrownBy(container::stop).isInstanceOf(StopException.class);

    assertThat(recorder.events)
        .containsExactly(
            "starting STARTING",
            "started Pool #1",
            "started Client #2",
            "started RUNNING",
            "stopping STOPPING",
            "stopped Client failed: close failed",
            "stopped Pool",
            "stopped STOPPED");
  }

  @Singleton
  static class Broken {
    @Inject
    Broken(Pool pool) {}

    @PostConstruct
    void start() {
      throw new IllegalStateException("broken");
    }
  }

  @Test
  void failedStartIsReportedAfterTheRollback() {
    Recorder recorder = new Recorder();
    Container container =
        Container.builder()
            .listener(recorder)
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Broken.class);
                  }
                })
            .build();
    assertThatThrownBy(container::start).isInstanceOf(StartupException.class);

    assertThat(recorder.events)
        .containsExactly(
            "starting STARTING", "started Pool #1", "stopped Pool", "start failed FAILED: broken");
  }

  @Singleton
  static class ListeningComponent extends Recorder {
    @Inject
    ListeningComponent(Pool pool) {}
  }

  @Singleton
  static class After {
    @Inject
    After(ListeningComponent listener) {}
  }

  @Test
  void managedComponentThatIsAListenerGetsTheEarlierStartEventsReplayedAndEventsUpToStopped() {
    Container container =
        Container.start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(After.class);
              }
            });
    ListeningComponent listener = container.getInstance(ListeningComponent.class);
    container.stop();

    assertThat(listener.events)
        .containsExactly(
            "starting STARTING",
            "started Pool #1",
            "started ListeningComponent #2",
            "started After #3",
            "started RUNNING",
            "stopping STOPPING",
            "stopped After",
            "stopped ListeningComponent",
            "stopped Pool",
            "stopped STOPPED");
  }

  @Test
  void failingListenerDoesNotStopTheLifecycle() {
    LogCapture log = new LogCapture(Listeners.class);
    Container container =
        Container.builder()
            .listener(
                new LifecycleListener() {
                  @Override
                  public void started(Container container, Duration duration) {
                    throw new IllegalStateException("listener bug");
                  }
                })
            .build()
            .start();
    container.stop();
    log.close();

    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(log.messages())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("Lifecycle listener ")
        .endsWith("failed; the lifecycle goes on");
  }

  @Test
  void theLogReportsEachComponentAndEachFailedReleaseWithoutAListenerGiven() {
    LogCapture log = new LogCapture(Container.class, Level.INFO);
    Container container =
        Container.builder().name("report").modules(clientAndPool()).build().start();
    assertThatThrownBy(container::stop).isInstanceOf(StopException.class);
    log.close();

    assertThat(log.messages())
        .satisfiesExactly(
            m -> assertThat(m).isEqualTo("Starting container 'report'"),
            m ->
                assertThat(m)
                    .matches("  started  \\[  1\\] ListenerTest\\$Pool in \\d+\\.\\d\\d ms"),
            m ->
                assertThat(m)
                    .matches("  started  \\[  2\\] ListenerTest\\$Client in \\d+\\.\\d\\d ms"),
            m ->
                assertThat(m)
                    .matches(
                        "Container 'report' started 2 components in \\d+(\\.\\d\\d)? ms;"
                            + " JVM running for \\d+ ms"),
            m -> assertThat(m).isEqualTo("Stopping container 'report'"),
            m ->
                assertThat(m)
                    .isEqualTo(
                        "  failed   [  2] ListenerTest$Client: java.lang.IllegalStateException: close failed"),
            m ->
                assertThat(m)
                    .matches("  stopped  \\[  1\\] ListenerTest\\$Pool in \\d+\\.\\d\\d ms"),
            m ->
                assertThat(m)
                    .matches("Container 'report' stopped 2 components in \\d+(\\.\\d\\d)? ms"));
  }
}
