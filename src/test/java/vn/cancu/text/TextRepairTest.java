package vn.cancu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TextRepairTest {
  private final TextRepair repair = new TextRepair();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/text/repair-cases.tsv",
      delimiter = '\t',
      quoteCharacter = '`',
      ignoreLeadingAndTrailingWhitespace = false,
      maxCharsPerColumn = 100_000)
  void repairs(String name, String input, String expected) {
    String source = unescape(input);
    RepairedText r = repair.repair(source);
    assertEquals(unescape(expected), r.text());
    Traceability.assertTraceable(source, r);
  }

  @Test
  void decomposedInputComesOutComposedWithOffsetsOnTheBaseLetters() {
    String nfc = "Kế hoạch số 18-KH/TU của Ban Thường vụ Tỉnh ủy";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    RepairedText r = repair.repair(nfd);
    assertEquals(nfc, r.text());
    for (int i = 0; i < r.text().length(); i++) {
      char base = Normalizer.normalize(String.valueOf(r.text().charAt(i)), Normalizer.Form.NFD).charAt(0);
      assertEquals(base, nfd.charAt(r.sourceOffsets()[i]), "char " + i);
    }
    assertEquals(nfd.length(), r.sourceOffsets()[r.text().length()]);
  }

  @Test
  void wrappedLinesStartingUpperCaseContinueUnlessTheLineIsShort() {
    // Lạng Sơn plan, double-spaced and wrapped at about 80 columns.
    String source =
        """
        Thực hiện Kế hoạch số 18-KH/TU, ngày 04/02/2026 của Ban Thường vụ\s

        Tỉnh ủy Lạng Sơn về tổ chức thực hiện phong trào thi đua “Dân vận khéo” giai\s

        đoạn 2026 - 2030; UBND tỉnh ban hành Kế hoạch thực hiện công tác dân vận\s

        chính quyền các cấp năm 2026 như sau:        \s

        I. MỤC ĐÍCH, YÊU CẦU\s

        II. NỘI DUNG\s

        1. Quán triệt, tuyên truyền các chủ trương của Đảng, chính sách\s

        pháp luật của Nhà nước về công tác dân vận\s

        Các sở, ban, ngành, địa phương tiếp tục tuyên truyền, quán triệt nâng cao\s

        nhận thức cho cán bộ, công chức, viên chức và người lao động về các nghị\s

        quyết, chỉ thị, kết luận của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị;\s

        Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng chính phủ về tiếp tục\s
        """;
    String[] paragraphs = repair.repair(source).text().split("\n");
    assertEquals(5, paragraphs.length, String.join("\n", paragraphs));
    assertTrue(paragraphs[0].startsWith("Thực hiện Kế hoạch") && paragraphs[0].endsWith("như sau:"));
    assertEquals("1. Quán triệt, tuyên truyền các chủ trương của Đảng, chính sách pháp luật của Nhà nước về công tác dân vận", paragraphs[3]);
    assertTrue(paragraphs[4].contains("hệ thống chính trị; Chỉ thị số 33/CT-TTg"), paragraphs[4]);
  }

  @Test
  void aLineWithoutTheTrailingSpaceOfWrappedLinesEndsItsParagraph() {
    // Ninh Bình plan: wrapped lines end with a space, paragraph ends do not.
    String source =
        """
        4. Thực hiện tốt công tác đối thoại tiếp dân và giải quyết khiếu nại, tố cáo
        Thực hiện các quy định trong công tác đối thoại, tiếp công dân và giải quyết\s

        đơn thư khiếu nại, tố cáo, phản ánh, kiến nghị của công dân. Thủ trưởng các cơ quan,\s
        đơn vị và Chủ tịch Ủy ban nhân dân cấp xã trực tiếp tiếp công dân và chỉ đạo giải\s
        quyết các kiến nghị, khiếu nại, tố cáo của công dân theo quy định. Chủ động dự báo\s
        và nắm chắc tình hình trong Nhân dân tại cơ sở, kịp thời tháo gỡ những khó khăn\s
        vướng mắc trong quản lý, điều hành.
        """;
    String[] paragraphs = repair.repair(source).text().split("\n");
    assertEquals(2, paragraphs.length, String.join("\n", paragraphs));
    assertEquals("4. Thực hiện tốt công tác đối thoại tiếp dân và giải quyết khiếu nại, tố cáo", paragraphs[0]);
  }

  @Test
  void emptyAndBlankInputGiveEmptyText() {
    assertEquals("", repair.repair("").text());
    assertEquals("", repair.repair(" \n\n \f ").text());
    assertEquals(1, repair.repair("").sourceOffsets().length);
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\f", "\f").replace("\\r", "\r");
  }
}
