package vn.cancu.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Real-world citation strings (cite/cases.tsv): keys in text order and the set of flag codes. */
class CitationFinderCasesTest {
  private final CitationFinder finder = new CitationFinder();

  @ParameterizedTest(name = "{3}: {0}")
  @CsvFileSource(resources = "/cite/cases.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '`')
  void findsKeysAndFlags(String input, String keys, String flags, String note) {
    List<Citation> found = finder.find(input.replace("\\n", "\n"));
    assertEquals(split(keys), found.stream().map(Citation::key).toList(), note);
    TreeSet<String> codes = new TreeSet<>();
    found.forEach(c -> c.flags().forEach(f -> codes.add(f.code())));
    assertEquals(new TreeSet<>(split(flags)), codes, note + " (flags)");
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).toList();
  }
}
