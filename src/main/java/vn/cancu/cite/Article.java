package vn.cancu.cite;

import java.util.Objects;

/** One article ("Điều N. heading") of a directive's full text. */
public record Article(int number, String heading, String text) {
  public Article {
    if (number < 1) throw new IllegalArgumentException("article number " + number);
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
  }
}
