package vn.cancu.web;

import java.util.regex.Pattern;

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
    return escape(withoutMarks);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
