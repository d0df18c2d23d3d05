package dev.cogwheel.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * How long the JVM has been running, for the start's summary ("JVM running for 910 ms").
 *
 * <p>On Linux it is read from {@code /proc}: the process's start in clock ticks since boot and the
 * time since boot, both on the kernel's boot clock, to 10 ms. That costs two small reads with
 * classes every JVM has loaded by then, where the JVM's own uptime ({@code RuntimeMXBean}) loads
 * about a hundred classes of {@code java.management} (some 40 ms of a cold start), and {@code
 * ProcessHandle.Info.startInstant()} is off by up to a second (it adds the start to the boot time,
 * which Linux gives in whole seconds). Elsewhere, or if {@code /proc} cannot be read or gives an
 * age that cannot be, it is the {@code RuntimeMXBean}'s uptime.
 */
final class JvmAge {
  /**
   * Linux reports process times in USER_HZ ticks, which is 100 on every architecture a JDK is built
   * for.
   */
  private static final long MILLIS_PER_TICK = 10;

  private JvmAge() {}

  /**
   * The JVM's age in milliseconds, which is at least {@code atLeast}: the time of something the JVM
   * has done, such as a container's start.
   */
  static long millis(long atLeast) {
    return millis(
        atLeast, JvmAge::fromProc, () -> ManagementFactory.getRuntimeMXBean().getUptime());
  }

  /**
   * The age {@code proc} reads, unless it cannot be read or is less than {@code atLeast}, as where
   * {@code /proc/uptime} is the container's (LXCFS) while a process's start counts from the host's
   * boot: then the JVM's own uptime.
   */
  static long millis(long atLeast, LongSupplier proc, LongSupplier jvm) {
    long age;
    try {
      age = proc.getAsLong();
    } catch (RuntimeException e) {
      return jvm.getAsLong();
    }
    return age >= atLeast ? age : jvm.getAsLong();
  }

  private static long fromProc() {
    try {
      return fromProc(
          Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The process's age from the contents of {@code /proc/self/stat} and {@code /proc/uptime}.
   *
   * @throws IllegalArgumentException if either is not as {@code proc(5)} describes it
   */
  static long fromProc(String stat, String uptime) {
    // The command name, field 2, is in parentheses and may hold spaces and parentheses itself.
    int afterName = stat.lastIndexOf(')');
    if (afterName < 0) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
    }
    String[] fields = stat.substring(afterName + 1).trim().split(" ");
    if (fields.length < 20) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
    }
    long startTicks = Long.parseLong(fields[19]); // field 22, starttime; fields[0] is field 3
    return sinceBootMillis(uptime) - startTicks * MILLIS_PER_TICK;
  }

  /** The first number of {@code /proc/uptime}, seconds with two decimals, in milliseconds. */
  private static long sinceBootMillis(String uptime) {
    int end = uptime.indexOf(' ');
    String seconds = (end < 0 ? uptime : uptime.substring(0, end)).trim();
    int dot = seconds.indexOf('.');
    if (dot < 0) {
      return Long.parseLong(seconds) * 1000;
    }
    String fraction = (seconds.substring(dot + 1) + "000").substring(0, 3);
    return Long.parseLong(seconds.substring(0, dot)) * 1000 + Long.parseLong(fraction);
  }
}
