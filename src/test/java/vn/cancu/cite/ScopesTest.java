package vn.cancu.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "|",
      nullValues = "none",
      textBlock =
          """
          UBND tỉnh Quảng Trị | quang-tri
          Tỉnh ủy Quảng Bình | quang-tri
          Ban Thường vụ Tỉnh uỷ Thừa Thiên Huế | hue
          HĐND TỈNH KHÁNH HOÀ | khanh-hoa
          Ban Chấp hành Trung ương | none
          """)
  void provinceOfAnIssuerIsTheCurrentOneEvenForAnOldName(String issuer, String slug) {
    assertEquals(slug, Scopes.provinceIn(issuer));
  }
}
