package vn.cancu.text.analysis;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tests over a {@link TextIndex} of their texts, built once per class in a temporary directory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnTextIndex {
  TextIndex index;

  /** The texts to index; each one's position is its id. */
  abstract String[] texts();

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    index = new TextIndex(dir, texts());
  }

  @AfterAll
  void close() throws IOException {
    index.close();
  }
}
