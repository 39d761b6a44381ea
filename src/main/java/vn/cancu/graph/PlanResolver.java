package vn.cancu.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationFinder;
import vn.cancu.cite.DocType;
import vn.cancu.cite.NormalizedSymbol;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/**
 * Finds the corpus plan a citation names. By number when the plan's copy has one (same key, same
 * province); otherwise by what the citation says about it, since many copies lack their "Số": the
 * same type and province are required, then the score weighs subject against title, issuer level
 * and year. A plan whose own number, date, issuer level or year contradicts the citation never matches.
 */
public final class PlanResolver {
  /** Minimum score for a match by description; title similarity alone must carry most of it. */
  public static final double THRESHOLD = 0.75;

  private static final double TITLE_WEIGHT = 0.6;
  private static final double LEVEL_WEIGHT = 0.2;
  private static final double YEAR_WEIGHT = 0.2;
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  private final List<Candidate> candidates = new ArrayList<>();

  /** A corpus plan a citation resolved to, with the score and the reason in words. */
  public record Match(String planId, double score, String reason) {}

  private record Candidate(Plan plan, String key, DocType type, Set<String> title, String level, Integer year) {}

  public PlanResolver(List<Plan> plans) {
    CitationFinder finder = new CitationFinder();
    for (Plan p : plans) {
      Header h = p.header();
      if (h == null) continue;
      DocType type = h.type() == null ? DocType.KE_HOACH : DocType.ofWord(h.type().strip()).orElse(DocType.OTHER);
      String key = h.number() == null || h.number().isBlank() ? null
          : finder.normalize(h.number(), type).map(NormalizedSymbol::key).orElse(null);
      Integer year = h.date() != null ? Integer.valueOf(h.date().getYear()) : yearIn(h.title());
      String level = h.level() != null ? h.level() : Levels.of(h.issuer());
      candidates.add(new Candidate(p, key, type, Words.set(h.title()), level, year));
    }
  }

  /** The plan {@code c} names, other than {@code citingPlanId}, if one scores above the threshold. */
  public Optional<Match> resolve(Citation c, String citingPlanId) {
    Match best = null;
    for (Candidate cand : candidates) {
      if (cand.plan.id().equals(citingPlanId)) continue;
      Match m = score(c, cand);
      if (m != null && (best == null || m.score() > best.score())) best = m;
    }
    return Optional.ofNullable(best);
  }

  private static Match score(Citation c, Candidate cand) {
    Header h = cand.plan.header();
    if (!Objects.equals(c.scope(), h.province())) return null;
    if (cand.key != null) {
      return cand.key.equals(c.key()) ? new Match(cand.plan.id(), 1.0, "số " + c.key() + ", cùng tỉnh") : null;
    }
    if (c.type() != cand.type) return null;
    if (c.date() != null && h.date() != null && !c.date().equals(h.date())) return null;
    Set<String> subject = Words.set(c.subject() == null ? null : c.subject().replaceFirst("^[“\"]?\\s*về\\s+", ""));
    double title = Words.dice(subject, cand.title);
    String citedLevel = Levels.of(c.issuer());
    double level = citedLevel == null || cand.level == null ? 0.5 : citedLevel.equals(cand.level) ? 1 : 0;
    Integer citedYear = c.date() != null ? Integer.valueOf(c.date().getYear()) : yearIn(c.subject());
    double year = citedYear == null || cand.year == null ? 0.5 : citedYear.equals(cand.year) ? 1 : 0;
    if (level == 0 || year == 0) return null; // another body's or another year's plan of the same name
    double score = TITLE_WEIGHT * title + LEVEL_WEIGHT * level + YEAR_WEIGHT * year;
    if (score < THRESHOLD) return null;
    String reason = String.format(java.util.Locale.ROOT,
        "không có số: cùng loại và tỉnh, tiêu đề giống %.0f%%, cấp %s, năm %s", 100 * title,
        level == 1 ? "khớp" : "không rõ", year == 1 ? "khớp" : "không rõ");
    return new Match(cand.plan.id(), score, reason);
  }

  private static Integer yearIn(String text) {
    if (text == null) return null;
    Matcher m = YEAR.matcher(text);
    return m.find() ? Integer.valueOf(m.group()) : null;
  }
}
