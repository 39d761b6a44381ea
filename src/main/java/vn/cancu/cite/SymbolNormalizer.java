package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.cite.NormalizedSymbol.Family;

/**
 * Maps a symbol as written to its official key and flags the differences. Official forms follow
 * Nghị định 30/2020/NĐ-CP (state: {@code N/TYPE-ORG}, normative {@code N/YEAR/TYPE-ORG}) and Hướng
 * dẫn 36-HD/VPTW (party: {@code N-TYPE/ORG}). Writers mix them: {@code 25/NQ-TW} is the party
 * resolution {@code 25-NQ/TW}; {@code 14/CTTTg} is {@code 14/CT-TTg}; {@code ND-CP} lacks the đ.
 */
public final class SymbolNormalizer {
  private static final String SEG = "[\\p{L}\\d]+";
  private static final Pattern NORMATIVE =
      Pattern.compile("(\\d{1,5})/((?:19|20)\\d\\d)/(" + SEG + "(?:-" + SEG + ")*)");
  private static final Pattern PARTY =
      Pattern.compile("(\\d{1,5})-(\\p{L}+)/(" + SEG + "(?:-" + SEG + ")*)");
  private static final Pattern ADMIN = Pattern.compile("(\\d{1,5})/(" + SEG + "(?:-" + SEG + ")*)");
  private static final Pattern DASH = Pattern.compile("(\\d{1,5})-(\\p{L}+)");
  private static final Pattern LAW_ORG = Pattern.compile("QH\\d{1,2}", Pattern.CASE_INSENSITIVE);

  /** Normalises a written symbol; empty when it is not a document symbol (a form code, a ratio). */
  public Optional<NormalizedSymbol> normalize(String written, DocType typeHint) {
    String s = compact(written);
    List<Flag> flags = new ArrayList<>();
    Matcher m;
    NormalizedSymbol out = null;
    if ((m = NORMATIVE.matcher(s)).matches()) {
      out = normative(m, flags);
    } else if ((m = PARTY.matcher(s)).matches()) {
      out = party(s, m.group(1), m.group(2), m.group(3), flags);
    } else if ((m = ADMIN.matcher(s)).matches()) {
      out = admin(s, m.group(1), m.group(2), typeHint, flags);
    } else if ((m = DASH.matcher(s)).matches()) {
      out = dash(s, m.group(1), m.group(2), typeHint, flags);
    }
    if (out == null) return Optional.empty();
    if (typeHint != null && out.typeCode() != null) checkType(out, typeHint, flags);
    return Optional.of(
        new NormalizedSymbol(out.key(), out.family(), out.number(), out.year(), out.typeCode(), out.org(), flags));
  }

  /** Whitespace removed (symbols are split by hard wraps: "43-\nKL/TW"), ð read as đ. */
  static String compact(String written) {
    StringBuilder b = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') continue;
      b.append(c == 'ð' ? 'đ' : c == 'Ð' ? 'Đ' : c);
    }
    return b.toString();
  }

  private NormalizedSymbol normative(Matcher m, List<Flag> flags) {
    String n = number(m.group(1), flags);
    int year = Integer.parseInt(m.group(2));
    String code = m.group(3);
    if (LAW_ORG.matcher(code).matches()) {
      String org = code.toUpperCase(Locale.ROOT);
      caseFlag(code, org, flags);
      return new NormalizedSymbol(n + "/" + year + "/" + org, Family.NORMATIVE, n, year, null, org, flags);
    }
    String[] segs = code.split("-");
    String type = typeCode(segs[0], flags);
    if (type == null) return null;
    String org = orgs(segs, 1, false, flags);
    String key = n + "/" + year + "/" + type + (org.isEmpty() ? "" : "-" + org);
    return new NormalizedSymbol(key, Family.NORMATIVE, n, year, type, org, flags);
  }

  private NormalizedSymbol party(String s, String num, String typeWritten, String orgWritten, List<Flag> flags) {
    String n = number(num, flags);
    String type = typeCode(typeWritten, flags);
    if (type == null) return null;
    String[] segs = orgWritten.split("-");
    String org = orgs(segs, 0, true, flags);
    if (!Orgs.isPartyOrg(segs[0]) && Orgs.state(segs[0]) != null) {
      String key = n + "/" + type + "-" + org;
      flags.add(new Flag("nonstandard-symbol", "written " + s + ", official form " + key));
      return new NormalizedSymbol(key, Family.ADMINISTRATIVE, n, null, type, org, flags);
    }
    return new NormalizedSymbol(n + "-" + type + "/" + org, Family.PARTY, n, null, type, org, flags);
  }

  private NormalizedSymbol admin(String s, String num, String code, DocType hint, List<Flag> flags) {
    String[] segs = code.split("-");
    if (LAW_ORG.matcher(segs[0]).matches()) return null;
    List<Flag> typeFlags = new ArrayList<>();
    String type = typeCode(segs[0], typeFlags);
    if (type != null && segs.length >= 2) {
      String n = number(num, flags);
      flags.addAll(typeFlags);
      if (segs.length == 2 && Orgs.isPartyOrg(segs[1]) && Orgs.state(segs[1]) == null) {
        String org = orgs(segs, 1, true, flags);
        String key = n + "-" + type + "/" + org;
        flags.add(new Flag("nonstandard-symbol", "written " + s + ", official form " + key));
        return new NormalizedSymbol(key, Family.PARTY, n, null, type, org, flags);
      }
      String org = orgs(segs, 1, false, flags);
      return new NormalizedSymbol(n + "/" + type + "-" + org, Family.ADMINISTRATIVE, n, null, type, org, flags);
    }
    if (segs.length == 1) return joined(s, num, segs[0], hint, flags);
    // Công văn style "123/UBND-VX": organ and unit, no type code.
    if (Orgs.state(segs[0]) == null && hint == null) return null;
    if (Orgs.state(segs[0]) == null && Orgs.party(segs[0]) == null && !fromAsciiD(segs[0])) return null;
    String n = number(num, flags);
    String org = orgs(segs, 0, false, flags);
    return new NormalizedSymbol(n + "/" + org, Family.ADMINISTRATIVE, n, null, null, org, flags);
  }

  /** "14/CTTTg": type code and organ written without the hyphen. */
  private NormalizedSymbol joined(String s, String num, String seg, DocType hint, List<Flag> flags) {
    for (DocType t : DocType.values()) {
      for (String c : t.codes()) {
        if (seg.length() > c.length() && seg.regionMatches(true, 0, c, 0, c.length())) {
          String rest = seg.substring(c.length());
          if (Orgs.state(rest) != null) {
            String n = number(num, flags);
            String key = n + "/" + c + "-" + Orgs.spell(rest);
            flags.add(new Flag("nonstandard-symbol", "written " + s + ", official form " + key));
            return new NormalizedSymbol(key, Family.ADMINISTRATIVE, n, null, c, Orgs.spell(rest), flags);
          }
        }
      }
    }
    return missingType(s, num, seg, hint, flags);
  }

  /** "Chỉ thị số 26-TTg": the type code is missing; the type word supplies it. */
  private NormalizedSymbol dash(String s, String num, String seg, DocType hint, List<Flag> flags) {
    return missingType(s, num, seg, hint, flags);
  }

  private NormalizedSymbol missingType(String s, String num, String seg, DocType hint, List<Flag> flags) {
    if (hint == null || hint.code() == null || Orgs.state(seg) == null) return null;
    String n = number(num, flags);
    String org = Orgs.spell(seg);
    String key = n + "/" + hint.code() + "-" + org;
    flags.add(new Flag("nonstandard-symbol", "written " + s + ", official form " + key));
    return new NormalizedSymbol(key, Family.ADMINISTRATIVE, n, null, hint.code(), org, flags);
  }

  private static String number(String written, List<Flag> flags) {
    int z = 0;
    while (z < written.length() - 1 && written.charAt(z) == '0') z++;
    String n = written.substring(z);
    if (!n.equals(written)) flags.add(new Flag("leading-zero", "written " + written + ", number " + n));
    return n;
  }

  /** The canonical type code for a written one, fixing case and a missing đ; null when unknown. */
  private static String typeCode(String written, List<Flag> flags) {
    String known = knownTypeCode(written);
    if (known != null) {
      caseFlag(written, known, flags);
      return known;
    }
    for (String v : withD(written)) {
      known = knownTypeCode(v);
      if (known != null) {
        flags.add(new Flag("ascii-d", "written " + written + ", official form " + known));
        return known;
      }
    }
    return null;
  }

  private static String knownTypeCode(String written) {
    return DocType.ofCode(written).map(t -> spelling(t, written)).orElse(null);
  }

  private static String spelling(DocType t, String written) {
    for (String c : t.codes()) if (c.equalsIgnoreCase(written)) return c;
    return t.code();
  }

  private static String orgs(String[] segs, int from, boolean party, List<Flag> flags) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < segs.length; i++) {
      if (b.length() > 0) b.append('-');
      b.append(org(segs[i], party, flags));
    }
    return b.toString();
  }

  private static String org(String written, boolean party, List<Flag> flags) {
    if (known(written)) {
      String spelled = Orgs.spell(written);
      caseFlag(written, spelled, flags);
      return spelled;
    }
    for (String v : withD(written)) {
      if (known(v)) {
        String spelled = Orgs.spell(v);
        flags.add(new Flag("ascii-d", "written " + written + ", official form " + spelled));
        return spelled;
      }
    }
    return written.toUpperCase(Locale.ROOT);
  }

  private static boolean known(String code) {
    return Orgs.state(code) != null || Orgs.party(code) != null;
  }

  private static boolean fromAsciiD(String code) {
    return withD(code).stream().anyMatch(SymbolNormalizer::known);
  }

  /** Spellings with some ASCII D read as Đ ("ND" → "NĐ", "BGDDT" → "BGDĐT"). */
  private static List<String> withD(String code) {
    String u = code.toUpperCase(Locale.ROOT);
    List<Integer> ds = new ArrayList<>();
    for (int i = 0; i < u.length(); i++) if (u.charAt(i) == 'D') ds.add(i);
    List<String> out = new ArrayList<>();
    if (ds.isEmpty() || ds.size() > 3) return out;
    for (int mask = 1; mask < (1 << ds.size()); mask++) {
      char[] c = u.toCharArray();
      for (int j = 0; j < ds.size(); j++) if ((mask & (1 << j)) != 0) c[ds.get(j)] = 'Đ';
      out.add(new String(c));
    }
    return out;
  }

  private static void caseFlag(String written, String official, List<Flag> flags) {
    if (!written.equals(official) && written.equalsIgnoreCase(official)) {
      flags.add(new Flag("code-case", "written " + written + ", official form " + official));
    }
  }

  private static void checkType(NormalizedSymbol s, DocType hint, List<Flag> flags) {
    DocType byCode = DocType.ofCode(s.typeCode()).orElse(null);
    if (byCode == null || byCode == hint || hint.codes().contains(s.typeCode())) return;
    if (hint == DocType.CONG_VAN || hint == DocType.OTHER) return;
    flags.add(new Flag("type-mismatch",
        "type word " + hint.vietnamese() + " but symbol code " + s.typeCode() + " (" + byCode.vietnamese() + ")"));
  }
}
