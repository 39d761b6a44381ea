package vn.cancu.index;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Restores diacritics from the indexed text: for each folded phrase of one to {@value #MAX_WORDS}
 * words ("dan van kheo"), the exact form written most often ("dân vận khéo"). Built at index time
 * from clause text ({@link Words}: every syllable, stop words too), stored beside the Lucene index as {@code folded TAB exact TAB count} lines.
 */
public final class PhraseVocabulary {
  static final int MAX_WORDS = 3;

  private final Map<String, String> exactByFolded;

  private PhraseVocabulary(Map<String, String> exactByFolded) {
    this.exactByFolded = Map.copyOf(exactByFolded);
  }

  public static PhraseVocabulary empty() {
    return new PhraseVocabulary(Map.of());
  }

  /** The most frequent exact form of a folded phrase (words joined by one space), or null. */
  public String exact(String foldedPhrase) {
    return exactByFolded.get(foldedPhrase);
  }

  public int size() {
    return exactByFolded.size();
  }

  public static PhraseVocabulary read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return empty();
    Map<String, String> map = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t", -1);
      if (cols.length >= 2) map.put(cols[0], cols[1]);
    }
    return new PhraseVocabulary(map);
  }

  /** Counts exact forms per folded phrase over texts, then writes the winners. */
  public static final class Builder {
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    public void add(String text) {
      List<String> words = Words.of(text);
      for (int i = 0; i < words.size(); i++) {
        StringBuilder e = new StringBuilder();
        StringBuilder f = new StringBuilder();
        for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
          if (n > 0) {
            e.append(' ');
            f.append(' ');
          }
          String word = words.get(i + n);
          e.append(word);
          f.append(Words.fold(word));
          counts.computeIfAbsent(f.toString(), k -> new HashMap<>()).merge(e.toString(), 1, Integer::sum);
        }
      }
    }

    /** Writes the most frequent exact form of each phrase; phrases that fold to themselves are dropped. */
    public PhraseVocabulary write(Path file) throws IOException {
      Map<String, String> winners = new TreeMap<>();
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (var entry : new TreeMap<>(counts).entrySet()) {
          var best =
              entry.getValue().entrySet().stream()
                  .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                  .orElseThrow();
          if (best.getKey().equals(entry.getKey())) continue;
          winners.put(entry.getKey(), best.getKey());
          out.write(entry.getKey() + "\t" + best.getKey() + "\t" + best.getValue() + "\n");
        }
      }
      return new PhraseVocabulary(winners);
    }
  }
}
