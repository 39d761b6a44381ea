package vn.cancu.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the query grammar users type: plain words, {@code "quoted phrases"}, and {@code -word} or
 * {@code -"phrase"} exclusions. Nothing else is special: Lucene syntax is not exposed, so "+", ":",
 * "*" or "/" in "33/CT-TTg" are just characters of a word.
 */
public final class UserQueryParser {
  static final int MAX_LENGTH = 1000;

  public UserQuery parse(String query) {
    if (query == null || query.isBlank()) throw new BadQueryException("empty query: type at least one word");
    if (query.length() > MAX_LENGTH) {
      throw new BadQueryException("query too long: " + query.length() + " characters, at most " + MAX_LENGTH);
    }
    String q = Normalizer.normalize(query, Normalizer.Form.NFC);
    List<UserQuery.Part> include = new ArrayList<>();
    List<UserQuery.Part> exclude = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-';
      int start = negated ? i + 1 : i;
      if (negated && (start >= q.length() || Character.isWhitespace(q.charAt(start)))) {
        throw new BadQueryException("a '-' at character " + (i + 1) + " must be followed by a word or phrase to exclude");
      }
      UserQuery.Part part;
      if (q.charAt(start) == '"') {
        int close = q.indexOf('"', start + 1);
        if (close < 0) {
          throw new BadQueryException("unbalanced quote: the phrase opened at character " + (start + 1) + " is not closed");
        }
        String phrase = q.substring(start + 1, close).strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty()) throw new BadQueryException("empty phrase \"\" at character " + (start + 1));
        part = new UserQuery.Part(phrase, true);
        i = close + 1;
      } else {
        int end = start;
        while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') end++;
        if (end < q.length() && q.charAt(end) == '"' && end > start) {
          throw new BadQueryException("a quote at character " + (end + 1) + " must start a new phrase: put a space before it");
        }
        part = new UserQuery.Part(q.substring(start, end), false);
        i = end;
      }
      (negated ? exclude : include).add(part);
    }
    if (include.isEmpty()) {
      throw new BadQueryException("the query only excludes: add at least one word or phrase to search for");
    }
    return new UserQuery(include, exclude);
  }
}
