package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.cite.KnownDocuments.Known;
import vn.cancu.cite.KnownDocuments.NamedResolution;
import vn.cancu.cite.Tokens.Token;

/**
 * Documents cited without a symbol: laws by name ("Luật Thực hiện dân chủ ở cơ sở năm 2022"),
 * party resolutions by plenum ("Nghị quyết Trung ương 4 (khóa XI, XII)") and congress resolutions
 * with an ordinal ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" → NQĐH-XIII;
 * provincial ones "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII" → NQĐHĐB-XVIII, local; in "Đảng bộ
 * tỉnh Quảng Trị và xã Vĩnh Thủy lần thứ I" the provincial one). Congress resolutions of communes or
 * "các cấp", and without an ordinal, name no single stable document: skipped.
 */
final class NamedDocuments {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Words of a name may be split by hard wraps and blank lines ("Nghị quyết Đại \n\nhội"). */
  private static final String WS = "[\\s\\u00a0]++";
  private static final Pattern PLENUM =
      Pattern.compile(
          ("Nghị quyết\\s++(?:Hội nghị\\s++)?(?:lần thứ\\s++)?(?:Trung ương|TW)\\s++(\\d{1,2})(?![\\d/])"
              + "(?:[\\s,]{0,4}+\\(?\\s*+kh(?:óa|oá)\\s++([IVXL]++(?:\\s*+(?:,|và)\\s*+[IVXL]++)*+)\\s*+\\)?)?")
              .replace(" ", WS),
          FLAGS);
  private static final Pattern CONGRESS =
      Pattern.compile(
          ("Nghị quyết\\s++Đại hội\\s++(?:đại biểu\\s++)?(?:(toàn quốc|Đảng toàn quốc)\\s++|(Đảng bộ tỉnh)"
              + "(?:\\s++(?-i:\\p{Lu})\\p{L}*+){0,3}+"
              + "(?:\\s++và\\s++(?:xã|phường|huyện|thị trấn)(?:\\s++(?-i:\\p{Lu})\\p{L}*+){1,3}+)?\\s++)?lần thứ\\s++([IVXL]++)(?![\\p{L}])(\\s++của Đảng)?")
              .replace(" ", WS),
          FLAGS);
  private static final Pattern YEAR = Pattern.compile("[\\s\\u00a0]*+(?:năm\\s++)?((?:19|20)\\d\\d)(?!\\d)", FLAGS);
  private static final Set<String> NAME_STOPS =
      Set.of("số", "năm", "ngày", "của", "đã", "được", "này", "có", "các", "về", "để", "theo",
          "trong", "quy", "sửa", "hướng", "thì", "phải", "với", "cho", "do", "là", "nhằm", "gồm", "khi", "từ",
          "đến", "hoặc", "mà", "như", "tại", "ban", "thi", "bảo", "đối", "trên", "sau", "trước", "làm", "nếu",
          "không", "cũng", "vẫn", "sẽ", "bị", "hết", "nay", "đang");
  private static final int MAX_NAME_WORDS = 9;

  private NamedDocuments() {}

  static List<Draft> find(CharSequence text) {
    String s = text.toString();
    List<Draft> out = new ArrayList<>();
    Matcher plenum = PLENUM.matcher(s);
    Matcher congress = CONGRESS.matcher(s);
    for (int[] a : anchors(s)) {
      if (a[1] == RESOLUTION) {
        plenum.region(a[0], s.length());
        congress.region(a[0], s.length());
        if (plenum.lookingAt()) plenum(plenum, out);
        else if (congress.lookingAt()) congress(congress, out);
        continue;
      }
      Draft d = law(s, a[0], LAW_TYPES[a[1]]);
      if (d != null) out.add(d);
    }
    return out;
  }

  private static final int RESOLUTION = 3;
  private static final DocType[] LAW_TYPES = {DocType.LUAT, DocType.BO_LUAT, DocType.HIEN_PHAP};

  /**
   * Where "Luật", "Bộ luật", "Hiến pháp" and "Nghị quyết" start a word, found with indexOf (fast):
   * pairs of (offset, kind) in text order; kind indexes LAW_TYPES, or RESOLUTION.
   */
  private static List<int[]> anchors(String s) {
    List<int[]> out = new ArrayList<>();
    for (int i = s.indexOf("Luật"); i >= 0; i = s.indexOf("Luật", i + 4)) {
      if (!wordStart(s, i) || !spaceAt(s, i + 4)) continue;
      int bo = boBefore(s, i);
      out.add(bo >= 0 ? new int[] {bo, 1} : new int[] {i, 0});
    }
    for (int i = s.indexOf("luật"); i >= 0; i = s.indexOf("luật", i + 4)) {
      int bo = boBefore(s, i);
      if (bo >= 0 && spaceAt(s, i + 4)) out.add(new int[] {bo, 1});
    }
    for (int i = s.indexOf("Hiến"); i >= 0; i = s.indexOf("Hiến", i + 4)) {
      if (wordStart(s, i) && wordAfter(s, i + 4, "pháp")) out.add(new int[] {i, 2});
    }
    for (int i = s.indexOf("Nghị"); i >= 0; i = s.indexOf("Nghị", i + 4)) {
      if (wordStart(s, i) && wordAfter(s, i + 4, "quyết")) out.add(new int[] {i, RESOLUTION});
    }
    out.sort((x, y) -> Integer.compare(x[0], y[0]));
    return out;
  }

  private static boolean wordStart(String s, int i) {
    return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
  }

  private static boolean spaceAt(String s, int i) {
    return i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0');
  }

  /** The offset of "Bộ" in "Bộ luật" / "Bộ \nLuật" before offset i, or -1. */
  private static int boBefore(String s, int i) {
    int j = i - 1;
    while (j >= 0 && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u00a0')) j--;
    if (j == i - 1 || j < 1 || s.charAt(j) != 'ộ' || s.charAt(j - 1) != 'B' || !wordStart(s, j - 1)) return -1;
    return j - 1;
  }

  /** Whether whitespace then {@code word} follows offset i. */
  private static boolean wordAfter(String s, int i, String word) {
    int j = i;
    while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u00a0')) j++;
    return j > i && s.startsWith(word, j);
  }

  private static void plenum(Matcher m, List<Draft> out) {
    int n = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      Draft d = new Draft("NQTW" + n, DocType.NGHI_QUYET, m.start(), m.end());
      d.name = Preamble.collapse(m.group());
      d.flags.add(new Flag("term-missing", "plenum " + n + " without its term (khóa): several resolutions match"));
      out.add(d);
      return;
    }
    for (String term : m.group(2).split("\\s*(?:,|và)\\s*")) {
      String key = KnownDocuments.resolution(n, term).map(NamedResolution::key).orElse("NQTW" + n + "-" + term);
      Draft d = new Draft(key, DocType.NGHI_QUYET, m.start(), m.end());
      d.name = "Nghị quyết Trung ương " + n + " (khóa " + term + ")";
      KnownDocuments.resolution(n, term).ifPresent(r -> d.year = r.date().getYear());
      out.add(d);
    }
  }

  private static void congress(Matcher m, List<Draft> out) {
    boolean national = m.group(1) != null || m.group(4) != null;
    boolean provincial = m.group(2) != null;
    if (!national && !provincial) return;
    String prefix = national ? "NQĐH-" : "NQĐHĐB-";
    Draft d = new Draft(prefix + m.group(3).toUpperCase(), DocType.NGHI_QUYET, m.start(), m.end());
    d.name = Preamble.collapse(m.group());
    out.add(d);
  }

  /** A law, code or constitution by name: a known name, else capitalised words up to a stop word. */
  private static Draft law(CharSequence text, int s, DocType type) {
    List<Token> t = Tokens.of(text, s, Math.min(text.length(), s + 200), 20);
    int typeWords = type == DocType.LUAT ? 1 : 2;
    if (t.size() <= typeWords) return null;
    int nameEnd = knownNameEnd(t, typeWords);
    boolean verified = nameEnd >= 0;
    if (type == DocType.HIEN_PHAP) {
      nameEnd = typeWords - 1;
    } else if (!verified) {
      Token first = t.get(typeWords);
      if (!first.isWord() || !startsUpper(first) || first.lower().equals("số") || first.lower().equals("này")) {
        return null;
      }
      nameEnd = typeWords;
      while (nameEnd + 1 < t.size() && nameEnd + 1 - typeWords < MAX_NAME_WORDS) {
        Token next = t.get(nameEnd + 1);
        if (!next.isWord() || next.isNumber() || NAME_STOPS.contains(next.lower())) break;
        // "Luật Bảo vệ và phát triển rừng" goes on; "Luật Khiếu nại và Luật Tố cáo", "... và các" stop.
        if (next.lower().equals("và") && (nameEnd + 2 >= t.size() || !t.get(nameEnd + 2).isWord()
            || startsUpper(t.get(nameEnd + 2)) || NAME_STOPS.contains(t.get(nameEnd + 2).lower()))) {
          break;
        }
        nameEnd++;
      }
    }
    int end = t.get(nameEnd).end();
    String name = Preamble.collapse(text.subSequence(s, end));
    Matcher y = YEAR.matcher(text).useTransparentBounds(true);
    y.region(end, Math.min(text.length(), end + 12));
    Integer year = null;
    if (y.lookingAt()) {
      year = Integer.parseInt(y.group(1));
      end = y.end();
    }
    if (type == DocType.HIEN_PHAP && year == null) return null;
    Draft d = new Draft(type == DocType.HIEN_PHAP ? "Hiến pháp " + year : name, type, s, end);
    d.name = name;
    d.year = year;
    if (!verified && type != DocType.HIEN_PHAP) {
      d.flags.add(new Flag("name-unverified", "law name read up to a stop word: " + name));
    }
    return d;
  }

  private static boolean startsUpper(Token t) {
    return Character.isUpperCase(t.text().charAt(0));
  }

  /** Index of the last token of the longest known name starting at token 0, or -1. */
  private static int knownNameEnd(List<Token> t, int typeWords) {
    StringBuilder b = new StringBuilder();
    int best = -1;
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.text().equals(",")) {
        b.append(',');
        continue;
      }
      if (!tok.isWord()) break;
      if (b.length() > 0) b.append(' ');
      b.append(tok.lower());
      String folded = b.toString();
      if (!KnownDocuments.isNamePrefix(folded)) break;
      if (i >= typeWords && !KnownDocuments.versionsFolded(folded).isEmpty()) best = i;
    }
    return best;
  }

  /**
   * Resolves a named law's key from its known versions and flags a contradicting year. Without a
   * year, a name with several versions resolves only given the citing document's year ({@code
   * asOfYear}: the latest version not after it); otherwise it keeps its name as key.
   */
  static void resolve(Draft d, Integer dateYear, Integer asOfYear) {
    if (d.type != DocType.LUAT && d.type != DocType.BO_LUAT) return;
    List<Known> versions = KnownDocuments.versions(d.name);
    if (versions.isEmpty()) return;
    Integer year = d.year != null ? d.year : dateYear;
    if (year == null) {
      if (versions.size() == 1) {
        apply(d, versions.get(0));
      } else if (asOfYear == null) {
        d.flags.add(new Flag("version-ambiguous", d.name + " without a year; known versions: " + versionList(versions)));
      } else {
        Known pick = versions.get(versions.size() - 1);
        for (Known k : versions) if (k.year() <= asOfYear) pick = k;
        d.flags.add(new Flag("version-assumed",
            d.name + " without a year read as " + pick.key() + " in force in " + asOfYear + "; known versions: "
                + versionList(versions)));
        apply(d, pick);
      }
      return;
    }
    for (Known k : versions) {
      if (k.year() == year) {
        apply(d, k);
        return;
      }
    }
    d.flags.add(new Flag("year-contradicts",
        "written " + d.name + " năm " + year + "; known versions: " + versionList(versions)));
    if (versions.size() == 1) apply(d, versions.get(0));
  }

  private static String versionList(List<Known> versions) {
    return String.join(", ", versions.stream().map(k -> k.key() + " (" + k.year() + ")").toList());
  }

  private static void apply(Draft d, Known k) {
    d.key = k.key();
    d.number = k.key().substring(0, k.key().indexOf('/'));
    d.year = k.year();
  }
}
