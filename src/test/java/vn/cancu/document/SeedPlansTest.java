package vn.cancu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cancu.ingest.ExtractedText;
import vn.cancu.text.Traceability;
import vn.cancu.text.TextRepair;

/** The five seed plans in corpus/plans: real, messy extractions of different shapes. */
class SeedPlansTest {
  private static final Path SEEDS = Path.of("corpus/plans");
  private final PlanParser parser = new PlanParser();

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertEquals(5, list.size(), "seed plans in " + SEEDS.toAbsolutePath());
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySeedIsWellFormed(Path seed) throws IOException {
    String source = Files.readString(seed);
    Plan plan = parse(seed);
    PlanInvariants.assertWellFormed(plan);
    PlanInvariants.assertNoCutParagraphs(plan);
    PlanInvariants.assertWholeSymbols(plan);
    Traceability.assertTraceable(source, new TextRepair().repair(source));
    assertEquals("Kế hoạch", plan.header().type());
    assertTrue(plan.header().title() != null && !plan.header().title().isBlank());
    assertFalse(plan.basis().isEmpty(), "basis");
    assertTrue(plan.clauses().size() >= 3, "sections");
    assertFalse(plan.recipients().isEmpty(), "recipients");
    plan.recipients().forEach(r -> assertFalse(r.startsWith("-"), r));
    assertTrue(plan.signer() != null && plan.signer().name() != null, "signer");
    assertFalse(plan.text().contains("**"));
    for (Footnote f : plan.footnotes()) assertTrue(f.clauseId() != null, "footnote " + f.marker() + " anchored");
    // The closing paragraph is not part of the last clause.
    List<Clause> all = plan.allClauses();
    String last = all.get(all.size() - 1).text();
    assertFalse(last.contains("./.") || last.contains("Trên đây"), last);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void decomposedInputGivesTheSamePlan(Path seed) throws IOException {
    String source = Files.readString(seed);
    String nfd = Normalizer.normalize(source, Normalizer.Form.NFD);
    PlanJson json = new PlanJson(new ObjectMapper());
    assertEquals(
        json.toJson(parser.parse(ExtractedText.ofPlainText("x", source))),
        json.toJson(parser.parse(ExtractedText.ofPlainText("x", nfd))));
  }

  @Test
  void langSonProvincialPlan() throws IOException {
    Plan plan = parse(seed("lang-son_ke-hoach"));
    Header h = plan.header();
    assertEquals("UBND tỉnh Lạng Sơn", h.issuer());
    assertEquals("lang-son", h.province());
    assertEquals("tinh", h.level());
    assertEquals("Thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn tỉnh Lạng Sơn", h.title());
    assertEquals(List.of("I", "II", "III"), ids(plan.clauses()));
    assertEquals(List.of("I.1", "I.2"), ids(plan.clauses().get(0).children()));
    assertEquals(List.of("II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "II.8"), ids(plan.clauses().get(1).children()));
    assertEquals(List.of("III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7", "III.8"), ids(plan.clauses().get(2).children()));
    assertEquals(List.of(1), plan.clause("II.1").orElseThrow().footnotes());
    assertEquals(List.of(2, 3), plan.clause("II.2").orElseThrow().footnotes());
    assertEquals(List.of("II.1", "II.2", "II.2"), plan.footnotes().stream().map(Footnote::clauseId).toList());
    assertTrue(plan.footnotes().get(0).text().startsWith("Trọng tâm là: Nghị quyết số 43-NQ/TW"));
    // The footnote block interrupted "doanh" / "nghiệp" across a page break.
    assertTrue(plan.clause("II.2").orElseThrow().text().contains("giúp Nhân dân, doanh nghiệp nhận thức rõ"));
    assertTrue(plan.text().contains("Kết luận số 43-KL/TW") && plan.text().contains("Nghị quyết số 76/NQ-CP"));
    assertEquals("Trần Thanh Nhàn", plan.signer().name());
    assertEquals("KT. CHỦ TỊCH", plan.signer().onBehalf());
  }

  @Test
  void dinhLapCommunePlan() throws IOException {
    Plan plan = parse(seed("dinh-lap"));
    Header h = plan.header();
    assertEquals("179/KH-UBND", h.number());
    assertEquals(LocalDate.of(2026, 5, 25), h.date());
    assertEquals("Đình Lập", h.place());
    assertEquals("UBND xã Đình Lập", h.issuer());
    assertEquals("lang-son", h.province());
    assertEquals("xa", h.level());
    assertEquals("Bế Thị Trang", plan.signer().name());
    assertEquals("PHÓ CHỦ TỊCH", plan.signer().position());
    assertEquals("TM. ỦY BAN NHÂN DÂN", plan.signer().authority());
    assertEquals(List.of(1, 2), plan.clause("II.2").orElseThrow().footnotes());
    assertTrue(plan.clause("II.2").orElseThrow().text().contains("dân chủ cơ sở¹ gắn với"));
    // The superscript footnote block interrupted "từng cơ" / "quan, đơn vị".
    assertTrue(plan.clause("II.3").orElseThrow().text().contains("từng cơ quan, đơn vị thực hiện phong trào"));
    assertTrue(plan.text().contains("Quyết định số 23-QĐ/TW") && plan.text().contains("Kết luận số 114-KL/TW"));
    assertEquals(List.of("III.1-1", "III.1-2", "III.1-3", "III.1-4", "III.1-5", "III.1-6"),
        ids(plan.clause("III.1").orElseThrow().children()));
    assertEquals("Sở Nội vụ", plan.recipients().get(0));
    assertEquals("Lưu: VT", plan.recipients().get(plan.recipients().size() - 1));
  }

  @Test
  void ngheAnSteeringCommitteePlanWithQuarterBlocks() throws IOException {
    Plan plan = parse(seed("nghe-an"));
    Header h = plan.header();
    assertNull(h.number(), "blank Số: /KH-BCĐ");
    assertNull(h.date(), "blank day");
    assertEquals("Nghệ An", h.place());
    assertEquals("nghe-an", h.province());
    assertEquals("THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2026", h.title());
    assertTrue(h.issuer().startsWith("Ban chỉ đạo thực hiện công tác dân vận chính quyền tỉnh"), h.issuer());
    assertEquals(List.of("II.Q1", "II.Q2", "II.Q3", "II.Q4"), ids(plan.clause("II").orElseThrow().children()));
    assertEquals(List.of("II.Q2-1", "II.Q2-2", "II.Q2-3", "II.Q2-4"), ids(plan.clause("II.Q2").orElseThrow().children()));
    assertEquals("Quý II", plan.clause("II.Q2").orElseThrow().label());
    assertEquals("Thái Văn Thành", plan.signer().name());
    assertEquals("PHÓ CHỦ TỊCH UBND TỈNH", plan.signer().position());
    assertEquals("TM. BAN CHỈ ĐẠO", plan.signer().authority());
  }

  @Test
  void ninhBinhPlanHasFourSections() throws IOException {
    Plan plan = parse(seed("ninh-binh"));
    assertEquals(List.of("I", "II", "III", "IV"), ids(plan.clauses()));
    assertEquals("UBND tỉnh Ninh Bình", plan.header().issuer());
    assertEquals("ninh-binh", plan.header().province());
    assertEquals(5, plan.clause("IV.1").orElseThrow().children().size());
    assertEquals("Sở Nội vụ", plan.clause("IV.2").orElseThrow().heading());
    assertTrue(plan.text().contains("Chỉ thị 05-CT/TW của Bộ Chính trị"));
    assertEquals("Lưu: VT, VP7 NH/VP7", plan.recipients().get(plan.recipients().size() - 1));
  }

  @Test
  void quangTriCommunePlan() throws IOException {
    Plan plan = parse(seed("quang-tri"));
    assertEquals("UBND xã Vĩnh Thủy", plan.header().issuer());
    assertEquals("quang-tri", plan.header().province());
    assertEquals("xa", plan.header().level());
    assertEquals(List.of("I.1-1", "I.1-2"), ids(plan.clause("I.1").orElseThrow().children()));
    assertEquals("CHỦ TỊCH", plan.signer().position());
    assertEquals("Thái Nam Sơn", plan.signer().name());
  }

  private static List<String> ids(List<Clause> clauses) {
    return clauses.stream().map(Clause::id).toList();
  }

  private static Path seed(String part) throws IOException {
    return seeds().filter(p -> p.getFileName().toString().contains(part)).findFirst().orElseThrow();
  }

  private Plan parse(Path file) throws IOException {
    String name = file.getFileName().toString();
    return parser.parse(ExtractedText.ofPlainText(name.substring(0, name.length() - 4), Files.readString(file)));
  }
}
