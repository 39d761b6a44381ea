package vn.cancu.index;

import java.util.Objects;

/**
 * A document cited by a clause, reduced to what search needs.
 *
 * @param key the normalised key ("33/CT-TTg", "10/2022/QH15")
 * @param type the document type code ("CT", "NQ", "ND", "LUAT"...)
 * @param number the document number as a string ("33"), or null for unnumbered laws
 */
public record CitedDocument(String key, String type, String number) {

  public CitedDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
  }

  /** Type and number together ("CT:33"): what a query naming only "chỉ thị 33" can match. */
  public String typeNumber() {
    return number == null ? null : typeNumber(type, number);
  }

  public static String typeNumber(String type, String number) {
    return type + ":" + number;
  }
}
