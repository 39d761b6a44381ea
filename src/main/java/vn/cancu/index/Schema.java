package vn.cancu.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names of the index. Text is indexed twice: {@code *_exact} keeps diacritics, {@code
 * *_folded} strips them, so a query typed without tones still matches and one typed with tones
 * ranks exact matches first.
 */
public final class Schema {
  /** Unique id: plan id, "planId#clauseId", directive key, "key#articleNumber". */
  public static final String ID = "id";
  /** Document kind, see {@link Kind}. Also a facet dimension. */
  public static final String KIND = "kind";
  /** The plan id or directive key a hit belongs to. */
  public static final String DOC = "doc";
  /** Clause id or article number, absent on plan and directive documents. */
  public static final String CLAUSE = "clause";
  /** Per-document score multiplier ({@link Kind#weight()}), a float doc value. */
  public static final String WEIGHT = "weight";
  /**
   * Which distinct searchable content a document has, a numeric doc value: documents with the same
   * text, weight and cited keys share one (see {@code DistinctTexts}).
   */
  public static final String TEXT_ID = "text_id";

  /** Stored only: the plan title or the directive's standard citation. */
  public static final String TITLE = "title";
  /** Searched: clause or article text, plan title, directive citation + subject + variants. */
  public static final String TEXT = "text";
  public static final String HEADING = "heading";
  public static final String NUMBER = "number";
  public static final String ISSUER = "issuer";
  public static final String DATE = "date";

  public static final String EXACT = "_exact";
  public static final String FOLDED = "_folded";

  /** Facet dimensions (also stored for display). */
  public static final String TYPE = "type";
  public static final String LEVEL = "level";
  public static final String PROVINCE = "province";
  public static final String YEAR = "year";
  /** Scoped keys of the documents a clause cites ("33/CT-TTg", "5-CT/TU@ninh-binh"). */
  public static final String CITED = "cited";

  /** Key of a cited document without its province scope ("5-CT/TU"), for queries naming it. */
  public static final String CITED_KEY = "cited_key";
  /** "CHI_THI:33": type and number of a cited document, for queries that name no issuer. */
  public static final String CITED_TYPE_NUMBER = "cited_tn";

  public static final List<String> FACETS = List.of(KIND, TYPE, LEVEL, PROVINCE, YEAR, CITED);

  private Schema() {}

  /** The kinds of Lucene documents. */
  public enum Kind {
    PLAN(0.7f),
    CLAUSE(1f),
    DIRECTIVE(0.5f),
    ARTICLE(1f);

    private final float weight;

    Kind(float weight) {
      if (!(weight > 0 && weight <= 1)) throw new IllegalArgumentException("a kind weight is in (0, 1]: " + weight);
      this.weight = weight;
    }

    /**
     * Score multiplier: users look for the clauses (and articles) that say something; a plan's
     * title and a catalogue record (whose text repeats every way its citation is written) come after.
     * At most 1: a weight never raises a score, so searches can skip what cannot compete.
     */
    public float weight() {
      return weight;
    }

    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static String exact(String field) {
    return field + EXACT;
  }

  public static String folded(String field) {
    return field + FOLDED;
  }

  /** A new facets configuration (FacetsConfig is mutable, so one per user). */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(CITED, true);
    return config;
  }
}
