package vn.cancu.text;

/** HTML escaping for text placed in element content or quoted attributes. */
public final class Html {
  private Html() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  /** Appends {@code text[from, to)} escaped to {@code out}. */
  public static void escape(CharSequence text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
