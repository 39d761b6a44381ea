package vn.cancu.web;

import java.util.regex.Pattern;
import vn.cancu.text.Html;

/**
 * Checks a search snippet before it is written unescaped: the only markup allowed is {@code <mark>}
 * and {@code </mark>}. Anything else means the snippet is not what the search service promises, so
 * it is shown as plain escaped text instead.
 */
final class SnippetGuard {

  private static final Pattern MARK_TAG = Pattern.compile("</?mark>");

  private SnippetGuard() {}

  static String safe(String snippet) {
    if (snippet == null) return "";
    String withoutMarks = MARK_TAG.matcher(snippet).replaceAll("");
    if (withoutMarks.indexOf('<') < 0 && withoutMarks.indexOf('>') < 0) return snippet;
    return Html.escape(withoutMarks);
  }
}
