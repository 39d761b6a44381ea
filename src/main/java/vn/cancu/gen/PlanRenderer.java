package vn.cancu.gen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.cancu.text.OutlineLabel;

/**
 * Lays a generated plan out as the text extraction of a real one: two-column header, type word and
 * title, basis, outline, closing, footnote bodies after a line of spaces, "Nơi nhận" and signature.
 * Body text comes in the layouts seen in the seeds: one line a paragraph, hard-wrapped at ~80
 * columns, or hard-wrapped with a blank line after every line; wrapped lines may split a symbol
 * at its hyphen ("43-\nKL/TW") and a page break may leave a leading space.
 */
final class PlanRenderer {
  private static final String ROMANS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV";
  private static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

  enum Layout { PARAGRAPH_LINES, WRAPPED, WRAPPED_DOUBLE_SPACED }

  private final RandomGenerator rng;
  private final Layout layout;
  private final int width;
  private final StringBuilder out = new StringBuilder(16_384);

  private PlanRenderer(RandomGenerator rng) {
    this.rng = rng;
    this.layout = Layout.values()[rng.nextInt(Layout.values().length)];
    this.width = 72 + rng.nextInt(16);
  }

  static String render(GeneratedPlan plan, RandomGenerator rng) {
    return new PlanRenderer(rng).plan(plan);
  }

  private String plan(GeneratedPlan p) {
    List<String> h = p.headerLines();
    line(pad(h.get(0), 36) + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    line(pad(h.get(1), 42) + "Độc lập - Tự do - Hạnh phúc");
    for (String extra : h.subList(2, h.size())) line(extra);
    line("");
    String number = "Số: " + (p.number() == null ? "/" + p.symbolSuffix() : p.number());
    line(pad(number, 36) + p.place() + ", ngày " + two(p.date().getDayOfMonth()) + " tháng "
        + two(p.date().getMonthValue()) + " năm " + p.date().getYear());
    line("");
    line("KẾ HOẠCH");
    for (String t : wrap(p.title(), 70)) line(t.strip());
    line("");
    for (String b : p.basis()) paragraph(b);
    Map<OutlineLabel.Kind, Integer> counts = new EnumMap<>(OutlineLabel.Kind.class);
    for (Item s : p.sections()) item(s, counts);
    paragraph(p.closing());
    if (!p.footnotes().isEmpty()) {
      line(" ".repeat(40 + rng.nextInt(30)));
      for (String f : p.footnotes()) paragraph(f);
    }
    line("Nơi nhận:");
    for (String r : p.recipients()) line("- " + r);
    line("");
    List<String> signer = p.signer();
    for (String s : signer.subList(0, signer.size() - 1)) line(s);
    line("");
    line("");
    line(signer.get(signer.size() - 1));
    return out.toString();
  }

  private void item(Item item, Map<OutlineLabel.Kind, Integer> siblings) {
    int n = siblings.merge(item.kind(), 1, Integer::sum);
    String label = label(item.kind(), n);
    List<String> paras = new ArrayList<>(List.of(item.text().split("\n")));
    paras.removeIf(String::isBlank);
    if (!item.heading().isEmpty()) {
      paragraph(label + " " + item.heading());
    } else if (!paras.isEmpty()) {
      paragraph(label + " " + paras.remove(0));
    }
    for (String para : paras) paragraph(para);
    Map<OutlineLabel.Kind, Integer> counts = new EnumMap<>(OutlineLabel.Kind.class);
    for (Item child : item.children()) item(child, counts);
  }

  private static String label(OutlineLabel.Kind kind, int n) {
    String[] romans = ROMANS.split(" ");
    return switch (kind) {
      case ROMAN -> romans[Math.min(n, romans.length) - 1] + ".";
      case ARABIC, DECIMAL -> n + ".";
      case QUARTER -> n <= 4 ? "Quý " + romans[n - 1] + ":" : "-";
      case LETTER -> LETTERS.charAt(Math.min(n, LETTERS.length()) - 1) + ")";
      case DASH -> "-";
      case PLUS -> "+";
    };
  }

  private void paragraph(String text) {
    String lead = rng.nextInt(40) == 0 ? " " : "";
    if (layout == Layout.PARAGRAPH_LINES) {
      line(lead + text);
      line("");
      return;
    }
    List<String> lines = wrap(text, width);
    for (int i = 0; i < lines.size(); i++) {
      line((i == 0 ? lead : "") + lines.get(i));
      if (layout == Layout.WRAPPED_DOUBLE_SPACED) line("");
    }
  }

  /** Greedy wrap keeping the trailing space of each line, as PDF extraction leaves it. */
  private List<String> wrap(String text, int columns) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) continue;
      if (cur.length() > 0 && cur.length() + word.length() > columns) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1 && Character.isDigit(word.charAt(0)) && rng.nextInt(3) == 0) {
          cur.append(word, 0, hyphen + 1);
          word = word.substring(hyphen + 1);
          lines.add(cur.toString());
        } else {
          lines.add(cur + " ");
        }
        cur.setLength(0);
      }
      if (cur.length() > 0) cur.append(' ');
      cur.append(word);
    }
    if (cur.length() > 0) lines.add(cur.toString());
    return lines;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private static String pad(String s, int column) {
    return s + " ".repeat(Math.max(4, column - s.length()));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
