package vn.cancu.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.cite.DirectiveText;
import vn.cancu.cite.DirectiveTextParser;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.IngestLimits;
import vn.cancu.ingest.Ingested;
import vn.cancu.ingest.IngestOutcome;
import vn.cancu.ingest.Ingestor;

/** The committed seed plans (corpus/plans), parsed and cited by the real components. */
final class Seeds {
  static final Path PLANS = Path.of("corpus/plans");
  static final Path SHARED_DIRECTIVES = Path.of("../shared/directives");

  final List<Plan> plans = new ArrayList<>();
  final Map<String, List<Citation>> citations = new LinkedHashMap<>();
  final List<DirectiveText> texts = new ArrayList<>();
  final Catalog catalog;

  Seeds(Path directives) {
    Ingestor ingestor = new Ingestor(IngestLimits.defaults());
    PlanParser parser = new PlanParser();
    CitationExtractor extractor = new CitationExtractor();
    Map<Plan, List<Citation>> byPlan = new LinkedHashMap<>();
    for (IngestOutcome o : ingestor.ingestAll(PLANS)) {
      Plan p = parser.parse(((Ingested) o).text());
      plans.add(p);
      List<Citation> cs = extractor.extract(p);
      citations.put(p.id(), cs);
      byPlan.put(p, cs);
    }
    if (directives != null && Files.isDirectory(directives)) {
      DirectiveTextParser dp = new DirectiveTextParser();
      for (IngestOutcome o : ingestor.ingestAll(directives)) {
        if (o instanceof Ingested i) dp.parse(i.text()).ifPresent(texts::add);
      }
    }
    catalog = Catalog.build(byPlan, texts);
  }

  Plan plan(String idPrefix) {
    return plans.stream().filter(p -> p.id().startsWith(idPrefix)).findFirst().orElseThrow();
  }

  CitationGraph graph() {
    return GraphBuilder.build(plans, citations, catalog, texts);
  }
}
