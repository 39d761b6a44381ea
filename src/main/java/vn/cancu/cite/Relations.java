package vn.cancu.cite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the citing text relates to a cited document, from the trigger words before the mention
 * (cite/relations.tsv). A mention inside another's subject ("Kết luận ... về tiếp tục thực hiện
 * Nghị quyết ...") is only mentioned; a list item after ";", "," or "và" inherits its head's relation.
 */
final class Relations {
  static final String MENTIONS = "mentions";
  private static final Map<String, String> TRIGGERS = new LinkedHashMap<>();
  private static final Pattern SEPARATOR = Pattern.compile("(?:[;,]\\s*)?(?:và|hoặc)?\\s*(?:các|tiếp tục)?");

  static {
    for (String[] r : Tsv.read("relations.tsv")) TRIGGERS.put(Fold.fold(r[0]), r[1]);
  }

  private Relations() {}

  /** Sets {@code relation} on drafts sorted by start. */
  static void assign(CharSequence text, List<Draft> drafts) {
    Draft prev = null;
    int prevEnd = 0;
    for (Draft d : drafts) {
      if (d.listHead != null) continue;
      if (prev != null && d.start < prevEnd) {
        d.relation = MENTIONS;
        continue;
      }
      int from = Math.max(prev == null ? 0 : prevEnd, d.start - 160);
      String window = Fold.fold(Preamble.collapse(text.subSequence(from, d.start))) + " ";
      int sentence = window.lastIndexOf(". ");
      boolean sameSentence = sentence < 0 && prev != null && from == prevEnd;
      if (sentence >= 0) window = window.substring(sentence + 1);
      int item = window.lastIndexOf(';');
      if (item >= 0) window = window.substring(item);
      String relation = trigger(window);
      if (relation == null && sameSentence && isSeparator(window)) relation = prev.relation;
      d.relation = relation == null ? MENTIONS : relation;
      prev = d;
      prevEnd = d.end();
    }
    for (Draft d : drafts) if (d.listHead != null) d.relation = d.listHead.relation;
  }

  private static String trigger(String window) {
    int best = -1;
    String relation = null;
    for (Map.Entry<String, String> e : TRIGGERS.entrySet()) {
      int i = window.lastIndexOf(e.getKey());
      if (i < 0) continue;
      int end = i + e.getKey().length();
      if (end > best || (end == best && relation != null)) {
        best = end;
        relation = e.getValue();
      }
    }
    return relation;
  }

  private static boolean isSeparator(String window) {
    String w = window.strip();
    return !w.isEmpty() && SEPARATOR.matcher(w).matches();
  }
}
