package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  final Snippets snippets = new Snippets();

  static String unescape(String html) {
    return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  @Test
  void shortTextIsWholeWithMarksAndEscapes() {
    String text = "a < b & \"c\" 'd' dân vận";
    assertEquals(
        "a &lt; b &amp; &quot;c&quot; &#39;d&#39; <mark>dân vận</mark>",
        snippets.snippet(text, List.of(new Hit.Highlight(16, 23))));
  }

  @Test
  void longTextIsCutAroundTheDensestMatchesAtWordBoundaries() {
    String filler = "công tác dân vận chính quyền các cấp ".repeat(20); // 740 chars
    String text = filler + "phong trào thi đua Dân vận khéo gắn với " + filler;
    int start = text.indexOf("Dân vận khéo");
    String snippet = snippets.snippet(text, List.of(new Hit.Highlight(start, start + "Dân vận khéo".length())));
    assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(snippet.contains("<mark>Dân vận khéo</mark>"), snippet);
    String body = unescape(snippet.substring(1, snippet.length() - 1));
    assertTrue(text.contains(body), body);
    assertTrue(body.length() <= Snippets.WINDOW + 20, "length " + body.length());
    assertTrue(Character.isWhitespace(body.charAt(0)) || Character.isWhitespace(text.charAt(text.indexOf(body) - 1)), body);
  }

  @Test
  void aMatchCutByTheWindowIsMarkedUpToTheCut() {
    String text = "x ".repeat(200) + "kết thúc";
    int start = text.indexOf("kết");
    String snippet = snippets.snippet(text, List.of(new Hit.Highlight(start, text.length())));
    assertTrue(snippet.endsWith("<mark>kết thúc</mark>"), snippet);
  }
}
