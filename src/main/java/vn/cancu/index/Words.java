package vn.cancu.index;

import vn.cancu.text.WordForms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.text.Diacritics;

/**
 * Words as a reader sees them (every syllable kept, stop words included), in the form phrase
 * vocabularies compare: NFC, lower case, one tone placement; and their folded form.
 */
public final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

  private Words() {}

  public static List<String> of(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(normal);
    while (m.find()) out.add(normalize(m.group()));
    return out;
  }

  /** NFC, lower case, tone on the main vowel: "Hoà" and "hòa" are one word. */
  public static String normalize(String word) {
    return WordForms.normalize(word);
  }

  public static String fold(String normalizedWord) {
    return Diacritics.fold(normalizedWord);
  }

  /** True when the text carries no diacritics (typed without tones, or has none to carry). */
  public static boolean isFolded(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
    return Diacritics.fold(normal).equals(normal);
  }
}
