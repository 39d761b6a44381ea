package vn.cancu.text.analysis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.cancu.text.Diacritics;
import vn.cancu.text.ToneMarks;

/**
 * Multi-syllable words of a word list (one word a line, syllables separated by spaces, e.g. VnVocab), in the
 * form the analysis chain produces: lowercase, NFC, tone placement normalized, optionally folded.
 */
public record Lexicon(Set<String> words, int maxSyllables) {

  public Lexicon {
    words = Set.copyOf(words);
  }

  public static Lexicon load(Path file, boolean folded) throws IOException {
    Set<String> words = new HashSet<>();
    int max = 1;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String word = ToneMarks.normalize(
          Normalizer.normalize(line.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
      if (folded) {
        word = Diacritics.fold(word);
      }
      int syllables = word.isEmpty() ? 0 : word.split(" +").length;
      if (syllables >= 2) {
        words.add(String.join(" ", word.split(" +")));
        max = Math.max(max, syllables);
      }
    }
    if (words.isEmpty()) {
      throw new IOException("no multi-syllable words in " + file);
    }
    return new Lexicon(words, max);
  }
}
