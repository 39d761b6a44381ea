package vn.cancu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.Schema;
import vn.cancu.index.Tokens;
import vn.cancu.index.Tokens.Token;

/**
 * Finds where a query's included parts occur in a stored text, by re-analysing the text with the
 * index analyzers: offsets are exact because they come from the same tokens the index holds. A
 * part typed with diacritics marks its exact occurrences, or its folded ones when the text has no
 * exact one (the hit then matched on the folded field); a part typed without marks folded ones.
 */
final class Highlighter {
  private final FieldAnalyzers analyzers;
  private final QueryFactory queries;

  Highlighter(FieldAnalyzers analyzers, QueryFactory queries) {
    this.analyzers = analyzers;
    this.queries = queries;
  }

  List<Hit.Highlight> find(String text, UserQuery query) {
    String exactField = Schema.exact(Schema.TEXT);
    String foldedField = Schema.folded(Schema.TEXT);
    List<Token> textExact = Tokens.of(analyzers.exact(), exactField, text);
    List<Token> textFolded = Tokens.of(analyzers.folded(), foldedField, text);
    List<Hit.Highlight> found = new ArrayList<>();
    for (UserQuery.Part part : query.include()) {
      List<Hit.Highlight> matches = List.of();
      if (!queries.isFolded(part.text())) {
        matches = occurrences(textExact, terms(analyzers.exact(), exactField, part.text()));
      }
      if (matches.isEmpty()) {
        matches = occurrences(textFolded, terms(analyzers.folded(), foldedField, part.text()));
      }
      found.addAll(matches);
    }
    return merge(text, found);
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    return Tokens.of(analyzer, field, text).stream().map(Token::term).toList();
  }

  /** Every run of consecutive tokens equal to the sequence, as one span. */
  private static List<Hit.Highlight> occurrences(List<Token> tokens, List<String> sequence) {
    List<Hit.Highlight> out = new ArrayList<>();
    if (sequence.isEmpty()) return out;
    for (int i = 0; i + sequence.size() <= tokens.size(); i++) {
      boolean match = true;
      for (int j = 0; j < sequence.size() && match; j++) {
        Token t = tokens.get(i + j);
        match = t.term().equals(sequence.get(j)) && (j == 0 || t.position() == tokens.get(i).position() + j);
      }
      if (match) out.add(new Hit.Highlight(tokens.get(i).start(), tokens.get(i + sequence.size() - 1).end()));
    }
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
