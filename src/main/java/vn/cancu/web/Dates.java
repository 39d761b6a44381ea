package vn.cancu.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as Vietnamese documents write them: 26/11/2021. */
final class Dates {

  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  static String display(LocalDate date) {
    return date == null ? null : date.format(DISPLAY);
  }

  /** An ISO date ("2021-11-26") for display; other text is shown as it is. */
  static String display(String iso) {
    if (iso == null) return null;
    try {
      return display(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
