package vn.cancu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.cancu.document.PlanParser;

/**
 * Fingerprint of the code that turns files into records, so a manifest written by another build is
 * not reused: the jar's size and time, or, when running from a classes directory, the size and
 * time of every file in it. Coarse on purpose: any rebuild re-parses, which is cheap and safe.
 */
final class PipelineVersion {
  private PipelineVersion() {}

  static String current() {
    try {
      Path location = Path.of(PlanParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      if (Files.isDirectory(location)) {
        try (Stream<Path> walk = Files.walk(location)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(location);
      }
      for (Path f : files) {
        String line = location.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis() + "\n";
        digest.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fingerprint the pipeline code", e);
    } catch (URISyntaxException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the pipeline code", e);
    }
  }
}
