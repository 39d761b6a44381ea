package vn.cancu.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.cancu.graph.CitationGraph;
import vn.cancu.graph.GraphBuilder;
import vn.cancu.graph.GraphCsv;
import vn.cancu.graph.GraphJson;
import vn.cancu.graph.GraphMl;
import vn.cancu.index.Corpus;
import vn.cancu.index.CorpusLoader;

/** {@code cancu graph}: exports the citation graph of a corpus for Gephi, D3/Cytoscape or a spreadsheet. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Export the citation graph: plans and cited documents as nodes, typed edges (basis, implements, details,",
      "amends, replaces, repeals, mentions, part-of) with their counts. csv writes FILE (edges) and FILE.nodes.csv."
    })
public final class GraphCommand implements Callable<Integer> {
  /** How many places of evidence the JSON export keeps per edge. */
  static final int JSON_EVIDENCE = 5;

  enum Format { graphml, json, csv }

  @Spec CommandSpec spec;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--format", required = true, description = "graphml, json or csv.")
  Format format;

  @Option(names = "--out", description = "Output file (default: standard output).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      err.println("cancu graph: no such directory: " + corpus);
      return ExitCodes.USAGE;
    }
    Corpus c = CorpusLoader.standard().load(corpus);
    CitationGraph g = GraphBuilder.build(c);
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      write(g, w, true);
      w.flush();
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(g, w, false);
      }
      if (format == Format.csv) {
        try (BufferedWriter w = Files.newBufferedWriter(nodesFile(out), StandardCharsets.UTF_8)) {
          GraphCsv.writeNodes(g, w);
        }
      }
      err.printf("%d nodes, %d edges → %s%n", g.nodes().size(), g.edges().size(), out);
    }
    return ExitCodes.OK;
  }

  private void write(CitationGraph g, Writer w, boolean nodesToo) throws IOException, XMLStreamException {
    switch (format) {
      case graphml -> GraphMl.write(g, w);
      case json -> new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
          .writeValue(w, GraphJson.of(g, JSON_EVIDENCE));
      case csv -> {
        if (nodesToo) {
          GraphCsv.writeNodes(g, w);
          w.write("\r\n");
        }
        GraphCsv.writeEdges(g, w);
      }
    }
  }

  /** "graph.csv" → "graph.nodes.csv". */
  static Path nodesFile(Path edges) {
    String name = edges.getFileName().toString();
    String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return edges.resolveSibling(base + ".nodes.csv");
  }
}
