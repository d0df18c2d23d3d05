package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.PrivateModule;
import com.google.inject.Stage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleBinderTest {
  private final Events events = new Events();

  abstract static class Recorded {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start " + getClass().getSimpleName());
    }

    @PreDestroy
    void stop() {
      events.add("stop " + getClass().getSimpleName());
    }
  }

  @Singleton
  static class HttpServer extends Recorded {}

  @Singleton
  static class MetricsFlusher extends Recorded {}

  @Singleton
  static class Worker extends Recorded {}

  @Singleton
  static class AdminServer extends Recorded {}

  static class Store extends Recorded {}

  @Singleton
  static class UsesStore extends Recorded {
    @Inject
    UsesStore(Store store) {}
  }

  private Container start(AbstractModule module) {
    return Container.builder().modules(events.module(), module).build().start();
  }

  @Test
  void aDeclaredDependencyStartsFirstAndIsReleasedAfterAsIfInjected() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(HttpServer.class);
                bind(MetricsFlusher.class);
                LifecycleBinder.of(binder()).dependsOn(HttpServer.class, MetricsFlusher.class);
              }
            })
        .stop();

    assertThat(events.all())
        .containsExactly(
            "start MetricsFlusher", "start HttpServer", "stop HttpServer", "stop MetricsFlusher");
  }

  @Test
  void aDeclaredEdgeIsListedAmongTheComponentsDependencies() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(HttpServer.class);
                bind(MetricsFlusher.class);
                LifecycleBinder.of(binder())
                    .dependsOn(Key.get(HttpServer.class), Key.get(MetricsFlusher.class));
              }
            });

    assertThat(container.components())
        .filteredOn(c -> c.type() == HttpServer.class)
        .singleElement()
        .satisfies(
            c -> assertThat(c.dependencies()).containsExactly(Key.get(MetricsFlusher.class)));
    container.stop();
  }

  @Test
  void aComponentsStartDependenciesAreItsInjectedAndDeclaredEdgesAndWhatStartedFirst() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(HttpServer.class);
                bind(MetricsFlusher.class);
                bind(AdminServer.class);
                LifecycleBinder.of(binder())
                    .startFirst(AdminServer.class)
                    .dependsOn(HttpServer.class, MetricsFlusher.class);
              }
            });
    try {
      assertThat(container.components())
          .filteredOn(c -> c.type() == HttpServer.class)
          .singleElement()
          .satisfies(
              c ->
                  assertThat(c.startDependencies())
                      .containsExactly(Key.get(AdminServer.class), Key.get(MetricsFlusher.class)),
              c -> assertThat(c.dependencies()).containsExactly(Key.get(MetricsFlusher.class)));
      assertThat(container.components())
          .filteredOn(c -> c.type() == AdminServer.class)
          .singleElement()
          .satisfies(c -> assertThat(c.startDependencies()).isEmpty());
    } finally {
      container.stop();
    }
  }

  @Test
  void aComponentToStartFirstStartsBeforeEveryOtherAndIsReleasedAfterThemWhereverItsModuleIs() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(HttpServer.class);
                bind(Worker.class);
                install(
                    new AbstractModule() {
                      @Override
                      protected void configure() {
                        bind(AdminServer.class);
                        LifecycleBinder.of(binder()).startFirst(AdminServer.class);
                      }
                    });
              }
            })
        .stop();

    assertThat(events.all())
        .containsExactly(
            "start AdminServer",
            "start HttpServer",
            "start Worker",
            "stop Worker",
            "stop HttpServer",
            "stop AdminServer");
  }

  @Test
  void aManagedBoundObjectIsStartedBeforeWhatInjectsItAndReleasedAfter() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Store.class).toInstance(new Store());
                bind(UsesStore.class);
                LifecycleBinder.of(binder()).manage(Store.class);
              }
            })
        .stop();

    assertThat(events.all())
        .containsExactly("start Store", "start UsesStore", "stop UsesStore", "stop Store");
  }

  @Test
  void declarationsInAPrivateModuleCount() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                install(
                    new PrivateModule() {
                      @Override
                      protected void configure() {
                        bind(HttpServer.class);
                        bind(MetricsFlusher.class);
                        expose(HttpServer.class);
                        LifecycleBinder.of(binder())
                            .dependsOn(HttpServer.class, MetricsFlusher.class);
                      }
                    });
              }
            })
        .stop();

    assertThat(events.all())
        .containsExactly(
            "start MetricsFlusher", "start HttpServer", "stop HttpServer", "stop MetricsFlusher");
  }

  @Test
  void declarationsAddNoBinding() {
    AbstractModule declared =
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(HttpServer.class);
            bind(MetricsFlusher.class);
            LifecycleBinder.of(binder())
                .dependsOn(HttpServer.class, MetricsFlusher.class)
                .startFirst(MetricsFlusher.class);
          }
        };
    Set<Key<?>> plain =
        Guice.createInjector(Stage.PRODUCTION, events.module(), declared).getAllBindings().keySet();

    Container container = start(declared);
    Set<Key<?>> added = new HashSet<>(container.injector().getAllBindings().keySet());
    added.removeAll(plain);
    container.stop();

    assertThat(added).containsExactlyInAnyOrder(Key.get(Container.class), Key.get(Tasks.class));
  }

  @Test
  void declaredEdgesThatCloseACycleAreAStartErrorNamingTheCycle() {
    Container container =
        Container.builder()
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(HttpServer.class);
                    bind(MetricsFlusher.class);
                    LifecycleBinder.of(binder())
                        .dependsOn(HttpServer.class, MetricsFlusher.class)
                        .dependsOn(MetricsFlusher.class, HttpServer.class);
                  }
                })
            .build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e)
        .hasMessageContaining("LifecycleBinder declarations close a cycle of start order: ")
        .hasMessageContaining(
            "LifecycleBinderTest$HttpServer -> LifecycleBinderTest$MetricsFlusher -> LifecycleBinderTest$HttpServer")
        .hasMessageContaining("declared in module " + LifecycleBinderTest.class.getName() + "$");
    assertThat(events.all()).isEmpty();
    assertThat(container.state()).isEqualTo(State.FAILED);
  }

  @Test
  void anEdgeToAKeyNobodyBindsNamesTheKeyAndTheModuleThatDeclaredIt() {
    Container container =
        Container.builder()
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(HttpServer.class);
                    LifecycleBinder.of(binder())
                        .dependsOn(
                            Key.get(HttpServer.class),
                            Key.get(Worker.class, jakarta.inject.Named.class));
                  }
                })
            .build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.getMessage())
        .startsWith(
            "Container 'cogwheel' failed to start: LifecycleBinder.dependsOn(LifecycleBinderTest$HttpServer, "
                + "LifecycleBinderTest$Worker @Named) declared in module "
                + LifecycleBinderTest.class.getName()
                + "$")
        .endsWith(": nothing binds LifecycleBinderTest$Worker @Named");
  }

  @Test
  void managingAnUnscopedBindingIsRefusedBecauseItCouldNeverBeReleased() {
    Container container =
        Container.builder()
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Store.class);
                    LifecycleBinder.of(binder()).manage(Store.class);
                  }
                })
            .build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e)
        .hasMessageEndingWith(
            ": LifecycleBinderTest$Store is not bound to an object (toInstance) or a singleton; an unscoped instance cannot be released");
  }
}
