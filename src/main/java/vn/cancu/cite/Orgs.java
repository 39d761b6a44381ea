package vn.cancu.cite;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Organ codes found in symbols (cite/orgs.tsv). Party and state codes are looked up separately since
 * some collide (BTC: party Ban Tổ chức, state Bộ Tài chính).
 */
final class Orgs {
  enum Kind {
    PARTY_CENTRAL,
    PARTY_LOCAL,
    CENTRAL,
    LOCAL
  }

  private static final Map<String, Kind> PARTY = new HashMap<>();
  private static final Map<String, Kind> STATE = new HashMap<>();
  /** Upper-case form → spelling in the table ("TTG" → "TTg"). */
  private static final Map<String, String> SPELLING = new HashMap<>();

  static {
    for (String[] row : Tsv.read("orgs.tsv")) {
      Kind kind = Kind.valueOf(row[1].toUpperCase(Locale.ROOT).replace('-', '_'));
      String upper = upper(row[0]);
      (kind == Kind.PARTY_CENTRAL || kind == Kind.PARTY_LOCAL ? PARTY : STATE).put(upper, kind);
      SPELLING.putIfAbsent(upper, row[0]);
    }
  }

  private Orgs() {}

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static Kind party(String code) {
    return PARTY.get(upper(code));
  }

  static Kind state(String code) {
    String u = upper(code);
    if (u.length() >= 3 && u.length() <= 4 && u.startsWith("QH") && Character.isDigit(u.charAt(2))
        && Character.isDigit(u.charAt(u.length() - 1))) {
      return Kind.CENTRAL;
    }
    return STATE.get(u);
  }

  static boolean isPartyOrg(String code) {
    return party(code) != null;
  }

  /** The canonical spelling of a known code ("ttg" → "TTg"), else the code upper-cased. */
  static String spell(String code) {
    String u = upper(code);
    return SPELLING.getOrDefault(u, u);
  }

  /** Whether documents of this organ are local (need a province scope). Unknown codes count as local. */
  static boolean isLocal(String org, boolean partyFamily) {
    String first = org.split("-")[0];
    Kind k = partyFamily ? party(first) : state(first);
    if (k == null) k = partyFamily ? state(first) : party(first);
    return k == null || k == Kind.LOCAL || k == Kind.PARTY_LOCAL;
  }
}
