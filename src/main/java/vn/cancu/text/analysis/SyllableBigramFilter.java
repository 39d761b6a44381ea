package vn.cancu.text.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds "word-like" units: each pair of adjacent syllables ("ủy ban", "ban nhân", "nhân dân") as one extra
 * term, stacked at the first syllable's position with position length 1.
 *
 * <p>Most Vietnamese words are two syllables, so a bigram is a cheap stand-in for word segmentation (see
 * README "Vietnamese analysis" for the measurement). Stacking (rather than position length 2) keeps the
 * syllable positions untouched, so phrase queries over syllables work unchanged and a query parser never
 * sees a graph with exponentially many paths; the price is that a bigram's end offset is not the end
 * offset of its position. Pairs are formed only between syllables at adjacent positions: never across a
 * removed stop word, a document number or punctuation-free gaps.
 */
public final class SyllableBigramFilter extends TokenFilter {

  public static final String TYPE_BIGRAM = "shingle";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final ArrayDeque<State> pending = new ArrayDeque<>();
  private final List<State> group = new ArrayList<>();
  private State lookahead;
  private boolean exhausted;
  /** The syllable at the previous position, or null when there was none. */
  private String previous;
  private int previousStart;

  public SyllableBigramFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending.isEmpty() && !readGroup()) {
      return false;
    }
    restoreState(pending.poll());
    return true;
  }

  /** Reads every token of the next position into {@link #pending}, preceded by the bigram ending there. */
  private boolean readGroup() throws IOException {
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    int increment = posIncAtt.getPositionIncrement();
    group.clear();
    State syllable = null;
    String syllableTerm = null;
    while (true) {
      State state = captureState();
      group.add(state);
      if (syllable == null && isSyllable()) {
        syllable = state;
        syllableTerm = termAtt.toString();
      }
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
      if (posIncAtt.getPositionIncrement() > 0) {
        lookahead = captureState();
        break;
      }
    }
    if (syllable != null && previous != null && increment == 1) {
      restoreState(syllable);
      int end = offsetAtt.endOffset();
      termAtt.setEmpty().append(previous).append(' ').append(syllableTerm);
      offsetAtt.setOffset(previousStart, end);
      posIncAtt.setPositionIncrement(0);
      posLenAtt.setPositionLength(1);
      typeAtt.setType(TYPE_BIGRAM);
      pending.add(captureState());
    }
    pending.addAll(group);
    if (syllable != null) {
      restoreState(syllable);
      previous = syllableTerm;
      previousStart = offsetAtt.startOffset();
    } else {
      previous = null;
    }
    return true;
  }

  private boolean isSyllable() {
    return isSyllable(termAtt, typeAtt, posLenAtt);
  }

  /**
   * Whether the current token is one syllable: a one-position word (or a synonym standing for one)
   * with a letter in it, not a number or a multi-word synonym. Shared with the lexicon word filter of
   * the evaluation, so both group the same tokens.
   */
  public static boolean isSyllable(CharTermAttribute term, TypeAttribute type, PositionLengthAttribute posLen) {
    if (posLen.getPositionLength() != 1
        || !("word".equals(type.type()) || SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()))) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetter(term.buffer()[i])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    group.clear();
    lookahead = null;
    exhausted = false;
    previous = null;
  }
}
