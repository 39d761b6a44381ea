package vn.cancu.text.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps a document number such as "33/ct-ttg" whole and adds the parts users type ("33", "ct", "ttg").
 *
 * <p>The whole token spans as many positions as it has parts (position length n); the first part shares its
 * position and the others follow one position each. So the phrase "33 CT TTg" matches "33/CT-TTg", the
 * text after the number keeps its distance, and the stream is a correct token graph.
 */
public final class SymbolPartsFilter extends TokenFilter {

  public static final String TYPE_SYMBOL = "<SYMBOL>";
  public static final String TYPE_PART = "<SYMBOL_PART>";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  /** Parts of the current symbol as [start, end) pairs into {@link #symbol}, still to emit. */
  private final List<int[]> parts = new ArrayList<>();
  private String symbol;
  private State symbolState;
  private int nextPart;
  private int symbolStart;
  private int symbolEnd;
  private boolean offsetsMatchTerm;

  public SymbolPartsFilter(TokenStream input) {
    super(input);
  }

  /** The characters that join the parts of a symbol; the tokenizer admits them only between letters/digits. */
  static boolean isConnector(char c) {
    return c == '/' || c == '-' || c == '.' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextPart < parts.size()) {
      emitPart();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (posLenAtt.getPositionLength() == 1 && split()) {
      typeAtt.setType(TYPE_SYMBOL);
      posLenAtt.setPositionLength(parts.size());
    }
    return true;
  }

  private boolean split() {
    parts.clear();
    nextPart = 0;
    char[] buf = termAtt.buffer();
    int len = termAtt.length();
    int from = 0;
    for (int i = 0; i <= len; i++) {
      if (i == len || isConnector(buf[i])) {
        if (i > from) {
          parts.add(new int[] {from, i});
        }
        from = i + 1;
      }
    }
    if (parts.size() < 2) {
      parts.clear();
      return false;
    }
    symbol = termAtt.toString();
    symbolState = captureState();
    symbolStart = offsetAtt.startOffset();
    symbolEnd = offsetAtt.endOffset();
    // A char filter (NFD repair) may have changed the length: then parts keep the whole token's offsets.
    offsetsMatchTerm = symbolEnd - symbolStart == len;
    return true;
  }

  private void emitPart() {
    int[] part = parts.get(nextPart);
    restoreState(symbolState); // downstream filters may have restored other tokens into the attributes
    termAtt.setEmpty().append(symbol, part[0], part[1]);
    posIncAtt.setPositionIncrement(nextPart == 0 ? 0 : 1);
    posLenAtt.setPositionLength(1);
    typeAtt.setType(TYPE_PART);
    if (offsetsMatchTerm) {
      offsetAtt.setOffset(symbolStart + part[0], symbolStart + part[1]);
    } else {
      offsetAtt.setOffset(symbolStart, symbolEnd);
    }
    nextPart++;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    nextPart = 0;
    symbol = null;
    symbolState = null;
  }
}
