package vn.cancu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.ingest.Skipped;

/** Files whose names give one sourceId: the first in path order is loaded, the others reported, none overwritten. */
class CorpusLoaderDuplicatesTest {
  @TempDir Path tmp;

  @Test
  void filesSharingASourceIdAreReportedNotOverwritten() throws Exception {
    Path plans = Files.createDirectories(tmp.resolve("plans"));
    String plan = "KẾ HOẠCH\nThực hiện công tác dân vận năm 2026\n\nI. NHIỆM VỤ\n\n1. Tổ chức %s.\n";
    Files.writeString(plans.resolve("Kế hoạch số 5.txt"), plan.formatted("hội nghị"), StandardCharsets.UTF_8);
    Files.writeString(plans.resolve("ke-hoach-so-5.docx.txt"), plan.formatted("tập huấn"), StandardCharsets.UTF_8);
    Files.writeString(plans.resolve("ke-hoach-so-5.txt"), plan.formatted("kiểm tra"), StandardCharsets.UTF_8);

    Corpus corpus = CorpusLoader.standard().load(tmp);

    assertEquals(List.of("ke-hoach-so-5", "ke-hoach-so-5.docx"), List.copyOf(corpus.plans().keySet()));
    assertTrue(corpus.plan("ke-hoach-so-5").orElseThrow().text().contains("hội nghị"), "the first file in path order wins");
    assertEquals(
        List.of(new Skipped(plans.resolve("ke-hoach-so-5.txt").toAbsolutePath().normalize(),
            "duplicate plan id ke-hoach-so-5 (another file has the same name)")),
        corpus.skipped());
  }
}
