package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Stage;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManagedSetTest {
  private final Events events = new Events();

  interface Cache {}

  static class RedisCache implements Cache {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start RedisCache");
    }

    @PreDestroy
    void stop() {
      events.add("stop RedisCache");
    }
  }

  @Test
  void targetOfASingletonScopedLinkedBindingIsASingletonAndIsReleased() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Cache.class).to(RedisCache.class).in(Singleton.class);
              }
            });
    assertThat(container.getInstance(Cache.class)).isSameAs(container.getInstance(Cache.class));
    container.stop();

    assertThat(events.all()).containsExactly("start RedisCache", "stop RedisCache");
    assertThat(container.components())
        .extracting(Component::key)
        .containsExactly(Key.get(Cache.class));
    assertThat(container.components().get(0).type()).isEqualTo(RedisCache.class);
  }

  @Test
  void eagerSingletonLinkedBindingIsReleased() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Cache.class).to(RedisCache.class).asEagerSingleton();
              }
            })
        .stop();

    assertThat(events.all()).containsExactly("start RedisCache", "stop RedisCache");
  }

  @Test
  void unscopedInstancesOfALinkedSingletonsTargetAreNotManaged() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Cache.class).to(RedisCache.class).in(Singleton.class);
              }
            });
    container.getInstance(RedisCache.class); // the target's own binding is unscoped: a fresh one
    container.stop();

    assertThat(events.all())
        .containsExactly("start RedisCache", "start RedisCache", "stop RedisCache");
  }

  @Singleton
  static class Shared {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start Shared");
    }

    @PreDestroy
    void stop() {
      events.add("stop Shared");
    }
  }

  interface First {}

  interface Second {}

  @Test
  void oneInstanceBoundUnderSeveralKeysIsStartedAndReleasedOnce() {
    Container container =
        start(
            new AbstractModule() {
              @Provides
              @Singleton
              First first(Shared shared) {
                return new First() {};
              }

              @Provides
              @Singleton
              Object sharedAgain(Shared shared) {
                return shared;
              }

              @Override
              protected void configure() {}
            });
    container.stop();

    assertThat(events.all()).containsExactly("start Shared", "stop Shared");
  }

  @Singleton
  static class Closeable implements AutoCloseable {
    @Inject Events events;

    @Override
    public void close() {
      events.add("close Closeable");
    }
  }

  @Singleton
  static class CloseableWithPreDestroy implements AutoCloseable {
    @Inject Events events;

    @PreDestroy
    void destroy() {
      events.add("destroy CloseableWithPreDestroy");
    }

    @Override
    public void close() {
      events.add("close CloseableWithPreDestroy");
    }
  }

  @Test
  void autoCloseableSingletonWithoutPreDestroyIsClosed() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Closeable.class);
              }
            })
        .stop();

    assertThat(events.all()).containsExactly("close Closeable");
  }

  @Test
  void autoCloseableSingletonWithPreDestroyIsReleasedByItsPreDestroyOnly() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(CloseableWithPreDestroy.class);
              }
            })
        .stop();

    assertThat(events.all()).containsExactly("destroy CloseableWithPreDestroy");
  }

  static class UserMade {
    final Events events;

    UserMade(Events events) {
      this.events = events;
    }

    @PostConstruct
    void start() {
      events.add("start UserMade");
    }

    @PreDestroy
    void stop() {
      events.add("stop UserMade");
    }
  }

  @Test
  void instancesTheUserMadeAreNeverStartedOrStopped() {
    UserMade mine = new UserMade(events);
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(UserMade.class).toInstance(mine);
              }
            });
    container.stop();

    assertThat(events.all()).isEmpty();
    assertThat(container.components()).isEmpty();
  }

  @Test
  void objectGivenToRequestInjectionIsInjectedAndInitialisedButNeverReleased() {
    UserMade mine = new UserMade(events);
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                requestInjection(mine);
              }
            });
    container.stop();

    assertThat(events.all()).containsExactly("start UserMade");
    assertThat(container.components()).isEmpty();
  }

  static class Plain {}

  static class UserMadeProvider implements Provider<Plain> {
    final Events events;

    UserMadeProvider(Events events) {
      this.events = events;
    }

    @PostConstruct
    void start() {
      events.add("start UserMadeProvider");
    }

    @Override
    public Plain get() {
      return new Plain();
    }
  }

  @Test
  void providerInstancesTheUserMadeAreNeverStarted() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Plain.class).toProvider(new UserMadeProvider(events));
              }
            });
    container.getInstance(Plain.class);
    container.stop();

    assertThat(events.all()).isEmpty();
  }

  @Test
  void instancesTheUserBoundInAPrivateModuleAreNeverStartedOrStopped() {
    UserMade mine = new UserMade(events);
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                install(
                    new PrivateModule() {
                      @Override
                      protected void configure() {
                        bind(UserMade.class).toInstance(mine);
                        expose(UserMade.class);
                      }
                    });
              }
            })
        .stop();

    assertThat(events.all()).isEmpty();
  }

  @Test
  void objectGivenToInjectMembersIsInjectedAndInitialisedButNeverReleased() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {}
            });
    UserMade mine = new UserMade(events);

    container.injector().injectMembers(mine);
    container.stop();

    assertThat(events.all()).containsExactly("start UserMade");
  }

  static class Counted {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start Counted");
    }
  }

  @Test
  void unscopedInstanceAProvidesMethodPassesOnIsStartedOnce() {
    Container container =
        start(
            new AbstractModule() {
              @Provides
              Object passOn(Counted counted) {
                return counted;
              }
            });
    container.getInstance(Object.class);
    container.stop();

    assertThat(events.all()).containsExactly("start Counted");
  }

  @Singleton
  static class Hidden {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start Hidden");
    }

    @PreDestroy
    void stop() {
      events.add("stop Hidden");
    }
  }

  @Singleton
  static class Exposed {
    @Inject Events events;

    @Inject
    Exposed(Hidden hidden) {}

    @PostConstruct
    void start() {
      events.add("start Exposed");
    }

    @PreDestroy
    void stop() {
      events.add("stop Exposed");
    }
  }

  @Singleton
  static class UsesExposed {
    @Inject Events events;

    @Inject
    UsesExposed(Exposed exposed) {}

    @PostConstruct
    void start() {
      events.add("start UsesExposed");
    }

    @PreDestroy
    void stop() {
      events.add("stop UsesExposed");
    }
  }

  @Test
  void privateModuleSingletonsExposedOrNotAreManagedInDependencyOrder() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(UsesExposed.class);
                install(
                    new PrivateModule() {
                      @Override
                      protected void configure() {
                        bind(Hidden.class);
                        bind(Exposed.class);
                        bind(Cache.class).to(RedisCache.class).in(Singleton.class);
                        expose(Exposed.class);
                      }
                    });
              }
            })
        .stop();

    assertThat(events.all())
        .containsExactly(
            "start Hidden",
            "start Exposed",
            "start UsesExposed",
            "start RedisCache",
            "stop RedisCache",
            "stop UsesExposed",
            "stop Exposed",
            "stop Hidden");
  }

  @Test
  void dependenciesInsideAPrivateModuleAreEdges() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                install(
                    new PrivateModule() {
                      @Override
                      protected void configure() {
                        bind(Hidden.class);
                        bind(Exposed.class);
                        expose(Exposed.class);
                      }
                    });
              }
            });

    assertThat(container.components())
        .filteredOn(c -> c.type() == Exposed.class)
        .singleElement()
        .satisfies(c -> assertThat(c.dependencies()).containsExactly(Key.get(Hidden.class)));
    container.stop();
  }

  static class Plugin {
    final String name;
    final Events events;

    Plugin(String name, Events events) {
      this.name = name;
      this.events = events;
    }

    @PostConstruct
    void start() {
      events.add("start " + name);
    }

    @PreDestroy
    void stop() {
      events.add("stop " + name);
    }
  }

  @Test
  void multiboundSingletonsAreManaged() {
    start(
            new AbstractModule() {
              @Override
              protected void configure() {
                Multibinder<Plugin> plugins = Multibinder.newSetBinder(binder(), Plugin.class);
                plugins
                    .addBinding()
                    .toProvider(
                        new jakarta.inject.Provider<Plugin>() {
                          @Inject Events events;

                          @Override
                          public Plugin get() {
                            return new Plugin("set-element", events);
                          }
                        })
                    .in(Singleton.class);
                MapBinder.newMapBinder(binder(), String.class, Cache.class)
                    .addBinding("redis")
                    .to(RedisCache.class)
                    .in(Singleton.class);
              }
            })
        .stop();

    assertThat(events.all())
        .containsExactlyInAnyOrder(
            "start set-element", "start RedisCache", "stop set-element", "stop RedisCache");
  }

  @Singleton
  static class InChild {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start InChild");
    }

    @PreDestroy
    void stop() {
      events.add("stop InChild");
    }
  }

  @Test
  void singletonsOfAChildInjectorAreManaged() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {}
            });
    Injector child =
        container
            .injector()
            .createChildInjector(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(InChild.class);
                  }
                });
    child.getInstance(InChild.class);
    container.stop();

    assertThat(events.all()).containsExactly("start InChild", "stop InChild");
  }

  static class Unscoped {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start Unscoped");
    }

    @PreDestroy
    void neverCalled() {
      events.add("stop Unscoped");
    }
  }

  @Test
  void unscopedInstancesGetPostConstructButNoPreDestroyAndAWarningOncePerType() {
    LogCapture log = new LogCapture("dev.cogwheel.internal.Provisions");
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Unscoped.class);
              }
            });
    container.getInstance(Unscoped.class);
    container.getInstance(Unscoped.class);
    container.stop();
    log.close();

    assertThat(events.all()).containsExactly("start Unscoped", "start Unscoped");
    assertThat(log.messages())
        .filteredOn(m -> m.contains("@PreDestroy"))
        .containsExactly(
            Unscoped.class.getName()
                + " has a @PreDestroy method but ManagedSetTest$Unscoped is not a singleton: container 'cogwheel'"
                + " keeps no reference to it and will never call it");
  }

  @Test
  void containerHoldsNoReferenceToUnscopedInstances() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Unscoped.class);
              }
            });
    List<WeakReference<Unscoped>> refs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      refs.add(new WeakReference<>(container.getInstance(Unscoped.class)));
    }
    for (int i = 0; i < 10 && refs.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
    }

    assertThat(refs).allSatisfy(ref -> assertThat(ref.get()).isNull());
    container.stop();
  }

  @Test
  void providesMethodReturningAnExistingSingletonDoesNotStartItAgain() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Shared.class);
              }

              @Provides
              @com.google.inject.name.Named("alias")
              Shared alias(Shared shared) {
                return shared;
              }
            });
    container.getInstance(Key.get(Shared.class, Names.named("alias")));
    container.stop();

    assertThat(events.all()).containsExactly("start Shared", "stop Shared");
  }

  @Singleton
  static class Pool {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start Pool");
    }

    @PreDestroy
    void stop() {
      events.add("stop Pool");
    }
  }

  static class StaticallyInjected {
    @Inject static Pool pool;
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void aSingletonThatAStaticInjectionCreatesBeforeTheStartIsManaged(Stage stage) {
    Container container =
        Container.builder()
            .stage(stage)
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    requestStaticInjection(StaticallyInjected.class);
                  }
                })
            .build()
            .start();
    List<Component> components = container.components();
    container.stop();

    assertThat(events.all()).containsExactly("start Pool", "stop Pool");
    assertThat(components).extracting(Component::key).containsExactly(Key.get(Pool.class));
  }

  private Container start(AbstractModule module) {
    return Container.builder().modules(events.module(), module).build().start();
  }
}
