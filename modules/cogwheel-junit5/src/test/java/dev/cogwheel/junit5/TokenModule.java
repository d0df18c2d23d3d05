package dev.cogwheel.junit5;

import com.google.inject.AbstractModule;

/** Binds the {@link Token}. */
final class TokenModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(Token.class);
  }
}
