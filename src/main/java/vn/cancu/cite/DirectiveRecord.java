package vn.cancu.cite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * One cited document after merging every mention of it in the corpus.
 *
 * @param key the official symbol, or the stable name key when no source gives a number
 * @param scope the province slug for local documents, else null
 * @param subject the most frequent complete subject
 * @param variants the distinct ways the corpus writes it ("Chỉ thị số 05/CT-TU", "Chỉ thị số 05-CT/TU")
 * @param mentionCount how many mentions merged
 * @param citedBy where each mention sits
 */
public record DirectiveRecord(
    String key,
    DocType type,
    String number,
    Integer year,
    LocalDate date,
    String issuer,
    String scope,
    String name,
    String subject,
    List<String> variants,
    int mentionCount,
    List<CitingClause> citedBy) {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public DirectiveRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
    citedBy = List.copyOf(citedBy);
  }

  /**
   * By scoped key, which equal records share: the record's own hash walks every citing clause
   * (thousands for a national directive at 10k plans), and records are set members and map keys
   * on every search page and directive page.
   */
  @Override
  public int hashCode() {
    return Objects.hash(key, scope);
  }

  public String scopedKey() {
    return scope == null ? key : key + "@" + scope;
  }

  /** "Chỉ thị số 33/CT-TTg" or, for a document known by name only, its name. */
  public String shortCitation() {
    if (number == null) return name != null ? name : key;
    String head = name != null && (type == DocType.LUAT || type == DocType.BO_LUAT) ? name : type.vietnamese();
    return head + " số " + key;
  }

  /** "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về ..." with what is known. */
  public String standardCitation() {
    StringBuilder b = new StringBuilder(shortCitation());
    if (date != null) b.append(" ngày ").append(date.format(DMY));
    if (issuer != null) b.append(" của ").append(issuer);
    if (subject != null) b.append(' ').append(subject);
    return b.toString();
  }
}
