package dev.cogwheel.admin;

import com.google.inject.AbstractModule;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Components whose starts take known times: their {@code @PostConstruct} sleeps, standing for slow
 * work. Cache 100 ms, Database 200 ms, Api 400 ms after the Database it depends on.
 */
final class Sleepers extends AbstractModule {
  static final long CACHE_MILLIS = 100;
  static final long DATABASE_MILLIS = 200;
  static final long API_MILLIS = 400;

  @Override
  protected void configure() {
    bind(Cache.class);
    bind(Database.class);
    bind(Api.class);
  }

  @Singleton
  static class Cache {
    @PostConstruct
    void warm() throws InterruptedException {
      Thread.sleep(CACHE_MILLIS);
    }
  }

  @Singleton
  static class Database {
    @PostConstruct
    void connect() throws InterruptedException {
      Thread.sleep(DATABASE_MILLIS);
    }
  }

  @Singleton
  static class Api {
    @Inject
    Api(Database database) {}

    @PostConstruct
    void register() throws InterruptedException {
      Thread.sleep(API_MILLIS);
    }
  }

  /** Fails its start after 100 ms of work, once the Database it depends on has started. */
  @Singleton
  static class Failing {
    @Inject
    Failing(Database database) {}

    @PostConstruct
    void start() throws InterruptedException {
      Thread.sleep(CACHE_MILLIS);
      throw new IllegalStateException("no licence");
    }
  }

  /** The sleepers and {@link Failing}. */
  static AbstractModule failing() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        install(new Sleepers());
        bind(Failing.class);
      }
    };
  }
}
