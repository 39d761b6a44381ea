package vn.cancu.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cancu.cite.Article;
import vn.cancu.cite.Citation;
import vn.cancu.cite.DirectiveText;
import vn.cancu.cite.DocType;
import vn.cancu.cite.Flag;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Header;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;
import vn.cancu.document.Signer;
import vn.cancu.document.SourceOffsets;
import vn.cancu.document.Span;

/**
 * One manifest record (a corpus file's path and {@link Manifest.Entry}) in binary: fields in
 * declaration order, big-endian numbers, strings as length-prefixed UTF-8 (length -1: null), lists
 * as a count then their items, an absent record as a 0 byte. Strings are decoded by the JDK: as
 * JSON, Jackson decoded the Vietnamese text one character at a time, most of a 10k-plan server start.
 *
 * <p>A string that the plan's text contains (a clause's text, a basis paragraph, a citation as
 * written) is written as its place there (length {@value #REFERENCE}, then start and length): copying
 * it out of the decoded text is cheaper than decoding its UTF-8 again, and these copies were more
 * than half of a manifest's bytes.
 */
final class ManifestCodec {
  /** The length that marks a string as a place in the plan's text. */
  private static final int REFERENCE = -2;
  /** Shorter strings are written out: a reference takes 12 bytes. */
  private static final int MIN_REFERENCE = 16;

  private ManifestCodec() {}

  static byte[] encode(String path, Manifest.Entry e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Writer w = new Writer(out);
      w.string(path);
      out.writeLong(e.size());
      out.writeLong(e.modified());
      w.string(e.sha256());
      w.optional(e.plan(), w::plan);
      w.list(e.citations(), w::citation);
      w.optional(e.directive(), w::directive);
      w.string(e.skipped());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  static Map.Entry<String, Manifest.Entry> decode(ByteBuffer record) {
    Reader r = new Reader(record);
    String path = r.string();
    Manifest.Entry e = new Manifest.Entry(record.getLong(), record.getLong(), r.string(), r.optional(Reader::plan),
        r.list(Reader::citation), r.optional(Reader::directive), r.string());
    if (record.hasRemaining()) throw new IllegalArgumentException("record of " + path + " has trailing bytes");
    return Map.entry(path, e);
  }

  @FunctionalInterface
  private interface Write<T> {
    void write(T value) throws IOException;
  }

  private static final class Writer {
    private final DataOutputStream out;
    private String source; // the text of the plan being written, once written

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void string(String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }

    /** A string that may come from the plan's text, looked for from {@code hint} on, then before it. */
    void text(String s, int hint) throws IOException {
      int at = s == null || source == null || s.length() < MIN_REFERENCE ? -1 : find(s, hint);
      if (at < 0) {
        string(s);
        return;
      }
      out.writeInt(REFERENCE);
      out.writeInt(at);
      out.writeInt(s.length());
    }

    private int find(String s, int hint) {
      int from = Math.clamp(hint, 0, source.length());
      int at = source.indexOf(s, from);
      return at >= 0 ? at : source.lastIndexOf(s, from);
    }

    <T> void optional(T value, Write<T> write) throws IOException {
      out.writeBoolean(value != null);
      if (value != null) write.write(value);
    }

    <T> void list(List<T> items, Write<T> write) throws IOException {
      out.writeInt(items.size());
      for (T item : items) write.write(item);
    }

    void integer(Integer i) throws IOException {
      optional(i, out::writeInt);
    }

    void date(LocalDate d) throws IOException {
      optional(d, x -> out.writeLong(x.toEpochDay()));
    }

    void span(Span s) throws IOException {
      optional(s, x -> {
        out.writeInt(x.start());
        out.writeInt(x.end());
      });
    }

    void plan(Plan p) throws IOException {
      string(p.id());
      string(p.text());
      source = p.text(); // the rest of the plan, and its citations, quote it
      SourceOffsets offsets = p.sourceOffsets();
      out.writeInt(offsets.runCount());
      for (int k = 0; k < offsets.runCount(); k++) {
        out.writeInt(offsets.runFirst(k));
        out.writeInt(offsets.runLength(k));
      }
      optional(p.header(), this::header);
      list(p.basis(), b -> {
        text(b.text(), start(b.span()));
        span(b.span());
      });
      list(p.clauses(), this::clause);
      list(p.footnotes(), f -> {
        out.writeInt(f.marker());
        text(f.text(), start(f.span()));
        span(f.span());
        span(f.anchor());
        string(f.clauseId());
      });
      list(p.recipients(), r -> text(r, source.length())); // near the end
      optional(p.signer(), s -> {
        string(s.authority());
        string(s.onBehalf());
        string(s.position());
        string(s.name());
      });
    }

    private static int start(Span s) {
      return s == null ? 0 : s.start();
    }

    void header(Header h) throws IOException {
      string(h.issuer());
      string(h.parentIssuer());
      string(h.number());
      string(h.place());
      date(h.date());
      string(h.type());
      text(h.title(), 0);
      string(h.province());
      string(h.level());
    }

    void clause(Clause c) throws IOException {
      string(c.id());
      string(c.label());
      text(c.heading(), start(c.span()));
      text(c.text(), start(c.span()));
      span(c.span());
      list(c.footnotes(), out::writeInt);
      list(c.children(), this::clause);
    }

    void citation(Citation c) throws IOException {
      string(c.key());
      string(c.type().name());
      string(c.number());
      integer(c.year());
      date(c.date());
      string(c.issuer());
      string(c.scope());
      text(c.name(), c.start());
      text(c.subject(), c.end());
      text(c.written(), c.start());
      out.writeInt(c.start());
      out.writeInt(c.end());
      string(c.clause());
      integer(c.footnote());
      string(c.relation());
      list(c.flags(), f -> {
        string(f.code());
        string(f.message());
      });
    }

    void directive(DirectiveText d) throws IOException {
      string(d.key());
      string(d.title());
      list(d.articles(), a -> {
        out.writeInt(a.number());
        string(a.heading());
        string(a.text());
      });
    }
  }

  private static final class Reader {
    private final ByteBuffer in;
    private byte[] scratch = new byte[1 << 12];
    private String source; // the text of the plan being read, once read

    Reader(ByteBuffer in) {
      this.in = in;
    }

    String string() {
      int n = in.getInt();
      if (n == REFERENCE) return quoted(in.getInt(), in.getInt());
      if (n < 0) return null;
      if (n > in.remaining()) throw new IllegalArgumentException("string of " + n + " bytes past the record's end");
      if (n > scratch.length) scratch = new byte[Math.max(n, 2 * scratch.length)];
      in.get(scratch, 0, n);
      return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    private String quoted(int start, int length) {
      if (source == null || start < 0 || length < 0 || start > source.length() - length) {
        throw new IllegalArgumentException("a reference to [" + start + ", +" + length + ") outside the plan's text");
      }
      return source.substring(start, start + length);
    }

    <T> T optional(Function<Reader, T> read) {
      return in.get() == 0 ? null : read.apply(this);
    }

    <T> List<T> list(Function<Reader, T> read) {
      int n = in.getInt();
      if (n < 0 || n > in.remaining()) throw new IllegalArgumentException("list of " + n + " items past the record's end");
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(read.apply(this));
      return out;
    }

    Integer integer() {
      return optional(r -> r.in.getInt());
    }

    LocalDate date() {
      return optional(r -> LocalDate.ofEpochDay(r.in.getLong()));
    }

    Span span() {
      return optional(r -> new Span(r.in.getInt(), r.in.getInt()));
    }

    Plan plan() {
      String id = string();
      String text = string();
      source = text;
      int runs = in.getInt();
      if (runs < 0 || runs > in.remaining() / 8) throw new IllegalArgumentException("bad run count " + runs);
      SourceOffsets.Builder offsets = new SourceOffsets.Builder();
      for (int k = 0; k < runs; k++) offsets.addRun(in.getInt(), in.getInt());
      return new Plan(id, text, offsets.build(), optional(Reader::header),
          list(x -> new Paragraph(x.string(), x.span())), list(Reader::clause),
          list(x -> new Footnote(x.in.getInt(), x.string(), x.span(), x.span(), x.string())),
          list(Reader::string),
          optional(x -> new Signer(x.string(), x.string(), x.string(), x.string())));
    }

    Header header() {
      return new Header(string(), string(), string(), string(), date(), string(), string(), string(), string());
    }

    Clause clause() {
      return new Clause(string(), string(), string(), string(), span(), list(x -> x.in.getInt()), list(Reader::clause));
    }

    Citation citation() {
      return new Citation(string(), DocType.valueOf(string()), string(), integer(), date(), string(), string(), string(),
          string(), string(), in.getInt(), in.getInt(), string(), integer(), string(),
          list(x -> new Flag(x.string(), x.string())));
    }

    DirectiveText directive() {
      return new DirectiveText(string(), string(), list(x -> new Article(x.in.getInt(), x.string(), x.string())));
    }
  }
}
