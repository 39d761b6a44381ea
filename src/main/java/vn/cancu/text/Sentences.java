package vn.cancu.text;

import java.util.regex.Pattern;

/** Sentence-edge tests on trimmed lines. */
final class Sentences {
  // ".", "!", "?", "…", "./.", "..." possibly followed by closing quotes or brackets.
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][”\"’')\\]]*");
  private static final Pattern LOWER_START = Pattern.compile("(?:[-–]\\s*|[(“\"‘]\\s*)?\\p{Ll}");
  private static final Pattern CLAUSE_END = Pattern.compile(".*[;:,][”\"’')\\]]*");

  private Sentences() {}

  static boolean endsSentence(String s) {
    return SENTENCE_END.matcher(s).matches();
  }

  static boolean endsClause(String s) {
    return CLAUSE_END.matcher(s).matches();
  }

  /**
   * Starts lower-case, possibly after a dash, bracket or quote: the rest of a wrapped "chính trị -
   * xã hội", "(khóa XI)", "“dân biết, dân bàn”".
   */
  static boolean startsLower(String s) {
    return LOWER_START.matcher(s).lookingAt();
  }

  static boolean startsDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  /** Letters present and none lower-case: "KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN", "II. NỘI DUNG". */
  static boolean isUpperCase(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2;
  }
}
