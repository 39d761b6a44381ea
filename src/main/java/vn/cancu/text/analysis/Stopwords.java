package vn.cancu.text.analysis;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import vn.cancu.text.Resources;
import vn.cancu.text.ToneMarks;

/** The Vietnamese stop words of {@code text/stopwords.txt}, in the form the chain produces them. */
public final class Stopwords {

  static final String RESOURCE = "/text/stopwords.txt";

  private Stopwords() {}

  /** An unmodifiable set: lowercase, NFC, tone placement normalized. */
  public static CharArraySet vietnamese() {
    return Holder.SET;
  }

  private static final class Holder {
    static final CharArraySet SET = CharArraySet.unmodifiableSet(new CharArraySet(load(), false));
  }

  private static List<String> load() {
    return Resources.lines(RESOURCE).stream()
        .map(line -> ToneMarks.normalize(Normalizer.normalize(line.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)))
        .toList();
  }
}
