package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A {@link StartupException} keeps everything Guice reported, and a printed stack trace shows
 * Guice's report once: the exception's own message summarises it.
 */
class StartupReportTest {
  interface Missing {}

  @Singleton
  static class NeedsMissing {
    @Inject
    NeedsMissing(Missing missing) {}
  }

  @Singleton
  static class Chicken {
    @Inject
    Chicken(Egg egg) {}
  }

  @Singleton
  static class Egg {
    @Inject
    Egg(Chicken chicken) {}
  }

  @Singleton
  static class Broken {
    @PostConstruct
    void start() {
      throw new IllegalStateException("no database");
    }
  }

  private static Module binding(Class<?> type) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(type);
      }
    };
  }

  @Test
  void aMissingBindingPrintsGuicesReportOnceWithGuicesCreationExceptionAsTheCause() {
    CreationException guice =
        catchThrowableOfType(
            CreationException.class,
            () -> Guice.createInjector(Stage.PRODUCTION, binding(NeedsMissing.class)));

    StartupException e =
        catchThrowableOfType(
            StartupException.class, () -> Container.start(binding(NeedsMissing.class)));

    assertThat(e)
        .hasMessage(
            "Container 'cogwheel' failed to start: Guice reported 1 error: No implementation for"
                + " dev.cogwheel.StartupReportTest$Missing was bound.");
    assertThat(e.component()).isEmpty();
    assertThat(e.getCause()).isInstanceOf(CreationException.class).hasMessage(guice.getMessage());
    String printed = printed(e);
    assertThat(occurrences(printed, "Unable to create injector, see the following errors:"))
        .isEqualTo(1);
    assertThat(
            occurrences(
                printed,
                "1) [Guice/MissingImplementation]: No implementation for"
                    + " StartupReportTest$Missing was bound."))
        .isEqualTo(1);
    assertThat(printed).contains("StartupReportTest$NeedsMissing.<init>(StartupReportTest.java:");
  }

  @Test
  void
      aConstructorCycleThroughClassesPrintsGuicesReportOnceWithGuicesProvisionExceptionAsTheCause() {
    StartupException e =
        catchThrowableOfType(StartupException.class, () -> Container.start(binding(Chicken.class)));

    assertThat(e)
        .hasMessage(
            "Container 'cogwheel' failed to start StartupReportTest$Egg: Guice reported 1 error:"
                + " Tried proxying dev.cogwheel.StartupReportTest$Chicken to support a circular"
                + " dependency, but it is not an interface.");
    assertThat(e.component()).contains(Key.get(Egg.class));
    assertThat(e.getCause()).isInstanceOf(ProvisionException.class);
    String printed = printed(e);
    assertThat(occurrences(printed, "Unable to provision, see the following errors:")).isEqualTo(1);
    assertThat(
            occurrences(
                printed,
                "1) [Guice/CanNotProxyClass]: Tried proxying StartupReportTest$Chicken to support a"
                    + " circular dependency, but it is not an interface."))
        .isEqualTo(1);
    assertThat(printed).contains("while locating StartupReportTest$Chicken");
  }

  @Test
  void aComponentThatThrowsPrintsGuicesReportOnceBesideTheUsersException() {
    StartupException e =
        catchThrowableOfType(StartupException.class, () -> Container.start(binding(Broken.class)));

    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("no database");
    assertThat(e.getSuppressed()).hasAtLeastOneElementOfType(ProvisionException.class);
    assertThat(occurrences(printed(e), "Unable to provision, see the following errors:"))
        .isEqualTo(1);
  }

  private static String printed(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static int occurrences(String text, String line) {
    Matcher matcher = Pattern.compile(Pattern.quote(line)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
