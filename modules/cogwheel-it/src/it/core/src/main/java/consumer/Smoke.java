package consumer;

import com.google.inject.AbstractModule;
import dev.cogwheel.Container;
import dev.cogwheel.State;
import dev.cogwheel.Tasks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A container with a component that has a task, started and stopped as a user's program does. */
public final class Smoke {
  private static final CountDownLatch taskRan = new CountDownLatch(1);
  private static volatile boolean released;

  @Singleton
  static final class Pool {
    @Inject
    Pool(Tasks tasks) {
      tasks.submit("warm-up", taskRan::countDown);
    }

    @PostConstruct
    void open() {}

    @PreDestroy
    void close() {
      released = true;
    }
  }

  public static void main(String[] args) throws Exception {
    Container container =
        Container.start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Pool.class);
              }
            });
    check(container.state() == State.RUNNING, "container is RUNNING, got " + container.state());
    check(taskRan.await(10, TimeUnit.SECONDS), "the task ran");
    check(container.components().size() == 1, "one component, got " + container.components());
    container.stop();
    check(released, "the pool was released at stop");
    System.out.println("cogwheel-core consumer: OK");
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("expected: " + what);
    }
  }
}
