package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provider;
import com.google.inject.Stage;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dependency cycle that Guice resolves with a circular proxy is legal, as in plain Guice, but a
 * member of it is handed to another before it has started: the container says so, once per start.
 */
class CircularProxyTest {
  private static final String LOGGER = "dev.cogwheel.internal.CircularProxies";

  private final Events events = new Events();

  interface Alpha {}

  interface Beta {}

  @Singleton
  static class AlphaImpl implements Alpha {
    @Inject
    AlphaImpl(Beta beta, Events events) {
      events.add("AlphaImpl given " + given(beta));
    }

    @PostConstruct
    void start() {}
  }

  @Singleton
  static class BetaImpl implements Beta {
    @Inject
    BetaImpl(Alpha alpha, Events events) {
      events.add("BetaImpl given " + given(alpha));
    }
  }

  private static String given(Object dependency) {
    return Proxy.isProxyClass(dependency.getClass())
        ? "a proxy"
        : dependency.getClass().getSimpleName();
  }

  private AbstractModule cycle() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Events.class).toInstance(events);
        bind(Alpha.class).to(AlphaImpl.class);
        bind(Beta.class).to(BetaImpl.class);
      }
    };
  }

  private static final String WARNING =
      "Container 'cycle': Guice resolves the dependency cycle CircularProxyTest$AlphaImpl ->"
          + " CircularProxyTest$BetaImpl -> CircularProxyTest$AlphaImpl itself, so the start-order"
          + " guarantee does not hold there: CircularProxyTest$BetaImpl is given its"
          + " CircularProxyTest$Alpha before CircularProxyTest$AlphaImpl has started (a circular"
          + " proxy while its constructor runs, or the instance before its members are injected and"
          + " its @PostConstruct has run); binder().disableCircularProxies() makes such a cycle an"
          + " error";

  @Test
  void aCycleResolvedWithAProxyStartsAsInGuiceWithOneWarningNamingTheCycleAndTheProxiedKey() {
    Container container = Container.builder().name("cycle").modules(cycle()).build();

    try (LogCapture log = new LogCapture(LOGGER)) {
      container.start();
      container.stop();

      assertThat(log.messages()).containsExactly(WARNING);
    }
  }

  @Test
  void theMemberGivenTheProxyIsTheOnePlainGuiceGivesIt() {
    Guice.createInjector(Stage.PRODUCTION, cycle());
    List<String> plainGuice = events.all();
    assertThat(plainGuice).containsExactly("BetaImpl given a proxy", "AlphaImpl given BetaImpl");

    Container.builder().name("cycle").modules(cycle()).build().start().stop();

    assertThat(events.all().subList(2, 4)).isEqualTo(plainGuice);
  }

  @Test
  void theWarningIsGivenOncePerStart() {
    Container container = Container.builder().name("cycle").modules(cycle()).build();

    try (LogCapture log = new LogCapture(LOGGER)) {
      container.start();
      container.stop();
      container.start();
      container.stop();

      assertThat(log.messages()).containsExactly(WARNING, WARNING);
    }
  }

  @Test
  void withCircularProxiesDisabledTheCycleFailsTheStartAsInGuiceAndNothingIsWarned() {
    Container container =
        Container.builder()
            .name("cycle")
            .modules(
                cycle(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    binder().disableCircularProxies();
                  }
                })
            .build();

    try (LogCapture log = new LogCapture(LOGGER)) {
      StartupException e = catchThrowableOfType(StartupException.class, container::start);

      assertThat(e.getCause()).hasMessageContaining("circular dependencies are disabled");
      assertThat(log.messages()).isEmpty();
    }
  }

  @Singleton
  static class Early {
    @Inject
    Early(Provider<Late> late) {}
  }

  @Singleton
  static class Late {
    @Inject
    Late(Early early) {}
  }

  @Test
  void aCycleThroughAProviderIsNoCircularProxyAndIsNotWarned() {
    Container container =
        Container.builder()
            .name("cycle")
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Late.class);
                  }
                })
            .build();

    try (LogCapture log = new LogCapture(LOGGER)) {
      container.start();
      container.stop();

      assertThat(log.messages()).isEmpty();
    }
  }

  @Singleton
  static class Writer {
    @Inject Reader reader;
  }

  @Singleton
  static class Reader {
    @Inject Writer writer;
  }

  @Test
  void aCycleOfInjectedFieldsIsWarnedAboutToo() {
    Container container =
        Container.builder()
            .name("fields")
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Writer.class);
                    bind(Reader.class);
                  }
                })
            .build();

    try (LogCapture log = new LogCapture(LOGGER)) {
      container.start();
      container.stop();

      assertThat(log.messages())
          .containsExactly(
              "Container 'fields': Guice resolves the dependency cycle CircularProxyTest$Writer ->"
                  + " CircularProxyTest$Reader -> CircularProxyTest$Writer itself, so the"
                  + " start-order guarantee does not hold there: CircularProxyTest$Reader is given"
                  + " its CircularProxyTest$Writer before CircularProxyTest$Writer has started (a"
                  + " circular proxy while its constructor runs, or the instance before its members"
                  + " are injected and its @PostConstruct has run);"
                  + " binder().disableCircularProxies() makes such a cycle an error");
    }
  }
}
