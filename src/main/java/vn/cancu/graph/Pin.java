package vn.cancu.graph;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pin cite: the article (and clause, point) written just before a mention, as in "khoản 2 Điều 5
 * Luật ..." or "Điều 11 Nghị định 59/2023/NĐ-CP".
 *
 * @param article the article number
 * @param written the pin as written ("khoản 2 Điều 5")
 */
public record Pin(int article, String written) {
  // "điểm a khoản 2 Điều 5 của", anchored at the mention; the optional parts keep their order.
  private static final Pattern BEFORE = Pattern.compile(
      "((?:điểm\\s+[a-zđ]\\s*,?\\s+)?(?:khoản\\s+\\d+\\s*,?\\s+)?Điều\\s+(\\d{1,3}))(?:\\s*,)?(?:\\s+của)?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int WINDOW = 48;

  /** The pin ending right before {@code start} in {@code text}, if any. */
  public static Optional<Pin> before(CharSequence text, int start) {
    int from = Math.max(0, start - WINDOW);
    Matcher m = BEFORE.matcher(text.subSequence(from, start));
    if (!m.find()) return Optional.empty();
    return Optional.of(new Pin(Integer.parseInt(m.group(2)), m.group(1).replaceAll("\\s+", " ")));
  }
}
