package vn.cancu.web;

import vn.cancu.document.Provinces;

/** Display names for the province slugs the model and the index use. */
final class Places {

  private Places() {}

  /** "lang-son" → "Lạng Sơn"; an unknown slug is shown as it is, null stays null. */
  static String province(String slug) {
    if (slug == null) return null;
    return Provinces.bySlug(slug).map(Provinces.Province::name).orElse(slug);
  }
}
