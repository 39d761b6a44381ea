package vn.cancu.wording;

import vn.cancu.text.WordForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return of(text, from, to, null);
  }

  /** As {@link #of(String, int, int)}, normalising each written form once per memo. */
  public static List<Word> of(String text, int from, int to, Memo memo) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && isWordChar(text.charAt(i))) i++;
      String written = text.substring(start, i);
      out.add(memo == null ? word(written, start, i) : memo.word(written, start, i));
    }
    return out;
  }

  static Word word(String written, int start, int end) {
    String norm = WordForms.normalize(written);
    return new Word(norm, Diacritics.fold(norm), start, end);
  }

  /**
   * Normalised forms by written form, for a pass over a whole corpus: normalising (tone marks,
   * Unicode composition, folding) costs far more than a lookup, and a corpus writes few distinct
   * syllables. Not thread-safe: one per pass.
   */
  public static final class Memo {
    /** Bounds the memory of a corpus full of distinct numbers and codes. */
    static final int MAX_FORMS = 500_000;

    private final Map<String, Word> forms = new HashMap<>();

    Word word(String written, int start, int end) {
      Word known = forms.get(written);
      if (known == null) {
        known = Words.word(written, start, end);
        if (forms.size() < MAX_FORMS) forms.put(written, known);
        return known;
      }
      return new Word(known.norm(), known.folded(), start, end);
    }
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The norms of some words. */
  public static List<String> norms(List<Word> words) {
    return words.stream().map(Word::norm).toList();
  }
}
