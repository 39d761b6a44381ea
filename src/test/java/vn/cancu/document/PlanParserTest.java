package vn.cancu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cancu.ingest.ExtractedText;

class PlanParserTest {
  private final PlanParser parser = new PlanParser();

  @Test
  void provincialPlanWithHeaderBlockPointsAndPlusBullets() throws IOException {
    Plan plan = parser.parse(ExtractedText.ofPlainText("cao-bang", resource("/document/cao-bang_ke-hoach-phong-chong-thien-tai.txt")));
    PlanInvariants.assertWellFormed(plan);
    PlanInvariants.assertNoCutParagraphs(plan);
    PlanInvariants.assertWholeSymbols(plan);
    Header h = plan.header();
    assertEquals("UBND tỉnh Cao Bằng", h.issuer());
    assertNull(h.parentIssuer());
    assertEquals("12/KH-UBND", h.number());
    assertEquals("Cao Bằng", h.place());
    assertEquals(LocalDate.of(2026, 1, 9), h.date());
    assertEquals("cao-bang", h.province());
    assertEquals("tinh", h.level());
    assertEquals("Triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn tỉnh Cao Bằng", h.title());
    assertEquals(3, plan.basis().size());
    assertTrue(plan.basis().get(2).text().startsWith("Thực hiện Chỉ thị số 05-CT/TU ngày 12/3/2025"));
    assertEquals(
        List.of("II.1", "II.1.a", "II.1.a-1", "II.1.a-1-1", "II.1.a-1-2", "II.1.a-2", "II.1.b", "II.2"),
        plan.clause("II").orElseThrow().children().stream()
            .flatMap(c -> flatten(c).stream()).map(Clause::id).toList());
    Clause a = plan.clause("II.1.a").orElseThrow();
    assertEquals("a)", a.label());
    assertEquals("", a.heading(), "a point ending with ':' is text, not a heading");
    assertEquals("Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp:", a.text());
    assertEquals("Cấp xã: hoàn thành trước ngày 30/4/2026.", plan.clause("II.1.a-1-2").orElseThrow().text());
    assertEquals("Mục đích", plan.clause("I.1").orElseThrow().heading());
    Footnote f = plan.footnotes().get(0);
    assertEquals("I.1.b", f.clauseId());
    assertEquals("Các xã Bảo Lâm, Nguyên Bình, Hạ Lang và các xóm ven sông Bằng Giang.", f.text());
    assertEquals("¹", plan.text().substring(f.anchor().start(), f.anchor().end()));
    assertEquals(6, plan.recipients().size());
    assertEquals(new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng"), plan.signer());
    assertTrue(plan.clause("III.2").orElseThrow().text().endsWith("tổ chức thực hiện."));
  }

  @Test
  void communePlanWithParentInHeaderDecimalItemsAndSuperscriptFootnotes() throws IOException {
    Plan plan = parser.parse(ExtractedText.ofPlainText("dinh-lap-cds", resource("/document/lang-son_xa-dinh-lap_ke-hoach-chuyen-doi-so.txt")));
    PlanInvariants.assertWellFormed(plan);
    PlanInvariants.assertNoCutParagraphs(plan);
    PlanInvariants.assertWholeSymbols(plan);
    Header h = plan.header();
    assertEquals("UBND xã Đình Lập", h.issuer());
    assertEquals("UBND tỉnh Lạng Sơn", h.parentIssuer());
    assertEquals("45/KH-UBND", h.number());
    assertEquals(LocalDate.of(2026, 3, 3), h.date());
    assertEquals("lang-son", h.province());
    assertEquals("xa", h.level());
    assertEquals(List.of("I.2.a", "I.2.b", "I.2.c", "I.2.d", "I.2.đ"),
        plan.clause("I.2").orElseThrow().children().stream().map(Clause::id).toList());
    assertEquals("Mục tiêu chung", plan.clause("I.1").orElseThrow().heading());
    assertEquals(List.of(1), plan.clause("I.1").orElseThrow().footnotes());
    assertEquals(List.of(2), plan.clause("II.2").orElseThrow().footnotes());
    Clause organisation = plan.clause("III").orElseThrow();
    assertTrue(organisation.text().startsWith("Giao Văn phòng HĐND và UBND xã chủ trì"), organisation.text());
    assertTrue(organisation.text().endsWith("trước ngày 15/12/2026."), "closing paragraph kept out");
    assertEquals(List.of("UBND tỉnh (b/c)", "Sở Khoa học và Công nghệ", "Lưu: VT"), plan.recipients());
    assertEquals(new Signer("TM. ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", "Hoàng Văn Tuấn"), plan.signer());
  }

  @Test
  void trailingDigitsAreMarkersOnlyForExistingFootnotes() {
    String text =
        """
        I. NỘI DUNG
        1. Diện tích
        Cải tạo 100 m2 sân trụ sở theo quy định3 và Kế hoạch số 18-KH/TU năm 2026.
                                                           \s
        3 Quy định tại Nghị định số 59/2023/NĐ-CP.
        """;
    Plan plan = parser.parse(ExtractedText.ofPlainText("x", text));
    assertEquals(1, plan.footnotes().size());
    Footnote f = plan.footnotes().get(0);
    assertEquals(3, f.marker());
    assertEquals("I.1", f.clauseId());
    assertEquals("3", plan.text().substring(f.anchor().start(), f.anchor().end()));
    assertEquals(plan.text().indexOf("định3") + 4, f.anchor().start());
  }

  /** A number left blank for the e-office system to fill ("Số:    /KH-UBND") is no number and no issuer. */
  @ParameterizedTest
  @ValueSource(strings = {
      "UBND TỈNH LẠNG SƠN\nSố:    /KH-UBND",
      "UBND TỈNH LẠNG SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:      /KH-UBND          Lạng Sơn, ngày   tháng 3 năm 2026",
      "UBND TỈNH LẠNG SƠN\nSố: /KH-UBND",
      "UBND TỈNH LẠNG SƠN\nSố: ....../KH-UBND"})
  void blankNumberIsNeitherNumberNorIssuer(String head) {
    Plan plan = parser.parse(ExtractedText.ofPlainText("x", head + "\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2026\nI. MỤC ĐÍCH\n1. Nội dung.\n"));
    assertNull(plan.header().number());
    assertEquals("UBND tỉnh Lạng Sơn", plan.header().issuer());
  }

  @Test
  void closingParagraphBelongsToNoClause() {
    String text =
        """
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.
        Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Nội vụ để tổng hợp./.
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        """;
    Plan plan = parser.parse(ExtractedText.ofPlainText("x", text));
    assertEquals("Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.", plan.clause("III.1").orElseThrow().text());
    assertEquals(List.of("Như trên", "Lưu: VT"), plan.recipients());
  }

  @Test
  void oddTextNeverThrows() {
    for (String odd : List.of("", " ", "\n\n\f", "I.", "II.\nIII.\n- \n+", "KẾ HOẠCH", "Số: /\nngày tháng năm",
        "Nơi nhận:\n-\nTM.\nKT.", "¹²³", "1 A\n2 B", "\u0000\u0001binary\uFFFD\uFFFD", "1.\nMục đích\n-\n- Theo dõi")) {
      Plan plan = parser.parse(ExtractedText.ofPlainText("odd", odd));
      PlanInvariants.assertWellFormed(plan);
    }
  }

  @Test
  void randomMixesOfPlanFragmentsNeverThrow() {
    String[] pieces = {"I. MỤC ĐÍCH", "II.", "1. Mục đích", "a) Chủ động", "- Theo dõi", "+ Cấp xã", "Quý II",
        "KẾ HOẠCH", "Số: 12/KH-UBND", "Hà Nội, ngày 1 tháng 2 năm 2026", "Căn cứ Luật", "công tác dân vận",
        "43-", "KL/TW", "“Dân vận khéo”1", "¹", "1 Ghi chú", "          ", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
        "PHÓ CHỦ TỊCH", "Bế Thị Trang", "./.", "\f", "**", "2021 - 2030", "e\u0301", "\t", ""};
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        s.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "\n" : random.nextBoolean() ? " " : "\n\n");
      }
      Plan plan = parser.parse(ExtractedText.ofPlainText("fuzz", s.toString()));
      PlanInvariants.assertWellFormed(plan);
    }
  }

  private static List<Clause> flatten(Clause c) {
    List<Clause> out = new java.util.ArrayList<>(List.of(c));
    c.children().forEach(child -> out.addAll(flatten(child)));
    return out;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PlanParserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
