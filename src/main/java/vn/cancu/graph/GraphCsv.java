package vn.cancu.graph;

import java.io.IOException;
import java.util.List;

/**
 * RFC 4180 CSV for spreadsheets and Gephi's import: an edge table
 * ({@code source,target,relation,count,evidence}) and a node table
 * ({@code id,label,kind,type,level,province,year}).
 */
public final class GraphCsv {
  public static final String EDGE_HEADER = "source,target,relation,count,evidence";
  public static final String NODE_HEADER = "id,label,kind,type,level,province,year";

  private GraphCsv() {}

  public static void writeEdges(CitationGraph g, Appendable out) throws IOException {
    out.append(EDGE_HEADER).append("\r\n");
    for (Edge e : g.edges()) {
      row(out, List.of(e.source(), e.target(), e.relation(), String.valueOf(e.count()),
          e.evidence().isEmpty() ? "" : e.evidence().get(0).text()));
    }
  }

  public static void writeNodes(CitationGraph g, Appendable out) throws IOException {
    out.append(NODE_HEADER).append("\r\n");
    for (Node n : g.nodes()) {
      row(out, List.of(n.id(), n.label(), n.kind(), str(n.type()), str(n.level()), str(n.province()),
          n.year() == null ? "" : n.year().toString()));
    }
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append("\r\n");
  }
}
