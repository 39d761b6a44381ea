package vn.cancu.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words opening a basis paragraph ("Căn cứ", "Thực hiện"), from
 * {@code text/basis-openings.tsv}. "Thực hiện công tác dân vận" (a title) opens nothing: a basis
 * opening names a document ("Thực hiện Kế hoạch số ...") or says "Căn cứ vào ...".
 */
public final class BasisOpening {
  private static final List<String> WORDS = load();
  private static final String ALTERNATIVES =
      WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  private static final Pattern OPENING = Pattern.compile("(?:" + ALTERNATIVES + ")(?=\\s|$)");
  private static final Pattern NAMING =
      Pattern.compile("(?:" + ALTERNATIVES + ")\\s+(?:\\p{Lu}|vào\\s|ý kiến\\s)");

  private BasisOpening() {}

  /** Starts with an opening word: "Căn cứ ...", "Thực hiện ...". */
  public static boolean startsWithOpening(CharSequence s) {
    return OPENING.matcher(s).lookingAt();
  }

  /** Starts with an opening that names what it rests on: "Căn cứ Luật", "Thực hiện Kế hoạch". */
  public static boolean opensBasis(CharSequence s) {
    return NAMING.matcher(s).lookingAt();
  }

  private static List<String> load() {
    String resource = "/text/basis-openings.tsv";
    InputStream in = BasisOpening.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing resource " + resource);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return List.copyOf(out);
  }
}
