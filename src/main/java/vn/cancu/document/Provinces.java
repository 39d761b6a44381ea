package vn.cancu.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cancu.text.Resources;
import vn.cancu.text.ToneMarks;
import vn.cancu.text.VietnameseNormalizer;

/**
 * The 34 provinces and centrally-run cities after the 2025 merger, with the old names merged into
 * them, read from {@code document/provinces.tsv}. Names match as whole words, in title case or in
 * capitals, whatever the tone placement ("Hoà"/"Hòa") or dash spacing.
 */
public final class Provinces {

  /**
   * One provincial unit.
   *
   * @param name its name ("Lạng Sơn")
   * @param slug ASCII slug ("lang-son")
   * @param unit "tỉnh" or "thành phố"
   * @param oldNames names of the units merged into it in 2025
   */
  public record Province(String name, String slug, String unit, List<String> oldNames) {
    public Province {
      oldNames = List.copyOf(oldNames);
    }
  }

  private static final List<Province> ALL = load();
  private static final Map<String, Province> BY_NAME = byName();
  private static final Pattern NAMES = namesPattern();

  private Provinces() {}

  public static List<Province> all() {
    return ALL;
  }

  public static Optional<Province> bySlug(String slug) {
    return ALL.stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** The slug of the first province named (by current or old name) in the text. */
  public static Optional<String> slugOf(String placeOrIssuerText) {
    return find(placeOrIssuerText).map(Province::slug);
  }

  /** The first province named (by current or old name) in the text. */
  public static Optional<Province> find(String text) {
    Matcher m = NAMES.matcher(fold(text));
    return m.find() ? Optional.of(BY_NAME.get(key(m.group()))) : Optional.empty();
  }

  /** Every province mention, in text order, as [start, end) pairs with the province. */
  public static List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    Matcher m = NAMES.matcher(fold(text));
    while (m.find()) out.add(new Mention(BY_NAME.get(key(m.group())), m.start(), m.end()));
    return out;
  }

  /** A province named in a text. */
  public record Mention(Province province, int start, int end) {}

  /**
   * A province name (current or old) as listed, for a name in any case or tone placement
   * ("LẠNG SƠN" → "Lạng Sơn", "QUẢNG BÌNH" → "Quảng Bình").
   */
  public static Optional<String> properName(String name) {
    String k = key(name);
    return ALL.stream().flatMap(p -> names(p).stream()).filter(n -> key(n).equals(k)).findFirst();
  }

  static String fold(String s) {
    return ToneMarks.normalize(VietnameseNormalizer.nfc(s).replace('–', '-').replace('—', '-'));
  }

  private static String key(String name) {
    return fold(name).toLowerCase(Locale.ROOT).replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ");
  }

  private static List<Province> load() {
    String resource = "/document/provinces.tsv";
    List<Province> out = new ArrayList<>();
    for (String line : Resources.lines(resource)) {
      String[] f = line.split("\t", -1);
      if (f.length < 3) throw new IllegalStateException(resource + ": bad line: " + line);
      List<String> old =
          f.length > 3 && !f[3].isBlank()
              ? Arrays.stream(f[3].split(",")).map(String::strip).toList()
              : List.of();
      out.add(new Province(f[0].strip(), f[1].strip(), f[2].strip(), old));
    }
    return List.copyOf(out);
  }

  private static Map<String, Province> byName() {
    Map<String, Province> map = new HashMap<>();
    for (Province p : ALL) {
      map.put(key(p.name()), p);
      for (String old : p.oldNames()) map.put(key(old), p);
    }
    return Map.copyOf(map);
  }

  private static Pattern namesPattern() {
    String alternatives =
        ALL.stream()
            .flatMap(p -> names(p).stream())
            .flatMap(n -> List.of(fold(n), fold(n).toUpperCase(Locale.ROOT)).stream())
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Provinces::namePattern)
            .collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  private static List<String> names(Province p) {
    List<String> out = new ArrayList<>(p.oldNames());
    out.add(p.name());
    return out;
  }

  private static String namePattern(String name) {
    return Arrays.stream(name.split("\\s*-\\s*"))
        .map(part -> Arrays.stream(part.trim().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
        .collect(Collectors.joining("\\s*-\\s*"));
  }
}
