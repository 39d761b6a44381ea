package vn.cancu.wording;

import java.util.Map;
import java.util.Optional;
import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/**
 * Which of two plans came first, and on what evidence: their issue dates when both have one;
 * otherwise the issuer level within one province (the province plans, the commune then implements:
 * a "xã" plan is written from the "tỉnh" one, never the other way); otherwise a plan citing the
 * other's number came later. Empty when nothing says.
 */
final class PlanOrder {
  private static final Map<String, Integer> LEVEL_RANK = Map.of("trung-uong", 0, "tinh", 1, "xa", 2);

  /** Whether the first plan asked about came first, and why, in Vietnamese. */
  record Evidence(boolean firstIsEarlier, String reason) {}

  private PlanOrder() {}

  static Optional<Evidence> of(Plan a, Plan b) {
    Header ha = a.header(), hb = b.header();
    if (ha != null && hb != null && ha.date() != null && hb.date() != null && !ha.date().equals(hb.date())) {
      boolean aFirst = ha.date().isBefore(hb.date());
      return Optional.of(new Evidence(aFirst, "ban hành ngày " + Dates.dmy(aFirst ? ha.date() : hb.date())
          + ", trước ngày " + Dates.dmy(aFirst ? hb.date() : ha.date())));
    }
    Integer ra = ha == null ? null : LEVEL_RANK.get(ha.level());
    Integer rb = hb == null ? null : LEVEL_RANK.get(hb.level());
    boolean sameProvince = ha != null && hb != null && ha.province() != null && ha.province().equals(hb.province());
    if (ra != null && rb != null && !ra.equals(rb) && (sameProvince || Math.min(ra, rb) == 0)) {
      return Optional.of(new Evidence(ra < rb, "cấp " + levelName(Math.min(ra, rb)) + " ban hành, cấp "
          + levelName(Math.max(ra, rb)) + " triển khai theo"));
    }
    if (cites(a, b)) return Optional.of(new Evidence(false, "kế hoạch sau viện dẫn số hiệu " + hb.number().strip()));
    if (cites(b, a)) return Optional.of(new Evidence(true, "kế hoạch sau viện dẫn số hiệu " + ha.number().strip()));
    return Optional.empty();
  }

  /** Whether {@code a}'s text names {@code b}'s number ("61/KH-UBND"), a number with digits. */
  private static boolean cites(Plan a, Plan b) {
    Header hb = b.header();
    if (hb == null || hb.number() == null || !hb.number().matches(".*\\d.*[/-].*")) return false;
    String n = hb.number().replaceFirst("^(?i)số\\s*:?\\s*", "").strip();
    return a.text().contains(n);
  }

  private static String levelName(int rank) {
    return switch (rank) {
      case 0 -> "trung ương";
      case 1 -> "tỉnh";
      default -> "xã";
    };
  }
}
