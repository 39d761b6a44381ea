package vn.cancu.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for ids and keys put into links (keys hold "/" and "@", ids may hold anything). */
final class Urls {

  private Urls() {}

  /** For a query parameter value. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** For one path segment: like {@link #query} but a space is %20, never "+". */
  static String segment(String value) {
    return query(value).replace("+", "%20");
  }
}
