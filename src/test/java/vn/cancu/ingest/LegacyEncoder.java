package vn.cancu.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Test helper: writes Unicode Vietnamese the way a TCVN3 or VNI font document stores it, using the
 * same tables as the decoder read backwards, so fixtures are generated rather than stored as blobs.
 */
final class LegacyEncoder {

  private final Map<String, String> toLegacy = new HashMap<>();
  private final boolean capitalsAsLowerCase;

  private LegacyEncoder(String resource, boolean capitalsAsLowerCase) {
    for (String[] row : ResourceTables.rows(resource)) {
      toLegacy.put(row[1], row[0]);
    }
    this.capitalsAsLowerCase = capitalsAsLowerCase;
  }

  /** TCVN3 has no capitals with tones: .VnTimeH draws the lower-case codes as capitals. */
  static LegacyEncoder tcvn3() {
    return new LegacyEncoder("tcvn3.tsv", true);
  }

  static LegacyEncoder vni() {
    return new LegacyEncoder("vni.tsv", false);
  }

  String encode(String unicode) {
    StringBuilder out = new StringBuilder();
    Normalizer.normalize(unicode, Normalizer.Form.NFC)
        .codePoints()
        .forEach(cp -> out.append(encodeLetter(Character.toString(cp))));
    return out.toString();
  }

  private String encodeLetter(String letter) {
    String legacy = toLegacy.get(letter);
    if (legacy == null && capitalsAsLowerCase) {
      legacy = toLegacy.get(lower(letter));
    }
    return legacy == null ? letter : legacy;
  }

  private static String lower(String letter) {
    return letter.toLowerCase(Locale.ROOT);
  }
}
