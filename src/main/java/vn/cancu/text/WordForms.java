package vn.cancu.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which words are compared across the product (phrase vocabulary, passage families,
 * titles): NFC, lower case, ð read as đ, one tone placement, so "Hoà" and "hòa" are one word.
 */
public final class WordForms {

  private WordForms() {}

  public static String normalize(String word) {
    String nfc = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ð', 'đ');
    return ToneMarks.normalize(nfc);
  }
}
