package vn.cancu.document;

import java.time.LocalDate;

/**
 * What a plan says about itself.
 *
 * @param issuer the issuing body ("UBND xã Đình Lập"), possibly inferred from the text
 * @param parentIssuer the body above it in the header ("UBND tỉnh Lạng Sơn"), or null
 * @param number the "Số" symbol, or null when blank ("Số: /KH-BCĐ") or absent
 * @param place the place in the place/date line ("Đình Lập")
 * @param date the issue date, or null when blank or absent
 * @param type the document type word ("Kế hoạch")
 * @param title the subject line(s) after the type word, joined
 * @param province ASCII slug of the province ("lang-son"), or null when it cannot be inferred
 * @param level issuer level: "trung-uong", "tinh" or "xa"
 */
public record Header(
    String issuer,
    String parentIssuer,
    String number,
    String place,
    LocalDate date,
    String type,
    String title,
    String province,
    String level) {}
