package vn.cancu.text.analysis;

import java.io.IOException;
import vn.cancu.text.ToneMarks;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link ToneMarks} to each term in place (same length, so offsets stay exact). */
public final class ToneMarkFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public ToneMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    ToneMarks.normalize(termAtt.buffer(), termAtt.length());
    return true;
  }
}
