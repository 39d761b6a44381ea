package vn.cancu.wording;

import vn.cancu.text.WordForms;
import java.util.ArrayList;
import java.util.List;
import vn.cancu.text.Diacritics;

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
    String norm = WordForms.normalize(written);
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
