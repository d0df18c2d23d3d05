package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Stage;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What listeners may do to a container, and what they are told. */
class ListenerRulesTest {
  private final Events events = new Events();

  @Singleton
  static class Pool {
    @Inject Events events;

    @PreDestroy
    void release() {
      events.add("released Pool");
    }
  }

  private AbstractModule pool() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Pool.class);
      }
    };
  }

  @Test
  void anErrorThrownByAListenersStoppingStillReleasesEverythingAndTheContainerStops()
      throws Exception {
    LogCapture log = new LogCapture(Listeners.class);
    Container container =
        Container.builder()
            .modules(events.module(), pool())
            .listener(
                new LifecycleListener() {
                  @Override
                  public void stopping(Container container) {
                    throw new AssertionError("listener bug");
                  }
                })
            .build()
            .start();

    container.stop();
    log.close();

    assertThat(events.all()).containsExactly("released Pool");
    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(container.awaitStopped(Duration.ZERO)).isTrue();
    assertThat(log.messages()).singleElement().asString().contains("failed; the lifecycle goes on");
  }

  /** Names each event with the listener's name. */
  static final class Named implements LifecycleListener {
    private final String name;
    private final List<String> into;

    Named(String name, List<String> into) {
      this.name = name;
      this.into = into;
    }

    @Override
    public void starting(Container container) {
      into.add(name + " starting");
    }

    @Override
    public void stopping(Container container) {
      into.add(name + " stopping");
    }

    @Override
    public void componentStopped(Container container, Component component) {
      into.add(name + " stopped " + component.type().getSimpleName());
    }

    @Override
    public void stopped(Container container, Duration duration) {
      into.add(name + " stopped");
    }
  }

  @Test
  void stopEventsGoToListenersInReverseOrderOfRegistration() {
    List<String> heard = new CopyOnWriteArrayList<>();
    Container container =
        Container.builder()
            .modules(events.module(), pool())
            .listener(new Named("first", heard))
            .listener(new Named("second", heard))
            .build()
            .start();

    container.stop();

    assertThat(heard)
        .containsExactly(
            "first starting", "second starting",
            "second stopping", "first stopping",
            "second stopped Pool", "first stopped Pool",
            "second stopped", "first stopped");
  }

  /**
   * A listener that is a lazily created singleton: it comes into being while the container runs.
   */
  @Singleton
  static final class LateListener implements LifecycleListener {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void starting(Container container) {
      heard.add("starting");
    }

    @Override
    public void componentStarted(Container container, Component component) {
      heard.add("componentStarted " + component.type().getSimpleName());
    }

    @Override
    public void started(Container container, Duration duration) {
      heard.add("started " + container.state());
    }
  }

  @Test
  void aListenerCreatedWhileTheContainerRunsIsToldTheWholeRunUpToStarted() {
    Container container =
        Container.builder()
            .stage(Stage.DEVELOPMENT)
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Pool.class).asEagerSingleton();
                    bind(LateListener.class);
                  }
                })
            .listener(
                new LifecycleListener() {
                  @Override
                  public void started(Container container, Duration duration) {
                    container.getInstance(
                        LateListener.class); // created by another listener in started
                  }
                })
            .build()
            .start();

    LateListener late = container.getInstance(LateListener.class);
    container.stop();

    assertThat(late.heard)
        .containsExactly(
            "starting",
            "componentStarted Pool",
            "componentStarted LateListener",
            "started RUNNING");
  }
}
