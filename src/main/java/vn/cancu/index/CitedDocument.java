package vn.cancu.index;

import java.util.Objects;

/**
 * A document cited by a clause, reduced to what search needs.
 *
 * @param key the normalised key ("33/CT-TTg", "10/2022/QH15")
 * @param scopedKey the key qualified by province for local documents ("5-CT/TU@ninh-binh"), which
 *     is how the catalogue and the cited-key facet tell them apart
 * @param type the document type name ("CHI_THI", see {@code vn.cancu.cite.DocType})
 * @param number the document number ("33"), or null for documents cited by name only
 */
public record CitedDocument(String key, String scopedKey, String type, String number) {

  public CitedDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(scopedKey, "scopedKey");
    Objects.requireNonNull(type, "type");
  }

  /** Type and number together ("CHI_THI:33"): what a query naming only "chỉ thị 33" matches. */
  public String typeNumber() {
    return number == null ? null : typeNumber(type, number);
  }

  public static String typeNumber(String type, String number) {
    return type + ":" + number;
  }
}
