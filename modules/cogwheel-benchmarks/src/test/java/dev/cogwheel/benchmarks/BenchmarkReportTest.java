package dev.cogwheel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

class BenchmarkReportTest {

  @Test
  void runsEveryBenchmarkWithTheDefaultsWhenTheCommandLineIsEmpty() throws Exception {
    Options options = BenchmarkReport.withDefaults(new CommandLineOptions());

    assertThat(options.getIncludes()).containsExactly(BenchmarkReport.ALL);
    assertThat(options.getForkCount().get()).isEqualTo(BenchmarkReport.FORKS);
    assertThat(options.getWarmupIterations().hasValue())
        .as("left to each benchmark's @Warmup")
        .isFalse();
    assertThat(options.getWarmupTime().get()).isEqualTo(BenchmarkReport.ITERATION_TIME);
    assertThat(options.getMeasurementIterations().get())
        .isEqualTo(BenchmarkReport.MEASUREMENT_ITERATIONS);
    assertThat(options.getMeasurementTime().get()).isEqualTo(BenchmarkReport.ITERATION_TIME);
    assertThat(options.getJvmArgs().get()).containsExactlyElementsOf(BenchmarkReport.JVM_ARGS);
  }

  @Test
  void theCommandLineWinsOverEachDefault() throws Exception {
    Options options =
        BenchmarkReport.withDefaults(
            new CommandLineOptions(
                "StartStop",
                "-f",
                "2",
                "-wi",
                "1",
                "-w",
                "1s",
                "-i",
                "3",
                "-r",
                "500ms",
                "-jvmArgs",
                "-Xmx2g"));

    assertThat(options.getIncludes()).containsExactly("StartStop");
    assertThat(options.getForkCount().get()).isEqualTo(2);
    assertThat(options.getWarmupIterations().get()).isEqualTo(1);
    assertThat(options.getWarmupTime().get()).isEqualTo(TimeValue.seconds(1));
    assertThat(options.getMeasurementIterations().get()).isEqualTo(3);
    assertThat(options.getMeasurementTime().get()).isEqualTo(TimeValue.milliseconds(500));
    assertThat(options.getJvmArgs().get()).containsExactly("-Xmx2g");
  }
}
