package vn.cancu.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cancu.cite.Tokens.Token;

/**
 * What precedes a symbol: the type word ("Chỉ thị số", "QĐ"), numbers sharing the symbol's suffix
 * ("Chỉ thị số 11, 26-CT/TU"), a law's name ("Luật Đất đai số 45/2013/QH13"), or a word that makes
 * the symbol a form code ("Mẫu số 01/BCĐBHĐND-MT").
 *
 * @param type the type word's type, or null
 * @param start where the mention starts (the type word, else the symbol)
 * @param listNumbers earlier numbers sharing the suffix, in text order
 * @param lawName the name between "Luật" and "số", or null
 * @param rejected whether the symbol is not a document citation
 */
record Preamble(DocType type, int start, List<Token> listNumbers, String lawName, boolean rejected) {
  /** Type word, "số" and a list fit in here; a law's name needs the wider window. */
  private static final int WINDOW = 72;
  private static final int LAW_WINDOW = 200;
  private static final Set<String> GUARDS = Set.of("mẫu", "biểu", "phụ lục", "bảng", "hình", "phiếu");
  private static final Set<String> LAW_WORDS = Set.of("luật", "bộ luật", "pháp lệnh", "hiến pháp");

  Preamble {
    listNumbers = List.copyOf(listNumbers);
  }

  static Preamble before(CharSequence text, int symbolStart) {
    List<Token> t = Tokens.of(text, symbolStart - WINDOW, symbolStart);
    int k = t.size();
    List<Token> list = new ArrayList<>();
    // "11, 26-CT/TU" / "11 và 26-CT/TU": numbers read right to left.
    while (k >= 2 && (t.get(k - 1).text().equals(",") || t.get(k - 1).lower().equals("và"))
        && t.get(k - 2).isNumber() && t.get(k - 2).text().length() <= 5) {
      list.add(0, t.get(k - 2));
      k -= 2;
    }
    if (k >= 1 && t.get(k - 1).text().equals(":")) k--;
    boolean so = k >= 1 && t.get(k - 1).lower().equals("số");
    if (so) k--;
    if (k >= 1 && guarded(t, k)) return new Preamble(null, symbolStart, List.of(), null, true);
    for (int words = 4; words >= 1; words--) {
      if (k < words) continue;
      String phrase = join(t, k - words, k);
      DocType type = DocType.ofFolded(phrase).orElse(null);
      if (type != null && startsWord(text, t.get(k - words).start())) {
        return new Preamble(type, t.get(k - words).start(), list, null, false);
      }
    }
    if (k >= 1) {
      Token last = t.get(k - 1);
      if (last.text().length() >= 2 && last.text().equals(last.text().toUpperCase())
          && DocType.ofCode(last.text()).isPresent() && startsWord(text, last.start())) {
        return new Preamble(DocType.ofCode(last.text()).get(), last.start(), list, null, false);
      }
    }
    if (so) {
      List<Token> wide = Tokens.of(text, symbolStart - LAW_WINDOW, t.get(k).start());
      Preamble law = lawBefore(text, wide, wide.size(), list);
      if (law != null) return law;
    }
    return new Preamble(null, symbolStart, List.of(), null, false);
  }

  /** "Luật Đất đai số ...": a law word a few words back in the same phrase. */
  private static Preamble lawBefore(CharSequence text, List<Token> t, int k, List<Token> list) {
    for (int i = k - 1; i >= Math.max(0, k - 16); i--) {
      Token tok = t.get(i);
      if (!tok.isWord() && !tok.text().equals(",")) return null;
      for (int words = 2; words >= 1; words--) {
        if (i - words + 1 < 0) continue;
        String phrase = join(t, i - words + 1, i + 1);
        if (LAW_WORDS.contains(phrase) && i + 1 < k && Character.isUpperCase(t.get(i - words + 1).text().charAt(0))) {
          String name = text.subSequence(t.get(i - words + 1).start(), t.get(k - 1).end()).toString();
          DocType type = DocType.ofFolded(phrase).orElse(DocType.LUAT);
          return new Preamble(type, t.get(i - words + 1).start(), list, collapse(name), false);
        }
      }
    }
    return null;
  }

  private static boolean guarded(List<Token> t, int k) {
    if (GUARDS.contains(t.get(k - 1).lower())) return true;
    return k >= 2 && GUARDS.contains(t.get(k - 2).lower() + " " + t.get(k - 1).lower());
  }

  private static String join(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!t.get(i).isWord()) return "";
      if (b.length() > 0) b.append(' ');
      b.append(t.get(i).lower());
    }
    return b.toString();
  }

  static boolean startsWord(CharSequence text, int i) {
    return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /** Whitespace runs (line breaks included) as one space, trimmed. */
  static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = b.length() > 0;
      } else {
        if (space) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
