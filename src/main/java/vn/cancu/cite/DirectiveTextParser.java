package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.ingest.ExtractedText;

/**
 * Splits a directive's full text into articles. The first non-empty line names the document
 * ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022"); a provenance line may carry it
 * after "Title:". Returns empty when the title names no document: a problem, not an exception.
 */
public final class DirectiveTextParser {
  private static final Pattern ARTICLE = Pattern.compile("(?m)^[ \\t]*Điều[ \\t]+(\\d{1,3})[.:][ \\t]*(.*)$");
  private static final Pattern DIVISION =
      Pattern.compile("(?m)^[ \\t]*(?:Chương|Mục|Phần)[ \\t]+[\\dIVXLC]+.*$(?:\\R[ \\t]*[\\p{Lu}\\d ,\\-–]+$)?");
  private final CitationFinder finder = new CitationFinder();

  public Optional<DirectiveText> parse(ExtractedText source) {
    String text = source.text();
    String title = title(text);
    if (title == null) return Optional.empty();
    List<Citation> named = finder.find(title);
    if (named.isEmpty()) return Optional.empty();
    Citation doc = named.stream().filter(c -> c.number() != null).findFirst().orElse(named.get(0));
    return Optional.of(new DirectiveText(doc.key(), title, articles(text)));
  }

  private static String title(String text) {
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      int t = l.indexOf("Title:");
      if (t >= 0) return l.substring(t + "Title:".length()).strip();
      return l.replaceFirst("^#+\\s*", "");
    }
    return null;
  }

  private static List<Article> articles(String text) {
    List<Article> out = new ArrayList<>();
    Matcher m = ARTICLE.matcher(text);
    int number = -1;
    String heading = null;
    int bodyStart = -1;
    while (m.find()) {
      if (number > 0) out.add(article(number, heading, text.substring(bodyStart, m.start())));
      number = Integer.parseInt(m.group(1));
      heading = m.group(2).strip();
      bodyStart = m.end();
    }
    if (number > 0) out.add(article(number, heading, text.substring(bodyStart)));
    return out;
  }

  private static Article article(int number, String heading, String body) {
    String text = DIVISION.matcher(body).replaceAll("").strip().replaceAll("\\n{3,}", "\n\n");
    return new Article(number, heading, text);
  }
}
