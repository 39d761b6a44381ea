package vn.cancu.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.DirectiveRecord;

class CatalogCodecTest {
  private static Catalog seeds;

  @TempDir Path dir;

  @BeforeAll
  static void loadSeeds() {
    seeds = CorpusLoader.standard().load(Path.of("corpus")).catalog();
  }

  @Test
  void theSeedCatalogueReadsBackWholeAndInOrder() throws Exception {
    // The seeds hold what the format must carry: local scopes, names without a number, undated mentions.
    assertTrue(seeds.records().stream().anyMatch(r -> r.scope() != null));
    assertTrue(seeds.records().stream().anyMatch(r -> r.number() == null));
    assertTrue(seeds.records().stream().anyMatch(r -> r.date() == null));
    assertTrue(seeds.records().stream().anyMatch(r -> r.citedBy().stream().anyMatch(c -> c.footnote() != null)));
    Path file = dir.resolve("catalog.bin");
    CatalogCodec.write(seeds, file);
    Catalog back = CatalogCodec.read(file).orElseThrow();
    // Records compare every field, citing clauses included.
    assertEquals(seeds.records(), back.records());
    DirectiveRecord first = seeds.records().getFirst();
    assertEquals(first, back.find(first.scopedKey()).orElseThrow());
  }

  @Test
  void anythingButAWholeCatalogueReadsAsNone() throws Exception {
    Path file = dir.resolve("catalog.bin");
    assertEquals(Optional.empty(), CatalogCodec.read(file), "missing");
    CatalogCodec.write(seeds, file);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 1));
    assertEquals(Optional.empty(), CatalogCodec.read(file), "truncated");
    Files.write(file, Arrays.copyOf(whole, whole.length + 4));
    assertEquals(Optional.empty(), CatalogCodec.read(file), "trailing bytes");
    Files.writeString(file, "not a catalogue at all");
    assertEquals(Optional.empty(), CatalogCodec.read(file), "foreign");
    byte[] wrongIndex = whole.clone();
    // The last citing clause's written form: index 2^31 - 1, past the table.
    Arrays.fill(wrongIndex, wrongIndex.length - 4, wrongIndex.length, (byte) 0xff);
    wrongIndex[wrongIndex.length - 4] = 0x7f;
    Files.write(file, wrongIndex);
    assertEquals(Optional.empty(), CatalogCodec.read(file), "a string index out of the table");
  }
}
