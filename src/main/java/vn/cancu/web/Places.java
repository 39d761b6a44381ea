package vn.cancu.web;

/** Display names for province slugs. */
final class Places {

  private Places() {}

  // TODO(web): name from vn.cancu.document.Provinces once the document branch lands.
  static String province(String slug) {
    return slug;
  }
}
