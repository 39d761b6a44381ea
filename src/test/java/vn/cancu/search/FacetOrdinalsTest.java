package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cancu.index.Schema;

/** Facet values read into arrays count like Lucene's, across segments that each know some values. */
class FacetOrdinalsTest {

  @Test
  void countsAcrossSegmentsWithTheirOwnValues(@TempDir Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(doc("nghe-an", "33/CT-TTg", "05-CT/TU")); // 0
        writer.addDocument(doc("ninh-binh", "05-CT/TU")); // 1
        writer.commit(); // a segment of its own
        writer.addDocument(doc("an-giang")); // 2: cites nothing
        writer.addDocument(doc("nghe-an", "33/CT-TTg")); // 3
        writer.addDocument(new Document()); // 4: no facet values at all
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(2, reader.leaves().size());
        FacetOrdinals facets = FacetOrdinals.read(reader);

        Map<String, List<SearchPage.FacetCount>> all = facets.count(matching(5, 0, 1, 2, 3, 4), 10);
        assertEquals(List.of(count("nghe-an", 2), count("an-giang", 1), count("ninh-binh", 1)), all.get(Schema.PROVINCE));
        assertEquals(List.of(count("05-CT/TU", 2), count("33/CT-TTg", 2)), all.get(Schema.CITED), "ties in label order");
        assertEquals(Schema.FACETS, List.copyOf(all.keySet()));

        Map<String, List<SearchPage.FacetCount>> some = facets.count(matching(5, 1, 2), 1);
        assertEquals(List.of(count("an-giang", 1)), some.get(Schema.PROVINCE), "the first of the top 1");
        assertEquals(List.of(count("05-CT/TU", 1)), some.get(Schema.CITED));
        assertEquals(List.of(), some.get(Schema.YEAR));
      }
    }
  }

  private static Document doc(String province, String... cited) throws IOException {
    Document doc = new Document();
    doc.add(new SortedSetDocValuesFacetField(Schema.PROVINCE, province));
    for (String key : cited) doc.add(new SortedSetDocValuesFacetField(Schema.CITED, key));
    return Schema.facetsConfig().build(doc);
  }

  private static FixedBitSet matching(int maxDoc, int... docs) {
    FixedBitSet bits = new FixedBitSet(maxDoc);
    for (int d : docs) bits.set(d);
    return bits;
  }

  private static SearchPage.FacetCount count(String value, int n) {
    return new SearchPage.FacetCount(value, n);
  }
}
