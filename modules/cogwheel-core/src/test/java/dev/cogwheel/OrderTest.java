package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Stage;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {
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
  static class Pool extends Recorded {
    boolean started;

    @Override
    @PostConstruct
    void start() {
      super.start();
      started = true;
    }
  }

  @Singleton
  static class Session extends Recorded {
    final boolean poolWasStarted;

    @Inject
    Session(Pool pool) {
      poolWasStarted = pool.started;
    }
  }

  @Singleton
  static class Client extends Recorded {
    @Inject
    Client(Session session) {}
  }

  @Test
  void dependencyHasStartedBeforeItsDependentIsConstructed() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Client.class);
              }
            });

    assertThat(container.getInstance(Session.class).poolWasStarted).isTrue();
    container.stop();
  }

  @Test
  void startsInDependencyOrderAndStopsInReverse() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Client.class); // bound first, started last
                bind(Session.class);
                bind(Pool.class);
              }
            });
    container.stop();

    assertThat(events.all())
        .containsExactly(
            "start Pool",
            "start Session",
            "start Client",
            "stop Client",
            "stop Session",
            "stop Pool");
  }

  @Test
  void componentsListsStartOrderAndDependencies() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Client.class);
              }
            });

    List<Component> components = container.components();
    assertThat(components)
        .extracting(Component::key)
        .containsExactly(Key.get(Pool.class), Key.get(Session.class), Key.get(Client.class));
    assertThat(components).extracting(Component::startOrder).containsExactly(1, 2, 3);
    assertThat(components.get(2).dependencies()).containsExactly(Key.get(Session.class));
    assertThat(components.get(1).dependencies()).containsExactly(Key.get(Pool.class));
    assertThat(components.get(0).dependencies()).isEmpty();
    assertThat(components.get(2).type()).isEqualTo(Client.class);
    assertThat(components.get(2).stopDuration()).isEmpty();
    container.stop();
    assertThat(container.components()).allSatisfy(c -> assertThat(c.stopDuration()).isPresent());
  }

  interface Gateway {}

  /** Unscoped: a path between components, not one itself. */
  static class PooledGateway implements Gateway {
    @Inject
    PooledGateway(Session session, Pool pool) {}
  }

  @Singleton
  static class Dashboard extends Recorded {
    @Inject
    Dashboard(Gateway gateway, Pool pool, Provider<Gateway> later) {}
  }

  @Test
  void dependenciesReachedThroughAnUnmanagedBindingAreListedOnceInStartOrder() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Gateway.class).to(PooledGateway.class);
                bind(Dashboard.class);
              }
            });

    List<Component> components = container.components();
    assertThat(components)
        .extracting(Component::key)
        .containsExactly(Key.get(Pool.class), Key.get(Session.class), Key.get(Dashboard.class));
    assertThat(components.get(2).dependencies())
        .containsExactly(Key.get(Pool.class), Key.get(Session.class));
    container.stop();
  }

  @Singleton
  static class Store extends Recorded {}

  @Singleton
  static class LazyUser extends Recorded {
    final Provider<Store> store;

    @Inject
    LazyUser(Provider<Store> store) {
      this.store = store;
    }
  }

  @Singleton
  static class GuiceProviderUser extends Recorded {
    @Inject
    GuiceProviderUser(com.google.inject.Provider<Store> store) {}
  }

  @Test
  void componentHoldingAProviderStopsBeforeWhatItProvidesEvenWhenThatStartedLater() {
    Container container =
        Container.builder()
            .stage(Stage.DEVELOPMENT)
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(LazyUser.class).asEagerSingleton();
                  }
                })
            .build()
            .start();
    container.getInstance(LazyUser.class).store.get();
    container.stop();

    assertThat(events.all())
        .containsExactly("start LazyUser", "start Store", "stop LazyUser", "stop Store");
  }

  @Test
  void guiceProviderEdgesCountToo() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(GuiceProviderUser.class);
                bind(Store.class);
              }
            });
    container.stop();

    assertThat(events.all())
        .containsExactly(
            "start GuiceProviderUser", "start Store", "stop GuiceProviderUser", "stop Store");
  }

  @Singleton
  static class A extends Recorded {}

  @Singleton
  static class B extends Recorded {}

  @Singleton
  static class C extends Recorded {}

  @Test
  void independentComponentsStopInReverseCreationOrder() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(A.class);
                bind(B.class);
                bind(C.class);
              }
            });
    container.stop();

    assertThat(events.all())
        .containsExactly("start A", "start B", "start C", "stop C", "stop B", "stop A");
  }

  @Test
  void lazySingletonsInDevelopmentStageAreStoppedIfCreatedAndOnlyThen() {
    Container container =
        Container.builder()
            .stage(Stage.DEVELOPMENT)
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(A.class);
                    bind(B.class);
                  }
                })
            .build()
            .start();
    assertThat(events.all()).isEmpty();
    container.getInstance(B.class);
    container.stop();

    assertThat(events.all()).containsExactly("start B", "stop B");
  }

  static class Named1 extends Recorded {}

  @Test
  void providesMethodsAndProviderBindingsAreManaged() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Key.get(C.class, Names.named("fromProvider")))
                    .toProvider(
                        new Provider<C>() {
                          @Inject Events events;

                          @Override
                          public C get() {
                            C c = new C();
                            c.events = events;
                            return c;
                          }
                        })
                    .in(Singleton.class);
              }

              @Provides
              @Singleton
              @Named("provided")
              Named1 named(Events events) {
                Named1 n = new Named1();
                n.events = events;
                return n;
              }
            });
    container.stop();

    assertThat(events.all())
        .containsExactlyInAnyOrder("start C", "start Named1", "stop Named1", "stop C");
    assertThat(container.components())
        .extracting(Component::key)
        .containsExactlyInAnyOrder(
            Key.get(C.class, Names.named("fromProvider")),
            Key.get(Named1.class, Names.named("provided")));
  }

  interface Cache {}

  static class MemoryCache extends Recorded implements Cache {}

  @Singleton
  static class CacheUser extends Recorded {
    final Provider<Cache> cache;

    @Inject
    CacheUser(Provider<Cache> cache) {
      this.cache = cache;
    }
  }

  @Singleton
  static class Service {
    @Inject
    Service(Cache cache) {}
  }

  @Test
  void dependencyOnASingletonScopedLinkedBindingIsAnEdge() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Cache.class).to(MemoryCache.class).in(Singleton.class);
                bind(Service.class);
              }
            });

    assertThat(container.components())
        .filteredOn(c -> c.type() == Service.class)
        .singleElement()
        .satisfies(c -> assertThat(c.dependencies()).containsExactly(Key.get(Cache.class)));
    container.stop();
  }

  @Test
  void providerOfALinkedSingletonCreatedLaterStillStopsAfterItsHolder() {
    Container container =
        Container.builder()
            .stage(Stage.DEVELOPMENT)
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Cache.class).to(MemoryCache.class).in(Singleton.class);
                    bind(CacheUser.class).asEagerSingleton();
                  }
                })
            .build()
            .start();
    container.getInstance(CacheUser.class).cache.get();
    container.stop();

    assertThat(events.all())
        .containsExactly(
            "start CacheUser", "start MemoryCache", "stop CacheUser", "stop MemoryCache");
  }

  interface Repository {}

  static class SqlStore extends Recorded implements Repository {
    @Inject
    SqlStore(Cache cache) {}
  }

  @Test
  void linkedSingletonThatDependsOnALinkedSingletonBoundAfterItStartsAfterItAndStopsBeforeIt() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Repository.class).to(SqlStore.class).in(Singleton.class);
                bind(Cache.class).to(MemoryCache.class).in(Singleton.class);
              }
            });
    assertThat(container.components())
        .extracting(Component::key)
        .containsExactly(Key.get(Cache.class), Key.get(Repository.class));
    assertThat(container.components().get(1).dependencies()).containsExactly(Key.get(Cache.class));
    container.stop();

    assertThat(events.all())
        .containsExactly(
            "start MemoryCache", "start SqlStore", "stop SqlStore", "stop MemoryCache");
  }

  @Singleton
  static class CachedService extends Recorded {
    @Inject
    CachedService(Cache cache) {}
  }

  static class ReportStore extends Recorded implements Repository {
    @Inject
    ReportStore(CachedService service) {}
  }

  @Test
  void linkedSingletonReachedThroughAnotherSingletonIsStillRecordedAsItsOwnComponent() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Repository.class).to(ReportStore.class).in(Singleton.class);
                bind(Cache.class).to(MemoryCache.class).in(Singleton.class);
              }
            });
    assertThat(container.components())
        .extracting(Component::key)
        .containsExactly(
            Key.get(Cache.class), Key.get(CachedService.class), Key.get(Repository.class));
    container.stop();

    assertThat(events.all())
        .containsExactly(
            "start MemoryCache",
            "start CachedService",
            "start ReportStore",
            "stop ReportStore",
            "stop CachedService",
            "stop MemoryCache");
  }

  private Container start(AbstractModule module) {
    return Container.builder().modules(events.module(), module).build().start();
  }
}
