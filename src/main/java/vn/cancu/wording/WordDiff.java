package vn.cancu.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff of two texts: the longest common subsequence of their normalised words, so tone
 * placement, case and punctuation alone do not count as changes. Each segment carries the original
 * text of its words with the punctuation and spaces after them. Long texts keep their common prefix
 * and suffix and compare only the middle; a middle too large for the LCS table shows as replaced.
 */
public final class WordDiff {
  /** Cells of the LCS table; 600-word clauses on both sides fit. */
  static final long MAX_CELLS = 4_000_000L;

  private WordDiff() {}

  /** The diff turning {@code reference} into {@code compared}. */
  public static List<DiffSegment> diff(String reference, String compared) {
    return diff(reference, compared, null);
  }

  /** As {@link #diff(String, String)}, reading words through a memo: for many diffs in one pass. */
  static List<DiffSegment> diff(String reference, String compared, Words.Memo memo) {
    List<Word> a = Words.of(reference, 0, reference.length(), memo);
    List<Word> b = Words.of(compared, 0, compared.length(), memo);
    Builder out = new Builder();
    if (!a.isEmpty() && a.get(0).start() > 0) out.add(reference.substring(0, a.get(0).start()), DiffSegment.Kind.removed);
    if (!b.isEmpty() && b.get(0).start() > 0) out.add(compared.substring(0, b.get(0).start()), DiffSegment.Kind.added);
    int pre = 0;
    while (pre < a.size() && pre < b.size() && a.get(pre).norm().equals(b.get(pre).norm())) pre++;
    int suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre
        && a.get(a.size() - 1 - suf).norm().equals(b.get(b.size() - 1 - suf).norm())) suf++;
    for (int i = 0; i < pre; i++) out.add(piece(compared, b, i), DiffSegment.Kind.same);
    middle(reference, a, pre, a.size() - suf, compared, b, pre, b.size() - suf, out);
    for (int i = b.size() - suf; i < b.size(); i++) out.add(piece(compared, b, i), DiffSegment.Kind.same);
    if (a.isEmpty() && b.isEmpty()) out.add(compared, DiffSegment.Kind.same);
    return out.segments;
  }

  private static void middle(String ra, List<Word> a, int a0, int a1, String rb, List<Word> b, int b0, int b1,
      Builder out) {
    int n = a1 - a0, m = b1 - b0;
    if ((long) n * m > MAX_CELLS) {
      for (int i = a0; i < a1; i++) out.add(piece(ra, a, i), DiffSegment.Kind.removed);
      for (int j = b0; j < b1; j++) out.add(piece(rb, b, j), DiffSegment.Kind.added);
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(a0 + i).norm().equals(b.get(b0 + j).norm())
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(a0 + i).norm().equals(b.get(b0 + j).norm())) {
        out.add(piece(rb, b, b0 + j), DiffSegment.Kind.same);
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add(piece(rb, b, b0 + j), DiffSegment.Kind.added);
        j++;
      } else {
        out.add(piece(ra, a, a0 + i), DiffSegment.Kind.removed);
        i++;
      }
    }
  }

  /** A word with the punctuation and spaces up to the next word. */
  private static String piece(String text, List<Word> words, int i) {
    int end = i + 1 < words.size() ? words.get(i + 1).start() : text.length();
    return text.substring(words.get(i).start(), end);
  }

  private static final class Builder {
    final List<DiffSegment> segments = new ArrayList<>();

    void add(String text, DiffSegment.Kind kind) {
      if (text.isEmpty()) return;
      int last = segments.size() - 1;
      if (last >= 0 && segments.get(last).kind() == kind) {
        segments.set(last, new DiffSegment(segments.get(last).text() + text, kind));
      } else {
        segments.add(new DiffSegment(text, kind));
      }
    }
  }
}
