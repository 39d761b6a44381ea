package vn.cancu.wording;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cancu.cite.Catalog;
import vn.cancu.document.Plan;
import vn.cancu.index.Corpus;
import vn.cancu.index.CorpusLoader;

/** The committed seed corpus, through the real ingest, parse, cite and catalogue pipeline. */
final class SeedCorpus {
  static final Path CORPUS = Path.of("corpus");
  static final Path PLANS = CORPUS.resolve(CorpusLoader.PLANS);

  final List<Plan> plans;
  final Catalog catalog;

  SeedCorpus() {
    assumeTrue(Files.isDirectory(PLANS), "seed plans not found at " + PLANS.toAbsolutePath());
    Corpus corpus = CorpusLoader.standard().load(CORPUS);
    plans = List.copyOf(corpus.plans().values());
    catalog = corpus.catalog();
  }

  /** The id of the one seed plan whose id contains {@code part}. */
  String id(String part) {
    List<String> ids = plans.stream().map(Plan::id).filter(id -> id.contains(part)).toList();
    if (ids.size() != 1) throw new IllegalStateException("expected one plan id with " + part + ": " + ids);
    return ids.get(0);
  }
}
