package vn.cancu.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cancu.cite.DocType;
import vn.cancu.cite.NormalizedSymbol;
import vn.cancu.cite.SymbolNormalizer;
import vn.cancu.index.CitedDocument;
import vn.cancu.index.Words;

/**
 * Recognises a document number among the plain words of a query, in the shapes users type:
 * "33/CT-TTg", "25/NQ-TW" (normalised to 25-NQ/TW), "33 CT TTg", "ct 33", "chỉ thị 33", "nghị định
 * 59". Symbols go through the cite {@link SymbolNormalizer}; type words and codes through {@link
 * DocType}, so both sides of the search share one vocabulary.
 */
final class SymbolRecognizer {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{1,8}");
  private static final int MAX_TYPE_WORDS = 3;
  /** "số" (number) between the type word and the number: "Chỉ thị số 33", folded. */
  private static final String NUMBER_WORD = "so";

  private final SymbolNormalizer normalizer = new SymbolNormalizer();
  /** Type names without diacritics ("chi thi" → CHI_THI), for queries typed without tones. */
  private final Map<String, DocType> byFoldedName = foldedNames();

  private static Map<String, DocType> foldedNames() {
    Map<String, DocType> out = new HashMap<>();
    for (DocType t : DocType.values()) {
      if (t != DocType.OTHER && t.vietnamese() != null) out.putIfAbsent(Words.fold(Words.normalize(t.vietnamese())), t);
    }
    return Map.copyOf(out);
  }

  /**
   * A recognised document number.
   *
   * @param from index of its first part in {@link UserQuery#include()}
   * @param to index after its last part
   * @param keys full keys it may denote ("33/CT-TTg")
   * @param typeNumbers type and number pairs it denotes ("CHI_THI:33"), see {@link CitedDocument#typeNumber()}
   */
  record Match(int from, int to, Set<String> keys, Set<String> typeNumbers) {}

  List<Match> recognise(UserQuery query) {
    List<UserQuery.Part> parts = query.include();
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < parts.size()) {
      Match m = at(parts, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.to();
      }
    }
    return out;
  }

  private Match at(List<UserQuery.Part> parts, int i) {
    int typeWords = 0;
    DocType type = null;
    for (int n = Math.min(MAX_TYPE_WORDS, parts.size() - i); n >= 1 && type == null; n--) {
      Optional<DocType> t = typeWord(parts, i, n);
      if (t.isPresent()) {
        type = t.get();
        typeWords = n;
      }
    }
    int at = i + typeWords;
    if (type != null && at < parts.size() && NUMBER_WORD.equals(Words.fold(Words.normalize(parts.get(at).text())))) at++;
    if (at >= parts.size() || parts.get(at).phrase()) return null;
    String word = parts.get(at).text();
    Optional<NormalizedSymbol> whole = word.matches(".*\\d.*[-/].*|.*[-/].*\\d.*") ? normalizer.normalize(word, type) : Optional.empty();
    if (whole.isPresent()) return match(i, at + 1, List.of(whole.get()), type, whole.get().number());
    if (!NUMBER.matcher(word).matches()) return null;
    String number = stripZeros(word);
    if (type != null) return match(i, at + 1, List.of(), type, number);
    // "33 CT TTg", "33 CT": a number, a type code, maybe an issuer code.
    if (at + 1 >= parts.size() || !plainLetters(parts.get(at + 1))) return null;
    Optional<DocType> code = DocType.ofCode(parts.get(at + 1).text());
    if (code.isEmpty()) return null;
    List<NormalizedSymbol> symbols = new ArrayList<>();
    int to = at + 2;
    if (to < parts.size() && plainLetters(parts.get(to))) {
      String c = parts.get(at + 1).text();
      String org = parts.get(to).text();
      normalizer.normalize(number + "/" + c + "-" + org, code.get()).ifPresent(symbols::add);
      normalizer.normalize(number + "-" + c + "/" + org, code.get()).ifPresent(symbols::add);
      if (!symbols.isEmpty()) to++;
    }
    return match(i, to, symbols, code.get(), number);
  }

  private Optional<DocType> typeWord(List<UserQuery.Part> parts, int i, int n) {
    List<String> words = new ArrayList<>();
    for (int k = i; k < i + n; k++) {
      if (!plainLetters(parts.get(k))) return Optional.empty();
      words.add(parts.get(k).text());
    }
    String written = String.join(" ", words);
    Optional<DocType> byWord = DocType.ofWord(written);
    if (byWord.isEmpty()) byWord = Optional.ofNullable(byFoldedName.get(Words.fold(Words.normalize(written))));
    if (byWord.isPresent() || n > 1) return byWord;
    return DocType.ofCode(words.getFirst());
  }

  private static Match match(int from, int to, List<NormalizedSymbol> symbols, DocType type, String number) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> typeNumbers = new LinkedHashSet<>();
    for (NormalizedSymbol s : symbols) {
      keys.add(s.key());
      Optional<DocType> t = s.typeCode() == null ? Optional.ofNullable(type) : DocType.ofCode(s.typeCode());
      t.ifPresent(d -> typeNumbers.add(CitedDocument.typeNumber(d.name(), s.number())));
    }
    if (type != null && number != null) typeNumbers.add(CitedDocument.typeNumber(type.name(), stripZeros(number)));
    return new Match(from, to, keys, typeNumbers);
  }

  private static boolean plainLetters(UserQuery.Part part) {
    return !part.phrase() && LETTERS.matcher(part.text()).matches();
  }

  private static String stripZeros(String number) {
    String s = number.replaceFirst("^0+(?=\\d)", "");
    return s;
  }
}
