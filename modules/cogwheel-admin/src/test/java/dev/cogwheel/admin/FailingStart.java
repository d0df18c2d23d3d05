package dev.cogwheel.admin;

import com.google.inject.AbstractModule;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * A module whose component records where the admin server is, then fails its start with "no
 * database". The recorder is bound with toInstance, so the container never manages it.
 */
final class FailingStart {
  private volatile URI admin;

  /** The admin server's URI, as the failing component saw it. */
  URI admin() {
    return admin;
  }

  AbstractModule module() {
    FailingStart self = this;
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(FailingStart.class).toInstance(self);
        bind(FailingComponent.class);
      }
    };
  }

  @Singleton
  static class FailingComponent {
    @Inject FailingStart recorder;
    @Inject AdminServer server;

    @PostConstruct
    void start() {
      recorder.admin = server.uri();
      throw new IllegalStateException("no database");
    }
  }
}
