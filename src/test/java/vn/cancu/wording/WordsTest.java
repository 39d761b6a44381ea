package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void memoisedWordsReadAsFreshOnesWithTheirOwnOffsets() {
    String text = "Hoà bình, hòa BÌNH; hoà bình — 33/CT-TTg và 33/CT-TTg";
    Words.Memo memo = new Words.Memo();
    assertEquals(Words.of(text), Words.of(text, 0, text.length(), memo));
    assertEquals(Words.of(text, 10, text.length()), Words.of(text, 10, text.length(), memo));
  }
}
