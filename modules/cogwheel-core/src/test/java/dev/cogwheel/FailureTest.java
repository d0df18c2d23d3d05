package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Key;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FailureTest {
  private final Events events = new Events();

  @Singleton
  static class First {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start First");
    }

    @PreDestroy
    void stop() {
      events.add("stop First");
    }
  }

  @Singleton
  static class Second {
    @Inject Events events;

    @Inject
    Second(First first) {}

    @PostConstruct
    void start() {
      events.add("start Second");
    }

    @PreDestroy
    void stop() {
      events.add("stop Second");
    }
  }

  @Singleton
  static class Broken {
    @Inject
    Broken(Second second) {}

    @PostConstruct
    void start() {
      throw new IllegalStateException("no database");
    }
  }

  @Singleton
  static class BrokenConstructor {
    @Inject
    BrokenConstructor(Second second) {
      throw new IllegalArgumentException("bad config");
    }
  }

  @Test
  void failedStartStopsWhatStartedInReverseOrderAndNamesTheComponent() {
    Container container =
        container(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Broken.class);
              }
            });

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(events.all())
        .containsExactly("start First", "start Second", "stop Second", "stop First");
    assertThat(container.state()).isEqualTo(State.FAILED);
    assertThat(e.component()).contains(Key.get(Broken.class));
    assertThat(e)
        .hasMessageStartingWith(
            "Container 'cogwheel' failed to start FailureTest$Broken: @PostConstruct of "
                + Broken.class.getName());
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("no database");
  }

  @Test
  void failingConstructorIsTheCauseAndTheComponentIsNamed() {
    Container container =
        container(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(BrokenConstructor.class);
              }
            });

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.component()).contains(Key.get(BrokenConstructor.class));
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad config");
    assertThat(events.all())
        .containsExactly("start First", "start Second", "stop Second", "stop First");
  }

  static class BrokenTask implements Runnable {
    @Inject
    BrokenTask(Second second) {}

    @PostConstruct
    void start() {
      throw new IllegalStateException("no queue");
    }

    @Override
    public void run() {}
  }

  @Test
  void failingLinkedSingletonStopsWhatStartedAndNamesItsClass() {
    Container container =
        container(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Runnable.class).to(BrokenTask.class).in(Singleton.class);
              }
            });

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.component()).contains(Key.get(BrokenTask.class));
    assertThat(e)
        .hasMessageStartingWith(
            "Container 'cogwheel' failed to start FailureTest$BrokenTask: @PostConstruct of "
                + BrokenTask.class.getName());
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("no queue");
    assertThat(events.all())
        .containsExactly("start First", "start Second", "stop Second", "stop First");
    assertThat(container.state()).isEqualTo(State.FAILED);
  }

  @Test
  void configurationErrorIsAStartupExceptionCarryingGuicesMessage() {
    Container container =
        container(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Runnable.class);
              }
            });

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.component()).isEmpty();
    assertThat(e.getCause()).isInstanceOf(CreationException.class);
    assertThat(e).hasMessageContaining("Runnable");
    assertThat(container.state()).isEqualTo(State.FAILED);
  }

  static final class Switch {
    volatile boolean broken = true;
  }

  @Singleton
  static class BrokenUntilFixed {
    @Inject Switch state;

    @PostConstruct
    void start() {
      if (state.broken) {
        throw new IllegalStateException("not yet");
      }
    }
  }

  @Test
  void failedContainerCanBeStartedAgain() {
    Switch state = new Switch();
    Container container =
        container(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Switch.class).toInstance(state);
                bind(First.class);
                bind(BrokenUntilFixed.class);
              }
            });
    assertThatThrownBy(container::start).isInstanceOf(StartupException.class);
    state.broken = false;

    container.start();

    assertThat(container.state()).isEqualTo(State.RUNNING);
    container.stop();
    assertThat(events.all())
        .containsExactly("start First", "stop First", "start First", "stop First");
  }

  @Singleton
  static class ThrowsOnStop {
    @Inject Events events;

    @Inject
    ThrowsOnStop(First first) {}

    @PreDestroy
    void stop() throws Exception {
      events.add("stop ThrowsOnStop");
      throw new java.io.IOException("flush failed");
    }
  }

  @Singleton
  static class AlsoThrowsOnStop {
    @Inject
    AlsoThrowsOnStop(ThrowsOnStop other) {}

    @PreDestroy
    void stop() {
      throw new IllegalStateException("second failure");
    }
  }

  @Test
  void failingPreDestroyDoesNotKeepOthersFromStoppingAndEveryFailureIsCarried() {
    Container container =
        container(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(AlsoThrowsOnStop.class);
                  }
                })
            .start();

    StopException e = catchThrowableOfType(StopException.class, container::stop);

    assertThat(events.all()).containsExactly("start First", "stop ThrowsOnStop", "stop First");
    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(e.getSuppressed()).hasSize(2);
    assertThat(e.getSuppressed()[0])
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("second failure");
    assertThat(e.getSuppressed()[1])
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("flush failed");
    assertThat(e.failures().keySet())
        .containsExactly(Key.get(AlsoThrowsOnStop.class), Key.get(ThrowsOnStop.class));
    assertThat(e).hasMessageContaining("stopped with 2 failure(s)");
  }

  @Singleton
  static class Hangs {
    @Inject CountDownLatch never;

    @Inject
    Hangs(First first) {}

    @PreDestroy
    void stop() throws InterruptedException {
      never.await();
    }
  }

  @Test
  void preDestroyRunningPastTheStopTimeoutIsAbandonedAndTheOthersAreStopped() {
    CountDownLatch never = new CountDownLatch(1);
    Container container =
        Container.builder()
            .stopTimeout(Duration.ofMillis(200))
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(CountDownLatch.class).toInstance(never);
                    bind(Hangs.class);
                  }
                })
            .build()
            .start();

    StopException e = catchThrowableOfType(StopException.class, container::stop);

    assertThat(events.all()).containsExactly("start First", "stop First");
    assertThat(e.failures()).containsOnlyKeys(Key.get(Hangs.class));
    assertThat(e.failures().get(Key.get(Hangs.class)))
        .isInstanceOf(TimeoutException.class)
        .hasMessageContaining("did not complete within 200 ms");
    assertThat(container.state()).isEqualTo(State.STOPPED);
  }

  @Test
  void failedRollbackIsSuppressedOnTheStartupException() {
    Container container =
        container(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(ThrowsOnStop.class);
                bind(Broken.class);
              }
            });

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.getCause()).hasMessage("no database");
    assertThat(e.getSuppressed())
        .singleElement()
        .satisfies(s -> assertThat(s).hasMessage("flush failed"));
  }

  private Container container(AbstractModule module) {
    return Container.builder().modules(events.module(), module).build();
  }
}
