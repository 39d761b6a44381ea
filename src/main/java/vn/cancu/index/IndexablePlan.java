package vn.cancu.index;

import java.util.List;
import java.util.Objects;

/**
 * What the index holds about one plan (or one document of an external collection): its metadata,
 * repeated on each of its clause documents so every hit can be shown and faceted alone.
 *
 * @param id stable plan id (the source file name without extension, or the JSONL "id")
 * @param type document type word ("Kế hoạch"), or null
 * @param title subject line, "" when unknown
 * @param number the "Số" symbol, or null
 * @param issuer issuing body, or null
 * @param province ASCII province slug, or null
 * @param level issuer level ("trung-uong", "tinh", "xa"), or null
 * @param year issue year, or null
 * @param date ISO issue date, or null
 * @param clauses the plan's clauses in document order
 */
public record IndexablePlan(
    String id,
    String type,
    String title,
    String number,
    String issuer,
    String province,
    String level,
    Integer year,
    String date,
    List<IndexableClause> clauses) {

  public IndexablePlan {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    clauses = List.copyOf(clauses);
  }
}
