package vn.cancu.text.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import vn.cancu.text.Resources;

/**
 * Parses {@code text/abbreviations.tsv} ("UBND\tủy ban nhân dân") into a two-way {@link SynonymMap}. Both
 * sides go through the same chain as the text (tone placement, folding), so "Uỷ ban" in the data and
 * "ủy ban" in a query are one rule.
 */
public final class Abbreviations extends SynonymMap.Parser {

  static final String RESOURCE = "/text/abbreviations.tsv";

  public Abbreviations(Analyzer analyzer) {
    super(true, analyzer);
  }

  /** The synonyms for the exact or the folded field, built once. */
  public static SynonymMap synonyms(boolean folded) {
    return folded ? Holder.FOLDED : Holder.EXACT;
  }

  private static final class Holder {
    static final SynonymMap EXACT = build(false);
    static final SynonymMap FOLDED = build(true);
  }

  private static SynonymMap build(boolean folded) {
    // Without stop words, as the shipped chain; an expansion made of content words reads the same either way.
    try (Analyzer plain = syllableAnalyzer(folded, CharArraySet.EMPTY_SET);
        Reader in = Resources.reader(RESOURCE)) {
      Abbreviations parser = new Abbreviations(plain);
      parser.parse(in);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (ParseException e) {
      throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static Analyzer syllableAnalyzer(boolean folded, CharArraySet stopwords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = VietnameseAnalyzer.tokenizer();
        return new TokenStreamComponents(source, VietnameseAnalyzer.syllables(source, folded, stopwords));
      }
    };
  }

  @Override
  public void parse(Reader in) throws IOException, ParseException {
    BufferedReader reader = new BufferedReader(in);
    int lineNumber = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new ParseException("line " + lineNumber + ": expected abbreviation<TAB>expansion: " + line, 0);
      }
      try {
        CharsRef abbreviation = analyze(nfc(columns[0]), new CharsRefBuilder());
        CharsRef expansion = analyze(nfc(columns[1]), new CharsRefBuilder());
        add(abbreviation, expansion, true);
        add(expansion, abbreviation, true);
      } catch (IllegalArgumentException e) {
        throw new ParseException("line " + lineNumber + ": " + e.getMessage(), 0);
      }
    }
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
  }
}
