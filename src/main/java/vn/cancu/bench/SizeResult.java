package vn.cancu.bench;

import java.util.Map;

/**
 * Figures at one corpus size.
 *
 * @param plans plans generated and indexed
 * @param corpusMb corpus size (UTF-8 text)
 * @param indexSeconds wall time of ingest + parse + cite + index from scratch
 * @param plansPerSecond indexing throughput in plans
 * @param mbPerSecond indexing throughput in corpus megabytes
 * @param indexMb Lucene indexes on disk: the documents and their distinct texts
 * @param cacheMb manifest (parsed plans cached for incremental runs), catalogue and phrase vocabulary on disk
 * @param clauses clause documents indexed
 * @param single per query kind, latencies of one client
 * @param concurrent latencies of all kinds mixed, from the concurrent clients
 * @param clients how many concurrent clients
 * @param scan per query kind, latencies of the linear scan over the corpus text in memory
 * @param heapMb heap in use after warm-up and the searches, after a full GC, with the index open
 * @param serveFirstSeconds the first start-up of {@code cancu serve} on this index until /api/health
 *     answers, writing its class-data archive (-1: failed, 0: not measured, when not running from the jar)
 * @param serveSeconds a later start-up, with that archive (same codes)
 * @param serveHeapMb the server's heap after a GC once ready and warmed (-1: unknown, 0: not measured)
 */
public record SizeResult(
    int plans,
    double corpusMb,
    double indexSeconds,
    double plansPerSecond,
    double mbPerSecond,
    double indexMb,
    double cacheMb,
    int clauses,
    Map<String, Latencies> single,
    Latencies concurrent,
    int clients,
    Map<String, Latencies> scan,
    double heapMb,
    double serveFirstSeconds,
    double serveSeconds,
    double serveHeapMb) {}
