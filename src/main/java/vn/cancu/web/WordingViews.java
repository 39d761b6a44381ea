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

  /** @param moreSources sources beyond those listed */
  public record VariantView(String text, int planCount, List<SourceView> sources, int moreSources, List<SegmentView> diff) {}

  /**
   * @param moreSources sources beyond those listed
   * @param variantCount all the family's variants
   * @param moreVariants variants beyond those listed (the least used)
   */
  public record FamilyView(String id, String kind, int planCount, String text, List<SourceView> sources, int moreSources,
      List<VariantView> variants, int variantCount, int moreVariants, String score) {}

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

  /**
   * What a family lists on a page: a passage every plan repeats has thousands of sources and variants at
   * 10k plans (8 230 variants, each with its diff, took 11 s to render); the rest is counted.
   */
  static final int LISTED_SOURCES = 20;
  static final int LISTED_VARIANTS = 20;

  private WordingViews() {}

  static FamilyView family(PassageFamily f, Site site, String score) {
    List<VariantView> variants = new ArrayList<>();
    for (Variant v : f.variants().stream().limit(LISTED_VARIANTS).toList()) {
      Listed sources = sources(v.sources(), site);
      variants.add(new VariantView(v.text(), v.planCount(), sources.shown(), sources.more(), segments(v.diff())));
    }
    Listed sources = sources(f.sources(), site);
    int variantCount = f.variants().size();
    return new FamilyView(f.id(), KINDS.get(f.kind()), f.planCount(), f.text(), sources.shown(), sources.more(),
        variants, variantCount, variantCount - variants.size(), score);
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

  /** The first {@link #LISTED_SOURCES} sources as links, and how many more there are. */
  private record Listed(List<SourceView> shown, int more) {}

  /**
   * One link per plan and clause (a phrase repeated in one clause is one source for the reader); only
   * the listed ones are looked up and titled.
   */
  private static Listed sources(List<Source> sources, Site site) {
    Map<String, Source> distinct = new LinkedHashMap<>();
    for (Source s : sources) distinct.putIfAbsent(s.planId() + "#" + s.clauseId(), s);
    List<SourceView> shown = distinct.values().stream().limit(LISTED_SOURCES)
        .map(s -> new SourceView(s.planId(), title(s.planId(), site), s.clauseId(),
            "/plans/" + Urls.segment(s.planId()) + (s.clauseId() == null ? "" : "#clause-" + Urls.segment(s.clauseId()))))
        .toList();
    return new Listed(shown, distinct.size() - shown.size());
  }

  static String title(String planId, Site site) {
    return site.plan(planId).map(PlanTitles::of).orElse(planId);
  }
}
