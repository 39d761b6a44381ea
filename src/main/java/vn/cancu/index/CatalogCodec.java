package vn.cancu.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cancu.cite.Catalog;
import vn.cancu.cite.CitingClause;
import vn.cancu.cite.DirectiveRecord;
import vn.cancu.cite.DocType;

/**
 * A generation's directive catalogue in binary, so that a start on an unchanged corpus reads it
 * instead of merging every mention again (0.8 s of a 10k-plan server start). Each distinct string
 * is written once, in a table that the records refer to by index: 184 k citing clauses at 10k plans
 * repeat a few thousand plan ids and written forms. Numbers are big-endian; index -1 is null.
 */
final class CatalogCodec {
  /** "CCCA": the first bytes of a catalogue file. */
  private static final int MAGIC = 0x43434341;
  private static final int FORMAT = 1;
  private static final int NULL = -1;

  private CatalogCodec() {}

  static void write(Catalog catalog, Path file) throws IOException {
    Strings strings = new Strings();
    for (DirectiveRecord r : catalog.records()) strings.addAll(r);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(strings.list.size());
      for (String s : strings.list) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
      }
      out.writeInt(catalog.records().size());
      for (DirectiveRecord r : catalog.records()) {
        for (String s : scalars(r)) out.writeInt(strings.index(s));
        out.writeInt(r.year() == null ? NULL : r.year());
        out.writeLong(r.date() == null ? Long.MIN_VALUE : r.date().toEpochDay());
        out.writeInt(r.variants().size());
        for (String v : r.variants()) out.writeInt(strings.index(v));
        out.writeInt(r.mentionCount());
        out.writeInt(r.citedBy().size());
        for (CitingClause c : r.citedBy()) {
          out.writeInt(strings.index(c.planId()));
          out.writeInt(strings.index(c.clauseId()));
          out.writeInt(c.footnote() == null ? NULL : c.footnote());
          out.writeInt(c.start());
          out.writeInt(c.end());
          out.writeInt(strings.index(c.written()));
        }
      }
    }
  }

  /** The record's strings in the order they are written (the type by name: enums may be reordered). */
  private static List<String> scalars(DirectiveRecord r) {
    return Arrays.asList(r.key(), r.type().name(), r.number(), r.issuer(), r.scope(), r.name(), r.subject());
  }

  /** The catalogue in a file, or empty when the file is missing or not a whole catalogue of this format. */
  static Optional<Catalog> read(Path file) {
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (in.getInt() != MAGIC || in.getInt() != FORMAT) return Optional.empty();
      String[] strings = new String[in.getInt()];
      for (int i = 0; i < strings.length; i++) {
        int n = in.getInt();
        strings[i] = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
      }
      int count = in.getInt();
      List<DirectiveRecord> records = new ArrayList<>(count);
      for (int i = 0; i < count; i++) records.add(record(in, strings));
      if (in.hasRemaining()) return Optional.empty();
      return Optional.of(Catalog.of(records));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a stale or truncated cache only costs building the catalogue again
    }
  }

  private static DirectiveRecord record(ByteBuffer in, String[] strings) {
    String key = string(in, strings);
    DocType type = DocType.valueOf(string(in, strings));
    String number = string(in, strings);
    String issuer = string(in, strings);
    String scope = string(in, strings);
    String name = string(in, strings);
    String subject = string(in, strings);
    int year = in.getInt();
    long day = in.getLong();
    List<String> variants = new ArrayList<>();
    for (int v = in.getInt(); v > 0; v--) variants.add(string(in, strings));
    int mentions = in.getInt();
    int cited = in.getInt();
    List<CitingClause> citedBy = new ArrayList<>(Math.min(cited, in.remaining() / 24));
    for (int c = 0; c < cited; c++) {
      String plan = string(in, strings);
      String clause = string(in, strings);
      int footnote = in.getInt();
      citedBy.add(new CitingClause(plan, clause, footnote == NULL ? null : footnote, in.getInt(), in.getInt(), string(in, strings)));
    }
    return new DirectiveRecord(key, type, number, year == NULL ? null : year,
        day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), issuer, scope, name, subject, variants, mentions, citedBy);
  }

  private static String string(ByteBuffer in, String[] strings) {
    int i = in.getInt();
    return i == NULL ? null : strings[i];
  }

  /** The distinct strings of a catalogue, numbered in the order first seen. */
  private static final class Strings {
    final List<String> list = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    void addAll(DirectiveRecord r) {
      scalars(r).forEach(this::add);
      r.variants().forEach(this::add);
      for (CitingClause c : r.citedBy()) {
        add(c.planId());
        add(c.clauseId());
        add(c.written());
      }
    }

    private void add(String s) {
      if (s != null && indexes.putIfAbsent(s, list.size()) == null) list.add(s);
    }

    int index(String s) {
      return s == null ? NULL : indexes.get(s);
    }
  }
}
