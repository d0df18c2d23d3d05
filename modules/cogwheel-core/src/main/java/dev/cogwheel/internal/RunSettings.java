package dev.cogwheel.internal;

import com.google.inject.Module;
import com.google.inject.Stage;
import java.time.Duration;
import java.util.List;

/**
 * The settings every run of a container shares, as its builder made them.
 *
 * @param startTimeout the bound on the whole start, or {@link Duration#ZERO} for none
 * @param startProgressInterval how often a start in progress logs what is still starting
 * @param stopAfterStart whether a run stops itself as soon as its start has succeeded ({@link
 *     StopAfterStart})
 */
public record RunSettings(
    String name,
    List<Module> modules,
    Stage stage,
    boolean shutdownHook,
    Duration stopTimeout,
    Duration drainDelay,
    Duration startTimeout,
    Duration startProgressInterval,
    int startThreads,
    int taskThreads,
    boolean stopAfterStart) {}
