package vn.cancu.gen;

import java.time.LocalDate;
import java.util.List;

/**
 * What a generated plan says, before it is laid out as text: the facts a parse of its text should
 * give back.
 *
 * @param id file name without extension
 * @param provinceSlug province slug ("quang-tri")
 * @param level "tinh" or "xa"
 * @param issuer issuing body as cited ("UBND xã Vĩnh Thủy")
 * @param headerLines the issuer capitals lines of the header, outermost first
 * @param number the "Số" symbol ("123/KH-UBND"), or null when left blank for a hand-written number
 * @param symbolSuffix the part after the slash ("KH-UBND"), also printed when the number is blank
 * @param place place of the place/date line
 * @param date issue date
 * @param title the subject line
 * @param basis basis paragraphs ("Căn cứ ...", "Thực hiện ...")
 * @param sections top-level outline sections
 * @param footnotes footnote bodies, by marker order (marker = index + 1)
 * @param closing the closing paragraph
 * @param recipients "Nơi nhận" lines
 * @param signer signature block lines, the signer's name last
 * @param parentNumber the province plan this commune plan implements ("450/KH-UBND"), or null
 */
public record GeneratedPlan(
    String id,
    String provinceSlug,
    String level,
    String issuer,
    List<String> headerLines,
    String number,
    String symbolSuffix,
    String place,
    LocalDate date,
    String title,
    List<String> basis,
    List<Item> sections,
    List<String> footnotes,
    String closing,
    List<String> recipients,
    List<String> signer,
    String parentNumber) {

  public GeneratedPlan {
    headerLines = List.copyOf(headerLines);
    basis = List.copyOf(basis);
    sections = List.copyOf(sections);
    footnotes = List.copyOf(footnotes);
    recipients = List.copyOf(recipients);
    signer = List.copyOf(signer);
  }

  /** Number of top-level sections. */
  public int sectionCount() {
    return sections.size();
  }
}
