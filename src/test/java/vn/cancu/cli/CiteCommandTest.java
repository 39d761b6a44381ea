package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The cite subcommand through the command line: JSON shape, bad files, exit codes. */
class CiteCommandTest {
  private static final String SEED = "corpus/plans/lang-son_dinh-lap_ke-hoach-179-dan-van-chinh-quyen-2026.txt";

  @Test
  void printsOneObjectPerGoodFileAndOneLinePerBadFile() throws Exception {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute("cite", "--json", "missing-plan.docx", SEED);
    assertEquals(ExitCodes.FAILED, code);
    String[] errLines = err.toString().strip().split("\n");
    assertEquals(1, errLines.length, err.toString());
    assertTrue(errLines[0].startsWith("cancu: missing-plan.docx: "), errLines[0]);

    JsonNode files = new ObjectMapper().readTree(out.toString());
    assertEquals(1, files.size());
    JsonNode plan = files.get(0);
    assertEquals(SEED, plan.get("file").asText());
    assertEquals("179/KH-UBND", plan.get("document").get("number").asText());
    assertEquals("lang-son", plan.get("document").get("province").asText());
    JsonNode first = plan.get("citations").get(0);
    assertEquals("10/2022/QH15", first.get("key").asText());
    assertEquals("basis", first.get("relation").asText());
    assertEquals("Luật Thực hiện dân chủ ở cơ sở", first.get("name").asText());
    JsonNode kh61 = plan.get("citations").get(3);
    assertEquals("61/KH-UBND", kh61.get("key").asText());
    assertEquals("lang-son", kh61.get("scope").asText());
    assertEquals("2026-02-26", kh61.get("date").asText());
    for (JsonNode c : plan.get("citations")) {
      assertTrue(c.has("flags") && c.get("flags").isArray(), c.toString());
      assertTrue(!c.get("key").asText().equals("179/KH-UBND"), "own number listed");
    }
  }

  @Test
  void noFileIsRefusedWithAUsageMessage() {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    assertTrue(cmd.execute("cite") != ExitCodes.OK);
    assertTrue(err.toString().contains("Missing required parameter"), err.toString());
  }
}
