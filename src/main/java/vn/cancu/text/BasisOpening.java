package vn.cancu.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words opening a basis paragraph ("Căn cứ", "Thực hiện"), from
 * {@code text/basis-openings.tsv}. "Thực hiện công tác dân vận" (a title) opens nothing: a basis
 * opening names a document ("Thực hiện Kế hoạch số ...") or says "Căn cứ vào ...".
 */
public final class BasisOpening {
  private static final List<String> WORDS = load();
  private static final String ALTERNATIVES =
      WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  private static final Pattern OPENING = Pattern.compile("(?:" + ALTERNATIVES + ")(?=\\s|$)");
  private static final Pattern NAMING =
      Pattern.compile("(?:" + ALTERNATIVES + ")\\s+(?:\\p{Lu}|vào\\s|ý kiến\\s)");

  private BasisOpening() {}

  /** Starts with an opening word: "Căn cứ ...", "Thực hiện ...". */
  public static boolean startsWithOpening(CharSequence s) {
    return OPENING.matcher(s).lookingAt();
  }

  /** Starts with an opening that names what it rests on: "Căn cứ Luật", "Thực hiện Kế hoạch". */
  public static boolean opensBasis(CharSequence s) {
    return NAMING.matcher(s).lookingAt();
  }

  private static List<String> load() {
    return Resources.lines("/text/basis-openings.tsv").stream().map(String::strip).toList();
  }
}
