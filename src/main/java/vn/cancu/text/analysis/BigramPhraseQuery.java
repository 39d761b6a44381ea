package vn.cancu.text.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * A phrase of two or more syllables matched through the bigrams {@link SyllableBigramFilter} indexes:
 * "dân vận khéo" is "dân vận" followed by "vận khéo" one position later, which holds exactly where
 * the three syllables stand in a row. Bigrams are rare where syllables are common, so this reads a
 * fraction of the postings a phrase over the stacked syllables and bigrams reads (that query merged
 * "vận" with "dân vận" at every position: most of a search's time on a 10k-plan corpus).
 *
 * <p>It weighs as that stacked phrase did under BM25, whose phrase weight is the sum of the idf of every
 * syllable and bigram: the bigram phrase's score is scaled by that sum over the bigrams' own, so the
 * balance with the other clauses, and the relevance cut-offs tuned on it, stay. Its frequency is the
 * number of occurrences; the stacked phrase counted each occurrence once per syllable-or-bigram
 * choice (4 for 2 occurrences of "dân vận khéo"), which BM25 saturation mostly hid.
 */
public final class BigramPhraseQuery extends Query {
  private final String field;
  private final List<String> syllables;

  /** @param syllables two or more analyzed syllables, in order */
  public BigramPhraseQuery(String field, List<String> syllables) {
    if (syllables.size() < 2) throw new IllegalArgumentException("a bigram phrase needs two syllables: " + syllables);
    this.field = Objects.requireNonNull(field, "field");
    this.syllables = List.copyOf(syllables);
  }

  private Term bigram(int i) {
    return new Term(field, syllables.get(i) + ' ' + syllables.get(i + 1));
  }

  /** What finds the matches: one bigram, or the bigrams at consecutive positions. */
  private Query matching() {
    if (syllables.size() == 2) return new TermQuery(bigram(0));
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i + 1 < syllables.size(); i++) b.add(bigram(i), i);
    return b.build();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    float scale = scoreMode.needsScores() ? stackedIdfRatio(searcher) : 1f;
    return searcher.createWeight(searcher.rewrite(matching()), scoreMode, boost * scale);
  }

  /** Σ idf(syllables and bigrams) / Σ idf(bigrams), with Lucene's BM25 idf; 1 under another similarity. */
  private float stackedIdfRatio(IndexSearcher searcher) throws IOException {
    if (!(searcher.getSimilarity() instanceof BM25Similarity bm25)) return 1f;
    CollectionStatistics collection = searcher.collectionStatistics(field);
    if (collection == null) return 1f;
    Map<Term, TermStatistics> seen = new HashMap<>();
    List<TermStatistics> stacked = new ArrayList<>();
    List<TermStatistics> bigrams = new ArrayList<>();
    for (int i = 0; i < syllables.size(); i++) {
      addIfPresent(searcher, new Term(field, syllables.get(i)), seen, stacked);
      if (i + 1 == syllables.size()) continue;
      addIfPresent(searcher, bigram(i), seen, stacked);
      addIfPresent(searcher, bigram(i), seen, bigrams);
    }
    if (bigrams.isEmpty()) return 1f; // nothing matches: the weight scores no document
    double all = idf(bm25, collection, stacked);
    double own = idf(bm25, collection, bigrams);
    return own > 0 ? (float) (all / own) : 1f;
  }

  private static void addIfPresent(IndexSearcher searcher, Term term, Map<Term, TermStatistics> seen, List<TermStatistics> to)
      throws IOException {
    TermStatistics stats = seen.get(term);
    if (stats == null && !seen.containsKey(term)) {
      TermStates states = TermStates.build(searcher, term, true);
      stats = states.docFreq() > 0 ? searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()) : null;
      seen.put(term, stats);
    }
    if (stats != null) to.add(stats);
  }

  private static double idf(BM25Similarity bm25, CollectionStatistics collection, List<TermStatistics> terms) {
    return bm25.idfExplain(collection, terms.toArray(TermStatistics[]::new)).getValue().doubleValue();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (!visitor.acceptField(field)) return;
    Term[] terms = new Term[syllables.size() - 1];
    for (int i = 0; i < terms.length; i++) terms[i] = bigram(i);
    visitor.getSubVisitor(BooleanClause.Occur.MUST, this).consumeTerms(this, terms);
  }

  @Override
  public String toString(String defaultField) {
    String words = '"' + String.join(" ", syllables) + '"';
    return "bigrams(" + (field.equals(defaultField) ? words : field + ':' + words) + ')';
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && field.equals(((BigramPhraseQuery) other).field)
        && syllables.equals(((BigramPhraseQuery) other).syllables);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + field.hashCode()) + syllables.hashCode();
  }
}
