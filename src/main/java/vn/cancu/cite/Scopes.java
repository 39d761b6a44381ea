package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;
import vn.cancu.text.Slugs;

/**
 * Local or central, and which province: a local document ({@code /TU}, {@code UBND}, {@code MTTQ}...)
 * belongs to the province its mention names ("của UBND tỉnh Quảng Trị"), else to the citing plan's.
 * Central documents have scope null.
 */
public final class Scopes {
  /** Folded province names, longest first ("thừa thiên huế" before "huế"). */
  private static final List<String[]> PROVINCES = new ArrayList<>();

  static {
    for (String[] r : Tsv.read("provinces.tsv")) PROVINCES.add(new String[] {Fold.fold(r[0]), slug(r[0])});
    PROVINCES.sort((a, b) -> b[0].length() - a[0].length());
  }

  private Scopes() {}

  /** Whether the document a key names is local. */
  public static boolean isLocal(String key) {
    if (key.startsWith("NQĐHĐB-")) return true;
    int slash = key.indexOf('/');
    if (slash < 0) return false; // names, NQTW, NQĐH: central
    String head = key.substring(0, slash);
    if (head.contains("-")) return Orgs.isLocal(key.substring(slash + 1), true); // party N-T/ORG
    String rest = key.substring(slash + 1);
    if (rest.matches("(?:19|20)\\d\\d/.*")) rest = rest.substring(5); // normative
    if (rest.matches("(?i)QH\\d+")) return false;
    int dash = rest.indexOf('-');
    if (dash < 0) return Orgs.isLocal(rest, false);
    String type = rest.substring(0, dash);
    String org = DocType.ofCode(type).isPresent() ? rest.substring(dash + 1) : rest;
    return Orgs.isLocal(org, false);
  }

  /** The province slug named in an issuer ("UBND tỉnh Quảng Trị" → quang-tri), or null. */
  public static String provinceIn(String issuer) {
    if (issuer == null) return null;
    String f = Fold.fold(issuer);
    for (String[] p : PROVINCES) {
      int i = f.indexOf(p[0]);
      if (i >= 0 && (i == 0 || !Character.isLetter(f.charAt(i - 1)))
          && (i + p[0].length() == f.length() || !Character.isLetter(f.charAt(i + p[0].length())))) {
        return p[1];
      }
    }
    return null;
  }

  /** ASCII slug: "Lạng Sơn" → "lang-son" (see {@link Slugs}). */
  public static String slug(String name) {
    return Slugs.of(name);
  }
}
