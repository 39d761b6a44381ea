package vn.cancu.index;

import java.util.List;
import vn.cancu.ingest.Skipped;

/**
 * What one indexing run did.
 *
 * @param generation the published generation's directory name ("gen-4")
 * @param load what the corpus load reused and reprocessed (all zero for a JSONL collection)
 * @param skipped files that gave nothing, with reasons
 * @param plans plan documents indexed
 * @param clauses clause documents indexed
 * @param citations citations found in the plans
 * @param directives catalogue records indexed
 * @param articles directive articles indexed
 * @param tookMs wall time of the whole run
 */
public record IndexSummary(
    String generation,
    CorpusLoader.LoadStats load,
    List<Skipped> skipped,
    int plans,
    int clauses,
    int citations,
    int directives,
    int articles,
    long tookMs) {
  public IndexSummary {
    skipped = List.copyOf(skipped);
  }
}
