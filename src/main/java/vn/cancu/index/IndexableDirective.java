package vn.cancu.index;

import java.util.List;
import java.util.Objects;

/**
 * A catalogue record (a document cited by plans) as indexed, with its articles when its full text
 * is in the corpus.
 *
 * @param key normalised key ("33/CT-TTg")
 * @param type document type code ("CT")
 * @param citation the standard citation ("Chỉ thị số 33/CT-TTg ngày ... của Thủ tướng Chính phủ")
 * @param subject what it is about, or ""
 * @param issuer issuing body, or null
 * @param year issue year, or null
 * @param variants the ways plans wrote it
 * @param mentionCount how many times plans cite it
 * @param articles its articles, empty when its full text is not in the corpus
 */
public record IndexableDirective(
    String key,
    String type,
    String citation,
    String subject,
    String issuer,
    Integer year,
    List<String> variants,
    int mentionCount,
    List<IndexableArticle> articles) {

  public IndexableDirective {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    citation = citation == null ? key : citation;
    subject = subject == null ? "" : subject;
    variants = List.copyOf(variants);
    articles = List.copyOf(articles);
  }

  /** One article ("Điều 5") of a directive whose full text is in the corpus. */
  public record IndexableArticle(String number, String heading, String text) {
    public IndexableArticle {
      Objects.requireNonNull(number, "number");
      heading = heading == null ? "" : heading;
      text = text == null ? "" : text;
    }
  }
}
