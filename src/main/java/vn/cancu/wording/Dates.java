package vn.cancu.wording;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them: 26/11/2021. */
final class Dates {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  static String dmy(LocalDate d) {
    return d.format(DMY);
  }
}
