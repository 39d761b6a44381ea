package vn.cancu.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a plain-text file. Charset detectors (Tika's included) often take Vietnamese for some
 * other single-byte language, so the order is fixed: a byte-order mark wins; then UTF-16 without
 * a mark (every other byte NUL); then strict UTF-8, which random single-byte text almost never
 * passes; then, for single-byte text, Latin-1 when the result reads as legacy TCVN3/VNI Vietnamese
 * (converted later by {@link LegacyVietnameseDecoder}), else Windows-1258.
 */
final class TextFileDecoder {

  /** The decoded text and the name of the charset used. */
  record Decoded(String text, String charset) {
    Decoded {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
    }
  }

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private final LegacyVietnameseDecoder legacy;

  TextFileDecoder(LegacyVietnameseDecoder legacy) {
    this.legacy = Objects.requireNonNull(legacy, "legacy");
  }

  Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16");
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16.name());
    }
    try {
      String utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(utf8, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
      if (legacy.decode(latin1).isPresent()) {
        return new Decoded(latin1, "ISO-8859-1");
      }
      return new Decoded(new String(bytes, WINDOWS_1258), WINDOWS_1258.name());
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16LE/BE when half the odd (or even) bytes of the first 4 KiB are NUL, as in Latin-script UTF-16. */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      evenNul += bytes[i] == 0 ? 1 : 0;
      oddNul += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddNul * 2 >= pairs && evenNul * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul * 2 >= pairs && oddNul * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
