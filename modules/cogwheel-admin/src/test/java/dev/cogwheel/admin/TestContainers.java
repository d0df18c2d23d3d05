package dev.cogwheel.admin;

import com.google.inject.Module;
import dev.cogwheel.Container;
import java.util.ArrayList;
import java.util.List;

/** Containers for the tests: the admin module first, on an ephemeral port of 127.0.0.1. */
final class TestContainers {
  static final AdminSettings EPHEMERAL = AdminSettings.builder().port(0).build();

  private TestContainers() {}

  /** A container of the admin module, {@code registries} and {@code modules}, in that order. */
  static Container.Builder builder(Registries registries, Module... modules) {
    List<Module> all = new ArrayList<>();
    all.add(registries);
    all.addAll(List.of(modules));
    all.add(new AdminModule(EPHEMERAL)); // last: it starts first wherever it is
    return Container.builder().name("admin-test").modules(all);
  }

  /** The same container, started. */
  static Container start(Registries registries, Module... modules) {
    return builder(registries, modules).build().start();
  }
}
