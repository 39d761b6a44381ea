package vn.cancu.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The Vietnamese explanation of each problem code (wording/lint-reasons.tsv). */
final class LintReasons {
  private static final Map<String, String> TEMPLATES = read();

  private LintReasons() {}

  static String of(String code, Object... args) {
    String t = TEMPLATES.get(code);
    if (t == null) throw new IllegalArgumentException("no reason for problem code " + code);
    for (int i = 0; i < args.length; i++) t = t.replace("{" + i + "}", String.valueOf(args[i]));
    return t;
  }

  private static Map<String, String> read() {
    InputStream in = LintReasons.class.getResourceAsStream("/wording/lint-reasons.tsv");
    if (in == null) throw new IllegalStateException("missing resource wording/lint-reasons.tsv");
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
        String[] f = l.split("\t", 2);
        if (f.length != 2) throw new IllegalStateException("bad line in wording/lint-reasons.tsv: " + l);
        out.put(f[0].strip(), f[1].strip());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read wording/lint-reasons.tsv", e);
    }
    return Map.copyOf(out);
  }
}
