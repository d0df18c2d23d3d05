package com.example.heartbeat;

import dev.cogwheel.Container;
import java.nio.file.Path;
import java.time.Duration;

/** The service: {@code java com.example.heartbeat.HeartbeatService [journal file]}. */
public class HeartbeatService {
  public static void main(String[] args) throws InterruptedException {
    Path journal = Path.of(args.length > 0 ? args[0] : "heartbeat.log");
    Container container =
        Container.builder()
            .name("heartbeat")
            .modules(new HeartbeatModule(journal, Duration.ofSeconds(1)))
            .shutdownHook(true) // SIGTERM, Ctrl-C or System.exit stop it in order
            .build()
            .start(); // RUNNING, or StartupException after a rollback
    container.awaitStopped(); // the main thread waits here until the container stops
  }
}
