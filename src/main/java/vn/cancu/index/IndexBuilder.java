package vn.cancu.index;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Writes one fresh generation: the Lucene documents, their distinct texts and the phrase vocabulary. */
final class IndexBuilder {
  private final FieldAnalyzers analyzers;
  private final DocumentMapper mapper = new DocumentMapper();

  IndexBuilder(FieldAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  void write(IndexContent content, IndexLayout.Generation generation, Progress progress) throws IOException {
    FacetsConfig facets = Schema.facetsConfig();
    PhraseVocabulary.Builder vocabulary = new PhraseVocabulary.Builder();
    IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setCodec(new HitReadingCodec());
    progress.start("Indexing", content.plans().size() + content.directives().size());
    try (Directory dir = FSDirectory.open(generation.lucene());
        IndexWriter writer = new IndexWriter(dir, config);
        DistinctTexts texts = new DistinctTexts(generation, analyzers)) {
      for (IndexablePlan plan : content.plans()) {
        for (Document doc : mapper.plan(plan)) add(writer, texts, facets, doc);
        for (IndexableClause clause : plan.clauses()) vocabulary.add(clause.fullText());
        progress.step();
      }
      for (IndexableDirective directive : content.directives()) {
        for (Document doc : mapper.directive(directive)) add(writer, texts, facets, doc);
        progress.step();
      }
      // A generation is never written again: one segment per index saves every search the per-segment
      // term lookups and scorer set-up (a fifth more searches per second at 10k plans, for 9 s of merging).
      texts.commit();
      writer.forceMerge(1);
      writer.commit();
    }
    vocabulary.write(generation.phrases());
  }

  private static void add(IndexWriter writer, DistinctTexts texts, FacetsConfig facets, Document doc) throws IOException {
    texts.assign(doc);
    writer.addDocument(facets.build(doc));
  }
}
