package vn.cancu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class IssuersTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/document/header-issuers.tsv", delimiter = '\t', quoteCharacter = '`')
  void fromHeaderLines(String lines, String issuer, String parent) {
    List<String> bodies = Issuers.fromHeaderLines(Arrays.asList(lines.split(" \\| ")));
    assertEquals(issuer, bodies.get(bodies.size() - 1));
    assertEquals(parent.equals("none") ? null : parent, bodies.size() < 2 ? null : bodies.get(bodies.size() - 2));
  }

  @ParameterizedTest(name = "{2}")
  @CsvFileSource(resources = "/document/enacting-issuers.tsv", delimiter = '\t', quoteCharacter = '`')
  void fromEnactingSentence(String preamble, String placeText, String issuer) {
    assertEquals(issuer, Issuers.fromEnacting(List.of(preamble), List.of(placeText)).orElse(null));
  }

  @Test
  void level() {
    assertEquals("xa", Issuers.level("UBND xã Đình Lập"));
    assertEquals("xa", Issuers.level("UBND phường Ba Đình"));
    assertEquals("tinh", Issuers.level("UBND tỉnh Lạng Sơn"));
    assertEquals("tinh", Issuers.level("Ban chỉ đạo thực hiện công tác dân vận chính quyền tỉnh Nghệ An"));
    assertEquals("tinh", Issuers.level("HĐND thành phố Hà Nội"));
    assertEquals("trung-uong", Issuers.level("Thủ tướng Chính phủ"));
    assertEquals("trung-uong", Issuers.level("Bộ Nội vụ"));
    assertEquals(null, Issuers.level(null));
  }
}
