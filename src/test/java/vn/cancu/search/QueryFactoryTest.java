package vn.cancu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cancu.index.FieldAnalyzers;
import vn.cancu.index.Schema;
import vn.cancu.text.analysis.BagOfTermsQuery;
import vn.cancu.text.analysis.WordPhrases;

/** The compiled query scores as its plain form: each word required, each run as a phrase and a bag of terms. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryFactoryTest {
  private static final String[] TEXTS = {
    "Thực hiện tốt phong trào thi đua Dân vận khéo, dân vận khéo ở cơ sở",
    "công tác dân vận và khéo léo vận động nhân dân; dân vận chính quyền",
    "Ủy ban nhân dân xã chủ trì; UBND xã báo cáo kết quả dân vận",
    "đẩy mạnh cải cách hành chính, CCHC gắn với dân vận chính quyền",
  };

  private final FieldAnalyzers analyzers = new FieldAnalyzers();
  private Directory directory;
  private DirectoryReader reader;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField()))) {
      for (String text : TEXTS) {
        Document doc = new Document();
        doc.add(new TextField(Schema.exact(Schema.TEXT), text, Field.Store.NO));
        doc.add(new TextField(Schema.folded(Schema.TEXT), text, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  void close() throws IOException {
    reader.close();
    directory.close();
    analyzers.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dân vận khéo", "dân vận chính quyền", "dan van", "UBND xã dân vận", "cải cách hành chính dân", "dân dân vận"})
  void scoresAsRequiredWordsPlusPhraseAndBagOfTerms(String text) throws IOException {
    QueryFactory factory = new QueryFactory(analyzers);
    UserQuery parsed = new UserQueryParser().parse(text);
    Query compiled = factory.build(parsed, List.of()).query();

    BooleanQuery.Builder plain = new BooleanQuery.Builder();
    for (UserQuery.Part part : parsed.include()) plain.add(factory.part(part).combined(), Occur.MUST);
    String exact = Schema.exact(Schema.TEXT);
    String folded = Schema.folded(Schema.TEXT);
    plain.add(new BoostQuery(WordPhrases.build(analyzers.exactQuery(), exact, text), QueryFactory.EXACT_BOOST), Occur.SHOULD);
    plain.add(WordPhrases.build(analyzers.foldedQuery(), folded, text), Occur.SHOULD);
    plain.add(new BoostQuery(BagOfTermsQuery.build(analyzers.exactQuery(), exact, text), QueryFactory.EXACT_BOOST), Occur.SHOULD);
    plain.add(BagOfTermsQuery.build(analyzers.foldedQuery(), folded, text), Occur.SHOULD);

    IndexSearcher searcher = new IndexSearcher(reader);
    int matched = 0;
    for (int doc = 0; doc < TEXTS.length; doc++) {
      float expected = searcher.explain(plain.build(), doc).getValue().floatValue();
      float actual = searcher.explain(compiled, doc).getValue().floatValue();
      assertEquals(expected, actual, 1e-5f * Math.max(1f, expected), text + " on text " + doc);
      if (expected > 0) matched++;
    }
    assertTrue(matched > 0, "the query should match a text: " + text);
  }
}
