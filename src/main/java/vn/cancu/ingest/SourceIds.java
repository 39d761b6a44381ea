package vn.cancu.ingest;

import vn.cancu.text.Slugs;
import vn.cancu.text.VietnameseNormalizer;

/**
 * Makes the {@code sourceId} of a file from its name: the name without its extension, as a
 * lower-case ASCII slug ({@link Slugs}) that is stable across platforms and safe in URLs, keeping '.'
 * and '_'. Example: {@code "Kế hoạch số 01 (bản cuối) #2.txt"} gives {@code "ke-hoach-so-01-ban-cuoi-2"}.
 * A name with nothing left gives "file".
 */
public final class SourceIds {

  private SourceIds() {}

  public static String fromFileName(String fileName) {
    String nfc = VietnameseNormalizer.nfc(fileName);
    int dot = nfc.lastIndexOf('.');
    String slug = Slugs.of(dot > 0 ? nfc.substring(0, dot) : nfc, "._");
    return slug.isEmpty() ? "file" : slug;
  }
}
