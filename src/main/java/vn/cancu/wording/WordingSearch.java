package vn.cancu.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import vn.cancu.text.analysis.Stopwords;

/**
 * Finds standard phrasings for a topic ("tiếp công dân") or a draft sentence. Words match folded
 * (no diacritics, tone placement and case ignored), so "tiep cong dan" finds "tiếp công dân"; the
 * query's function words do not count. A family matches when its wording (any variant) holds the
 * query's words — as a phrase for a topic of up to three content words ("tiếp công dân"), {@link
 * #MIN_COVERAGE} of the content words for longer queries and draft sentences — and matches rank by how many plans use the wording, then by coverage. A scan over
 * the families: they number far fewer than passages, since identical wording is one family. Whole
 * clauses are left out: they are outlines to compare, not phrasings to reuse.
 */
public final class WordingSearch {
  static final double MIN_COVERAGE = 0.6;

  private final List<Entry> entries = new ArrayList<>();
  private final CharArraySet stopwords = Stopwords.vietnamese();

  private record Entry(PassageFamily family, Set<String> words, List<List<String>> sequences) {}

  public WordingSearch(List<PassageFamily> families) {
    for (PassageFamily f : families) {
      if (f.kind() == PassageKind.CLAUSE) continue;
      List<List<String>> sequences = new ArrayList<>();
      sequences.add(folded(f.text(), false));
      for (Variant v : f.variants()) sequences.add(folded(v.text(), false));
      Set<String> words = new HashSet<>();
      sequences.forEach(words::addAll);
      entries.add(new Entry(f, words, sequences));
    }
  }

  public List<WordingHit> search(String query, int limit) {
    List<String> all = folded(query, false);
    List<String> content = new ArrayList<>(new LinkedHashSet<>(folded(query, true)));
    if (content.isEmpty()) content = new ArrayList<>(new LinkedHashSet<>(all));
    if (content.isEmpty()) return List.of();
    boolean topic = content.size() <= 3;
    List<WordingHit> hits = new ArrayList<>();
    for (Entry e : entries) {
      int found = 0;
      for (String w : content) if (e.words().contains(w)) found++;
      double coverage = (double) found / content.size();
      boolean phrase = coverage == 1.0 && e.sequences().stream().anyMatch(s -> containsRun(s, all));
      if (topic ? !phrase : coverage < MIN_COVERAGE) continue;
      hits.add(new WordingHit(e.family(), phrase ? 1.0 : coverage * 0.9));
    }
    hits.sort(Comparator.comparingInt((WordingHit h) -> -h.family().planCount())
        .thenComparing(Comparator.comparingDouble(WordingHit::score).reversed())
        .thenComparingInt(h -> h.family().text().length()));
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }

  private List<String> folded(String text, boolean dropStopwords) {
    List<String> out = new ArrayList<>();
    for (Word w : Words.of(text)) {
      if (dropStopwords && stopwords.contains(w.norm())) continue;
      out.add(w.folded());
    }
    return out;
  }

  private static boolean containsRun(List<String> text, List<String> run) {
    if (run.isEmpty()) return false;
    return java.util.Collections.indexOfSubList(text, run) >= 0;
  }
}
