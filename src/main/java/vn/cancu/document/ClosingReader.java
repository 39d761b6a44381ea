package vn.cancu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the end of a plan: the "Nơi nhận:" list and the signature block ("TM. ỦY BAN NHÂN DÂN" /
 * "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name). The two may come in either order: extractions of the
 * two-column layout differ.
 */
final class ClosingReader {
  private static final Pattern RECIPIENTS = Pattern.compile("Nơi nhận\\s*:?\\s*");
  private static final Pattern DASH = Pattern.compile("[-–+•]\\s*");
  private static final Pattern AUTHORITY = Pattern.compile("TM\\.\\s*\\S.*");
  private static final Pattern ON_BEHALF = Pattern.compile("(?:KT|TL|TUQ|Q)\\.\\s*\\S.*");
  // Letters and spaces in capitals only: "PHÓ CHỦ TỊCH", "TRƯỞNG BAN" (not "NH/VP7").
  private static final Pattern POSITION = Pattern.compile("[\\p{Lu} .]+");
  // "Bế Thị Trang": two to six capitalized words.
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}");

  /** Recipients and signer found. */
  record Closing(List<String> recipients, Signer signer) {}

  private ClosingReader() {}

  static Closing read(List<Paragraph> paras) {
    List<String> recipients = new ArrayList<>();
    String authority = null;
    String onBehalf = null;
    String before = null;
    String after = null;
    String name = null;
    boolean inList = false;
    boolean afterRecipient = false;
    for (String p : paras.stream().flatMap(para -> Columns.cells(para.text()).stream()).toList()) {
      var r = RECIPIENTS.matcher(p);
      if (r.lookingAt()) {
        inList = true;
        p = p.substring(r.end());
        if (p.isEmpty()) continue;
      }
      var d = DASH.matcher(p);
      boolean recipient = false;
      if (inList && d.lookingAt()) {
        recipients.add(p.substring(d.end()).replaceAll("[;,.]\\s*$", "").strip());
        recipient = true;
      } else if (AUTHORITY.matcher(p).matches()) {
        authority = p;
      } else if (ON_BEHALF.matcher(p).matches()) {
        onBehalf = p;
      } else if (POSITION.matcher(p).matches() && DocumentTypes.isCapitals(p)) {
        if (name == null) before = p;
        else after = p;
      } else if (NAME.matcher(p).matches() && (authority != null || before != null)) {
        name = p;
      } else if (afterRecipient) {
        // A recipient wrapped onto a second line: "- Lưu: VT, VP7" / "NH/VP7".
        int last = recipients.size() - 1;
        recipients.set(last, recipients.get(last) + " " + p);
        recipient = true;
      }
      afterRecipient = recipient;
    }
    if (authority == null && onBehalf == null && before == null && name == null) {
      return new Closing(recipients, null);
    }
    // "TM. BAN CHỈ ĐẠO / TRƯỞNG BAN / Thái Văn Thành / PHÓ CHỦ TỊCH UBND TỈNH": the line under the
    // name is the signer's own position; the one above is the capacity signed in.
    String position = after != null ? after : before;
    if (after != null && before != null && onBehalf == null) onBehalf = before;
    return new Closing(recipients, new Signer(authority, onBehalf, position, name));
  }
}
