package vn.cancu.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.text.BasisOpening;
import vn.cancu.text.OutlineLabel;

/**
 * Reads what precedes the preamble: issuer capitals lines, "Số: 179/KH-UBND", the place/date line,
 * the type word and the title. Two-column headers flattened on one line ("Số: 12/KH-UBND Lạng
 * Sơn, ngày ...") are handled by searching inside lines.
 */
final class HeaderReader {
  private static final Pattern NUMBER = Pattern.compile("Số\\s*:?\\s*([^\\s,]*/[^\\s,]+)");
  private static final Pattern PLACE_DATE =
      Pattern.compile(
          "((?:TP\\.\\s*)?\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,4})\\s*,\\s*ngày\\s*(\\d{1,2})?\\s*"
              + "tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");
  private static final Pattern MOTTO =
      Pattern.compile(
          "C[ỘO]NG H[ÒO]A X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM|Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Longest paragraph taken as a title continuation. */
  private static final int MAX_TITLE_LINE = 160;

  /**
   * The header as read.
   *
   * @param bodies issuing bodies from header capitals lines, outermost first
   * @param next index of the first paragraph after the title
   */
  record Head(
      String number, String place, LocalDate date, String type, String title, List<String> bodies, int next) {}

  private HeaderReader() {}

  static Head read(List<Paragraph> paras) {
    int typeIndex = -1;
    DocumentTypes.TypeLine type = null;
    for (int i = 0; i < paras.size() && typeIndex < 0; i++) {
      if (OutlineLabel.at(paras.get(i).text()).isPresent()) break;
      Optional<DocumentTypes.TypeLine> t = DocumentTypes.at(paras.get(i).text());
      if (t.isPresent()) {
        typeIndex = i;
        type = t.get();
      }
    }
    String number = null;
    String place = null;
    LocalDate date = null;
    List<String> capsLines = new ArrayList<>();
    int headerEnd = typeIndex < 0 ? 0 : typeIndex;
    for (int i = 0; i < headerEnd; i++) {
      String line = MOTTO.matcher(paras.get(i).text()).replaceAll("   ");
      // The number first, on the whole line: a blank one ("Số:      /KH-UBND") would fall into two cells.
      Matcher n = NUMBER.matcher(line);
      if (n.find()) {
        number = isBlank(n.group(1)) ? null : n.group(1);
        line = line.substring(0, n.start()) + "   " + line.substring(n.end());
      }
      // Two-column headers flattened into one line: read each column cell on its own.
      for (String cell : Columns.cells(line)) {
        String rest = cell;
        Matcher d = PLACE_DATE.matcher(rest);
        if (d.find()) {
          place = d.group(1).strip();
          date = date(d.group(2), d.group(3), d.group(4));
          rest = rest.substring(0, d.start()) + "   " + rest.substring(d.end());
        }
        rest = rest.replaceAll("Số\\s*:?\\s*/?\\S*", " ").strip();
        if (!rest.isEmpty() && DocumentTypes.isCapitals(rest) && !rest.matches("[-_=. ]+")) {
          capsLines.add(rest);
        }
      }
    }
    if (typeIndex < 0) return new Head(number, place, date, null, null, List.of(), 0);
    Paragraph typePara = paras.get(typeIndex);
    StringBuilder title = new StringBuilder(typePara.text().substring(type.restStart()).strip());
    int next = typeIndex + 1;
    while (next < paras.size() && isTitleLine(paras.get(next).text(), title.isEmpty())) {
      if (!title.isEmpty()) title.append(' ');
      title.append(paras.get(next).text().strip());
      next++;
    }
    String t = title.isEmpty() ? null : title.toString();
    return new Head(number, place, date, type.display(), t, Issuers.fromHeaderLines(capsLines), next);
  }

  /** A number the e-office system fills in later: nothing but dots or underscores before the slash. */
  private static boolean isBlank(String number) {
    return number.substring(0, number.indexOf('/')).chars().noneMatch(Character::isDigit);
  }

  private static boolean isTitleLine(String p, boolean first) {
    if (OutlineLabel.at(p).isPresent() || BasisOpening.opensBasis(p)) return false;
    if (first) return true;
    if (DocumentTypes.isCapitals(p)) return true;
    return p.length() <= MAX_TITLE_LINE && !p.matches(".*[.:;]\\s*$");
  }

  private static LocalDate date(String day, String month, String year) {
    if (day == null || month == null) return null;
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
