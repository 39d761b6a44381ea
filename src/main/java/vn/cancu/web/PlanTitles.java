package vn.cancu.web;

import vn.cancu.document.Header;
import vn.cancu.document.Plan;

/** How a plan is named in lists and links: "Kế hoạch số 179/KH-UBND: <title>". */
final class PlanTitles {

  private PlanTitles() {}

  static String of(Plan plan) {
    Header h = plan.header();
    String type = h == null || h.type() == null || h.type().isBlank() ? "Kế hoạch" : h.type();
    String title = h == null || h.title() == null || h.title().isBlank() ? plan.id() : h.title();
    String number = h == null || h.number() == null || h.number().isBlank() ? "" : " số " + h.number();
    return type + number + ": " + title;
  }
}
