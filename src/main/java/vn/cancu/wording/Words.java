package vn.cancu.wording;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cancu.text.analysis.Diacritics;
import vn.cancu.text.analysis.ToneMarks;

/**
 * Splits text into words: runs of letters, digits and combining marks. Punctuation, quotes and
 * symbols separate words and take no part in comparisons, so "dân, “Nghe" and "dân “Nghe" compare
 * equal. A document symbol splits into its parts ("33", "ct", "ttg"), which keeps it comparable.
 */
public final class Words {
  private Words() {}

  public static List<Word> of(String text) {
    return of(text, 0, text.length());
  }

  /** The words of {@code text[from, to)}, with offsets in {@code text}. */
  public static List<Word> of(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && isWordChar(text.charAt(i))) i++;
      out.add(word(text.substring(start, i), start, i));
    }
    return out;
  }

  static Word word(String written, int start, int end) {
    String nfc = Normalizer.normalize(written, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ð', 'đ');
    String norm = ToneMarks.normalize(nfc);
    return new Word(norm, Diacritics.fold(norm), start, end);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The norms of some words. */
  public static List<String> norms(List<Word> words) {
    return words.stream().map(Word::norm).toList();
  }
}
