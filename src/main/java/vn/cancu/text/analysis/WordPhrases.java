package vn.cancu.text.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Phrase queries for words made of letters only ("dân vận khéo", "UBND xã"), as {@link BigramPhraseQuery}:
 * one per way of reading the words, the words themselves and each abbreviation synonym ("cải cách hành
 * chính" or "CCHC"). QueryBuilder instead walked the graph of syllables, their stacked bigrams and the
 * synonyms, making one phrase per path (eight for "cải cách hành chính", most of which cannot match)
 * and summing those that do. A reading with a vowelless word ("KL TW") is a phrase over its words;
 * anything but letters (numbers, document symbols) is left to QueryBuilder.
 */
public final class WordPhrases {
  /** More readings than this (many abbreviations in one run) are left to QueryBuilder. */
  static final int MAX_READINGS = 32;
  /** Base letters of the Vietnamese vowels, lowercase as analysed (ă, â → a; ơ, ô → o; ư → u). */
  private static final String VOWELS = "aeiouy";

  private WordPhrases() {}

  /**
   * The phrase query for {@code text} analysed by a query analyzer of this package, or null when the
   * text is not only words of letters (or has too many readings).
   */
  public static Query build(Analyzer analyzer, String field, String text) {
    try {
      List<List<String>> readings = readings(analyzer, field, text);
      if (readings == null || readings.isEmpty()) return null;
      if (readings.size() == 1) return phrase(field, readings.getFirst());
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (List<String> reading : readings) any.add(phrase(field, reading), BooleanClause.Occur.SHOULD);
      return any.build();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query string failed", e);
    }
  }

  private static Query phrase(String field, List<String> words) {
    if (words.size() == 1) return new TermQuery(new Term(field, words.getFirst()));
    if (words.stream().allMatch(WordPhrases::hasVowel)) return new BigramPhraseQuery(field, words);
    PhraseQuery.Builder syllables = new PhraseQuery.Builder();
    for (String w : words) syllables.add(new Term(field, w));
    return syllables.build();
  }

  /**
   * Whether a word has a vowel, as syllables and "UBND" do. Vowelless letters ("KL", "TTg") are
   * mostly the parts of a document symbol ("43-KL/TW"), which the index stacks under the symbol with
   * no bigram, so only a phrase over the words themselves finds them.
   */
  private static boolean hasVowel(String word) {
    String bases = Normalizer.normalize(word, Normalizer.Form.NFD);
    for (int i = 0; i < bases.length(); i++) if (VOWELS.indexOf(bases.charAt(i)) >= 0) return true;
    return false;
  }

  /** The word sequences the text reads as, or null if a token is not a word of letters. */
  private static List<List<String>> readings(Analyzer analyzer, String field, String text) throws IOException {
    boolean graph = false;
    try (TokenStream ts = withoutBigrams(analyzer.tokenStream(field, text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      List<String> words = new ArrayList<>();
      ts.reset();
      while (ts.incrementToken()) {
        if (!isWord(term, type)) return null;
        if (!words.isEmpty() && posInc.getPositionIncrement() != 1) graph = true;
        if (posLen.getPositionLength() != 1) graph = true;
        words.add(term.toString());
      }
      ts.end();
      if (!graph) return words.isEmpty() ? List.of() : List.of(words);
    }
    List<List<String>> readings = new ArrayList<>();
    try (TokenStream ts = withoutBigrams(analyzer.tokenStream(field, text))) {
      Iterator<TokenStream> paths = new GraphTokenStreamFiniteStrings(ts).getFiniteStrings();
      while (paths.hasNext()) {
        if (readings.size() == MAX_READINGS) return null;
        TokenStream path = paths.next();
        CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
        List<String> words = new ArrayList<>();
        path.reset();
        while (path.incrementToken()) words.add(term.toString());
        readings.add(words);
      }
    }
    return readings;
  }

  /** A syllable or an abbreviation: letters and marks only. */
  private static boolean isWord(CharTermAttribute term, TypeAttribute type) {
    if (!"word".equals(type.type()) && !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) return false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) return false;
    }
    return term.length() > 0;
  }

  private static TokenStream withoutBigrams(TokenStream in) {
    return new FilteringTokenFilter(in) {
      private final TypeAttribute type = addAttribute(TypeAttribute.class);

      @Override
      protected boolean accept() {
        return !SyllableBigramFilter.TYPE_BIGRAM.equals(type.type());
      }
    };
  }
}
