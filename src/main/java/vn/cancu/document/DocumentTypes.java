package vn.cancu.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.cancu.text.Resources;

/** Document type words printed in capitals on a header line ("KẾ HOẠCH"), from doc-types.tsv. */
final class DocumentTypes {

  /**
   * A type line: the display form ("Kế hoạch") and where the rest of the line starts.
   *
   * @param display the type as usually written in running text
   * @param restStart offset in the paragraph of what follows the type word (title on the same line)
   */
  record TypeLine(String display, int restStart) {}

  private static final Map<String, String> TYPES = load();

  private DocumentTypes() {}

  /** The type opening this paragraph, if it is a capitals line starting with a type word. */
  static Optional<TypeLine> at(String paragraph) {
    String p = paragraph.strip();
    if (!isCapitals(p)) return Optional.empty();
    int lead = paragraph.indexOf(p);
    for (Map.Entry<String, String> e : TYPES.entrySet()) {
      String caps = e.getKey();
      if (p.startsWith(caps) && (p.length() == caps.length() || Character.isWhitespace(p.charAt(caps.length())))) {
        int rest = lead + caps.length();
        while (rest < paragraph.length() && Character.isWhitespace(paragraph.charAt(rest))) rest++;
        return Optional.of(new TypeLine(e.getValue(), rest));
      }
    }
    return Optional.empty();
  }

  static boolean isCapitals(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) return false;
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static Map<String, String> load() {
    String resource = "/document/doc-types.tsv";
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Resources.lines(resource)) {
      String[] f = line.split("\t");
      if (f.length != 2) throw new IllegalStateException(resource + ": bad line: " + line);
      out.put(f[0].strip(), f[1].strip());
    }
    return Collections.unmodifiableMap(out);
  }
}
