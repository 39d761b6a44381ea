package vn.cancu.graph;

import java.io.Writer;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** GraphML for Gephi, yEd and NetworkX: a directed graph with node and edge attributes declared as keys. */
public final class GraphMl {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final List<String> NODE_KEYS = List.of("label", "kind", "type", "level", "province", "year");

  private GraphMl() {}

  public static void write(CitationGraph g, Writer out) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace(NS);
    for (String k : NODE_KEYS) key(x, k, "node", k.equals("year") ? "int" : "string");
    key(x, "relation", "edge", "string");
    key(x, "count", "edge", "int");
    key(x, "evidence", "edge", "string");
    x.writeStartElement("graph");
    x.writeAttribute("id", "cancu");
    x.writeAttribute("edgedefault", "directed");
    for (Node n : g.nodes()) {
      x.writeStartElement("node");
      x.writeAttribute("id", n.id());
      data(x, "label", n.label());
      data(x, "kind", n.kind());
      data(x, "type", n.type());
      data(x, "level", n.level());
      data(x, "province", n.province());
      data(x, "year", n.year());
      x.writeEndElement();
    }
    int i = 0;
    for (Edge e : g.edges()) {
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + i++);
      x.writeAttribute("source", e.source());
      x.writeAttribute("target", e.target());
      data(x, "relation", e.relation());
      data(x, "count", e.count());
      data(x, "evidence", e.evidence().isEmpty() ? null : e.evidence().get(0).text());
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
  }

  private static void key(XMLStreamWriter x, String name, String on, String type) throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", name);
    x.writeAttribute("for", on);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, Object value) throws XMLStreamException {
    if (value == null) return;
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(Objects.toString(value));
    x.writeEndElement();
  }
}
