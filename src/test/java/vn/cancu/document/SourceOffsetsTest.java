package vn.cancu.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SourceOffsetsTest {

  @Example
  void repairedTextKeepsOneRunPerCopiedStretch() {
    // "ab" copied, a dropped line break at 2, "cd" copied, then a char mapped back (a moved footnote)
    int[] offsets = {0, 1, 3, 4, 2, 5};
    SourceOffsets map = SourceOffsets.of(offsets);
    assertEquals(4, map.runCount());
    assertEquals(6, map.length());
    assertEquals(3, map.get(2));
    assertEquals(2, map.get(4));
    assertArrayEquals(offsets, map.toArray());
  }

  @Example
  void runsWrittenInPiecesReadBackAsTheSameMap() {
    SourceOffsets pieces = new SourceOffsets.Builder().addRun(10, 3).addRun(13, 2).addRun(40, 1).build();
    assertEquals(SourceOffsets.of(new int[] {10, 11, 12, 13, 14, 40}), pieces);
    assertEquals(2, pieces.runCount());
    assertEquals(List.of(10, 5, 40, 1), List.of(pieces.runFirst(0), pieces.runLength(0), pieces.runFirst(1), pieces.runLength(1)));
  }

  @Example
  void outsideTheTextIsABug() {
    SourceOffsets map = SourceOffsets.of(new int[] {0});
    assertEquals(0, map.get(0));
    assertThrows(IndexOutOfBoundsException.class, () -> map.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> map.get(-1));
    assertThrows(IllegalArgumentException.class, () -> new SourceOffsets.Builder().addRun(3, 0));
  }

  @Example
  void equalOnlyWhenEveryOffsetIsEqual() {
    assertNotEquals(SourceOffsets.of(new int[] {0, 1, 2}), SourceOffsets.of(new int[] {0, 1, 3}));
    assertNotEquals(SourceOffsets.of(new int[] {0, 1}), SourceOffsets.of(new int[] {0, 1, 2}));
  }

  @Property(tries = 300)
  void mapsEveryIndexLikeThePerCharArray(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 3) Integer> steps) {
    // steps of 1 continue a run; 0, 2 and 3 (a repeated, skipped or moved char) start a new one
    int[] offsets = new int[steps.size()];
    for (int i = 1; i < offsets.length; i++) offsets[i] = steps.get(i) == 3 ? offsets[i - 1] / 2 : offsets[i - 1] + steps.get(i);
    SourceOffsets map = SourceOffsets.of(offsets);
    for (int i = 0; i < offsets.length; i++) assertEquals(offsets[i], map.get(i), "index " + i);
    assertArrayEquals(offsets, map.toArray());
    SourceOffsets.Builder again = new SourceOffsets.Builder();
    for (int k = 0; k < map.runCount(); k++) again.addRun(map.runFirst(k), map.runLength(k));
    assertEquals(map, again.build());
    assertEquals(map.hashCode(), again.build().hashCode());
  }
}
