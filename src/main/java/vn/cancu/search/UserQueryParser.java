package vn.cancu.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the query grammar users type: plain words, {@code "quoted phrases"}, and {@code -word} or
 * {@code -"phrase"} exclusions. Nothing else is special: Lucene syntax is not exposed, so "+", ":",
 * "*" or "/" in "33/CT-TTg" are just characters of a word.
 */
public final class UserQueryParser {
  static final int MAX_LENGTH = 1000;

  public UserQuery parse(String query) {
    if (query == null || query.isBlank()) throw new BadQueryException("truy vấn trống: hãy nhập ít nhất một từ");
    if (query.length() > MAX_LENGTH) {
      throw new BadQueryException("truy vấn quá dài: " + query.length() + " ký tự, tối đa " + MAX_LENGTH);
    }
    String q = Normalizer.normalize(query, Normalizer.Form.NFC);
    List<UserQuery.Part> include = new ArrayList<>();
    List<UserQuery.Part> exclude = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-';
      int start = negated ? i + 1 : i;
      if (negated && (start >= q.length() || Character.isWhitespace(q.charAt(start)))) {
        throw new BadQueryException("dấu '-' ở ký tự " + (i + 1) + " phải đi liền với từ hoặc cụm từ cần loại trừ");
      }
      UserQuery.Part part;
      if (q.charAt(start) == '"') {
        int close = q.indexOf('"', start + 1);
        if (close < 0) {
          throw new BadQueryException("thiếu dấu ngoặc kép đóng: cụm từ mở ở ký tự " + (start + 1) + " chưa được đóng");
        }
        String phrase = q.substring(start + 1, close).strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty()) throw new BadQueryException("cụm từ trống \"\" ở ký tự " + (start + 1));
        part = new UserQuery.Part(phrase, true);
        i = close + 1;
      } else {
        int end = start;
        while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') end++;
        if (end < q.length() && q.charAt(end) == '"' && end > start) {
          throw new BadQueryException("dấu ngoặc kép ở ký tự " + (end + 1) + " phải mở một cụm từ mới: hãy thêm dấu cách trước nó");
        }
        part = new UserQuery.Part(q.substring(start, end), false);
        i = end;
      }
      (negated ? exclude : include).add(part);
    }
    if (include.isEmpty()) {
      throw new BadQueryException("truy vấn chỉ có phần loại trừ: hãy thêm ít nhất một từ hoặc cụm từ cần tìm");
    }
    return new UserQuery(include, exclude);
  }
}
