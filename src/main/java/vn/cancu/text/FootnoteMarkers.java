package vn.cancu.text;

/** Footnote marker numbers, written as digits ("1") or superscripts ("¹²"). */
public final class FootnoteMarkers {
  /** The superscript digits 0 to 9. */
  public static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private FootnoteMarkers() {}

  /** The number a marker stands for: 12 for "12" or "¹²". */
  public static int value(CharSequence marker) {
    int v = 0;
    for (int i = 0; i < marker.length(); i++) {
      char c = marker.charAt(i);
      int d = SUPERSCRIPTS.indexOf(c);
      v = v * 10 + (d >= 0 ? d : Character.digit(c, 10));
    }
    return v;
  }
}
