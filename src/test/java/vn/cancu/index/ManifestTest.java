package vn.cancu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.cite.Article;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.cite.DirectiveText;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.ExtractedText;

class ManifestTest {
  @TempDir Path dir;

  private static final String PLAN = """
      ỦY BAN NHÂN DÂN
      TỈNH LÀO CAI
      Số: 12/KH-UBND                  Lào Cai, ngày 3 tháng 2 năm 2025
      KẾ HOẠCH
      Triển khai Chỉ thị số 33/CT-TTg ngày 10/9/2024
      Căn cứ Chỉ thị số 33/CT-TTg ngày 10/9/2024 của Thủ tướng Chính phủ;
      I. MỤC ĐÍCH
      1. Phổ biến nội dung Chỉ thị
      - Tổ chức hội nghị
      """;

  private Manifest sample() {
    Plan plan = new PlanParser().parse(ExtractedText.ofPlainText("p-1", PLAN));
    List<Citation> citations = new CitationExtractor().extract(plan);
    return new Manifest(Manifest.FORMAT, "pipe", Map.of(
        "plans/p-1.txt", new Manifest.Entry(10, 20, "ab", plan, citations, null, null),
        "plans/broken.doc", new Manifest.Entry(3, 4, "cd", null, null, null, "unreadable"),
        "directives/luat.txt", new Manifest.Entry(5, 6, "ef", null, null,
            new DirectiveText("10/2022/QH15", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
                List.of(new Article(1, "Phạm vi điều chỉnh", "Luật này quy định..."), new Article(2, "", ""))),
            null)));
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Manifest m = sample();
    Path file = dir.resolve("manifest.bin");
    m.write(file);
    assertEquals(m, Manifest.read(file));
  }

  @Test
  void missingEmptyCorruptOrForeignFilesReadAsNoCache() throws IOException {
    Path file = dir.resolve("manifest.bin");
    assertEquals(Manifest.empty(), Manifest.read(file));
    Files.writeString(file, "");
    assertEquals(Manifest.empty(), Manifest.read(file));
    sample().write(file);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 40)); // cut off inside the last record
    assertEquals(Manifest.empty(), Manifest.read(file));
    Files.write(file, Arrays.copyOf(whole, whole.length + 3)); // something after the last record
    assertEquals(Manifest.empty(), Manifest.read(file));
    byte[] flipped = whole.clone();
    flipped[whole.length - 200] ^= 0x7f; // a damaged field inside a record
    Files.write(file, flipped);
    Manifest damaged = Manifest.read(file);
    assertTrue(damaged.equals(Manifest.empty()) || damaged.files().size() == 3, "read whole or not at all");
    // the JSON formats 1 and 2 wrote, and anything else
    Files.writeString(file, "{\"format\":1,\"pipeline\":\"pipe\",\"files\":{}}", StandardCharsets.UTF_8);
    assertEquals(Manifest.empty(), Manifest.read(file));
    Files.writeString(file, "{\"format\":2,\"pipeline\":\"pipe\"}\n{\"path\":\"plans/a.txt\"}\n", StandardCharsets.UTF_8);
    assertEquals(Manifest.empty(), Manifest.read(file));
    Files.writeString(file, "not a manifest at all\n", StandardCharsets.UTF_8);
    assertEquals(Manifest.empty(), Manifest.read(file));
  }

  @Test
  void recordsAcrossChunksAndMappedWindowsReadBackWhole() throws IOException {
    Map<String, Manifest.Entry> files = new java.util.HashMap<>();
    for (int i = 0; i < 200; i++) {
      files.put("plans/p-" + i + ".doc", new Manifest.Entry(i, i * 2L, "sha" + i, null, null, null, "không đọc được " + i));
    }
    Manifest m = new Manifest(Manifest.FORMAT, "pipe", files);
    Path file = dir.resolve("manifest.bin");
    m.write(file);
    assertEquals(m, Manifest.read(file, 1000, 1), "a chunk a record");
    assertEquals(m, Manifest.read(file, 1000, 333), "windows ending inside records, chunks of several");
    assertEquals(m, Manifest.read(file, (int) Files.size(file), 1 << 20), "one window, one chunk");
    assertEquals(Manifest.empty(), Manifest.read(file, 50, 10), "a record longer than a window");
  }

  @Test
  void theSeedCorpusReadsBackEqual() throws IOException {
    Manifest seeds = CorpusLoader.standard().load(Path.of("corpus"), Manifest.empty(), Progress.NONE).manifest();
    assertTrue(seeds.files().values().stream().anyMatch(e -> e.plan() != null && !e.citations().isEmpty()));
    Path file = dir.resolve("manifest.bin");
    seeds.write(file);
    assertEquals(seeds, Manifest.read(file));

    // The clauses' texts, basis paragraphs and citations are places in the plan's text, not copies.
    long written = 0;
    long plainText = 0;
    for (var e : seeds.files().entrySet()) {
      Plan plan = e.getValue().plan();
      if (plan == null) continue;
      written += ManifestCodec.encode(e.getKey(), e.getValue()).length;
      plainText += plan.text().getBytes(StandardCharsets.UTF_8).length
          + plan.allClauses().stream().mapToLong(c -> c.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }
    assertTrue(written < plainText, written + " bytes written for " + plainText + " bytes of plan and clause text");
  }

  @Test
  void anEmptyCorpusHasAHeadOnly() throws IOException {
    Path file = dir.resolve("manifest.bin");
    new Manifest(Manifest.FORMAT, "pipe", Map.of()).write(file);
    Manifest back = Manifest.read(file);
    assertEquals("pipe", back.pipeline());
    assertTrue(back.files().isEmpty());
  }
}
