package vn.cancu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetGuardTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "công tác <mark>dân vận</mark> khéo|công tác <mark>dân vận</mark> khéo|marks pass through",
        "a &lt;script&gt; b|a &lt;script&gt; b|escaped text passes through",
        "x <script>alert(1)</script> <mark>y</mark>|x &lt;script&gt;alert(1)&lt;/script&gt; y|any other tag: all escaped, marks dropped",
        "<mark onclick=x>y</mark>|&lt;mark onclick=x&gt;y|a mark with attributes is not a mark",
        "a > b|a &gt; b|a stray bracket means the snippet was not escaped",
      })
  void onlyBareMarkTagsSurvive(String snippet, String expected, String why) {
    assertEquals(expected, SnippetGuard.safe(snippet), why);
  }
}
