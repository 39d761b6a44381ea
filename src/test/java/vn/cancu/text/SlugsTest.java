package vn.cancu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "|",
      emptyValue = "",
      textBlock =
          """
          Lạng Sơn | lang-son
          Bà Rịa - Vũng Tàu | ba-ria-vung-tau
          ĐẮK LẮK | dak-lak
          Thừa Thiên Huế | thua-thien-hue
          Hoà Bình | hoa-binh
          (###) | ''
          """)
  void slugsNames(String name, String slug) {
    assertEquals(slug, Slugs.of(name));
  }
}
