package vn.cancu.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.index.PhraseVocabulary;
import vn.cancu.index.Words;

/**
 * "Có phải bạn muốn tìm": restores the diacritics a user left out, from the phrases the index
 * holds. Covers the words of each part greedily with the longest known phrase (up to three words),
 * so "dan van kheo" becomes "dân vận khéo" rather than three independently most frequent words.
 * Words typed with diacritics are kept as typed and constrain the phrases that may cover them.
 */
final class Suggester {
  private static final int MAX_WORDS = 3;

  /**
   * The restored query, or null when nothing would change. Consecutive plain words are restored
   * together (they usually form one phrase); a quoted phrase is restored on its own.
   */
  String suggest(UserQuery query, PhraseVocabulary vocabulary) {
    if (vocabulary.size() == 0) return null;
    List<String> out = new ArrayList<>();
    boolean changed = false;
    List<String> run = new ArrayList<>();
    for (UserQuery.Part part : query.include()) {
      if (!part.phrase()) {
        run.addAll(words(part.text()));
        continue;
      }
      changed |= flush(run, vocabulary, out);
      List<String> typed = words(part.text());
      List<String> restored = restore(typed, vocabulary);
      changed |= !restored.equals(typed);
      out.add("\"" + String.join(" ", restored) + "\"");
    }
    changed |= flush(run, vocabulary, out);
    for (UserQuery.Part part : query.exclude()) out.add("-" + part.written());
    return changed ? String.join(" ", out) : null;
  }

  /** Restores a run of plain words into out; true when a word changed. */
  private static boolean flush(List<String> run, PhraseVocabulary vocabulary, List<String> out) {
    if (run.isEmpty()) return false;
    List<String> restored = restore(run, vocabulary);
    boolean changed = !restored.equals(run);
    out.addAll(restored);
    run.clear();
    return changed;
  }

  private static List<String> words(String text) {
    return Words.of(text);
  }

  private static List<String> restore(List<String> typed, PhraseVocabulary vocabulary) {
    List<String> folded = new ArrayList<>();
    Map<Integer, Boolean> plain = new HashMap<>();
    for (int i = 0; i < typed.size(); i++) {
      String word = Words.fold(typed.get(i));
      folded.add(word);
      plain.put(i, word.equals(typed.get(i)));
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < typed.size()) {
      int taken = 0;
      for (int n = Math.min(MAX_WORDS, typed.size() - i); n >= 1 && taken == 0; n--) {
        String exact = vocabulary.exact(String.join(" ", folded.subList(i, i + n)));
        if (exact == null) continue;
        String[] candidate = exact.split(" ");
        if (candidate.length != n) continue;
        boolean fits = true;
        for (int j = 0; j < n && fits; j++) fits = plain.get(i + j) || candidate[j].equals(typed.get(i + j));
        if (!fits) continue;
        for (String w : candidate) out.add(w);
        taken = n;
      }
      if (taken == 0) {
        out.add(typed.get(i));
        taken = 1;
      }
      i += taken;
    }
    return out;
  }
}
