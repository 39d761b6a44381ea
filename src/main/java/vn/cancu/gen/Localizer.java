package vn.cancu.gen;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cancu.document.Provinces;
import vn.cancu.document.Provinces.Province;
import vn.cancu.text.VietnameseNormalizer;

/**
 * Moves seed text to another place: every province named becomes the target province, and "xã X"
 * for a seed commune X becomes the target commune (or the province, in a province plan).
 */
final class Localizer {
  private final Pattern communes;

  Localizer(List<String> seedCommunes) {
    String names = seedCommunes.stream().distinct().map(Pattern::quote).collect(Collectors.joining("|"));
    this.communes = names.isEmpty() ? null
        : Pattern.compile("(?:xã|phường|XÃ|PHƯỜNG) (?:" + names + "|" + names.toUpperCase(Locale.ROOT) + ")");
  }

  /**
   * @param commune the target "xã Y" / "phường Y", or null for a province plan
   */
  String localize(String text, Province target, String commune) {
    String s = VietnameseNormalizer.nfc(text);
    if (communes != null) {
      String replacement = commune != null ? commune : target.unit() + " " + target.name();
      s = communes.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
          Character.isUpperCase(m.group().charAt(1)) ? replacement.toUpperCase(Locale.ROOT) : replacement));
    }
    List<Provinces.Mention> mentions = Provinces.mentions(s);
    if (mentions.isEmpty()) return s;
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    for (Provinces.Mention m : mentions) {
      String found = s.substring(m.start(), m.end());
      out.append(s, last, m.start());
      boolean capitals = found.equals(found.toUpperCase(Locale.ROOT));
      out.append(capitals ? target.name().toUpperCase(Locale.ROOT) : target.name());
      last = m.end();
    }
    out.append(s.substring(last));
    String city = "thành phố".equals(target.unit()) ? target.name() : null;
    return city == null ? out.toString() : out.toString().replace("tỉnh " + city, "thành phố " + city);
  }
}
