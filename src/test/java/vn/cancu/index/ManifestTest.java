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
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
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
        "plans/broken.doc", new Manifest.Entry(3, 4, "cd", null, null, null, "unreadable")));
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Manifest m = sample();
    Path file = dir.resolve("manifest.jsonl");
    m.write(file);
    assertEquals(m, Manifest.read(file));
    assertEquals(3, Files.readAllLines(file).size(), "a head line, then one line per file");
  }

  @Test
  void missingEmptyCorruptOrForeignFilesReadAsNoCache() throws IOException {
    Path file = dir.resolve("manifest.jsonl");
    assertEquals(Manifest.empty(), Manifest.read(file));
    Files.writeString(file, "");
    assertEquals(Manifest.empty(), Manifest.read(file));
    sample().write(file);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 40)); // cut off mid-line
    assertEquals(Manifest.empty(), Manifest.read(file));
    // the single-object format 1 wrote, and anything else
    Files.writeString(file, "{\"format\":1,\"pipeline\":\"pipe\",\"files\":{}}", StandardCharsets.UTF_8);
    assertEquals(Manifest.empty(), Manifest.read(file));
    Files.writeString(file, "not json\nat all\n", StandardCharsets.UTF_8);
    assertEquals(Manifest.empty(), Manifest.read(file));
    Files.writeString(file, "{\"format\":2,\"pipeline\":\"pipe\"}\n{\"path\":\"plans/a.txt\"}\n", StandardCharsets.UTF_8);
    assertEquals(Manifest.empty(), Manifest.read(file), "a line without its entry");
  }

  @Test
  void linesCutAcrossChunksAndMappedWindowsReadBackWhole() throws IOException {
    Map<String, Manifest.Entry> files = new java.util.HashMap<>();
    for (int i = 0; i < 200; i++) {
      files.put("plans/p-" + i + ".doc", new Manifest.Entry(i, i * 2L, "sha" + i, null, null, null, "không đọc được " + i));
    }
    Manifest m = new Manifest(Manifest.FORMAT, "pipe", files);
    Path file = dir.resolve("manifest.jsonl");
    m.write(file);
    assertEquals(m, Manifest.read(file, 1000, 1), "a chunk a line");
    assertEquals(m, Manifest.read(file, 1000, 333), "chunks and windows cut mid-line");
    assertEquals(m, Manifest.read(file, (int) Files.size(file), 1 << 20), "one window, one chunk");
    assertEquals(Manifest.empty(), Manifest.read(file, 50, 10), "a line longer than a window");
  }

  @Test
  void anEmptyCorpusHasAHeadOnly() throws IOException {
    Path file = dir.resolve("manifest.jsonl");
    new Manifest(Manifest.FORMAT, "pipe", Map.of()).write(file);
    Manifest back = Manifest.read(file);
    assertEquals("pipe", back.pipeline());
    assertTrue(back.files().isEmpty());
  }
}
