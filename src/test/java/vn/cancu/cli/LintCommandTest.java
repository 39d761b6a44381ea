package vn.cancu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {
  private static final Path CORPUS = Path.of("corpus");

  private record Run(int exit, String out, String err) {}

  private static Run lint(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter(), err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Run(cmd.execute(all), out.toString(), err.toString());
  }

  @Test
  void ngheAnSeedHasProblemsWithFixes() {
    assumeTrue(Files.isDirectory(CORPUS.resolve("plans")), "seed corpus not found");
    Run r = lint("--corpus", "corpus", "corpus/plans/nghe-an_ke-hoach-dan-van-chinh-quyen-2026.txt");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains(":13:87: [nonstandard-symbol] Nghị quyết số 25/NQ-TW"), r.out());
    assertTrue(r.out().contains("sửa thành: Chỉ thị số 26/CT-TTg"), r.out());
    assertTrue(r.out().contains("sửa thành: Luật Thực hiện dân chủ ở cơ sở năm 2022"), r.out());
  }

  @Test
  void cleanDraftExitsZero(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isDirectory(CORPUS.resolve("plans")), "seed corpus not found");
    Path draft = dir.resolve("du-thao.txt");
    Files.writeString(draft, "Thực hiện nghiêm túc Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về "
        + "tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp.\n");
    Run r = lint("--corpus", "corpus", draft.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("0 vấn đề"), r.out());
  }

  @Test
  void unreadableFileOrMissingArgumentIsUsage(@TempDir Path dir) throws IOException {
    Run missing = lint(dir.resolve("khong-co.txt").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("cancu lint: "), missing.err());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    Path empty = Files.createFile(dir.resolve("rong.txt"));
    assertEquals(2, lint(empty.toString()).exit());
    assertEquals(2, lint().exit());
  }
}
