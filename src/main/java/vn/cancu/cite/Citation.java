package vn.cancu.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One mention of a document in a text.
 *
 * @param key the official symbol ({@code 33/CT-TTg}); for a document cited by name only, its stable
 *     name key ({@code NQTW4-XI}) or, when no source gives a number, its name
 * @param type the document type
 * @param number the number part of the symbol, or null
 * @param year the year (from the symbol, the date or the name), or null
 * @param date the issue date as written next to the mention, or null
 * @param issuer the issuer as written ("Thủ tướng Chính phủ"), or null
 * @param scope for local documents the province slug ("lang-son"); null for central documents
 *     and in results of {@link CitationFinder}, which has no plan context
 * @param name the document's name when cited by name ("Luật Thực hiện dân chủ ở cơ sở"), or null
 * @param subject the subject after the citation ("về tiếp tục tăng cường ..."), or null
 * @param written the text of the mention as written, whitespace collapsed
 * @param start offset of the mention's first char in the searched text
 * @param end offset after the mention's last char (type word, symbol, date, issuer and subject)
 * @param clause the id of the plan clause holding the mention, or null
 * @param footnote the marker of the footnote holding the mention, or null
 * @param relation basis, implements, details, amends, replaces, repeals or mentions
 * @param flags remarks about how the mention is written
 */
public record Citation(
    String key,
    DocType type,
    String number,
    Integer year,
    LocalDate date,
    String issuer,
    String scope,
    String name,
    String subject,
    String written,
    int start,
    int end,
    String clause,
    Integer footnote,
    String relation,
    List<Flag> flags) {

  public Citation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(relation, "relation");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    flags = List.copyOf(flags);
  }

  /** The key qualified by province for local documents ({@code 5-CT/TU@ninh-binh}), else the key. */
  public String scopedKey() {
    return scope == null ? key : key + "@" + scope;
  }

  public boolean hasFlag(String code) {
    return flags.stream().anyMatch(f -> f.code().equals(code));
  }

  Citation withPlanContext(String scope, String clause, Integer footnote, List<Flag> extraFlags) {
    List<Flag> all = new java.util.ArrayList<>(flags);
    all.addAll(extraFlags);
    return new Citation(key, type, number, year, date, issuer, scope, name, subject, written, start, end,
        clause, footnote, relation, all);
  }
}
