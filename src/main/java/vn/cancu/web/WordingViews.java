package vn.cancu.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cancu.wording.AlignedClause;
import vn.cancu.wording.DiffSegment;
import vn.cancu.wording.PassageFamily;
import vn.cancu.wording.PassageKind;
import vn.cancu.wording.Problem;
import vn.cancu.wording.SimilarPlan;
import vn.cancu.wording.Source;
import vn.cancu.wording.Variant;
import vn.cancu.wording.WordingHit;

/** Page models of the wording and lint pages: plain strings and flags, escaped by the templates. */
final class WordingViews {

  public record SegmentView(String text, boolean added, boolean removed) {}

  public record SourceView(String planId, String plan, String clauseId, String url) {}

  public record VariantView(String text, int planCount, List<SourceView> sources, List<SegmentView> diff) {}

  public record FamilyView(String id, String kind, int planCount, String text, List<SourceView> sources,
      List<VariantView> variants, String score) {}

  public record SimilarView(String planId, String plan, String url, String compareUrl, String share, String relation,
      String reason, List<String> clauses) {}

  public record AlignedView(String clauseId, String otherClauseId, String similarity, List<SegmentView> diff) {}

  public record CitationView(String standard, String shortForm) {}

  public record ProblemView(int line, int column, int start, int end, String written, String suggestion, String reason,
      String code) {}

  private static final Map<PassageKind, String> KINDS =
      Map.of(PassageKind.SENTENCE, "câu", PassageKind.CLAUSE, "mục", PassageKind.PHRASE, "cụm từ");
  private static final Map<String, String> RELATIONS =
      Map.of("derives-from", "soạn từ kế hoạch này", "source-of", "được dùng làm mẫu", "shares-text", "trùng một phần");

  private WordingViews() {}

  static FamilyView family(PassageFamily f, Site site, String score) {
    List<VariantView> variants = new ArrayList<>();
    for (Variant v : f.variants()) {
      variants.add(new VariantView(v.text(), v.planCount(), sources(v.sources(), site), segments(v.diff())));
    }
    return new FamilyView(f.id(), KINDS.get(f.kind()), f.planCount(), f.text(), sources(f.sources(), site), variants, score);
  }

  static FamilyView hit(WordingHit h, Site site) {
    return family(h.family(), site, Math.round(h.score() * 100) + "%");
  }

  static List<SegmentView> segments(List<DiffSegment> diff) {
    return diff.stream()
        .map(s -> new SegmentView(s.text(), s.kind() == DiffSegment.Kind.added, s.kind() == DiffSegment.Kind.removed))
        .toList();
  }

  static AlignedView aligned(AlignedClause a) {
    return new AlignedView(a.clauseId(), a.otherClauseId(), Math.round(a.similarity() * 100) + "%", segments(a.diff()));
  }

  static SimilarView similar(String planId, SimilarPlan s, Site site) {
    List<String> clauses = s.clauses().stream().limit(5)
        .map(c -> (c.clauseId() == null ? "phần mở đầu" : "mục " + c.clauseId()) + " (" + Math.round(c.share() * 100) + "%)")
        .toList();
    return new SimilarView(s.planId(), title(s.planId(), site), "/plans/" + Urls.segment(s.planId()),
        "/plans/" + Urls.segment(planId) + "/compare/" + Urls.segment(s.planId()), Math.round(s.share() * 100) + "%", RELATIONS.getOrDefault(s.relation(), s.relation()), s.reason(), clauses);
  }

  static ProblemView problem(Problem p) {
    return new ProblemView(p.line(), p.column(), p.start(), p.end(), p.written(), p.suggestion(), p.reason(), p.code());
  }

  /** One link per plan and clause: a phrase repeated in one clause is one source for the reader. */
  private static List<SourceView> sources(List<Source> sources, Site site) {
    Map<String, SourceView> out = new LinkedHashMap<>();
    for (Source s : sources) {
      out.computeIfAbsent(s.planId() + "#" + s.clauseId(), k -> new SourceView(s.planId(), title(s.planId(), site),
          s.clauseId(), "/plans/" + Urls.segment(s.planId()) + (s.clauseId() == null ? "" : "#clause-" + Urls.segment(s.clauseId()))));
    }
    return List.copyOf(out.values());
  }

  static String title(String planId, Site site) {
    return site.plan(planId).map(PlanTitles::of).orElse(planId);
  }
}
