package vn.cancu.gen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import vn.cancu.document.Provinces;

/** Names for generated plans (communes, signers, closing sentences), from {@code gen/*.txt|tsv}. */
final class Names {
  private static final List<String> SYLLABLES = lines("/gen/commune-syllables.txt");
  private static final List<String> CLOSINGS = lines("/gen/closings.txt");
  private static final List<String[]> PEOPLE = lines("/gen/names.tsv").stream().map(l -> l.split("\t")).toList();

  private Names() {}

  /**
   * A two-syllable commune name ("Vĩnh Thủy"), syllables distinct, never a province name (current
   * or merged: "Thái Bình"), which would mislead province inference.
   */
  static String commune(RandomGenerator rng) {
    while (true) {
      String a = pick(SYLLABLES, rng);
      String b = pick(SYLLABLES, rng);
      String name = a + " " + b;
      if (!a.equals(b) && Provinces.find(name).isEmpty()) return name;
    }
  }

  /** A signer's full name ("Trần Thanh Nhàn"). */
  static String person(RandomGenerator rng) {
    return part("family", rng) + " " + part("middle", rng) + " " + part("given", rng);
  }

  /** A closing paragraph template with {issuer} and {title} slots. */
  static String closing(RandomGenerator rng) {
    return pick(CLOSINGS, rng);
  }

  /** ASCII slug: "Vĩnh Thủy" → "vinh-thuy". */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static <T> T pick(List<T> list, RandomGenerator rng) {
    return list.get(rng.nextInt(list.size()));
  }

  private static String part(String kind, RandomGenerator rng) {
    List<String> values = PEOPLE.stream().filter(f -> f[0].equals(kind)).map(f -> f[1]).toList();
    return pick(values, rng);
  }

  private static List<String> lines(String resource) {
    InputStream in = Names.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing resource " + resource);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return List.copyOf(out);
  }
}
