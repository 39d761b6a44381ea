package vn.cancu.wording;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.IngestLimits;
import vn.cancu.ingest.IngestOutcome;
import vn.cancu.ingest.Ingested;
import vn.cancu.ingest.Ingestor;

/** The committed seed plans, through the real ingest, parse and cite pipeline. */
final class SeedCorpus {
  static final Path PLANS = Path.of("corpus/plans");

  final List<Plan> plans = new ArrayList<>();
  final Catalog catalog;

  SeedCorpus() {
    assumeTrue(Files.isDirectory(PLANS), "seed plans not found at " + PLANS.toAbsolutePath());
    PlanParser parser = new PlanParser();
    CitationExtractor extractor = new CitationExtractor();
    Map<Plan, List<Citation>> mentions = new LinkedHashMap<>();
    for (IngestOutcome o : new Ingestor(IngestLimits.defaults()).ingestAll(PLANS)) {
      if (!(o instanceof Ingested i)) continue;
      Plan p = parser.parse(i.text());
      plans.add(p);
      mentions.put(p, extractor.extract(p));
    }
    catalog = Catalog.build(mentions, List.of());
  }

  /** The id of the one seed plan whose id contains {@code part}. */
  String id(String part) {
    List<String> ids = plans.stream().map(Plan::id).filter(id -> id.contains(part)).toList();
    if (ids.size() != 1) throw new IllegalStateException("expected one plan id with " + part + ": " + ids);
    return ids.get(0);
  }
}
