package vn.cancu.cite;

import java.util.List;
import java.util.Objects;

/**
 * A document symbol in its official form.
 *
 * @param key the official symbol, leading zeros dropped: {@code 5-CT/TU}, {@code 33/CT-TTg},
 *     {@code 59/2023/NĐ-CP}, {@code 10/2022/QH15}
 * @param family which numbering family the key follows
 * @param number the number without leading zeros ("5")
 * @param year the year inside a normative symbol, else null
 * @param typeCode the type code in the symbol ("CT"), or null for laws ("QH15")
 * @param org the issuing organ code(s) ("TU", "TTg", "UBND", "MTTQ-BTT", "QH15")
 * @param flags differences between the written and the official form
 */
public record NormalizedSymbol(
    String key, Family family, String number, Integer year, String typeCode, String org, List<Flag> flags) {

  /** Party {@code N-TYPE/ORG}, administrative {@code N/TYPE-ORG}, normative {@code N/YEAR/TYPE-ORG}. */
  public enum Family {
    PARTY,
    ADMINISTRATIVE,
    NORMATIVE
  }

  public NormalizedSymbol {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(family, "family");
    flags = List.copyOf(flags);
  }
}
