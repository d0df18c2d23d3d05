package dev.cogwheel.junit5;

import jakarta.inject.Singleton;
import java.util.UUID;

/** A singleton with an identity of its own: two tests that see the same token share a container. */
@Singleton
final class Token {
  private final String id = UUID.randomUUID().toString();

  String id() {
    return id;
  }
}
