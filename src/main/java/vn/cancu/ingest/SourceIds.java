package vn.cancu.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes the {@code sourceId} of a file from its name: the name without its extension, as a
 * lower-case ASCII slug that is stable across platforms and safe in URLs. Vietnamese letters lose
 * their marks (đ becomes d), every run of characters outside {@code [a-z0-9._-]} (spaces, brackets,
 * '#'...) becomes one '-', and '-' and '.' are trimmed at both ends. Example: {@code "Kế hoạch số 01 (bản
 * cuối) #2.txt"} gives {@code "ke-hoach-so-01-ban-cuoi-2"}. A name with nothing left gives "file".
 */
public final class SourceIds {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OUTSIDE_SLUG = Pattern.compile("[^a-z0-9._-]+");
  private static final Pattern DASHES = Pattern.compile("-{2,}");
  private static final Pattern EDGES = Pattern.compile("^[-.]+|[-.]+$");

  private SourceIds() {}

  public static String fromFileName(String fileName) {
    String nfc = Normalizer.normalize(fileName, Normalizer.Form.NFC);
    int dot = nfc.lastIndexOf('.');
    String stem = dot > 0 ? nfc.substring(0, dot) : nfc;
    String plain = stem.replace('đ', 'd').replace('Đ', 'D');
    plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
    String slug = OUTSIDE_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = EDGES.matcher(DASHES.matcher(slug).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "file" : slug;
  }
}
