package vn.cancu.text.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** ALQAC 2023 legal retrieval data: the articles of 18 laws and the statements with their relevant articles. */
public record AlqacData(List<Article> articles, List<Question> questions) {

  public static final String PASSAGES = "legal_passages.json";
  public static final String QUESTIONS = "train.json";

  /** One article; {@code id} is law id + "#" + article id. */
  public record Article(String id, String text) {}

  public record Question(String id, String statement, Set<String> relevant) {
    public Question {
      relevant = Set.copyOf(relevant);
    }
  }

  public AlqacData {
    articles = List.copyOf(articles);
    questions = List.copyOf(questions);
  }

  public static String articleId(String lawId, String articleId) {
    return lawId + "#" + articleId;
  }

  /** Reads {@value #PASSAGES} and {@value #QUESTIONS} from {@code dir}. */
  public static AlqacData load(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    for (JsonNode law : read(json, dir.resolve(PASSAGES))) {
      for (JsonNode article : law.path("articles")) {
        articles.add(new Article(articleId(law.path("id").asText(), article.path("id").asText()),
            article.path("text").asText()));
      }
    }
    List<Question> questions = new ArrayList<>();
    for (JsonNode q : read(json, dir.resolve(QUESTIONS))) {
      Set<String> relevant = new LinkedHashSet<>();
      for (JsonNode p : q.path("legal_passages")) {
        relevant.add(articleId(p.path("law_id").asText(), p.path("article_id").asText()));
      }
      questions.add(new Question(q.path("example_id").asText(), q.path("statement").asText(), relevant));
    }
    if (articles.isEmpty() || questions.isEmpty()) {
      throw new IOException("no articles or no questions in " + dir);
    }
    return new AlqacData(articles, questions);
  }

  private static JsonNode read(ObjectMapper json, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "ALQAC file not found");
    }
    return json.readTree(file.toFile());
  }
}
