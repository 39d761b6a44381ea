package vn.cancu.graph;

import java.util.ArrayList;
import java.util.List;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationFinder;
import vn.cancu.cite.Scopes;

/**
 * Document → document links read from what a mention says about the document: "Kết luận số
 * 43-KL/TW ... về tiếp tục thực hiện Nghị quyết số 25-NQ/TW" (43-KL/TW implements 25-NQ/TW), and
 * from a directive text's title ("Nghị định số 59/2023/NĐ-CP ... quy định chi tiết ... Luật Thực
 * hiện dân chủ ở cơ sở": details). The relation comes from the trigger words before the inner mention.
 */
final class SubjectEdges {
  private final CitationFinder finder = new CitationFinder();
  private final Catalog catalog;

  record Link(String target, String relation) {}

  SubjectEdges(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Documents named in the subject of mention {@code c}, whose own catalogue key is {@code key}. */
  List<Link> in(Citation c, String key) {
    if (c.subject() == null) return List.of();
    return links(finder.find(c.subject()), key, c.scope());
  }

  /** Documents named in a directive text's title, other than the document itself. */
  List<Link> inTitle(String title, String key) {
    return links(finder.find(title), key, null);
  }

  private List<Link> links(List<Citation> found, String ownKey, String scope) {
    List<Link> out = new ArrayList<>();
    for (Citation inner : found) {
      String innerScope = null;
      if (Scopes.isLocal(inner.key())) {
        String named = Scopes.provinceIn(inner.issuer());
        innerScope = named != null ? named : scope;
      }
      String scoped = innerScope == null ? inner.key() : inner.key() + "@" + innerScope;
      String key = CatalogKeys.canonical(catalog, scoped, innerScope != null);
      if (key.equals(ownKey) || (ownKey.startsWith(key + "@"))) continue;
      out.add(new Link(key, inner.relation()));
    }
    return out;
  }
}
