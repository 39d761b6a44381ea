package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cancu.wording.DiffSegment.Kind;

class WordDiffTest {
  @Test
  void marksAddedAndRemovedWords() {
    List<DiffSegment> d = WordDiff.diff(
        "trong các cơ quan nhà nước, chính quyền các cấp.", "trong cơ quan nhà nước.");
    assertEquals(List.of(
        new DiffSegment("trong ", Kind.same),
        new DiffSegment("các ", Kind.removed),
        new DiffSegment("cơ quan nhà nước.", Kind.same),
        new DiffSegment("chính quyền các cấp.", Kind.removed)), d);
  }

  @Test
  void toneMarkCasePunctuationAreNotChanges() {
    List<DiffSegment> d = WordDiff.diff("Hoà giải, đối thoại", "hòa giải đối thoại");
    assertEquals(List.of(new DiffSegment("hòa giải đối thoại", Kind.same)), d);
  }

  @Test
  void emptySidesAreAllAddedOrRemoved() {
    assertEquals(List.of(new DiffSegment("Mới thêm", Kind.added)), WordDiff.diff("", "Mới thêm"));
    assertEquals(List.of(new DiffSegment("Bỏ đi", Kind.removed)), WordDiff.diff("Bỏ đi", ""));
  }

  @Test
  void reassemblesBothSides() {
    String a = "Triển khai thực hiện phải đồng bộ, phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương;";
    String b = "Triển khai thực hiện phải đồng bộ, phối hợp chặt chẽ giữa các cơ quan, đơn vị. Thường xuyên";
    List<DiffSegment> d = WordDiff.diff(a, b);
    StringBuilder left = new StringBuilder(), right = new StringBuilder();
    for (DiffSegment s : d) {
      if (s.kind() != Kind.added) left.append(s.text());
      if (s.kind() != Kind.removed) right.append(s.text());
    }
    assertEquals(Words.norms(Words.of(a)), Words.norms(Words.of(left.toString())));
    assertEquals(b, right.toString());
  }
}
