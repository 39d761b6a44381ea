package vn.cancu.cite;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Kinds of documents a plan cites. Names and symbol codes are data (cite/doctypes.tsv): {@link
 * #vietnamese()} is the type word ("Chỉ thị"), {@link #codes()} the codes used inside symbols ("CT").
 */
public enum DocType {
  LUAT,
  BO_LUAT,
  HIEN_PHAP,
  NGHI_DINH,
  NGHI_QUYET,
  NGHI_QUYET_LIEN_TICH,
  QUYET_DINH,
  CHI_THI,
  KET_LUAN,
  QUY_DINH,
  QUY_CHE,
  KE_HOACH,
  DE_AN,
  CHUONG_TRINH,
  HUONG_DAN,
  CONG_VAN,
  THONG_BAO,
  THONG_TU,
  THONG_TU_LIEN_TICH,
  BAO_CAO,
  TO_TRINH,
  LENH,
  PHAP_LENH,
  OTHER;

  /** The type word as written in documents: "Chỉ thị". */
  public String vietnamese() {
    return Vocabulary.NAMES.get(this);
  }

  /** Symbol codes, the default one first: CHI_THI → [CT]. */
  public List<String> codes() {
    return Vocabulary.CODES.get(this);
  }

  /** The first symbol code, or null for types without one. */
  public String code() {
    List<String> c = codes();
    return c.isEmpty() ? null : c.get(0);
  }

  /** The type a symbol code names ("CT" → CHI_THI; "QĐ" → QUYET_DINH, its first owner). */
  public static Optional<DocType> ofCode(String code) {
    return Optional.ofNullable(Vocabulary.BY_CODE.get(code.toUpperCase(Locale.ROOT)));
  }

  /** The type a type word names, in any case ("chỉ thị", "Chỉ thị" → CHI_THI). */
  public static Optional<DocType> ofWord(String word) {
    return Optional.ofNullable(Vocabulary.BY_WORD.get(Fold.fold(word)));
  }

  /** The type a folded type word ({@link Fold#fold}) names. */
  static Optional<DocType> ofFolded(String folded) {
    return Optional.ofNullable(Vocabulary.BY_WORD.get(folded));
  }

  private static final class Vocabulary {
    static final Map<DocType, String> NAMES = new EnumMap<>(DocType.class);
    static final Map<DocType, List<String>> CODES = new EnumMap<>(DocType.class);
    static final Map<String, DocType> BY_CODE = new LinkedHashMap<>();
    static final Map<String, DocType> BY_WORD = new LinkedHashMap<>();

    static {
      for (String[] row : Tsv.read("doctypes.tsv")) {
        DocType t = DocType.valueOf(row[0]);
        NAMES.put(t, row[1]);
        List<String> codes = row[2].isEmpty() ? List.of() : List.of(row[2].split(","));
        CODES.put(t, codes);
        for (String c : codes) BY_CODE.putIfAbsent(c.toUpperCase(Locale.ROOT), t);
        BY_WORD.putIfAbsent(Fold.fold(row[1]), t);
        if (row.length > 3 && !row[3].isEmpty()) {
          for (String w : row[3].split("\\|")) BY_WORD.putIfAbsent(Fold.fold(w), t);
        }
      }
      for (DocType t : DocType.values()) {
        if (!NAMES.containsKey(t)) throw new IllegalStateException("doctypes.tsv lacks " + t);
      }
    }
  }
}
