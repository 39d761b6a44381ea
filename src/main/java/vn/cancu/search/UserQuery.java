package vn.cancu.search;

import java.util.List;

/**
 * A parsed user query: parts that must match and parts that must not.
 *
 * @param include words and phrases every hit must contain, in query order
 * @param exclude words and phrases no hit may contain
 */
public record UserQuery(List<Part> include, List<Part> exclude) {

  public UserQuery {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    if (include.isEmpty()) throw new IllegalArgumentException("a query needs at least one included part");
  }

  /** One word or one quoted phrase, as written (NFC). */
  public record Part(String text, boolean phrase) {
    public Part {
      if (text.isBlank()) throw new IllegalArgumentException("empty query part");
    }

    /** The part as the user would type it. */
    public String written() {
      return phrase ? "\"" + text + "\"" : text;
    }
  }
}
