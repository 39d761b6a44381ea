package vn.cancu.text.analysis.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.cancu.text.analysis.SyllableBigramFilter;

/**
 * The alternative to syllable bigrams, for the segmentation measurement: dictionary word segmentation by
 * greedy forward longest match over runs of adjacent syllables. Each multi-syllable word found is added as
 * one term stacked on its first syllable (like a bigram), so the two variants differ only in which units
 * they add. Buffers the whole stream: meant for benchmark texts, not for the product chain.
 */
final class LexiconWordFilter extends TokenFilter {

  static final String TYPE_WORD = "<LEXICON_WORD>";

  private final Lexicon lexicon;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final List<State> output = new ArrayList<>();
  private int next = -1;

  LexiconWordFilter(TokenStream input, Lexicon lexicon) {
    super(input);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** A syllable of the run: its token index, term, offsets. */
  private record Syllable(int token, String term, int start, int end) {}

  @Override
  public boolean incrementToken() throws IOException {
    if (next < 0) {
      segment();
      next = 0;
    }
    if (next >= output.size()) {
      return false;
    }
    restoreState(output.get(next++));
    return true;
  }

  private void segment() throws IOException {
    List<State> tokens = new ArrayList<>();
    TreeMap<Integer, Syllable> syllableAt = new TreeMap<>();
    int position = -1;
    while (input.incrementToken()) {
      position += posIncAtt.getPositionIncrement();
      if (isSyllable() && !syllableAt.containsKey(position)) {
        syllableAt.put(position,
            new Syllable(tokens.size(), termAtt.toString(), offsetAtt.startOffset(), offsetAtt.endOffset()));
      }
      tokens.add(captureState());
    }
    // Runs of syllables at consecutive positions: stop-word gaps and numbers end a run.
    List<List<Syllable>> runs = new ArrayList<>();
    List<Syllable> run = new ArrayList<>();
    int previous = Integer.MIN_VALUE;
    for (Map.Entry<Integer, Syllable> e : syllableAt.entrySet()) {
      if (e.getKey() != previous + 1 && !run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(e.getValue());
      previous = e.getKey();
    }
    runs.add(run);
    List<State>[] wordsAfter = wordsAfterToken(tokens, runs);
    for (int i = 0; i < tokens.size(); i++) {
      output.add(tokens.get(i));
      if (wordsAfter[i] != null) {
        output.addAll(wordsAfter[i]);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private List<State>[] wordsAfterToken(List<State> tokens, List<List<Syllable>> runs) {
    List<State>[] after = new List[tokens.size()];
    for (List<Syllable> run : runs) {
      int i = 0;
      while (i < run.size()) {
        int length = longestWord(run, i);
        if (length >= 2) {
          Syllable first = run.get(i);
          restoreState(tokens.get(first.token()));
          termAtt.setEmpty().append(join(run, i, length));
          offsetAtt.setOffset(first.start(), run.get(i + length - 1).end());
          posIncAtt.setPositionIncrement(0);
          posLenAtt.setPositionLength(1);
          typeAtt.setType(TYPE_WORD);
          after[first.token()] = List.of(captureState());
          i += length;
        } else {
          i++;
        }
      }
    }
    return after;
  }

  private int longestWord(List<Syllable> run, int from) {
    for (int length = Math.min(lexicon.maxSyllables(), run.size() - from); length >= 2; length--) {
      if (lexicon.words().contains(join(run, from, length))) {
        return length;
      }
    }
    return 1;
  }

  private static String join(List<Syllable> run, int from, int length) {
    StringBuilder sb = new StringBuilder(run.get(from).term());
    for (int k = from + 1; k < from + length; k++) {
      sb.append(' ').append(run.get(k).term());
    }
    return sb.toString();
  }

  private boolean isSyllable() {
    return SyllableBigramFilter.isSyllable(termAtt, typeAtt, posLenAtt);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    output.clear();
    next = -1;
  }
}
