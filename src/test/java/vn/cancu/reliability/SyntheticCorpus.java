package vn.cancu.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plans made by recombining the seeds' paragraphs: the header and basis of one seed, then body
 * paragraphs drawn from all five in a seeded random order. Enough real, messy text to make indexing
 * take seconds, with no data committed.
 */
final class SyntheticCorpus {
  private static final Pattern BODY_START = Pattern.compile("(?s)^(I|1)\\.\\s.*");

  private final List<List<String>> headers = new ArrayList<>();
  private final List<String> body = new ArrayList<>();
  private final Random random;

  SyntheticCorpus(Path seeds, long seed) throws IOException {
    this.random = new Random(seed);
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      List<String> header = new ArrayList<>();
      boolean inBody = false;
      for (String paragraph : Files.readString(f, StandardCharsets.UTF_8).split("\n\\s*\n")) {
        inBody |= BODY_START.matcher(paragraph.strip()).matches();
        (inBody ? body : header).add(paragraph);
      }
      headers.add(header);
    }
  }

  /** Writes plan files {@code NAME-000.txt}... into {@code plans}; returns their paths. */
  List<Path> write(Path plans, String name, int count) throws IOException {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Files.writeString(plans.resolve(String.format("%s-%03d.txt", name, i)), plan(i), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** A plan: one seed's header, then 15 to 40 body paragraphs. */
  String plan(int i) {
    StringBuilder text = new StringBuilder();
    for (String p : headers.get(i % headers.size())) text.append(p).append("\n\n");
    int n = 15 + random.nextInt(26);
    for (int k = 0; k < n; k++) text.append(body.get(random.nextInt(body.size()))).append("\n\n");
    return text.toString();
  }

  /** A body paragraph to append when a test changes a plan. */
  String paragraph() {
    return body.get(random.nextInt(body.size()));
  }
}
