package vn.cancu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.Schema;
import vn.cancu.index.Tokens;
import vn.cancu.index.Tokens.Token;
import vn.cancu.index.Words;

/**
 * Finds where a query's included parts occur in a stored text: re-analyses the text with the index
 * analyzers and marks every token whose term the part's query holds (syllables, word bigrams,
 * document numbers, synonym expansions), so offsets are exact. A part typed with diacritics marks
 * its exact terms, or its folded ones when the text has none (the hit then matched on the folded
 * field); a part typed without marks folded ones. Terms of a phrase are marked wherever they occur
 * in the text, as classic Lucene highlighters do.
 */
final class Highlighter {
  private final FieldAnalyzers analyzers;

  Highlighter(FieldAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  List<Hit.Highlight> find(String text, List<QueryFactory.PartQuery> parts) {
    List<Token> textExact = Tokens.of(analyzers.perField(), Schema.exact(Schema.TEXT), text);
    List<Token> textFolded = Tokens.of(analyzers.perField(), Schema.folded(Schema.TEXT), text);
    List<Hit.Highlight> found = new ArrayList<>();
    for (QueryFactory.PartQuery part : parts) {
      List<Hit.Highlight> matches = List.of();
      if (!Words.isFolded(part.part().text())) matches = marks(textExact, terms(part.exact()));
      if (matches.isEmpty()) matches = marks(textFolded, terms(part.folded()));
      found.addAll(matches);
    }
    return merge(text, found);
  }

  private static Set<String> terms(Query query) {
    Set<String> out = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) out.add(t.text());
          }

          @Override
          public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
          }
        });
    return out;
  }

  private static List<Hit.Highlight> marks(List<Token> tokens, Set<String> terms) {
    List<Hit.Highlight> out = new ArrayList<>();
    for (Token t : tokens) if (terms.contains(t.term())) out.add(new Hit.Highlight(t.start(), t.end()));
    return out;
  }

  /** Sorts and joins overlapping spans, and spans only whitespace apart ("kiểm" "tra" → "kiểm tra"). */
  private static List<Hit.Highlight> merge(String text, List<Hit.Highlight> spans) {
    List<Hit.Highlight> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Hit.Highlight::start).thenComparingInt(Hit.Highlight::end));
    List<Hit.Highlight> out = new ArrayList<>();
    for (Hit.Highlight h : sorted) {
      if (!out.isEmpty() && (h.start() <= out.getLast().end() || text.substring(out.getLast().end(), h.start()).isBlank())) {
        Hit.Highlight last = out.removeLast();
        out.add(new Hit.Highlight(last.start(), Math.max(last.end(), h.end())));
      } else {
        out.add(h);
      }
    }
    return out;
  }
}
