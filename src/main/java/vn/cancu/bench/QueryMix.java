package vn.cancu.bench;

import java.util.List;
import java.util.Map;
import vn.cancu.search.SearchRequest;

/**
 * The query kinds users send, each a small rotation of queries whose words occur in generated and
 * real plans: plain words, quoted phrases, document numbers and symbols (in both party spellings),
 * words narrowed by facets, and tasks asking which directives they rely on.
 */
final class QueryMix {
  static final Map<String, List<String>> TEXTS =
      Map.of(
          "words", List.of("dân vận khéo", "cải cách hành chính", "tiếp công dân đối thoại",
              "chuyển đổi số", "giải quyết khiếu nại tố cáo", "dan van chinh quyen"),
          "phrase", List.of("\"dân vận khéo\"", "\"cải cách hành chính\"", "\"tiếp công dân\"",
              "\"dân chủ ở cơ sở\"", "\"chuyển đổi số\""),
          "number", List.of("33/CT-TTg", "25-NQ/TW", "25/NQ-TW", "76/NQ-CP", "18-KH/TU", "59/2023/NĐ-CP"),
          "task", List.of("tiếp công dân", "phòng chống tham nhũng", "cải cách hành chính", "chuyển đổi số",
              "dân vận khéo"));

  /** Facets the faceted queries narrow by: a province and the commune level. */
  static final List<Map<String, List<String>>> FILTERS =
      List.of(Map.of("level", List.of("xa")), Map.of("province", List.of("lang-son")),
          Map.of("type", List.of("Kế hoạch"), "level", List.of("tinh")));

  /** Search kinds, answered by {@code SearchService}. */
  static final List<String> KINDS = List.of("words", "phrase", "number", "faceted");
  /** Every kind the bench measures: the search kinds and "task" (task → basis, answered by {@code BasisFinder}). */
  static final List<String> ALL_KINDS = List.of("words", "phrase", "number", "faceted", "task");

  private QueryMix() {}

  /** The i-th task phrase of the "task" kind. */
  static String task(int i) {
    List<String> tasks = TEXTS.get("task");
    return tasks.get(i % tasks.size());
  }

  /** The i-th request of a search kind (rotating through its queries). */
  static SearchRequest request(String kind, int i) {
    if (kind.equals("faceted")) {
      List<String> words = TEXTS.get("words");
      return new SearchRequest(words.get(i % words.size()), FILTERS.get(i % FILTERS.size()), 0, 10);
    }
    List<String> texts = TEXTS.get(kind);
    return new SearchRequest(texts.get(i % texts.size()), Map.of(), 0, 10);
  }

  /** The literal strings a grep -F user would look for, for the same i-th request. */
  static List<String> literals(String kind, int i) {
    if (kind.equals("task")) return List.of(task(i));
    SearchRequest r = request(kind, i);
    String q = r.query();
    if (q.startsWith("\"")) return List.of(q.substring(1, q.length() - 1));
    if (kind.equals("number")) return List.of(q);
    return List.of(q.split(" "));
  }
}
