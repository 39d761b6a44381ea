package vn.cancu.text.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
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
    try (InputStream in = Stopwords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<String> words = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
          words.add(ToneMarks.normalize(nfc.toLowerCase(Locale.ROOT)));
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
