package vn.cancu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import vn.cancu.index.Schema;

/**
 * Finds where a query's units matched a hit, from Lucene's own {@link Matches} over the text
 * postings (indexed with offsets): phrases, word bigrams, document numbers and abbreviation
 * synonyms ("UBND" → "Ủy ban nhân dân") are marked exactly where the query matched them. A unit is
 * marked by its exact-field matches, or by its folded ones when the text has no exact match (the hit
 * then matched without diacritics).
 */
final class Highlighter {

  /** One unit's weights on one searcher: rewriting and weighting a phrase costs term lookups. */
  record UnitWeights(Weight exact, Weight folded) {}

  /** The units' weights, built once per search and shared by its hits. */
  List<UnitWeights> weights(IndexSearcher searcher, List<QueryFactory.Unit> units) throws IOException {
    List<UnitWeights> out = new ArrayList<>();
    for (QueryFactory.Unit unit : units) out.add(new UnitWeights(weight(searcher, unit.exact()), weight(searcher, unit.folded())));
    return out;
  }

  private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  List<Hit.Highlight> find(IndexSearcher searcher, int docId, String text, List<UnitWeights> units) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int local = docId - leaf.docBase;
    List<Hit.Highlight> found = new ArrayList<>();
    for (UnitWeights unit : units) {
      List<Hit.Highlight> spans = spans(unit.exact(), leaf, local, Schema.exact(Schema.TEXT));
      if (spans.isEmpty()) spans = spans(unit.folded(), leaf, local, Schema.folded(Schema.TEXT));
      found.addAll(spans);
    }
    return merge(text, found);
  }

  private static List<Hit.Highlight> spans(Weight weight, LeafReaderContext leaf, int doc, String field) throws IOException {
    List<Hit.Highlight> out = new ArrayList<>();
    Matches matches = weight.matches(leaf, doc);
    if (matches == null) return out;
    MatchesIterator it = matches.getMatches(field);
    if (it == null) return out;
    while (it.next()) {
      if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
        out.add(new Hit.Highlight(it.startOffset(), it.endOffset()));
      }
    }
    return out;
  }

  private static boolean sameLineSpaces(String gap) {
    return gap.isBlank() && gap.indexOf('\n') < 0;
  }

  /**
   * Sorts and joins overlapping spans, and spans only spaces apart on one line ("kiểm" "tra" →
   * "kiểm tra"); words on either side of a line break stay apart.
   */
  private static List<Hit.Highlight> merge(String text, List<Hit.Highlight> spans) {
    List<Hit.Highlight> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Hit.Highlight::start).thenComparingInt(Hit.Highlight::end));
    List<Hit.Highlight> out = new ArrayList<>();
    for (Hit.Highlight h : sorted) {
      if (h.end() > text.length()) continue;
      if (!out.isEmpty()
          && (h.start() <= out.getLast().end() || sameLineSpaces(text.substring(out.getLast().end(), h.start())))) {
        Hit.Highlight last = out.removeLast();
        out.add(new Hit.Highlight(last.start(), Math.max(last.end(), h.end())));
      } else {
        out.add(h);
      }
    }
    return out;
  }
}
