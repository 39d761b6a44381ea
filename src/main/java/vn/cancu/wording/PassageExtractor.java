package vn.cancu.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;
import vn.cancu.document.Span;

/**
 * The passages of a plan: sentences, whole clauses and quoted phrases of its basis paragraphs,
 * outline and footnotes. Title, recipients and signature are left out: they name the plan, not its
 * wording. Not thread-safe (it memoises word forms): one extractor per pass.
 */
public final class PassageExtractor {
  /** Shorter sentences are headings and list stubs ("1. Mục đích", "Quý II"). */
  static final int MIN_SENTENCE_WORDS = 6;
  static final int MIN_PHRASE_WORDS = 2;
  static final int MAX_PHRASE_WORDS = 40;
  /** A clause of one sentence is that sentence; a clause longer than this is a section, not wording. */
  static final int MIN_CLAUSE_WORDS = 12;
  static final int MAX_CLAUSE_WORDS = 600;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final QuotedPhrases quotes = new QuotedPhrases();
  /** An extractor reads one corpus, whose passages repeat the same syllables over and over. */
  private final Words.Memo memo = new Words.Memo();

  public List<Passage> extract(Plan plan) {
    List<Passage> out = new ArrayList<>();
    for (Span region : regions(plan)) {
      for (Span s : splitter.split(plan.text(), region.start(), region.end())) {
        add(plan, PassageKind.SENTENCE, s, MIN_SENTENCE_WORDS, Integer.MAX_VALUE, out);
      }
      for (Span q : quotes.find(plan.text(), region.start(), region.end())) {
        add(plan, PassageKind.PHRASE, q, MIN_PHRASE_WORDS, MAX_PHRASE_WORDS, out);
      }
    }
    for (Clause c : plan.allClauses()) {
      Span body = withoutLabel(plan.text(), c);
      if (splitter.split(plan.text(), body.start(), body.end()).size() < 2) continue;
      add(plan, PassageKind.CLAUSE, body, MIN_CLAUSE_WORDS, MAX_CLAUSE_WORDS, c.id(), out);
    }
    return out;
  }

  private static List<Span> regions(Plan plan) {
    List<Span> out = new ArrayList<>();
    for (Paragraph p : plan.basis()) out.add(p.span());
    for (Clause c : plan.clauses()) out.add(c.span());
    for (Footnote f : plan.footnotes()) out.add(f.span());
    return out;
  }

  private static Span withoutLabel(String text, Clause c) {
    int start = c.span().start();
    if (!c.label().isEmpty() && text.startsWith(c.label(), start)) start += c.label().length();
    return new Span(Math.min(start, c.span().end()), c.span().end());
  }

  private void add(Plan plan, PassageKind kind, Span s, int min, int max, List<Passage> out) {
    String clause = plan.footnoteAt(s.start()).map(Footnote::clauseId)
        .orElseGet(() -> plan.clauseAt(s.start()).map(Clause::id).orElse(null));
    add(plan, kind, s, min, max, clause, out);
  }

  private void add(Plan plan, PassageKind kind, Span s, int min, int max, String clause, List<Passage> out) {
    List<Word> words = Words.of(plan.text(), s.start(), s.end(), memo);
    if (words.size() < min || words.size() > max) return;
    String text = SPACES.matcher(plan.text().substring(s.start(), s.end())).replaceAll(" ").strip();
    out.add(new Passage(plan.id(), clause, kind, text, s.start(), s.end(), Words.norms(words)));
  }
}
