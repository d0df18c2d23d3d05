package com.example.heartbeat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A resource: a file opened at start and closed at stop. */
@Singleton
public class Journal {
  private final Path file;
  private BufferedWriter out;

  @Inject
  Journal(@Named("journal") Path file) {
    this.file = file;
  }

  @PostConstruct
  void open() throws IOException {
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    write("journal opened");
  }

  public synchronized void write(String line) {
    try {
      out.write(line);
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() throws IOException {
    write("journal closed");
    out.close();
  }
}
