package dev.cogwheel.junit5.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadLeakCheckTest {
  @Test
  void okHttpsJvmWideDaemonsAreNotLeaksUnderAnyOfTheirNames() {
    assertThat(ThreadLeakCheck.isOkHttpJvmWideDaemon(new Thread("OkHttp TaskRunner"))).isTrue();
    assertThat(
            ThreadLeakCheck.isOkHttpJvmWideDaemon(
                new Thread("OkHttp ConnectionPool connection closer")))
        .isTrue();
    assertThat(ThreadLeakCheck.isOkHttpJvmWideDaemon(new Thread("Okio Watchdog"))).isTrue();
  }

  @Test
  void dispatcherThreadsRenamedForACallAreStillCounted() {
    assertThat(
            ThreadLeakCheck.isOkHttpJvmWideDaemon(new Thread("OkHttp http://127.0.0.1:8080/...")))
        .isFalse();
    assertThat(ThreadLeakCheck.isOkHttpJvmWideDaemon(new Thread("bot-okhttp-1"))).isFalse();
  }
}
