package vn.cancu.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.cancu.cite.SymbolScanner.Hit;
import vn.cancu.cite.Tokens.Token;

/**
 * Finds every document mention in a text: symbols of the three numbering families with the type
 * word before them, lists sharing a suffix, documents cited by name, and for each the date, issuer
 * and subject after it. Pure: no plan context, so clause and scope stay null. Linear in the text:
 * it anchors on symbols and type words and only scans a bounded window around each.
 */
public final class CitationFinder {
  private final SymbolNormalizer normalizer = new SymbolNormalizer();

  public List<Citation> find(String text) {
    return find(text, null);
  }

  /**
   * As {@link #find(String)}, reading a law named without a year as the version in force in {@code
   * asOfYear} (the citing document's year; {@link Integer#MAX_VALUE} for the latest).
   */
  public List<Citation> find(String text, Integer asOfYear) {
    List<Draft> drafts = new ArrayList<>(symbolDrafts(text));
    TreeMap<Integer, Integer> symbolSpans = new TreeMap<>();
    TreeMap<Integer, Draft> byCoreEnd = new TreeMap<>();
    for (Draft d : drafts) {
      symbolSpans.merge(d.start, d.coreEnd, Math::max);
      byCoreEnd.put(d.coreEnd, d);
    }
    for (Draft named : NamedDocuments.find(text)) {
      // "Luật Đất đai số 45/2013/QH13" is already the symbol's mention.
      Map.Entry<Integer, Integer> before = symbolSpans.floorEntry(named.start);
      if (before != null && named.start < before.getValue()) continue;
      // "Luật số 12/2022/QH15 Luật Dầu khí": the name of the law just cited by number.
      Map.Entry<Integer, Draft> symbol = byCoreEnd.floorEntry(named.start);
      if (symbol != null && symbol.getValue().type == named.type && named.start - symbol.getKey() <= 4
          && text.substring(symbol.getKey(), named.start).isBlank()) {
        if (symbol.getValue().name == null) symbol.getValue().name = named.name;
        continue;
      }
      drafts.add(named);
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.coreEnd));
    tails(text, drafts);
    Relations.assign(text, drafts);
    List<Citation> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) out.add(citation(text, d, asOfYear));
    return out;
  }

  /** Whether a piece of text is a whole-symbol mention key, e.g. for a plan's own "Số" line. */
  public Optional<NormalizedSymbol> normalize(String written, DocType hint) {
    return normalizer.normalize(written, hint);
  }

  private List<Draft> symbolDrafts(String text) {
    List<Draft> out = new ArrayList<>();
    for (Hit h : SymbolScanner.scan(text)) {
      Preamble p = Preamble.before(text, h.start());
      if (p.rejected()) continue;
      String written = text.substring(h.start(), h.end());
      Optional<NormalizedSymbol> ns = normalizer.normalize(written, p.type());
      if (ns.isEmpty()) continue;
      NormalizedSymbol s = ns.get();
      String suffix = text.substring(h.numberEnd(), h.end());
      Draft last = draft(s, p, p.listNumbers().isEmpty() ? p.start() : h.start(), h.end());
      Draft head = null;
      for (Token num : p.listNumbers()) {
        Optional<NormalizedSymbol> member = normalizer.normalize(num.text() + suffix, p.type());
        if (member.isEmpty()) continue;
        Draft d = draft(member.get(), p, head == null ? p.start() : num.start(), h.end());
        out.add(d);
        if (head == null) head = d;
        d.listHead = last;
      }
      out.add(last);
    }
    return out;
  }

  private static Draft draft(NormalizedSymbol s, Preamble p, int start, int end) {
    DocType byCode = s.typeCode() == null ? null : DocType.ofCode(s.typeCode()).orElse(null);
    DocType type = p.type() != null ? p.type() : byCode;
    if (type == null) type = KnownDocuments.byKey(s.key()).map(KnownDocuments.Known::type).orElse(DocType.OTHER);
    Draft d = new Draft(s.key(), type, start, end);
    d.number = s.number();
    d.year = s.year();
    d.name = p.lawName();
    d.normative = s.family() == NormalizedSymbol.Family.NORMATIVE;
    d.flags.addAll(s.flags());
    return d;
  }

  /** Date, issuer and subject; a subject stops at the next mention that starts a new list item. */
  private static void tails(String text, List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.listHead != null) continue;
      int limit = text.length();
      for (int j = i + 1; j < drafts.size(); j++) {
        Draft next = drafts.get(j);
        if (next.start > d.coreEnd + Tail.REACH) break;
        if (next.start >= d.coreEnd && startsListItem(text, next.start)) {
          limit = next.start;
          break;
        }
      }
      d.tail = Tail.after(text, d.coreEnd, limit);
    }
    for (Draft d : drafts) if (d.listHead != null) d.tail = d.listHead.tail;
  }

  private static boolean startsListItem(String text, int start) {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
    if (i < 0) return true;
    char c = text.charAt(i);
    if (c == ',' || c == ';' || c == '(' || c == ':' || c == '.' || c == '-' || c == '+') return true;
    return i >= 2 && (text.charAt(i) == 'à' || text.charAt(i) == 'À') && (text.charAt(i - 1) | 0x20) == 'v'
        && (i == 2 || !Character.isLetter(text.charAt(i - 2)));
  }

  private static Citation citation(String text, Draft d, Integer asOfYear) {
    Tail t = d.tail;
    Integer dateYear = t.date() == null ? null : t.date().getYear();
    if (d.name != null) NamedDocuments.resolve(d, dateYear, asOfYear);
    if (d.year == null && dateYear != null && d.number != null) d.year = dateYear;
    if (d.normative && dateYear != null && !dateYear.equals(d.year)) {
      d.flags.add(new Flag("year-contradicts", "symbol year " + d.year + " but dated " + t.date()));
    }
    int end = d.listHead != null ? d.listHead.end() : d.end();
    String written = Preamble.collapse(text.substring(d.start, end));
    return new Citation(d.key, d.type, d.number, d.year, t.date(), t.issuer(), null, d.name, t.subject(), written,
        d.start, end, null, null, d.relation, d.flags);
  }
}
