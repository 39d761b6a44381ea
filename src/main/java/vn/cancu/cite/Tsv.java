package vn.cancu.cite;

import java.text.Normalizer;
import java.util.List;
import vn.cancu.text.Resources;

/** Reads the vocabulary tables under src/main/resources/cite: tab-separated, NFC, '#' comments. */
final class Tsv {
  private Tsv() {}

  static List<String[]> read(String name) {
    return Resources.lines("/cite/" + name).stream()
        .map(line -> Normalizer.normalize(line, Normalizer.Form.NFC).split("\t", -1))
        .toList();
  }
}
