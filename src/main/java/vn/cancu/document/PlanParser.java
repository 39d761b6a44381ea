package vn.cancu.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cancu.ingest.ExtractedText;
import vn.cancu.text.BasisOpening;
import vn.cancu.text.OutlineLabel;
import vn.cancu.text.RepairedText;
import vn.cancu.text.TextRepair;

/**
 * Parses extracted text into a {@link Plan}: header, basis paragraphs, outline, footnotes,
 * recipients and signer. Never throws on odd text: what cannot be found is left null or empty.
 * The closing paragraph ("Trên đây là Kế hoạch...", "UBND tỉnh yêu cầu ...") is not part of any
 * clause; it stays in the text only.
 */
public final class PlanParser {
  private static final Pattern CLOSING_START = Pattern.compile("(?:Trên đây|Nơi nhận|TM\\.|KT\\.)");
  // "UBND tỉnh yêu cầu ... thực hiện./.", "Trong quá trình thực hiện, nếu có vướng mắc ... ./.".
  private static final Pattern CLOSING_REQUEST =
      Pattern.compile("(?:.*(?:yêu cầu|đề nghị|Đề nghị)|Trong quá trình (?:thực hiện|triển khai)).*\\./\\.\\s*");
  private static final Pattern UNIT_NAME = Pattern.compile("(?<![\\p{L}])(?:tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ)\\s+$");

  private final TextRepair repair = new TextRepair();

  public Plan parse(ExtractedText source) {
    RepairedText repaired = repair.repair(source.text());
    String text = repaired.text();
    List<Paragraph> paras = Paragraphs.split(text, 0, repaired.footnotesStart());
    HeaderReader.Head head = HeaderReader.read(paras);

    int outlineStart = head.next();
    while (outlineStart < paras.size() && !isOutlineStart(paras.get(outlineStart))) outlineStart++;
    int closingStart = outlineStart;
    while (closingStart < paras.size() && !isClosing(paras.get(closingStart))) closingStart++;
    List<Paragraph> preamble = paras.subList(Math.min(head.next(), outlineStart), outlineStart);
    List<Paragraph> basis = preamble.stream().filter(p -> BasisOpening.startsWithOpening(p.text())).toList();

    List<FootnoteReader.Body> bodies =
        FootnoteReader.bodies(Paragraphs.split(text, repaired.footnotesStart(), text.length()));
    Map<Integer, Span> anchors = FootnoteReader.anchors(text, 0, repaired.footnotesStart(), bodies);
    List<Clause> clauses =
        OutlineBuilder.build(
            text,
            paras.subList(outlineStart, closingStart),
            span -> anchors.entrySet().stream()
                .filter(e -> span.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList());
    ClosingReader.Closing closing = ClosingReader.read(paras.subList(closingStart, paras.size()));
    Header header = header(head, preamble, text.substring(0, repaired.footnotesStart()), closing.signer());
    Plan draft =
        new Plan(source.sourceId(), text, repaired.sourceOffsets(), header, basis, clauses, List.of(),
            closing.recipients(), closing.signer());
    List<Footnote> footnotes = new ArrayList<>();
    for (FootnoteReader.Body b : bodies) {
      Span anchor = anchors.get(b.marker());
      String clauseId = anchor == null ? null : draft.clauseAt(anchor.start()).map(Clause::id).orElse(null);
      footnotes.add(new Footnote(b.marker(), b.text(), b.span(), anchor, clauseId));
    }
    footnotes.sort(Comparator.comparingInt(Footnote::marker));
    return new Plan(source.sourceId(), text, repaired.sourceOffsets(), header, basis, clauses, footnotes,
        closing.recipients(), closing.signer());
  }

  private static boolean isOutlineStart(Paragraph p) {
    return OutlineLabel.at(p.text()).map(l -> !l.kind().isBullet()).orElse(false)
        || CLOSING_START.matcher(p.text()).lookingAt();
  }

  private static boolean isClosing(Paragraph p) {
    String s = p.text();
    if (OutlineLabel.at(s).isPresent()) return false;
    return CLOSING_START.matcher(s).lookingAt() || CLOSING_REQUEST.matcher(s).matches();
  }

  private static Header header(HeaderReader.Head head, List<Paragraph> preamble, String body, Signer signer) {
    List<String> bodies = head.bodies();
    String issuer = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
    String parent = bodies.size() < 2 ? null : bodies.get(bodies.size() - 2);
    List<String> preambleTexts = preamble.stream().map(Paragraph::text).toList();
    if (issuer == null) {
      List<String> placeSources = new ArrayList<>();
      placeSources.add(head.title());
      placeSources.addAll(preambleTexts);
      placeSources.add(body);
      issuer = Issuers.fromEnacting(preambleTexts, placeSources).orElse(null);
    }
    String province = province(issuer, parent, head, body);
    return new Header(issuer, parent, head.number(), head.place(), head.date(), head.type(), head.title(),
        province, Issuers.level(issuer));
  }

  /**
   * The province: from the issuer, its parent, the place or the title when they name one; else the
   * province most often named as "tỉnh X" / "thành phố X" in the text (a commune plan cites "UBND
   * tỉnh Lạng Sơn").
   */
  private static String province(String issuer, String parent, HeaderReader.Head head, String body) {
    for (String s : new String[] {issuer, parent, head.place(), head.title()}) {
      if (s == null) continue;
      Optional<String> slug = Provinces.slugOf(s);
      if (slug.isPresent()) return slug.get();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Provinces.Mention m : Provinces.mentions(body)) {
      String before = body.substring(Math.max(0, m.start() - 12), m.start());
      if (UNIT_NAME.matcher(before).find()) counts.merge(m.province().slug(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
