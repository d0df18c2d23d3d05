package dev.cogwheel.metrics.internal;

import com.codahale.metrics.health.HealthCheck;
import dev.cogwheel.Container;
import dev.cogwheel.State;

/** Healthy while its container is {@link State#RUNNING}; the message names the state. */
final class ContainerHealthCheck extends HealthCheck {
  private final Container container;

  ContainerHealthCheck(Container container) {
    this.container = container;
  }

  @Override
  protected Result check() {
    State state = container.state();
    String message = "container '" + container.name() + "' is " + state;
    return state == State.RUNNING ? Result.healthy(message) : Result.unhealthy(message);
  }

  @Override
  public String toString() {
    return "ContainerHealthCheck{" + container.name() + "}";
  }
}
