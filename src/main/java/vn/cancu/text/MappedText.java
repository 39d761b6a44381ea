package vn.cancu.text;

import java.util.Arrays;

/** A string under construction with, for each char, its offset in an original string. */
final class MappedText {
  private final StringBuilder text = new StringBuilder();
  private int[] offsets = new int[64];

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  int offsetAt(int i) {
    return offsets[i];
  }

  MappedText append(char c, int sourceOffset) {
    if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
    offsets[text.length()] = sourceOffset;
    text.append(c);
    return this;
  }

  /** Appends chars [start, end) of another mapped text, keeping their offsets. */
  MappedText append(MappedText from, int start, int end) {
    for (int i = start; i < end; i++) append(from.charAt(i), from.offsetAt(i));
    return this;
  }

  String text() {
    return text.toString();
  }

  /** The offsets, plus one entry mapping the end to {@code sourceEnd}. */
  int[] offsets(int sourceEnd) {
    int[] out = Arrays.copyOf(offsets, text.length() + 1);
    out[text.length()] = sourceEnd;
    return out;
  }
}
