package vn.cancu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.cancu.cite.Citation;
import vn.cancu.cite.CitationExtractor;
import vn.cancu.cite.CitationFinder;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.document.Span;
import vn.cancu.ingest.ExtractedText;
import vn.cancu.text.RepairedText;
import vn.cancu.text.TextRepair;

/**
 * Property-based fuzzing (jqwik) of text repair, plan parsing and citation extraction over random
 * text and mutated seed excerpts: no exceptions, every offset inside its text, and the same
 * citations whatever the hard-wrap width.
 */
class PipelineFuzzTest {
  private static final List<String> SEEDS = seeds();
  /** What the mutations insert: controls, page breaks, combining marks, symbol parts, huge numbers. */
  private static final List<String> INSERTS = List.of(
      "\u0000", "\u0007", "\u001b", "\f", "\r", "\r\n", "\n", "\n\n", " \n ", "\t", "\u00a0", "\u200b", "\ufeff",
      "\u0300", "\u0301", "\u0323", "\u0309", "\u0303", "-", "-\n", "/", "–", "“", "”", "(", ")", "¹", "²",
      "99999999999/2023/NĐ-CP", "số 4294967296/QĐ-TTg", "ngày 99/99/99999", "-".repeat(500), "_".repeat(200),
      "Căn cứ ", "I. ", "1. ", "a) ", "- ", "Điều 999999999999 ", "Nghị quyết số ", "43-\nKL/TW", "76/NQ-\nCP",
      "\uD83D\uDE00", "\uD800", "\uDC00", "Ư", "đ", "KẾ HOẠCH");

  private final TextRepair repair = new TextRepair();
  private final PlanParser parser = new PlanParser();
  private final CitationFinder finder = new CitationFinder();
  private final CitationExtractor extractor = new CitationExtractor();

  /**
   * Every char of the repaired text comes from its source (a joint from whitespace, a letter from the
   * same base letter or the cluster NFC composed it from: "â" + U+0309 gives "ẩ"), and the body's
   * offsets never go back.
   */
  @Property(tries = 150)
  void repairedTextTracesBackToItsSource(@ForAll("hostileText") String source) {
    assertTracesBack(source);
  }

  /** Cases the fuzzer found once, kept so they run every time. */
  @Example
  void marksThatDecomposeTraceBackToo() {
    assertTracesBack("\u0C48");
    assertTracesBack("x \u0C48\u0301");
    assertTracesBack("\uF900\u302E");
    assertTracesBack("\uF900\u1161");
  }

  private void assertTracesBack(String source) {
    RepairedText r = repair.repair(source);
    int[] off = r.sourceOffsets();
    assertEquals(r.text().length() + 1, off.length);
    for (int offset : off) assertTrue(offset >= 0 && offset <= source.length(), "offset " + offset);
    for (int i = 0; i < r.text().length(); i++) {
      char c = r.text().charAt(i);
      char s = source.charAt(off[i]);
      if (c == ' ' || c == '\n') {
        // Format chars (U+200B zero-width space, U+FEFF) separate words in extracted text: joints too.
        boolean separator = Character.isWhitespace(s) || Character.isSpaceChar(s) || s == '\f'
            || Character.getType(s) == Character.FORMAT;
        assertTrue(separator, "joint " + i + " maps to " + (int) s);
      } else if (Character.isSurrogate(c)) {
        continue; // NFC may turn one char into a pair (U+FACF → U+2284A): both halves map to it
      } else if (base(c) != base(s)) {
        // NFC maps a char it joined to an earlier one (a mark after "ạ", a conjoining jamo, U+302E) to the
        // start of that cluster; compare decomposed forms, as a mark may itself decompose (U+0C48).
        String cluster = nfd(source.substring(off[i], Math.min(source.length(), off[i] + 32)));
        String decomposed = nfd(String.valueOf(c));
        for (char part : decomposed.toCharArray()) {
          assertTrue(cluster.indexOf(part) >= 0, "char " + i + " U+%04X not in %s".formatted((int) c, cluster));
        }
      }
    }
    assertMonotone(off, r.footnotesStart());
  }

  @Property(tries = 150)
  void parsedPlansAndTheirCitationsStayInsideTheText(@ForAll("hostileText") String source) {
    Plan plan = parser.parse(ExtractedText.ofPlainText("fuzz", source));
    String text = plan.text();
    int[] offsets = plan.sourceOffsets().toArray();
    assertEquals(text.length() + 1, offsets.length);
    for (int offset : offsets) assertTrue(offset >= 0 && offset <= source.length(), "source offset " + offset);
    RepairedText repaired = repair.repair(source);
    assertEquals(repaired.text(), text, "the plan's text is the repaired text");
    assertMonotone(offsets, repaired.footnotesStart());
    for (Paragraph p : plan.basis()) assertSpan(text, p.span(), p.text());
    for (Clause c : plan.allClauses()) {
      assertInside(text, c.span());
      for (Clause child : c.children()) assertTrue(c.span().contains(child.span()), child.id() + " in " + c.id());
    }
    for (Footnote f : plan.footnotes()) {
      assertSpan(text, f.span(), f.text());
      if (f.anchor() != null) assertInside(text, f.anchor());
    }
    for (Citation c : extractor.extract(plan)) {
      assertTrue(c.end() <= text.length(), c + " beyond " + text.length());
      assertFalse(c.written().isBlank(), c.toString());
    }
  }

  @Property(tries = 150)
  void foundCitationsStayInsideTheText(@ForAll("hostileText") String text) {
    for (Citation c : finder.find(text)) {
      assertTrue(c.start() >= 0 && c.end() <= text.length(), c.start() + ".." + c.end() + " beyond " + text.length());
    }
  }

  /** A plan whose basis paragraph is hard-wrapped at any width gives the same citation keys. */
  @Property(tries = 60)
  void citationKeysDoNotDependOnTheWrapWidth(
      @ForAll("citingParagraphs") String paragraph, @ForAll @IntRange(min = 25, max = 140) int width,
      @ForAll boolean doubleSpaced) {
    String wrapped = wrap(paragraph, width, doubleSpaced ? "\n\n" : "\n");
    assertEquals(keys(paragraph), keys(wrapped), () -> "wrapped at " + width + ":\n" + wrapped);
  }

  private Set<String> keys(String paragraph) {
    String plan = "KẾ HOẠCH\nThực hiện công tác dân vận năm 2026\n\n" + paragraph + "\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Tổ chức thực hiện.\n";
    Set<String> keys = new TreeSet<>();
    for (Citation c : extractor.extract(parser.parse(ExtractedText.ofPlainText("wrap", plan)))) keys.add(c.scopedKey());
    return keys;
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(3000);
    Arbitrary<String> alphabet = Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạếềểễệốồổỗộớờởỡợứừửữựĐ0123456789/-.,;:() \n\f\u0000“”")
        .ofMaxLength(3000);
    Arbitrary<String> mutated = Combinators.combine(
            Arbitraries.integers().between(0, SEEDS.size() - 1),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(50, 6000),
            Arbitraries.longs())
        .as((seed, from, length, rnd) -> mutate(SEEDS.get(seed), from, length, new Random(rnd)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(1, alphabet), net.jqwik.api.Tuple.of(4, mutated));
  }

  @Provide
  Arbitrary<String> citingParagraphs() {
    List<String> citing = SEEDS.stream()
        .flatMap(s -> Stream.of(s.split("\n\\s*\n")))
        .map(p -> p.strip().replaceAll("\\s+", " "))
        .filter(p -> p.length() > 150 && !finder.find(p).isEmpty())
        .toList();
    return Arbitraries.of(citing);
  }

  /** An excerpt of a seed with chars inserted and deleted, lines broken at random, maybe in NFD. */
  static String mutate(String seed, int from, int length, Random random) {
    int start = from % seed.length();
    StringBuilder s = new StringBuilder(seed.substring(start, Math.min(seed.length(), start + length)));
    int edits = random.nextInt(1 + s.length() / 20);
    for (int i = 0; i < edits && !s.isEmpty(); i++) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, INSERTS.get(random.nextInt(INSERTS.size())));
        case 1 -> s.delete(Math.min(at, s.length() - 1), Math.min(s.length(), at + 1 + random.nextInt(5)));
        default -> {
          int space = s.indexOf(" ", at);
          if (space >= 0) s.setCharAt(space, '\n');
        }
      }
    }
    String out = s.toString();
    return random.nextInt(4) == 0 ? Normalizer.normalize(out, Normalizer.Form.NFD) : out;
  }

  /** Hard-wraps at spaces, lines at most {@code width} chars where words allow, as text exports do. */
  static String wrap(String paragraph, int width, String lineBreak) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : paragraph.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append(lineBreak);
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  /** Offsets never go back in the body; footnote bodies are moved after it (one joint before them). */
  private static void assertMonotone(int[] offsets, int footnotesStart) {
    int bodyEnd = footnotesStart < offsets.length - 1 ? footnotesStart - 1 : footnotesStart;
    for (int i = 1; i < bodyEnd; i++) assertTrue(offsets[i] >= offsets[i - 1], "source offsets go back at " + i);
  }

  private static char base(char c) {
    return nfd(String.valueOf(c)).charAt(0);
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static void assertSpan(String text, Span span, String expected) {
    assertInside(text, span);
    assertEquals(expected, text.substring(span.start(), span.end()));
  }

  private static void assertInside(String text, Span span) {
    assertTrue(span.start() >= 0 && span.end() <= text.length(), span + " beyond " + text.length());
  }

  private static List<String> seeds() {
    try (Stream<Path> files = Files.list(Path.of("corpus", "plans"))) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
        try {
          return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed plans", e);
    }
  }
}
