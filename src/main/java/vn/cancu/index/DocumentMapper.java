package vn.cancu.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import vn.cancu.index.Schema.Kind;

/** Turns indexable records into Lucene documents (before facet configuration is applied). */
final class DocumentMapper {
  /** Text with offsets in the postings, so highlights come from the query's own matches. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  List<Document> plan(IndexablePlan plan) {
    List<Document> out = new ArrayList<>();
    Document doc = base(Kind.PLAN, plan.id(), plan.id(), null);
    planMetadata(doc, plan);
    text(doc, Schema.TEXT, plan.title());
    out.add(doc);
    for (IndexableClause clause : plan.clauses()) {
      Document c = base(Kind.CLAUSE, plan.id() + "#" + clause.id(), plan.id(), clause.id());
      planMetadata(c, plan);
      c.add(new StoredField(Schema.HEADING, clause.heading()));
      text(c, Schema.TEXT, clause.fullText());
      Set<String> scoped = new LinkedHashSet<>();
      Set<String> keys = new LinkedHashSet<>();
      Set<String> typeNumbers = new LinkedHashSet<>();
      for (CitedDocument cited : clause.cited()) {
        scoped.add(cited.scopedKey());
        keys.add(cited.key());
        if (cited.typeNumber() != null) typeNumbers.add(cited.typeNumber());
      }
      for (String key : scoped) {
        c.add(new StringField(Schema.CITED, key, Field.Store.YES));
        c.add(new SortedSetDocValuesFacetField(Schema.CITED, key));
      }
      for (String key : keys) c.add(new StringField(Schema.CITED_KEY, key, Field.Store.NO));
      for (String tn : typeNumbers) c.add(new StringField(Schema.CITED_TYPE_NUMBER, tn, Field.Store.NO));
      out.add(c);
    }
    return out;
  }

  List<Document> directive(IndexableDirective directive) {
    List<Document> out = new ArrayList<>();
    Document doc = base(Kind.DIRECTIVE, directive.key(), directive.key(), null);
    directiveMetadata(doc, directive);
    List<String> body = new ArrayList<>();
    body.add(directive.citation());
    body.addAll(directive.variants());
    text(doc, Schema.TEXT, String.join("\n", body));
    out.add(doc);
    for (IndexableDirective.IndexableArticle article : directive.articles()) {
      Document a =
          base(Kind.ARTICLE, directive.key() + "#" + article.number(), directive.key(), article.number());
      directiveMetadata(a, directive);
      a.add(new StoredField(Schema.HEADING, article.heading()));
      String full = article.heading().isEmpty() ? article.text() : article.heading() + "\n" + article.text();
      text(a, Schema.TEXT, full);
      out.add(a);
    }
    return out;
  }

  private static Document base(Kind kind, String id, String docId, String clauseId) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, id, Field.Store.YES));
    doc.add(new StringField(Schema.DOC, docId, Field.Store.YES));
    if (clauseId != null) doc.add(new StoredField(Schema.CLAUSE, clauseId));
    doc.add(new StoredField(Schema.KIND, kind.value()));
    doc.add(new FloatDocValuesField(Schema.WEIGHT, kind.weight()));
    doc.add(new SortedSetDocValuesFacetField(Schema.KIND, kind.value()));
    return doc;
  }

  private static void planMetadata(Document doc, IndexablePlan plan) {
    doc.add(new StoredField(Schema.TITLE, plan.title()));
    stored(doc, Schema.NUMBER, plan.number());
    stored(doc, Schema.ISSUER, plan.issuer());
    stored(doc, Schema.DATE, plan.date());
    facet(doc, Schema.TYPE, plan.type());
    facet(doc, Schema.LEVEL, plan.level());
    facet(doc, Schema.PROVINCE, plan.province());
    facet(doc, Schema.YEAR, plan.year() == null ? null : plan.year().toString());
  }

  private static void directiveMetadata(Document doc, IndexableDirective directive) {
    doc.add(new StoredField(Schema.TITLE, directive.citation()));
    stored(doc, Schema.NUMBER, directive.key());
    stored(doc, Schema.ISSUER, directive.issuer());
    facet(doc, Schema.TYPE, directive.type());
    facet(doc, Schema.YEAR, directive.year() == null ? null : directive.year().toString());
  }

  /**
   * Stored once under the plain name, indexed under the exact and folded names. Only the text is
   * searched: a plan document's text is its title, so clauses do not all match their plan's title.
   */
  private static void text(Document doc, String field, String value) {
    doc.add(new StoredField(field, value));
    doc.add(new Field(Schema.exact(field), value, TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.folded(field), value, TEXT_WITH_OFFSETS));
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) doc.add(new StoredField(field, value));
  }

  private static void facet(Document doc, String dim, String value) {
    if (value == null || value.isBlank()) return;
    doc.add(new StoredField(dim, value));
    doc.add(new SortedSetDocValuesFacetField(dim, value));
  }
}
