package vn.cancu.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * Everything one {@code cancu bench} run measured, with the machine it ran on; printed as Markdown
 * and written as JSON.
 *
 * @param machine where and under what load
 * @param sizes figures per corpus size
 * @param citation the citation-extraction benchmark's lines (MB/s next to a plain regex), or empty
 * @param seconds wall time of the whole run
 */
public record BenchReport(Machine machine, List<SizeResult> sizes, List<String> citation, double seconds) {
  public BenchReport {
    sizes = List.copyOf(sizes);
    citation = List.copyOf(citation);
  }

  /**
   * The machine.
   *
   * @param started ISO time the run started (UTC)
   * @param cores available processors
   * @param memoryMb physical memory
   * @param maxHeapMb the JVM's heap limit
   * @param jdk runtime version
   * @param loadBefore one-minute load average when the run started
   * @param loadAfter one-minute load average when it ended
   */
  public record Machine(
      String started, int cores, long memoryMb, long maxHeapMb, String jdk, double loadBefore, double loadAfter) {

    public static Machine now(String started, double loadBefore) {
      var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      return new Machine(started, Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() >> 20,
          Runtime.getRuntime().maxMemory() >> 20, Runtime.version().toString(), loadBefore,
          os.getSystemLoadAverage());
    }
  }

  public void printMarkdown(PrintWriter out) {
    Machine m = machine;
    out.printf("Machine: %d cores, %d MB RAM, JDK %s, heap max %d MB; load average %.1f before, %.1f after; "
            + "started %s, took %.0f s%n%n", m.cores(), m.memoryMb(), m.jdk(), m.maxHeapMb(), m.loadBefore(),
        m.loadAfter(), m.started(), seconds);
    out.println("| plans | corpus MB | index s | plans/s | MB/s | Lucene MB | cache MB | heap MB | serve first start s "
        + "| serve ready s | serve heap MB |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SizeResult s : sizes) {
      out.printf("| %d | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %.0f | %s | %s | %.0f |%n", s.plans(), s.corpusMb(),
          s.indexSeconds(), s.plansPerSecond(), s.mbPerSecond(), s.indexMb(), s.cacheMb(), s.heapMb(),
          seconds(s.serveFirstSeconds()), seconds(s.serveSeconds()), s.serveHeapMb());
    }
    out.println();
    out.println("| plans | query | p50 ms | p95 ms | p99 ms | errors | linear scan p50 ms | scan / search |");
    out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
    for (SizeResult s : sizes) {
      for (Map.Entry<String, Latencies> e : s.single().entrySet()) {
        Latencies l = e.getValue();
        Latencies scan = s.scan().get(e.getKey());
        out.printf("| %d | %s | %.1f | %.1f | %.1f | %d | %.1f | %.2f× |%n", s.plans(), e.getKey(), l.p50(), l.p95(),
            l.p99(), l.errors(), scan.p50(), scan.p50() / Math.max(l.p50(), 0.001));
      }
      Latencies c = s.concurrent();
      out.printf("| %d | all kinds, %d clients | %.1f | %.1f | %.1f | %d | | %.0f req/s |%n", s.plans(), s.clients(),
          c.p50(), c.p95(), c.p99(), c.errors(), c.perSecond());
    }
    if (!citation.isEmpty()) {
      out.println();
      out.println("Citation extraction (../shared/bench/phapdien):");
      out.println("```");
      citation.forEach(out::println);
      out.println("```");
    }
  }

  private static String seconds(double s) {
    return s > 0 ? String.format("%.1f", s) : s < 0 ? "failed" : "n/a";
  }
}
