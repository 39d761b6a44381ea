package vn.cancu.wording;

import java.util.ArrayList;
import java.util.List;

/** Line and column (both 1-based, columns in chars) of offsets in one text. */
public final class TextPositions {
  private final int[] lineStarts;

  public TextPositions(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  public int line(int offset) {
    int i = java.util.Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
