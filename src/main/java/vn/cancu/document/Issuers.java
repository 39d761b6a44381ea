package vn.cancu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issuing bodies: formatting header lines ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN" → "UBND tỉnh Lạng
 * Sơn"), inferring the issuer from the enacting sentence when the header lacks it ("UBND xã ban
 * hành Kế hoạch ... trên địa bàn xã Đình Lập" → "UBND xã Đình Lập"), and the issuer's level.
 */
final class Issuers {
  private static final String UNIT = "tỉnh|thành phố|xã|phường|đặc khu|huyện|quận|thị xã";
  // "TỈNH LẠNG SƠN", not "TỈNH ỦY LẠNG SƠN" (a party committee: see PARTY).
  private static final Pattern UNIT_CAPS =
      Pattern.compile(
          "(?:^|\\s)(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ)(?!\\s+(?:ỦY|UỶ)(?:\\s|$))\\s+(.+)$");
  private static final Pattern PARTY = Pattern.compile("(TỈNH|THÀNH|HUYỆN|ĐẢNG) (?:ỦY|UỶ)\\s+(.+)");
  private static final Pattern BODY_ONLY =
      Pattern.compile("(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|BAN CHỈ ĐẠO.*|ĐẢNG ỦY");
  private static final Pattern LONG_NAMES =
      Pattern.compile("(?:Ủy|Uỷ|ỦY|UỶ) ban nhân dân|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN");
  private static final Pattern LONG_COUNCIL = Pattern.compile("Hội đồng nhân dân|HỘI ĐỒNG NHÂN DÂN");
  // "...; UBND tỉnh ban hành Kế hoạch", ", Ủy ban nhân dân tỉnh Ninh Bình xây dựng kế hoạch".
  private static final Pattern ENACTING =
      Pattern.compile(
          "(?:^|[;,.:]\\s*)((?:UBND|(?:Ủy|Uỷ) ban nhân dân|HĐND|Hội đồng nhân dân|Ban|Sở|Đảng ủy|Đảng uỷ"
              + "|Ban Thường vụ|Thường trực)[^;,.:]{0,120}?)\\s+(?:ban hành|xây dựng)\\s+"
              + "(?:Kế hoạch|kế hoạch|Chương trình|chương trình|Quyết định|Hướng dẫn|Đề án)");
  private static final Pattern BARE_UNIT = Pattern.compile("(?:^|\\s)(" + UNIT + ")$");
  private static final Pattern CENTRAL =
      Pattern.compile(
          "Chính phủ|Thủ tướng|Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương"
              + "|^Bộ |^BỘ ");

  private static final Set<String> ACRONYMS = Set.of("UBND", "HĐND", "MTTQ", "BCĐ", "TW");

  private Issuers() {}

  /**
   * Bodies named in header capitals lines, outermost first: ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
   * gives ["UBND tỉnh Lạng Sơn"]; ["UBND TỈNH LẠNG SƠN", "UBND XÃ ĐÌNH LẬP"] gives both.
   */
  static List<String> fromHeaderLines(List<String> capsLines) {
    List<String> bodies = new ArrayList<>();
    String pending = null;
    for (String raw : capsLines) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (line.isEmpty()) continue;
      if (pending != null && UNIT_CAPS.matcher(" " + line).lookingAt()) {
        bodies.add(format(pending + " " + line));
        pending = null;
      } else if (BODY_ONLY.matcher(line).matches()) {
        if (pending != null) bodies.add(format(pending));
        pending = line;
      } else {
        if (pending != null) bodies.add(format(pending));
        pending = null;
        bodies.add(format(line));
      }
    }
    if (pending != null) bodies.add(format(pending));
    return bodies;
  }

  /** "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "UBND tỉnh Lạng Sơn"; other words as a sentence. */
  static String format(String caps) {
    String s = LONG_COUNCIL.matcher(LONG_NAMES.matcher(caps).replaceAll("UBND")).replaceAll("HĐND");
    Matcher party = PARTY.matcher(s);
    if (party.matches()) {
      String rest = party.group(2);
      String where = UNIT_CAPS.matcher(" " + rest).lookingAt() ? format(rest) : properName(rest);
      return titleCase(party.group(1)) + " ủy " + where;
    }
    Matcher unit = UNIT_CAPS.matcher(s);
    String head = s;
    String place = "";
    if (unit.find()) {
      head = s.substring(0, unit.start()).strip();
      place = unit.group(1).toLowerCase(Locale.ROOT) + " " + properName(unit.group(2));
    }
    return (sentenceCase(head) + " " + place).strip();
  }

  private static String sentenceCase(String caps) {
    List<String> out = new ArrayList<>();
    for (String word : caps.split(" ")) {
      if (word.isEmpty()) continue;
      if (ACRONYMS.contains(word)) out.add(word);
      else if (out.isEmpty()) out.add(titleCase(word));
      else out.add(word.toLowerCase(Locale.ROOT));
    }
    return String.join(" ", out);
  }

  /** A place name in capitals as usually written: "LẠNG SƠN" → "Lạng Sơn". */
  static String properName(String caps) {
    String name = caps.strip();
    return Provinces.properName(name).orElseGet(() -> titleCase(name));
  }

  static String titleCase(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : s.toLowerCase(Locale.ROOT).split(" ")) {
      if (word.isEmpty()) continue;
      if (!out.isEmpty()) out.append(' ');
      out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
          .append(word.substring(Character.charCount(word.codePointAt(0))));
    }
    return out.toString();
  }

  /**
   * The body named as subject of the enacting sentence ("UBND tỉnh ban hành Kế hoạch"), completed
   * with the place name when it ends with a bare unit word ("tỉnh", "xã").
   *
   * @param paragraphs preamble paragraphs, in order
   * @param placeSources texts to look for "xã Đình Lập" / "tỉnh Lạng Sơn" in, in order of trust
   */
  static Optional<String> fromEnacting(List<String> paragraphs, List<String> placeSources) {
    for (String p : paragraphs) {
      Matcher m = ENACTING.matcher(p);
      if (!m.find()) continue;
      String subject = normalizeLong(m.group(1).strip());
      Matcher bare = BARE_UNIT.matcher(subject);
      if (bare.find()) {
        Optional<String> name = placeName(bare.group(1), placeSources);
        if (name.isPresent()) return Optional.of(subject + " " + name.get());
      }
      return Optional.of(subject);
    }
    return Optional.empty();
  }

  private static String normalizeLong(String s) {
    return LONG_COUNCIL.matcher(LONG_NAMES.matcher(s).replaceAll("UBND")).replaceAll("HĐND");
  }

  /** The name after the first "unit Name" in the sources: "xã" + "...địa bàn xã Đình Lập" → "Đình Lập". */
  static Optional<String> placeName(String unit, List<String> sources) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}])" + Pattern.quote(unit) + "\\s+(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3})");
    for (String source : sources) {
      if (source == null) continue;
      Matcher m = p.matcher(source);
      if (m.find()) return Optional.of(m.group(1));
    }
    return Optional.empty();
  }

  /** "xa" for communes and wards, "tinh" for provinces and cities, "trung-uong" for central bodies. */
  static String level(String issuer) {
    if (issuer == null) return null;
    String lower = " " + issuer.toLowerCase(Locale.ROOT) + " ";
    if (lower.matches(".*\\s(xã|phường|đặc khu)\\s.*")) return "xa";
    if (lower.matches(".*\\s(tỉnh|thành phố|tỉnh ủy|tỉnh uỷ)\\s.*")) return "tinh";
    if (CENTRAL.matcher(issuer).find()) return "trung-uong";
    return null;
  }
}
