package vn.cancu.cite;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cancu.cite.Tokens.Token;

/**
 * What follows a symbol or a name: the date ("ngày 26/11/2021", "ngày 26 tháng 11 năm 2021"), the
 * issuer ("của Thủ tướng Chính phủ") and the subject ("về ...", "phê duyệt ...", a quoted “Về ...”).
 *
 * @param date the date, or null
 * @param issuer the issuer as written, whitespace collapsed, or null
 * @param subject the subject, whitespace collapsed, or null
 * @param end the offset after the last part found
 */
record Tail(LocalDate date, String issuer, String subject, int end) {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern DATE =
      Pattern.compile(
          "[\\s,]{0,8}+(?:ban hành\\s++)?ngày[\\s\\u00a0]{0,4}+(?:(\\d{1,2})[\\s]{0,3}+[/.\\-][\\s]{0,3}+(\\d{1,2})"
              + "[\\s]{0,3}+[/.\\-][\\s]{0,3}+(\\d{4})|(\\d{1,2})\\s++tháng\\s++(\\d{1,2})\\s++năm\\s++(\\d{4}))",
          FLAGS);
  private static final Pattern OF = Pattern.compile("[\\s,]{0,8}+của[\\s\\u00a0]++", FLAGS);
  private static final Pattern SUBJECT_START =
      Pattern.compile(
          "[\\s,]{0,8}+([“\"]?\\s*+(?:về|phê duyệt|quy định|ban hành|hướng dẫn|sửa đổi|bổ sung|thí điểm)(?![\\p{L}\\d]))",
          FLAGS);
  private static final Set<String> ISSUER_STOPS =
      Set.of("về", "phê", "quy", "ban hành", "hướng", "sửa", "giao", "tại", "đã", "được", "nhằm", "trong",
          "theo", "để", "với", "cho", "thực", "triển", "tiếp", "là", "gắn", "thí", "bổ");
  private static final int MAX_ISSUER_WORDS = 16;
  private static final int MAX_SUBJECT = 320;
  /** How far past a symbol a tail can reach: date, issuer and subject together. */
  static final int REACH = 60 + 200 + 20 + MAX_SUBJECT;

  /**
   * @param from where the symbol or name ends
   * @param limit where the subject must stop at the latest (the next citation in a list)
   */
  static Tail after(CharSequence text, int from, int limit) {
    int end = from;
    int n = text.length();
    LocalDate date = null;
    Matcher m = DATE.matcher(text).useTransparentBounds(true);
    m.region(from, Math.min(n, from + 60));
    if (m.lookingAt()) {
      date = date(m);
      if (date != null) end = m.end();
    }
    String issuer = null;
    m = OF.matcher(text).useTransparentBounds(true);
    m.region(end, Math.min(n, end + 20));
    if (m.lookingAt()) {
      int[] span = issuer(text, m.end(), limit);
      if (span != null) {
        issuer = Preamble.collapse(text.subSequence(span[0], span[1]));
        end = span[1];
      }
    }
    String subject = null;
    m = SUBJECT_START.matcher(text).useTransparentBounds(true);
    m.region(end, Math.min(n, end + 20));
    if (m.lookingAt() && m.start(1) < limit) {
      int s = m.start(1);
      int e = subjectEnd(text, s, Math.min(limit, Math.min(n, s + MAX_SUBJECT)));
      if (e > s) {
        subject = Preamble.collapse(text.subSequence(s, e));
        end = e;
      }
    }
    return new Tail(date, issuer, subject, end);
  }

  private static LocalDate date(Matcher m) {
    int g = m.group(1) != null ? 1 : 4;
    try {
      return LocalDate.of(Integer.parseInt(m.group(g + 2)), Integer.parseInt(m.group(g + 1)),
          Integer.parseInt(m.group(g)));
    } catch (DateTimeException e) {
      return null; // "ngày 31/02/2021": a typo, not a date
    }
  }

  /** The issuer's words: up to a subject word, punctuation or a word no issuer name contains. */
  private static int[] issuer(CharSequence text, int from, int limit) {
    List<Token> t = Tokens.of(text, from, Math.min(Math.min(text.length(), from + 200), limit), MAX_ISSUER_WORDS + 8);
    int last = -1;
    int depth = 0;
    for (int i = 0; i < t.size() && i < MAX_ISSUER_WORDS + 4; i++) {
      Token tok = t.get(i);
      String w = tok.lower();
      if (tok.text().equals("(")) {
        depth++;
        continue;
      }
      if (tok.text().equals(")")) {
        if (depth == 0) break;
        depth--;
        last = i;
        continue;
      }
      if (depth > 0) {
        if (!tok.isWord() && !tok.text().equals(",")) break;
        continue;
      }
      if (!tok.isWord() && !tok.text().equals("-")) break;
      if (ISSUER_STOPS.contains(w)) break;
      if (w.equals("ban") && i + 1 < t.size() && t.get(i + 1).lower().equals("hành")) break;
      if (i > 0 && Character.isUpperCase(tok.text().charAt(0)) && startsTypeWord(t, i)) break;
      last = i;
    }
    while (last >= 0 && (t.get(last).lower().equals("và") || !t.get(last).isWord() && !t.get(last).text().equals(")"))) {
      last--;
    }
    if (last < 0) return null;
    return new int[] {t.get(0).start(), t.get(last).end()};
  }

  private static boolean startsTypeWord(List<Token> t, int i) {
    String one = t.get(i).lower();
    if (DocType.ofWord(one).isPresent()) return true;
    return i + 1 < t.size() && DocType.ofWord(one + " " + t.get(i + 1).lower()).isPresent();
  }

  /** End of a subject: ";", a sentence end, the closing quote of a quoted subject, or the limit. */
  private static int subjectEnd(CharSequence text, int s, int limit) {
    boolean quoted = text.charAt(s) == '“' || text.charAt(s) == '"';
    int e = s + 1;
    for (; e < limit; e++) {
      char c = text.charAt(e);
      if (quoted && (c == '”' || c == '"')) return e + 1;
      if (c == ';') break;
      if (c == '.' && sentenceEnds(text, e)) break;
      if (c == '…') break;
    }
    while (true) {
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",:".indexOf(text.charAt(e - 1)) >= 0)) e--;
      // "... trong tình hình mới và Kế hoạch số 450": the conjunction belongs to the list, not the subject.
      if (e - s > 3 && Fold.fold(text.subSequence(e - 3, e)).equals(" và")) e -= 3;
      else if (e - s > 5 && Fold.fold(text.subSequence(e - 5, e)).equals(" hoặc")) e -= 5;
      else return e;
    }
  }

  private static boolean sentenceEnds(CharSequence text, int dot) {
    int i = dot + 1;
    if (i >= text.length()) return true;
    char c = text.charAt(i);
    if (c == '/' || c == '.' || c == ',') return true; // "./." closes a document, ".." an ellipsis
    if (!Character.isWhitespace(c)) return false;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return i >= text.length() || !Character.isLowerCase(text.charAt(i));
  }
}
