package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

class GraphCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void writesGraphMlCsvAndJsonOfTheSeedCorpus(@TempDir Path tmp) throws Exception {
    Path graphml = tmp.resolve("seeds.graphml");
    Run r = run("graph", "--corpus", "corpus", "--format", "graphml", "--out", graphml.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().matches("(?s)\\d+ nodes, \\d+ edges → .*seeds.graphml\\R"), r.err());
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
    assertEquals("graphml", d.getDocumentElement().getTagName());
    assertTrue(d.getElementsByTagName("edge").getLength() > 50);

    Path csv = tmp.resolve("seeds.csv");
    assertEquals(0, run("graph", "--corpus", "corpus", "--format", "csv", "--out", csv.toString()).code());
    List<String> edges = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("source,target,relation,count,evidence", edges.get(0));
    assertTrue(edges.stream().anyMatch(l -> l.startsWith("43-KL/TW,25-NQ/TW,implements,")), "typed document edge");
    List<String> nodes = Files.readAllLines(tmp.resolve("seeds.nodes.csv"), StandardCharsets.UTF_8);
    assertEquals("id,label,kind,type,level,province,year", nodes.get(0));

    Run json = run("graph", "--corpus", "corpus", "--format", "json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().contains("\"relation\" : \"details\""), "59/2023/NĐ-CP details the law");
  }

  @Test
  void aMissingCorpusIsAUsageErrorInOneLine(@TempDir Path tmp) {
    Run r = run("graph", "--corpus", tmp.resolve("nope").toString(), "--format", "json");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("cancu graph: no such directory"), r.err());
    Run dot = run("graph", "--format", "dot");
    assertEquals(2, dot.code(), dot.err());
    assertTrue(dot.err().contains("graphml, json, csv"), dot.err());
  }
}
