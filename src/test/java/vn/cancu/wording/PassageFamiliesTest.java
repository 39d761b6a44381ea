package vn.cancu.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageFamiliesTest {
  private static Passage sentence(String plan, String text) {
    return new Passage(plan, "1", PassageKind.SENTENCE, text, 0, text.length(), Words.norms(Words.of(text)));
  }

  @Test
  void nearCopiesJoinAndTheMostUsedFormLeads() {
    String standard = "Triển khai thực hiện phải đồng bộ, phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương.";
    String shorter = "Triển khai thực hiện phải đồng bộ, phối hợp chặt chẽ giữa các cơ quan, đơn vị.";
    String other = "Tổ chức hội nghị tổng kết phong trào thi đua vào cuối năm tại hội trường xã.";
    List<PassageFamily> families = new PassageFamilies().group(List.of(
        sentence("a", standard), sentence("b", standard.replace("Triển khai", "triển khai")), sentence("c", shorter),
        sentence("c", standard), sentence("d", other)));
    assertEquals(2, families.size());
    PassageFamily f = families.get(0);
    assertEquals(List.of("a", "b", "c"), f.plans());
    assertEquals(standard, f.text());
    assertEquals(1, f.variants().size());
    assertEquals(shorter, f.variants().get(0).text());
    assertEquals(1, families.get(1).planCount());
  }

  @Test
  void shortPhrasesMatchOnlyWhenEqual() {
    Passage a = new Passage("a", null, PassageKind.PHRASE, "Dân vận khéo", 0, 12, List.of("dân", "vận", "khéo"));
    Passage b = new Passage("b", null, PassageKind.PHRASE, "dân vận khéo", 0, 12, List.of("dân", "vận", "khéo"));
    Passage c = new Passage("c", null, PassageKind.PHRASE, "Dân vận giỏi", 0, 12, List.of("dân", "vận", "giỏi"));
    List<PassageFamily> families = new PassageFamilies().group(List.of(a, b, c));
    assertEquals(List.of(2, 1), families.stream().map(PassageFamily::planCount).toList());
  }
}
