package vn.cancu.search;

import java.util.List;

/**
 * One matching document.
 *
 * @param doc the plan id or directive key
 * @param clause the clause id ("II.5") or article number, or null for a whole plan or directive
 * @param kind "plan", "clause", "directive" or "article"
 * @param title the plan's title or the directive's standard citation
 * @param heading the clause or article heading, or ""
 * @param text the clause's full text (heading included), or the plan title / directive summary
 * @param snippet an HTML excerpt of {@code text}: matches in {@code <mark>}, everything else escaped
 * @param score the relevance score
 * @param type document type ("Kế hoạch", or a cited document's type code)
 * @param number the plan's "Số" symbol or the directive key, or null
 * @param issuer issuing body, or null
 * @param province province slug, or null
 * @param level issuer level, or null
 * @param year issue year, or null
 * @param date ISO issue date, or null
 * @param cited keys of the documents the clause cites
 * @param highlights the matches as [start, end) offsets into {@code text}, sorted, not overlapping
 */
public record Hit(
    String doc,
    String clause,
    String kind,
    String title,
    String heading,
    String text,
    String snippet,
    float score,
    String type,
    String number,
    String issuer,
    String province,
    String level,
    Integer year,
    String date,
    List<String> cited,
    List<Highlight> highlights) {

  public Hit {
    cited = List.copyOf(cited);
    highlights = List.copyOf(highlights);
  }

  /** A match in a hit's text: [start, end). */
  public record Highlight(int start, int end) {}
}
