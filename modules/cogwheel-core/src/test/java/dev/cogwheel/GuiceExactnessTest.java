package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.Binding;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Stage;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.DefaultBindingTargetVisitor;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.Message;
import com.google.inject.spi.ProvisionListener;
import com.google.inject.spi.TypeListener;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An injector made by a container behaves as one made by {@code Guice.createInjector}. */
class GuiceExactnessTest {
  interface Cache {}

  static class MemoryCache implements Cache {
    @PostConstruct
    void warm() {}
  }

  @Singleton
  static class Repository {
    @Inject
    Repository(Cache cache) {}
  }

  static class Request {
    @Inject
    Request(Repository repository) {}
  }

  /** A linked singleton, a constructor singleton, an unscoped class and a provider method. */
  static final class Application extends AbstractModule {
    @Override
    protected void configure() {
      bind(Cache.class).to(MemoryCache.class).in(Singleton.class);
      bind(Repository.class);
      bind(Request.class);
    }

    @Provides
    @Singleton
    StringBuilder buffer(Repository repository) {
      return new StringBuilder();
    }
  }

  /**
   * What a user's broad listeners saw while an injector was created and {@code Request}
   * provisioned.
   */
  static final class Heard extends AbstractModule {
    final List<String> provisions = new CopyOnWriteArrayList<>();
    final List<String> types = new CopyOnWriteArrayList<>();

    @Override
    protected void configure() {
      bindListener(
          Matchers.any(),
          new ProvisionListener() {
            @Override
            public <T> void onProvision(ProvisionInvocation<T> invocation) {
              provisions.add(invocation.getBinding().getKey().toString());
            }
          });
      bindListener(
          Matchers.any(),
          new TypeListener() {
            @Override
            public <I> void hear(
                com.google.inject.TypeLiteral<I> type,
                com.google.inject.spi.TypeEncounter<I> encounter) {
              types.add(type.toString());
            }
          });
    }
  }

  private static Set<String> sorted(List<String> heard) {
    return new java.util.TreeSet<>(heard);
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void aUsersBroadListenersHearExactlyWhatTheyHearWithoutTheContainer(Stage stage) {
    Heard plain = new Heard();
    Injector guice = Guice.createInjector(stage, new Application(), plain);
    guice.getInstance(Request.class);
    Heard contained = new Heard();
    Container container =
        Container.builder().stage(stage).modules(new Application(), contained).build().start();
    container.getInstance(Request.class);
    container.stop();

    assertThat(contained.provisions).hasSameSizeAs(plain.provisions);
    assertThat(sorted(contained.provisions)).isEqualTo(sorted(plain.provisions));
    assertThat(sorted(contained.types)).isEqualTo(sorted(plain.types));
  }

  @Test
  void theOnlyBindingsAContainerAddsAreContainerAndTasks() {
    Injector guice = Guice.createInjector(Stage.PRODUCTION, new Application());
    Container container = Container.start(new Application());

    Set<Key<?>> added = new HashSet<>(container.injector().getAllBindings().keySet());
    added.removeAll(guice.getAllBindings().keySet());
    container.stop();

    assertThat(added).containsExactlyInAnyOrder(Key.get(Container.class), Key.get(Tasks.class));
  }

  @Test
  void singletonsAsScopesSeesThemAreGuicesOwn() {
    Injector guice = Guice.createInjector(Stage.PRODUCTION, new Application());
    Container container = Container.start(new Application());

    Set<Key<?>> singletons = singletons(container.injector());
    container.stop();

    assertThat(singletons).isEqualTo(singletons(guice));
  }

  private static Set<Key<?>> singletons(Injector injector) {
    return injector.getAllBindings().values().stream()
        .filter(Scopes::isSingleton)
        .map(Binding::getKey)
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void aLinkedSingletonStaysALinkedBindingThroughTheSpi(Stage stage) {
    Container container =
        Container.builder().stage(stage).modules(new Application()).build().start();

    Binding<Cache> cache = container.injector().getBinding(Cache.class);
    Key<?> target =
        cache.acceptTargetVisitor(
            new DefaultBindingTargetVisitor<Object, Key<?>>() {
              @Override
              public Key<?> visit(LinkedKeyBinding<?> binding) {
                return binding.getLinkedKey();
              }
            });
    container.stop();

    assertThat(cache).isInstanceOf(LinkedKeyBinding.class);
    assertThat(target).isEqualTo(Key.get(MemoryCache.class));
  }

  static final class LinkedCache extends AbstractModule {
    @Override
    protected void configure() {
      bind(Cache.class).to(MemoryCache.class).in(Singleton.class);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void theSameLinkedSingletonBoundIdenticallyByTwoModulesIsAcceptedAsGuiceAcceptsIt(Stage stage) {
    Guice.createInjector(stage, new LinkedCache(), new LinkedCache());

    Container container =
        Container.builder()
            .stage(stage)
            .modules(new LinkedCache(), new LinkedCache())
            .build()
            .start();

    assertThat(container.getInstance(Cache.class)).isSameAs(container.getInstance(Cache.class));
    container.stop();
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void requireExplicitBindingsWithAJustInTimeLinkTargetWorksAsInGuice(Stage stage) {
    Module strict =
        new AbstractModule() {
          @Override
          protected void configure() {
            binder().requireExplicitBindings();
            bind(Cache.class).to(MemoryCache.class).in(Singleton.class);
          }
        };
    Guice.createInjector(stage, strict).getInstance(Cache.class);

    Container container = Container.builder().stage(stage).modules(strict).build().start();

    assertThat(container.getInstance(Cache.class)).isInstanceOf(MemoryCache.class);
    container.stop();
  }

  interface Unbound {}

  static class NeedsUnbound {
    @Inject
    NeedsUnbound(Unbound unbound) {}
  }

  static class Injected {
    @Inject Unbound unbound;
  }

  @Test
  void aConfigurationErrorIsGuicesCreationExceptionWithEveryMessageAsTheCause() {
    Module broken =
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(NeedsUnbound.class).in(Singleton.class);
            requestInjection(new Injected());
          }
        };
    CreationException guice =
        catchThrowableOfType(
            CreationException.class, () -> Guice.createInjector(Stage.PRODUCTION, broken));

    StartupException e =
        catchThrowableOfType(StartupException.class, () -> Container.start(broken));

    assertThat(e.getCause()).isInstanceOf(CreationException.class);
    assertThat(messages((CreationException) e.getCause())).isEqualTo(messages(guice)).hasSize(2);
    assertThat(e.getCause().getMessage()).isEqualTo(guice.getMessage());
  }

  private static List<String> messages(CreationException exception) {
    List<String> messages = new ArrayList<>();
    for (Message message : exception.getErrorMessages()) {
      messages.add(message.getMessage() + " @ " + message.getSources());
    }
    return messages;
  }

  static class Malformed {
    @com.google.inject.Inject
    <T> void set(T value) {}
  }

  private static Module boundMalformed(boolean withTypeListener) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Malformed.class).toInstance(new Malformed());
        if (withTypeListener) {
          bindListener(
              Matchers.any(),
              new TypeListener() {
                @Override
                public <I> void hear(
                    com.google.inject.TypeLiteral<I> type,
                    com.google.inject.spi.TypeEncounter<I> encounter) {}
              });
        }
      }
    };
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void aMalformedBoundObjectIsReportedAsOftenAsGuiceReportsIt(boolean withTypeListener) {
    CreationException guice =
        catchThrowableOfType(
            CreationException.class,
            () -> Guice.createInjector(Stage.PRODUCTION, boundMalformed(withTypeListener)));

    StartupException e =
        catchThrowableOfType(
            StartupException.class, () -> Container.start(boundMalformed(withTypeListener)));

    assertThat(messages((CreationException) e.getCause()))
        .isEqualTo(messages(guice))
        .hasSize(withTypeListener ? 2 : 1);
  }
}
