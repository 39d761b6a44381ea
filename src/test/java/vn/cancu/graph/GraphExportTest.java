package vn.cancu.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphExportTest {
  private static final CitationGraph GRAPH = GraphBuilderTest.graph(
      List.of(GraphBuilderTest.PROVINCE, GraphBuilderTest.COMMUNE), List.of());

  @Test
  void graphMlIsWellFormedWithOneElementPerNodeAndEdge() throws Exception {
    StringWriter w = new StringWriter();
    GraphMl.write(GRAPH, w);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(w.toString())));
    String ns = "http://graphml.graphdrawing.org/xmlns";
    assertEquals(GRAPH.nodes().size(), d.getElementsByTagNameNS(ns, "node").getLength());
    assertEquals(GRAPH.edges().size(), d.getElementsByTagNameNS(ns, "edge").getLength());
    assertEquals(9, d.getElementsByTagNameNS(ns, "key").getLength(), "6 node keys, 3 edge keys");
    NodeList edges = d.getElementsByTagNameNS(ns, "edge");
    boolean found = false;
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      if (e.getAttribute("source").equals("xa") && e.getAttribute("target").equals("tinh")) {
        found = true;
        assertTrue(e.getTextContent().startsWith("implements1Kế hoạch số 61/KH-UBND"), e.getTextContent());
      }
    }
    assertTrue(found, "the commune → province plan edge");
  }

  @Test
  void csvQuotesCellsWithCommasAndKeepsOneRowPerEdge() throws Exception {
    StringBuilder edges = new StringBuilder();
    GraphCsv.writeEdges(GRAPH, edges);
    String[] rows = edges.toString().split("\r\n");
    assertEquals(GraphCsv.EDGE_HEADER, rows[0]);
    assertEquals(GRAPH.edges().size() + 1, rows.length);
    assertTrue(edges.toString().contains("xa,tinh,implements,1,\"Kế hoạch số 61/KH-UBND, ngày 26/02/2026"), edges.toString());
    StringBuilder nodes = new StringBuilder();
    GraphCsv.writeNodes(GRAPH, nodes);
    assertTrue(nodes.toString().contains("\r\nxa,Kế hoạch số 179/KH-UBND,plan,Kế hoạch,xa,lang-son,2026\r\n"), nodes.toString());
  }

  @Test
  void jsonCutsEvidenceButKeepsTheCount() {
    GraphJson j = GraphJson.of(GRAPH, 0);
    assertEquals(GRAPH.edges().size(), j.edges().size());
    assertTrue(j.edges().stream().allMatch(e -> e.evidence().isEmpty() && e.count() >= 1));
  }
}
