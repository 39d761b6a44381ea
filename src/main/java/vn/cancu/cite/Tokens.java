package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;

/** Words (letters or digits) and single punctuation marks of a text window, with their offsets. */
final class Tokens {
  record Token(String text, int start, int end, String lower) {
    Token(String text, int start, int end) {
      this(text, start, end, Fold.fold(text));
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isNumber() {
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
      return true;
    }

  }

  private Tokens() {}

  static List<Token> of(CharSequence text, int from, int to) {
    return of(text, from, to, Integer.MAX_VALUE);
  }

  /** At most {@code max} tokens from {@code from}. */
  static List<Token> of(CharSequence text, int from, int to, int max) {
    List<Token> out = new ArrayList<>();
    int i = Math.max(0, from);
    int end = Math.min(to, text.length());
    while (i < end && out.size() < max) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || isMark(text.charAt(j)))) j++;
        out.add(new Token(text.subSequence(i, j).toString(), i, j));
        i = j;
      } else {
        out.add(new Token(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return out;
  }

  /** Combining marks stay inside words (NFD input). */
  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }
}
