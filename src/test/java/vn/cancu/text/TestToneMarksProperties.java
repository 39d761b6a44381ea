package vn.cancu.text;

import java.text.Normalizer;
import java.util.Random;
import org.apache.lucene.tests.util.LuceneTestCase;

/** Properties of {@link ToneMarks} over random syllables with the tone on any vowel (reproducible seed). */
public class TestToneMarksProperties extends LuceneTestCase {

  private static final String[] ONSETS = {"", "b", "ch", "g", "gi", "h", "kh", "ng", "ngh", "qu", "th", "tr", "đ", "Đ"};
  private static final String[] NUCLEI = {"a", "oa", "oe", "uy", "ua", "ia", "ưa", "ươ", "uô", "iê", "oai", "uya", "ai", "y", "u"};
  private static final String[] CODAS = {"", "", "n", "ng", "t", "c", "nh", "ch", "m", "p"};
  private static final char[] TONES = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  public void testIdempotentLengthPreservingAndOneTone() {
    Random random = random();
    for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
      String nucleus = NUCLEI[random.nextInt(NUCLEI.length)];
      int toned = random.nextInt(nucleus.length());
      String syllable = ONSETS[random.nextInt(ONSETS.length)]
          + nucleus.substring(0, toned + 1) + TONES[random.nextInt(TONES.length)] + nucleus.substring(toned + 1)
          + CODAS[random.nextInt(CODAS.length)];
      String nfc = Normalizer.normalize(syllable, Normalizer.Form.NFC);
      String once = ToneMarks.normalize(nfc);
      assertEquals(syllable, nfc.length(), once.length());
      assertEquals(syllable, once, ToneMarks.normalize(once));
      // the tone moved, never lost or doubled, and the letters stayed
      assertEquals(syllable, Diacritics.fold(nfc), Diacritics.fold(once));
      assertEquals(syllable, toneCount(nfc), toneCount(once));
    }
  }

  private static long toneCount(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).chars()
        .filter(c -> new String(TONES).indexOf(c) >= 0).count();
  }
}
