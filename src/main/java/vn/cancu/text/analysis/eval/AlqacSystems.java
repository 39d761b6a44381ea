package vn.cancu.text.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import vn.cancu.text.analysis.Abbreviations;
import vn.cancu.text.analysis.Stopwords;
import vn.cancu.text.analysis.SyllableBigramFilter;
import vn.cancu.text.analysis.VietnameseAnalyzer;
import vn.cancu.text.analysis.VietnameseAnalyzers;

/**
 * The systems compared on ALQAC: Lucene's StandardAnalyzer, our shipped configuration, and ablations that
 * each change one decision (word units, stop words, fields) so the README can justify it with figures.
 */
public final class AlqacSystems {

  /**
   * The "_exact" field counts twice the "_folded" one: a match with the right diacritics is the better
   * evidence, and folded-only matches (e.g. "ban" for "bán", "bàn") still count. Chosen a priori, not tuned.
   */
  public static final float EXACT_BOOST = 2f;

  static final String EXACT = "text_exact";
  static final String FOLDED = "text_folded";

  private AlqacSystems() {}

  /** Baseline first, then ours, then ablations; the lexicon row only when a word list is given. */
  public static List<RetrievalSystem> all(Lexicon exactLexicon, Lexicon foldedLexicon) {
    List<RetrievalSystem> systems = new ArrayList<>();
    systems.add(standard());
    systems.add(ours());
    systems.add(variant("ours, syllables only (no word units)", false, ts -> ts, ts -> ts));
    if (exactLexicon != null && foldedLexicon != null) {
      systems.add(variant("ours, dictionary words (VnVocab longest match) instead of bigrams", false,
          ts -> new LexiconWordFilter(ts, exactLexicon), ts -> new LexiconWordFilter(ts, foldedLexicon)));
    }
    systems.add(variant("ours + stop words removed (text/stopwords.txt)", true,
        SyllableBigramFilter::new, SyllableBigramFilter::new));
    systems.add(new RetrievalSystem("ours, exact field only",
        List.of(new FieldSpec(EXACT, VietnameseAnalyzers.exact(), VietnameseAnalyzers.exactQuery(), 1f))));
    systems.add(new RetrievalSystem("ours, folded field only",
        List.of(new FieldSpec(FOLDED, VietnameseAnalyzers.folded(), VietnameseAnalyzers.foldedQuery(), 1f))));
    return systems;
  }

  static RetrievalSystem standard() {
    return new RetrievalSystem("StandardAnalyzer (baseline)",
        List.of(new FieldSpec("text", new StandardAnalyzer(), new StandardAnalyzer(), 1f)));
  }

  /** What the product ships: {@link VietnameseAnalyzers} on both fields, exact boosted. */
  static RetrievalSystem ours() {
    return new RetrievalSystem("ours: exact×2 + folded, syllables + bigrams, abbreviations",
        List.of(
            new FieldSpec(EXACT, VietnameseAnalyzers.exact(), VietnameseAnalyzers.exactQuery(), EXACT_BOOST),
            new FieldSpec(FOLDED, VietnameseAnalyzers.folded(), VietnameseAnalyzers.foldedQuery(), 1f)));
  }

  private static RetrievalSystem variant(String name, boolean stopwords,
      UnaryOperator<TokenStream> exactUnits, UnaryOperator<TokenStream> foldedUnits) {
    CharArraySet stop = stopwords ? Stopwords.vietnamese() : CharArraySet.EMPTY_SET;
    return new RetrievalSystem(name, List.of(
        new FieldSpec(EXACT, analyzer(false, stop, false, exactUnits), analyzer(false, stop, true, exactUnits),
            EXACT_BOOST),
        new FieldSpec(FOLDED, analyzer(true, stop, false, foldedUnits), analyzer(true, stop, true, foldedUnits),
            1f)));
  }

  private static Analyzer analyzer(boolean folded, CharArraySet stop, boolean query, UnaryOperator<TokenStream> units) {
    return new VietnameseAnalyzer(folded, stop, query ? Abbreviations.synonyms(folded) : null, units);
  }
}
