package vn.cancu.text.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The Vietnamese chain: NFC repair (offset-correcting char filter) → syllables and whole document numbers →
 * lowercase → one tone placement → [stop words] → [diacritics folded] → [abbreviation synonyms] → number
 * parts → word units (bigrams). Use {@link VietnameseAnalyzers} for the configured instances.
 */
public final class VietnameseAnalyzer extends Analyzer {

  /**
   * A syllable, number or document number: letter/digit runs joined by single connectors ("33/CT-TTg",
   * "59/2023/NĐ-CP", "1.000"). A connector at the edge ("số 05-CT/TU,") is punctuation, not part of it.
   */
  static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[-/.\u2010\u2011\u2013][\\p{L}\\p{M}\\p{Nd}]+)*");

  private final boolean folded;
  private final CharArraySet stopwords;
  private final SynonymMap synonyms;
  private final UnaryOperator<TokenStream> units;

  /**
   * @param folded remove diacritics (đ → d) after stop words are removed by their exact form
   * @param stopwords removed syllables (lowercase, tone-normalized), may be empty
   * @param synonyms abbreviation synonyms, or null for none (index side: see {@link VietnameseAnalyzers})
   * @param units adds word-like units after the syllables, e.g. {@code SyllableBigramFilter::new}
   */
  public VietnameseAnalyzer(
      boolean folded, CharArraySet stopwords, SynonymMap synonyms, UnaryOperator<TokenStream> units) {
    this.folded = folded;
    this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
    this.synonyms = synonyms;
    this.units = Objects.requireNonNull(units, "units");
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = tokenizer();
    TokenStream result = syllables(source, folded, stopwords);
    if (synonyms != null) {
      result = new SynonymGraphFilter(result, synonyms, true);
    }
    result = new SymbolPartsFilter(result);
    return new TokenStreamComponents(source, units.apply(result));
  }

  /** A fresh tokenizer of syllables and whole document numbers. */
  static Tokenizer tokenizer() {
    return new PatternTokenizer(TOKEN, 0);
  }

  /** The chain up to synonyms; also how {@link Abbreviations} analyses its data, so both sides agree. */
  static TokenStream syllables(Tokenizer source, boolean folded, CharArraySet stopwords) {
    TokenStream result = new LowerCaseFilter(source);
    result = new ToneMarkFilter(result);
    if (!stopwords.isEmpty()) {
      // Before folding: "có" is a stop word, "cơ" (cơ quan) is not, and both fold to "co".
      result = new StopFilter(result, stopwords);
    }
    return folded ? new DiacriticsFoldingFilter(result) : result;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new ToneMarkFilter(new LowerCaseFilter(in));
    return folded ? new DiacriticsFoldingFilter(result) : result;
  }
}
