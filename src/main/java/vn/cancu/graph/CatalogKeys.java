package vn.cancu.graph;

import java.util.HashMap;
import java.util.Map;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitingClause;
import vn.cancu.cite.DirectiveRecord;

/**
 * The catalogue key of each mention: the catalogue merges a law cited by name with its numbered
 * mentions ("Luật Tiếp công dân" → 42/2013/QH13), so links and edges use its key, not the mention's.
 */
public final class CatalogKeys {
  private final Map<String, DirectiveRecord> byMention = new HashMap<>();

  public CatalogKeys(Catalog catalog) {
    for (DirectiveRecord r : catalog.records()) {
      for (CitingClause cc : r.citedBy()) byMention.put(cc.planId() + "@" + cc.start(), r);
    }
  }

  /**
   * The catalogue's key for a key met outside a plan (a subject, a title): a name becomes its
   * number; a local key must match exactly, since the catalogue's loose lookup ignores the province.
   */
  static String canonical(Catalog catalog, String scopedKey, boolean local) {
    return catalog.find(scopedKey)
        .map(DirectiveRecord::scopedKey)
        .filter(k -> !local || k.equals(scopedKey))
        .orElse(scopedKey);
  }

  /** The province a scoped key binds ("lang-son" for "320-QĐ/TU@lang-son"), null for a central document. */
  static String scope(String scopedKey) {
    int at = scopedKey.indexOf('@');
    return at < 0 ? null : scopedKey.substring(at + 1);
  }

  /** The scoped catalogue key of a mention in a plan; the mention's own scoped key if not catalogued. */
  public String of(String planId, Citation c) {
    DirectiveRecord r = byMention.get(planId + "@" + c.start());
    return r == null ? c.scopedKey() : r.scopedKey();
  }
}
