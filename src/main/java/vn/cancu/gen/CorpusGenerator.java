package vn.cancu.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.cancu.document.Provinces;

/**
 * Generates a corpus of realistic plans from seed material, deterministically for a seed: about one
 * plan in {@value #PROVINCE_EVERY} is a province plan, the others are commune plans implementing a
 * recent province plan (citing it and copying its sections).
 */
public final class CorpusGenerator {
  static final int PROVINCE_EVERY = 7;
  /** How many recent province plans commune plans choose from (bounds memory at any size). */
  private static final int RECENT_PARENTS = 256;

  private final PlanComposer composer;

  public CorpusGenerator(SeedMaterial material) {
    this.composer = new PlanComposer(material);
  }

  /** One generated plan: what it says and its text. */
  public record Generated(GeneratedPlan plan, String text) {}

  /** Generates {@code count} plans in order, handing each to the sink. */
  public void generate(int count, long seed, Consumer<Generated> sink) {
    if (count < 0) throw new IllegalArgumentException("plan count must be >= 0: " + count);
    SplittableRandom master = new SplittableRandom(seed);
    List<GeneratedPlan> parents = new ArrayList<>();
    var provinces = Provinces.all();
    for (int i = 0; i < count; i++) {
      SplittableRandom rng = master.split();
      GeneratedPlan plan;
      if (parents.isEmpty() || rng.nextInt(PROVINCE_EVERY) == 0) {
        var p = Names.pick(provinces, rng);
        plan = composer.province(String.format("%s_ke-hoach-%06d", p.slug(), i), p, rng.nextInt(5) == 0, rng);
        parents.add(plan);
        if (parents.size() > RECENT_PARENTS) parents.remove(0);
      } else {
        GeneratedPlan parent = Names.pick(parents, rng);
        String commune = Names.commune(rng);
        plan = composer.commune(
            String.format("%s_%s_ke-hoach-%06d", parent.provinceSlug(), Names.slug(commune), i), parent, commune, rng);
      }
      sink.accept(new Generated(plan, PlanRenderer.render(plan, rng)));
    }
  }

  /** Writes {@code count} plans as {@code outDir/plans/<id>.txt}; returns the bytes written. */
  public long write(int count, long seed, Path outDir) {
    Path plans = outDir.resolve("plans");
    long[] bytes = {0};
    try {
      Files.createDirectories(plans);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + plans, e);
    }
    generate(count, seed, g -> {
      byte[] b = g.text().getBytes(StandardCharsets.UTF_8);
      Path f = plans.resolve(g.plan().id() + ".txt");
      try {
        Files.write(f, b);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + f, e);
      }
      bytes[0] += b.length;
    });
    return bytes[0];
  }
}
