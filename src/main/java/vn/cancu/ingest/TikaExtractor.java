package vn.cancu.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text from office and web formats (PDF, DOCX, DOC, ODT, HTML, ...) with Tika's
 * AutoDetectParser. Tika's SecureContentHandler and POI's inflation-ratio check guard against zip
 * bombs; the character limit stops the parse as soon as it is reached. Thread-safe.
 */
final class TikaExtractor {

  /** Content types that say little: a DOCX may be detected as a bare zip, a PDF never as text. */
  private static final Set<MediaType> GENERIC = Set.of(MediaType.TEXT_PLAIN, MediaType.application("zip"));
  private static final Map<String, String> KEPT_METADATA =
      Map.of(
          TikaCoreProperties.TITLE.getName(), "title",
          TikaCoreProperties.CREATOR.getName(), "author",
          TikaCoreProperties.CREATED.getName(), "created",
          TikaCoreProperties.MODIFIED.getName(), "modified",
          "xmpTPg:NPages", "pages",
          Metadata.CONTENT_ENCODING, "charset");

  /**
   * Characters per input byte beyond which a document is a zip bomb. Tika's default (100) lets a
   * 100 KB bomb reach the character limit first; real plans give well under 10.
   */
  private static final long MAX_COMPRESSION_RATIO = 20;

  /** Tika calls deep nesting a zip bomb too ("Suspected zip bomb: 100 levels of XML element nesting"). */
  private static final Pattern NESTING = Pattern.compile("(\\d+) levels of xml element nesting");

  private final AutoDetectParser parser = new AutoDetectParser();
  private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
  private final int maxChars;

  TikaExtractor(int maxChars) {
    this.maxChars = maxChars;
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    config.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
    parser.setAutoDetectParserConfig(config);
  }

  RawText extract(Path file) throws Unreadable {
    Metadata metadata = new Metadata();
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      checkContentMatchesName(file, in);
      StringWriter out = new StringWriter();
      BodyContentHandler handler =
          new BodyContentHandler(
              new WriteOutContentHandler(new PageBreakHandler(new ToTextContentHandler(out)), maxChars));
      parser.parse(in, handler, metadata, context());
      return new RawText(out.toString(), baseType(metadata.get(Metadata.CONTENT_TYPE)), kept(metadata));
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      throw new Unreadable(reason(e, file));
    }
  }

  /**
   * DOCX goes through the streaming (SAX) extractor: the default one builds the whole document in
   * memory before the zip-bomb check sees a character.
   */
  private static ParseContext context() {
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    ParseContext context = new ParseContext();
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  /**
   * A name promising a document format whose bytes look like nothing in particular (random bytes,
   * plain text, a bare zip) is not parsed: the parser's own error would be less clear.
   */
  private void checkContentMatchesName(Path file, TikaInputStream in) throws IOException, Unreadable {
    Metadata byName = new Metadata();
    byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    MediaType expected = parser.getDetector().detect(null, byName);
    if (expected.equals(MediaType.OCTET_STREAM) || "text".equals(expected.getType())) {
      return;
    }
    MediaType content = parser.getDetector().detect(in, new Metadata()).getBaseType();
    boolean contradicts =
        content.equals(MediaType.OCTET_STREAM)
            || (GENERIC.contains(content) && !registry.isSpecializationOf(expected, content));
    if (contradicts) {
      throw new Unreadable("not a " + formatName(file, expected) + " (content is " + content + ")");
    }
  }

  private static String formatName(Path file, MediaType expected) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toUpperCase(Locale.ROOT) : expected.toString();
  }

  private String reason(Exception e, Path file) {
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return "text longer than " + maxChars + " chars";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return "encrypted document";
      }
      if (t instanceof ZeroByteFileException) {
        return "empty file";
      }
      Matcher nesting = NESTING.matcher(message);
      if (nesting.find()) {
        return "too deeply nested (more than " + nesting.group(1) + " levels of elements)";
      }
      if (message.contains("zip bomb")) {
        return "zip bomb";
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    detail = detail.strip().replaceAll("\\s+", " ");
    if (detail.length() > 160) {
      detail = detail.substring(0, 160) + "...";
    }
    return "unreadable " + formatName(file, MediaType.OCTET_STREAM) + ": " + detail;
  }

  private static String baseType(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
  }

  private static Map<String, String> kept(Metadata metadata) {
    Map<String, String> kept = new LinkedHashMap<>();
    KEPT_METADATA.forEach(
        (key, name) -> {
          String[] values = metadata.getValues(key);
          if (values.length > 0) {
            kept.put(name, String.join("; ", values));
          }
        });
    return kept;
  }
}
