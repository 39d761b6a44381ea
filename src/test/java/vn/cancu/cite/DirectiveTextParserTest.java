package vn.cancu.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cancu.ingest.ExtractedText;

class DirectiveTextParserTest {
  private final DirectiveTextParser parser = new DirectiveTextParser();

  @Test
  void splitsArticlesAndReadsTheKeyFromTheTitle() {
    String text = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n\n"
        + "Điều 1. Phạm vi điều chỉnh\n\nLuật này quy định về nội dung.\n\nĐiều 2. Giải thích từ ngữ\n\n1. Cơ sở là xã.\n";
    DirectiveText d = parser.parse(ExtractedText.ofPlainText("x", text)).orElseThrow();
    assertEquals("10/2022/QH15", d.key());
    assertEquals(2, d.articles().size());
    assertEquals(new Article(1, "Phạm vi điều chỉnh", "Luật này quy định về nội dung."), d.articles().get(0));
    assertEquals("1. Cơ sở là xã.", d.articles().get(1).text());
  }

  @Test
  void titleNamingNoDocumentIsAnEmptyResult() {
    assertTrue(parser.parse(ExtractedText.ofPlainText("x", "Ghi chú họp\nĐiều 1. Nội dung")).isEmpty());
  }

  @Test
  void sharedDirectivesParse() throws IOException {
    Path dir = Path.of("../shared/directives");
    assumeTrue(Files.isDirectory(dir), "skipped: " + dir.toAbsolutePath() + " is absent");
    Path law = dir.resolve("10-2022-QH15.txt");
    DirectiveText d = parser.parse(ExtractedText.ofPlainText("10-2022-QH15", Files.readString(law))).orElseThrow();
    assertEquals("10/2022/QH15", d.key());
    assertEquals("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022", d.title());
    assertEquals(1, d.articles().get(0).number());
    assertTrue(d.articles().size() > 80, "articles: " + d.articles().size());
  }
}
