package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {
  private static final Path DINH_LAP =
      Path.of("corpus/plans/lang-son_dinh-lap_ke-hoach-179-dan-van-chinh-quyen-2026.txt");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void jsonCarriesHeaderClausesFootnotesSignerAndRecipients() throws IOException {
    assertEquals(0, run("parse", "--json", DINH_LAP.toString()), err.toString());
    JsonNode plan = new ObjectMapper().readTree(out.toString());
    assertEquals("lang-son_dinh-lap_ke-hoach-179-dan-van-chinh-quyen-2026", plan.get("id").asText());
    assertEquals("179/KH-UBND", plan.get("number").asText());
    assertEquals("2026-05-25", plan.get("date").asText());
    assertEquals("UBND xã Đình Lập", plan.get("issuer").asText());
    assertTrue(plan.get("parentIssuer").isNull());
    assertEquals("lang-son", plan.get("province").asText());
    assertEquals("xa", plan.get("level").asText());
    assertTrue(plan.get("basis").get(0).asText().startsWith("Căn cứ Luật Thực hiện dân chủ ở cơ sở"));
    JsonNode ii = plan.get("clauses").get(1);
    assertEquals("II", ii.get("id").asText());
    JsonNode ii2 = ii.get("children").get(1);
    assertEquals("II.2", ii2.get("id").asText());
    assertEquals(2, ii2.get("footnotes").size());
    assertEquals(1, ii2.get("footnotes").get(0).get("marker").asInt());
    assertEquals("Bế Thị Trang", plan.get("signer").get("name").asText());
    assertEquals("Sở Nội vụ", plan.get("recipients").get(0).asText());
  }

  @Test
  void outlineWithoutJson() {
    assertEquals(0, run("parse", DINH_LAP.toString()), err.toString());
    assertTrue(out.toString().contains("II.5  Tăng cường công tác tiếp xúc"), out.toString());
    assertTrue(out.toString().contains("footnote 1 → II.2"), out.toString());
  }

  @Test
  void missingFileIsOneLineOnStderr(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    assertEquals(1, run("parse", missing.toString()));
    assertEquals("cancu: " + missing + ": no such file", err.toString().strip());
    assertEquals("", out.toString());
  }

  @Test
  void emptyOrBinaryFileIsOneLineOnStderr(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertEquals(1, run("parse", "--json", empty.toString()));
    assertEquals("cancu: " + empty + ": empty file", err.toString().strip());
    Path binary = Files.write(dir.resolve("scan.pdf"), new byte[] {0, 1, 2, 3, (byte) 0xff, 7, 0, 9});
    err.getBuffer().setLength(0);
    assertEquals(1, run("parse", binary.toString()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("cancu: " + binary + ": "), err.toString());
  }
}
