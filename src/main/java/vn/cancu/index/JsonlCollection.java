package vn.cancu.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An external collection in JSON Lines, one {@code {"id", "title", "text"}} object a line (e.g. a
 * benchmark's documents). Each line becomes a plan-like document with one clause, id "1".
 */
public final class JsonlCollection {
  public static final String CLAUSE_ID = "1";

  private JsonlCollection() {}

  public static List<IndexablePlan> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<IndexablePlan> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(file + ":" + number + ": not a JSON object: " + e.getOriginalMessage(), e);
        }
        String id = node.path("id").asText("");
        if (id.isBlank()) throw new IOException(file + ":" + number + ": missing \"id\"");
        String title = node.path("title").asText("");
        String text = node.path("text").asText("");
        IndexableClause clause = new IndexableClause(CLAUSE_ID, "", text, List.of());
        out.add(new IndexablePlan(id, null, title, null, null, null, null, null, null, List.of(clause)));
      }
    }
    return out;
  }
}
