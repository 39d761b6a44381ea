package vn.cancu.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.cancu.text.OutlineLabel;
import vn.cancu.text.OutlineLabel.Kind;

/**
 * Builds the clause tree from outline paragraphs. A label of a kind already open closes the
 * deeper clauses and becomes a sibling; a new kind nests under the open clause unless that clause
 * is of an equal or deeper rank (so "1." after "-" bullets of a section closes the bullets).
 */
final class OutlineBuilder {
  // A run-in item ends its first sentence on the label line; a heading does not.
  private static final Pattern ENDS_STATEMENT = Pattern.compile(".*[.;:!?…][”\"’')\\]]*\\s*");

  /** A clause under construction. */
  private static final class Node {
    final OutlineLabel label;
    final Paragraph labelPara;
    final Node parent;
    final List<Paragraph> body = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    String id;
    int bullets;

    Node(OutlineLabel label, Paragraph labelPara, Node parent) {
      this.label = label;
      this.labelPara = labelPara;
      this.parent = parent;
    }

    int end() {
      if (!children.isEmpty()) return children.get(children.size() - 1).end();
      if (!body.isEmpty()) return body.get(body.size() - 1).span().end();
      return labelPara.span().end();
    }
  }

  private final String text;
  private final Node root = new Node(null, null, null);
  private final List<Node> open = new ArrayList<>(List.of(root));
  private final Set<String> ids = new HashSet<>();

  private OutlineBuilder(String text) {
    this.text = text;
  }

  /**
   * @param text the plan text the paragraphs point into
   * @param paras the outline paragraphs, the first carrying a label
   * @param footnotesAt markers of the footnotes anchored in a span of the text
   */
  static List<Clause> build(String text, List<Paragraph> paras, Function<Span, List<Integer>> footnotesAt) {
    OutlineBuilder b = new OutlineBuilder(text);
    for (Paragraph p : paras) b.add(p);
    return b.root.children.stream().map(n -> b.freeze(n, footnotesAt)).toList();
  }

  private void add(Paragraph p) {
    var label = OutlineLabel.at(p.text());
    if (label.isEmpty()) {
      open.get(open.size() - 1).body.add(p);
      return;
    }
    Kind kind = label.get().kind();
    int same = -1;
    for (int i = 1; i < open.size(); i++) if (open.get(i).label.kind() == kind) same = i;
    if (same > 0) {
      trim(same);
    } else {
      while (open.size() > 1 && open.get(open.size() - 1).label.kind().rank >= kind.rank) trim(open.size() - 1);
    }
    Node parent = open.get(open.size() - 1);
    Node node = new Node(label.get(), p, parent);
    node.id = unique(idOf(node));
    parent.children.add(node);
    open.add(node);
  }

  private void trim(int size) {
    while (open.size() > size) open.remove(open.size() - 1);
  }

  private String idOf(Node n) {
    String parentId = n.parent.id;
    String prefix = parentId == null ? "" : parentId + ".";
    OutlineLabel l = n.label;
    return switch (l.kind()) {
      case ROMAN -> prefix + l.label().replaceAll("[^IVX]", "");
      case ARABIC, DECIMAL -> prefix + l.value();
      case LETTER -> prefix + l.label().charAt(0);
      case QUARTER -> prefix + "Q" + l.value();
      case DASH, PLUS -> (parentId == null ? "" : parentId) + "-" + (++n.parent.bullets);
    };
  }

  private String unique(String id) {
    String candidate = id;
    for (int k = 2; !ids.add(candidate); k++) candidate = id + "_" + k;
    return candidate;
  }

  private Clause freeze(Node n, Function<Span, List<Integer>> footnotesAt) {
    Span labelSpan = n.labelPara.span();
    int restStart = labelSpan.start() + n.label.end();
    String rest = text.substring(restStart, labelSpan.end());
    boolean hasMore = !n.body.isEmpty() || !n.children.isEmpty();
    boolean heading =
        switch (n.label.kind()) {
          case ROMAN, QUARTER -> true;
          case ARABIC, DECIMAL, LETTER -> !rest.isEmpty() && hasMore && !ENDS_STATEMENT.matcher(rest).matches();
          case DASH, PLUS -> false;
        };
    int firstBody = n.body.isEmpty() ? -1 : n.body.get(0).span().start();
    int bodyStart = heading || rest.isEmpty() ? firstBody : restStart;
    int bodyEnd = n.body.isEmpty() ? labelSpan.end() : n.body.get(n.body.size() - 1).span().end();
    String body = bodyStart < 0 ? "" : text.substring(bodyStart, bodyEnd);
    Span span = new Span(labelSpan.start(), n.end());
    int ownEnd = n.children.isEmpty() ? span.end() : n.children.get(0).labelPara.span().start();
    List<Clause> children = n.children.stream().map(c -> freeze(c, footnotesAt)).toList();
    return new Clause(
        n.id,
        n.label.label(),
        heading ? rest : "",
        body,
        span,
        footnotesAt.apply(new Span(labelSpan.start(), ownEnd)),
        children);
  }
}
