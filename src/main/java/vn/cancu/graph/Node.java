package vn.cancu.graph;

import java.util.Objects;

/**
 * A graph node: a plan of the corpus, a cited document, or an article of a directive's full text.
 *
 * @param id the plan id, the scoped catalogue key ("5-CT/TU@ninh-binh"), or "KEY#N" for article N
 * @param label what a reader calls it ("Chỉ thị số 33/CT-TTg", "Điều 11 · 10/2022/QH15")
 * @param kind "plan", "directive" or "article"
 * @param type the document type word ("Kế hoạch", "Chỉ thị", "Luật"), or null
 * @param level "trung-uong", "tinh", "huyen" or "xa", or null when unknown
 * @param province the province slug for local documents and plans, else null
 * @param year the issue year, or null
 */
public record Node(String id, String label, String kind, String type, String level, String province, Integer year) {
  public static final String PLAN = "plan";
  public static final String DIRECTIVE = "directive";
  public static final String ARTICLE = "article";

  public Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
  }
}
