package vn.cancu.document;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a line of a two-column layout flattened by the extractor ("Nơi nhận:      TM. ỦY BAN
 * NHÂN DÂN", "Số: 12/KH-UBND      Cao Bằng, ngày ...") into its cells, left to right.
 */
final class Columns {
  private static final Pattern GAP = Pattern.compile("\\t+|[ \\u00A0]{3,}");

  private Columns() {}

  static List<String> cells(String line) {
    return Arrays.stream(GAP.split(line.strip())).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
