package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.ImplementedBy;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Stage;
import com.google.inject.spi.Element;
import com.google.inject.spi.Message;
import com.google.inject.spi.StaticInjectionRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scenarios of Guice 7.0.0's own test suite, each run on plain Guice and on the injector of a
 * started container, in the stages where Guice's test applies: the outcomes are the same.
 */
class GuiceSuiteExactnessTest {

  // ScopesTest#testNullScopedAsASingleton

  /** A singleton provider method that returns null, then "A". */
  static final class NullSingleton extends AbstractModule {
    private final Iterator<String> values = Arrays.asList(null, "A").iterator();

    @Provides
    @Singleton
    String provideString() {
      return values.next();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void aSingletonWhoseProviderReturnsNullIsNullAndNotAComponent(Stage stage) {
    Injector guice = Guice.createInjector(stage, new NullSingleton());
    List<String> plain = threeInstances(guice);

    Container container =
        Container.builder().stage(stage).modules(new NullSingleton()).build().start();
    List<String> contained = threeInstances(container.injector());
    List<Component> components = container.components();
    container.stop();

    assertThat(plain).containsExactly(null, null, null);
    assertThat(contained).isEqualTo(plain);
    assertThat(components).isEmpty();
  }

  private static List<String> threeInstances(Injector injector) {
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      instances.add(injector.getInstance(String.class));
    }
    return instances;
  }

  // spi.InjectorSpiTest#testGetElements_staticInjectionRequests

  static class StaticallyInjected {
    @Inject static String string;
    @Inject static Number number;
  }

  static final class StaticInjection extends AbstractModule {
    @Override
    protected void configure() {
      bind(String.class).toInstance("");
      bind(Number.class).toInstance(1);
      requestStaticInjection(StaticallyInjected.class);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void theInjectorsElementsHoldOnlyTheUsersStaticInjectionRequests(Stage stage) {
    List<String> plain =
        staticInjectionRequests(Guice.createInjector(stage, new StaticInjection()));

    Container container =
        Container.builder().stage(stage).modules(new StaticInjection()).build().start();
    List<String> contained = staticInjectionRequests(container.injector());
    container.stop();

    assertThat(plain).containsExactly(StaticallyInjected.class.getName() + " [number, string]");
    assertThat(contained).isEqualTo(plain);
  }

  private static List<String> staticInjectionRequests(Injector injector) {
    List<String> requests = new ArrayList<>();
    for (Element element : injector.getElements()) {
      if (element instanceof StaticInjectionRequest) {
        StaticInjectionRequest request = (StaticInjectionRequest) element;
        List<String> members = new ArrayList<>();
        request.getInjectionPoints().forEach(point -> members.add(point.getMember().getName()));
        members.sort(null);
        requests.add(request.getType().getName() + " " + members);
      }
    }
    return requests;
  }

  // RequestInjectionTest#testInjectionErrorOnInjectedMembers

  static class NeedsRunnable {
    @Inject Runnable runnable;
  }

  static final class ThrowingProviderForARequestedInjection extends AbstractModule {
    @Override
    protected void configure() {
      bind(Runnable.class)
          .toProvider(
              new Provider<Runnable>() {
                @Override
                public Runnable get() {
                  throw new UnsupportedOperationException();
                }
              });
      requestInjection(new NeedsRunnable());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void aProviderThatThrowsWhileGuiceInjectsARequestedObjectIsGuicesCreationException(Stage stage) {
    Module module = new ThrowingProviderForARequestedInjection();
    CreationException guice =
        catchThrowableOfType(CreationException.class, () -> Guice.createInjector(stage, module));

    StartupException e =
        catchThrowableOfType(
            StartupException.class,
            () -> Container.builder().stage(stage).modules(module).build().start());

    assertThat(guice.getMessage())
        .contains("[Guice/ErrorInCustomProvider]: UnsupportedOperationException")
        .contains("for field runnable");
    assertThat(e.getCause()).isInstanceOf(CreationException.class);
    assertThat(messages((CreationException) e.getCause())).isEqualTo(messages(guice)).hasSize(1);
    assertThat(e.getCause().getMessage()).isEqualTo(guice.getMessage());
  }

  private static List<String> messages(CreationException exception) {
    List<String> messages = new ArrayList<>();
    for (Message message : exception.getErrorMessages()) {
      messages.add(message.getMessage() + " @ " + message.getSources());
    }
    return messages;
  }

  // EagerSingletonTest#testJustInTimeEagerSingletons

  private static final AtomicInteger A_INSTANCES = new AtomicInteger();
  private static final AtomicInteger B_INSTANCES = new AtomicInteger();
  private static final AtomicInteger C_INSTANCES = new AtomicInteger();

  @Singleton
  static class A {
    @Inject
    A(Injector injector) {
      A_INSTANCES.incrementAndGet();
      injector.getProvider(B.class);
    }
  }

  @Singleton
  static class B {
    B() {
      B_INSTANCES.incrementAndGet();
    }
  }

  @Singleton
  static class C {
    C() {
      C_INSTANCES.incrementAndGet();
    }
  }

  static final class JustInTimeSingletons extends AbstractModule {
    @Override
    protected void configure() {
      getProvider(A.class); // a just-in-time binding for A
      requestInjection(
          new Object() {
            @Inject
            void inject(Injector injector) {
              injector.getInstance(C.class); // a just-in-time binding for C
            }
          });
    }
  }

  /**
   * In DEVELOPMENT only. In PRODUCTION a container builds {@code A} before Guice lists the
   * singletons it builds eagerly, so {@code B}, bound just in time by {@code A}'s constructor, is
   * on Guice's list and built, where plain Guice leaves it lazy.
   */
  @Test
  void singletonsDiscoveredWhileSingletonsAreCreatedAreNotBuiltEagerly() {
    List<Integer> plain =
        instancesOfABC(() -> Guice.createInjector(Stage.DEVELOPMENT, new JustInTimeSingletons()));

    Container container =
        Container.builder().stage(Stage.DEVELOPMENT).modules(new JustInTimeSingletons()).build();
    List<Integer> contained = instancesOfABC(container::start);
    container.stop();

    assertThat(plain).containsExactly(0, 0, 1);
    assertThat(contained).isEqualTo(plain);
  }

  private static List<Integer> instancesOfABC(Supplier<?> create) {
    A_INSTANCES.set(0);
    B_INSTANCES.set(0);
    C_INSTANCES.set(0);
    create.get();
    return List.of(A_INSTANCES.get(), B_INSTANCES.get(), C_INSTANCES.get());
  }

  // JitBindingsTest#testLinkedToScoped, #testBasicsWithScoped,
  // #testImplementedBySomethingThatIsAnnotated

  interface Foo {}

  @Singleton
  static class ScopedFooImpl implements Foo {}

  static class Bar {}

  static class FooBar {
    @Inject Foo foo;
    @Inject Bar bar;
  }

  @ImplementedBy(ImplByScopedImpl.class)
  interface ImplByScoped {}

  @Singleton
  static class ImplByScopedImpl implements ImplByScoped {}

  private static Module strict(Module bindings) {
    return binder -> {
      binder.requireExplicitBindings();
      binder.install(bindings);
    };
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void aLinkToAnAnnotatedSingletonIsAcceptedWithExplicitBindingsRequired(Stage stage) {
    assertSameOutcomes(
        stage,
        strict(binder -> binder.bind(Foo.class).to(ScopedFooImpl.class)),
        List.of(Foo.class),
        ScopedFooImpl.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void aLinkToAnAnnotatedSingletonBesideOtherExplicitBindingsIsAccepted(Stage stage) {
    assertSameOutcomes(
        stage,
        strict(
            binder -> {
              binder.bind(Foo.class).to(ScopedFooImpl.class);
              binder.bind(Bar.class);
              binder.bind(FooBar.class);
            }),
        List.of(FooBar.class, Bar.class, Foo.class),
        ScopedFooImpl.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"PRODUCTION", "DEVELOPMENT"})
  void anImplementationByAnnotationThatIsAnAnnotatedSingletonIsAccepted(Stage stage) {
    assertSameOutcomes(
        stage,
        strict(binder -> binder.bind(ImplByScoped.class)),
        List.of(ImplByScoped.class),
        ImplByScopedImpl.class);
  }

  /**
   * Guice accepts {@code module} in {@code stage}, provides every class of {@code bound}, and
   * refuses {@code implicit} (bound just in time, so not explicitly): so does a container.
   */
  private static void assertSameOutcomes(
      Stage stage, Module module, List<Class<?>> bound, Class<?> implicit) {
    List<String> plain = outcomes(Guice.createInjector(stage, module), bound, implicit);

    Container container = Container.builder().stage(stage).modules(module).build().start();
    List<String> contained = outcomes(container.injector(), bound, implicit);
    container.stop();

    List<String> expected = new ArrayList<>();
    for (Class<?> type : bound) {
      expected.add(type.getSimpleName() + ": provided");
    }
    String refused =
        implicit.getSimpleName()
            + ": 1) [Guice/JitDisabled]: Explicit bindings are required and "
            + implicit.getName().substring(implicit.getPackageName().length() + 1)
            + " is not explicitly bound.";
    expected.add(refused);
    expected.add(refused);
    assertThat(plain).isEqualTo(expected);
    assertThat(contained).isEqualTo(plain);
  }

  private static List<String> outcomes(Injector injector, List<Class<?>> bound, Class<?> implicit) {
    List<String> outcomes = new ArrayList<>();
    for (Class<?> type : bound) {
      injector.getInstance(type);
      injector.getProvider(type).get();
      injector.getBinding(type).getProvider().get();
      outcomes.add(type.getSimpleName() + ": provided");
    }
    outcomes.add(implicit.getSimpleName() + ": " + refusal(() -> injector.getInstance(implicit)));
    outcomes.add(
        implicit.getSimpleName()
            + ": "
            + refusal(() -> injector.getBinding(implicit).getProvider()));
    return outcomes;
  }

  private static String refusal(Runnable access) {
    try {
      access.run();
      return "accepted";
    } catch (com.google.inject.ConfigurationException e) {
      String message = e.getMessage();
      int start = message.indexOf("1) ");
      return message.substring(start, message.indexOf('\n', start));
    }
  }
}
