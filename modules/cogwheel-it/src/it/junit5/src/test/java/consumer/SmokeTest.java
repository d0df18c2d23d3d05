package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.name.Names;
import dev.cogwheel.Container;
import dev.cogwheel.State;
import dev.cogwheel.junit5.Bind;
import dev.cogwheel.junit5.CogwheelTest;
import dev.cogwheel.junit5.TestModules;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

/** A test with its own container, a binding swapped by {@code @Bind} and the leak check. */
@CogwheelTest
class SmokeTest {
  @Bind
  @Named("greeting")
  final String greeting = "hello from the test";

  @Inject
  @Named("greeting")
  String injected;

  @Inject Container container;

  @TestModules
  static Module modules() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bindConstant().annotatedWith(Names.named("greeting")).to("hello from the module");
      }
    };
  }

  @Test
  void runsTheTestInARunningContainerWithTheBoundValue() {
    assertEquals(State.RUNNING, container.state());
    assertEquals("hello from the test", injected);
  }
}
