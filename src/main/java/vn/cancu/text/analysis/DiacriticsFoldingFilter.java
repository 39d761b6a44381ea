package vn.cancu.text.analysis;

import java.io.IOException;
import vn.cancu.text.Diacritics;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link Diacritics#fold} to each term: the "_folded" field's only difference from "_exact". */
public final class DiacriticsFoldingFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public DiacriticsFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!Diacritics.isAscii(termAtt)) {
      String folded = Diacritics.fold(termAtt.toString());
      termAtt.setEmpty().append(folded);
    }
    return true;
  }
}
