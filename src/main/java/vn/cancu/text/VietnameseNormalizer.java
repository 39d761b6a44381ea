package vn.cancu.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode normalization for Vietnamese text. Only NFC here: PDF and Word extractions mix
 * precomposed and decomposed tone marks; folding old/new tone placement ("hoá"/"hóa") is the
 * analyzers' job.
 */
public final class VietnameseNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private VietnameseNormalizer() {}

  public static String nfc(String s) {
    return NFC.normalize(s);
  }

  /** NFC with offsets: every output char maps to the start of the input segment it came from. */
  static MappedText nfcMapped(String s) {
    MappedText out = new MappedText();
    int start = 0;
    while (start < s.length()) {
      int end = start + Character.charCount(s.codePointAt(start));
      while (end < s.length() && !NFC.hasBoundaryBefore(s.codePointAt(end))) {
        end += Character.charCount(s.codePointAt(end));
      }
      String segment = s.substring(start, end);
      if (NFC.isNormalized(segment)) {
        for (int i = start; i < end; i++) out.append(s.charAt(i), i);
      } else {
        String normalized = NFC.normalize(segment);
        for (int i = 0; i < normalized.length(); i++) out.append(normalized.charAt(i), start);
      }
      start = end;
    }
    return out;
  }
}
