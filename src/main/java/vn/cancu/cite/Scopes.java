package vn.cancu.cite;

import vn.cancu.document.Provinces;

/**
 * Local or central, and which province: a local document ({@code /TU}, {@code UBND}, {@code MTTQ}...)
 * belongs to the province its mention names ("của UBND tỉnh Quảng Trị"), else to the citing plan's.
 * Central documents have scope null.
 */
public final class Scopes {
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

  /**
   * The slug of the province named in an issuer ("UBND tỉnh Quảng Trị" → quang-tri), or null. A name
   * from before the 2025 merger gives its successor ("Tỉnh ủy Quảng Bình" → quang-tri): that is where
   * the document is kept and findable now (see {@link Provinces}).
   */
  public static String provinceIn(String issuer) {
    return issuer == null ? null : Provinces.slugOf(issuer).orElse(null);
  }
}
