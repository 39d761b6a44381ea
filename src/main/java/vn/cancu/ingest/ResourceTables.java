package vn.cancu.ingest;

import java.util.List;
import vn.cancu.text.Resources;

/** Reads the tab-separated data files under {@code src/main/resources/ingest/}. */
final class ResourceTables {

  private ResourceTables() {}

  /** Non-blank, non-comment lines of {@code ingest/name}, each split on tabs. */
  static List<String[]> rows(String name) {
    return Resources.lines("/ingest/" + name).stream().map(line -> line.split("\t")).toList();
  }
}
