package dev.cogwheel.okhttp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import okhttp3.EventListener;
import org.junit.jupiter.api.Test;

/** The composite forwards every callback OkHttp has, to each listener, in order. */
class CompositeEventListenerTest {

  @Test
  void overridesEveryCallbackOfOkHttpsEventListener() {
    List<String> missing = new ArrayList<>();
    for (Method method : EventListener.class.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (!Modifier.isPublic(modifiers)
          || Modifier.isStatic(modifiers)
          || Modifier.isFinal(modifiers)) {
        continue;
      }
      try {
        CompositeEventListener.class.getDeclaredMethod(
            method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(method.getName());
      }
    }
    assertThat(missing).as("callbacks the composite does not forward").isEmpty();
  }

  @Test
  void forwardsEachCallbackToEveryListenerInOrder() throws Exception {
    List<String> events = new ArrayList<>();
    EventListener first = new RecordingListener("first", events);
    EventListener second = new RecordingListener("second", events);
    EventListener composite =
        CompositeEventListenerFactory.of(List.of(call -> first, call -> second)).create(null);

    for (Method method : EventListener.class.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers)
          && !Modifier.isStatic(modifiers)
          && !Modifier.isFinal(modifiers)) {
        method.invoke(composite, arguments(method));
      }
    }

    List<String> expected = new ArrayList<>();
    for (Method method : EventListener.class.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers)
          && !Modifier.isStatic(modifiers)
          && !Modifier.isFinal(modifiers)) {
        expected.add("first " + method.getName());
        expected.add("second " + method.getName());
      }
    }
    assertThat(events).containsExactlyElementsOf(expected);
  }

  @Test
  void noFactoriesMeansOkHttpsNoOpListenerAndOneFactoryIsUsedAsItIs() {
    EventListener.Factory only = call -> EventListener.NONE;

    assertThat(CompositeEventListenerFactory.of(List.of()).create(null))
        .isSameAs(EventListener.NONE);
    assertThat(CompositeEventListenerFactory.of(List.of(only))).isSameAs(only);
  }

  private static Object[] arguments(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == long.class) {
        arguments[i] = 0L;
      } else if (types[i] == boolean.class) {
        arguments[i] = false;
      } else if (types[i] == int.class) {
        arguments[i] = 0;
      }
    }
    return arguments;
  }
}
