package vn.cancu.gen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.cancu.document.Provinces;
import vn.cancu.document.Provinces.Province;
import vn.cancu.text.OutlineLabel;

/**
 * Composes one plan from seed material: a province plan (UBND tỉnh or its steering committee) from
 * pieces of several seeds, or a commune plan that cites its province plan and copies most of its
 * sections, as commune plans do.
 */
final class PlanComposer {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
  private static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹";
  /** Share of a province plan's task items a commune plan copies. */
  private static final double COPIED_TASKS = 0.6;

  private final SeedMaterial material;
  private final Localizer localizer;

  PlanComposer(SeedMaterial material) {
    this.material = material;
    this.localizer = new Localizer(material.communes());
  }

  /** A province plan; {@code committee} makes the issuer the province's steering committee. */
  GeneratedPlan province(String id, Province p, boolean committee, RandomGenerator rng) {
    String title = localizer.localize(Names.pick(material.titles(), rng), p, null);
    String topic = title.replaceFirst("(?i)\\s+(năm|trên địa bàn|giai đoạn)\\s.*$", "");
    String issuer = committee ? "Ban Chỉ đạo " + lowerFirst(topic) + " " + unit(p) : "UBND " + unit(p) + " " + p.name();
    List<String> header =
        committee
            ? List.of("UBND " + upper(unit(p) + " " + p.name()), upper("Ban Chỉ đạo " + lowerFirst(topic)))
            : List.of("ỦY BAN NHÂN DÂN", upper(unit(p) + " " + p.name()));
    String suffix = committee ? "KH-BCĐ" : "KH-UBND";
    LocalDate date = FIRST_DAY.plusDays(rng.nextInt(300));
    List<String> basis = new ArrayList<>();
    basis.add("Căn cứ " + String.join("; ", basisItems(1 + rng.nextInt(3), p, null, rng)) + ";");
    basis.add("Thực hiện " + basisItems(1, p, null, rng).get(0) + ", " + issuer + " ban hành Kế hoạch "
        + lowerFirst(title) + " như sau:");
    List<Item> tasks = sample(material.tasks(), 4 + rng.nextInt(5), p, null, rng);
    return finish(id, p, "tinh", issuer, header, rng.nextInt(1, 1000) + "/" + suffix, suffix, p.name(), date,
        title, basis, purpose(null, p, null, rng), Names.pick(material.taskHeadings(), rng), tasks, committee,
        null, rng);
  }

  /** A commune plan implementing a province plan. */
  GeneratedPlan commune(String id, GeneratedPlan parent, String commune, RandomGenerator rng) {
    Province p = Provinces.bySlug(parent.provinceSlug()).orElseThrow();
    boolean ward = rng.nextInt(5) == 0;
    String unit = ward ? "phường" : "xã";
    String issuer = "UBND " + unit + " " + commune;
    String title = localizer.localize(Names.pick(material.titles(), rng), p, unit + " " + commune);
    List<String> header = List.of("UBND " + upper(unit(p) + " " + p.name()), "UBND " + upper(unit + " " + commune));
    LocalDate date = parent.date().plusDays(rng.nextInt(3, 60));
    List<String> basis = new ArrayList<>();
    if (rng.nextInt(10) < 6) {
      basis.add("Căn cứ " + String.join("; ", basisItems(1 + rng.nextInt(2), p, unit + " " + commune, rng)) + ";");
    }
    basis.add("Thực hiện Kế hoạch số " + parent.number() + " ngày " + DMY.format(parent.date()) + " của "
        + parent.issuer() + " về " + lowerFirst(parent.title()) + "; " + issuer + " ban hành Kế hoạch "
        + lowerFirst(title) + " như sau:");
    List<Item> parentTasks = parent.sections().size() > 1 ? parent.sections().get(1).children() : List.of();
    Set<Item> tasks = new LinkedHashSet<>();
    for (Item t : parentTasks) if (rng.nextDouble() < COPIED_TASKS) tasks.add(t);
    tasks.addAll(sample(material.tasks(), Math.max(1, 6 - tasks.size()), p, unit + " " + commune, rng));
    String number = rng.nextInt(20) == 0 ? null : rng.nextInt(1, 400) + "/KH-UBND";
    String heading = parent.sections().size() > 1 ? parent.sections().get(1).heading() : "NHIỆM VỤ VÀ GIẢI PHÁP";
    return finish(id, p, "xa", issuer, header, number, "KH-UBND", commune, date, title, basis,
        purpose(parent, p, unit + " " + commune, rng), heading, List.copyOf(tasks), false, parent.number(), rng);
  }

  private GeneratedPlan finish(
      String id, Province p, String level, String issuer, List<String> header, String number, String suffix,
      String place, LocalDate date, String title, List<String> basis, Item purpose, String taskHeading,
      List<Item> tasks, boolean committee, String parentNumber, RandomGenerator rng) {
    List<String> footnotes = new ArrayList<>();
    List<Item> annotated = new ArrayList<>(tasks);
    if (!material.footnotes().isEmpty() && rng.nextDouble() < material.footnoteShare()) {
      boolean superscript = rng.nextBoolean();
      int wanted = 1 + rng.nextInt(Math.min(3, annotated.size()));
      for (int i = 0; i < annotated.size() && footnotes.size() < wanted; i++) {
        Item t = annotated.get(i);
        String marker = superscript ? String.valueOf(SUPERSCRIPTS.charAt(footnotes.size())) : String.valueOf(footnotes.size() + 1);
        int at = anchor(t.text(), superscript);
        if (at < 0 || rng.nextBoolean()) continue;
        annotated.set(i, new Item(t.kind(), t.heading(), t.text().substring(0, at) + marker + t.text().substring(at), t.children()));
        footnotes.add(marker + " " + localizer.localize(Names.pick(material.footnotes(), rng), p, null));
      }
    }
    List<Item> sections = new ArrayList<>();
    if (purpose != null) sections.add(purpose);
    sections.add(new Item(OutlineLabel.Kind.ROMAN, taskHeading, "", annotated));
    if (!material.organisation().isEmpty()) {
      sections.add(new Item(OutlineLabel.Kind.ROMAN, "TỔ CHỨC THỰC HIỆN", "",
          sample(material.organisation(), 2 + rng.nextInt(4), p, null, rng)));
    }
    String closing = Names.closing(rng).replace("{issuer}", issuer).replace("{title}", lowerFirst(title));
    List<String> recipients =
        material.recipients().isEmpty() ? List.of("Lưu: VT.")
            : Names.pick(material.recipients(), rng).stream().map(r -> localizer.localize(r, p, null)).toList();
    List<String> signer = new ArrayList<>(committee ? List.of("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN")
        : rng.nextBoolean() ? List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
        : List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));
    signer.add(Names.person(rng));
    return new GeneratedPlan(id, p.slug(), level, issuer, header, number, suffix, place, date, title, basis,
        sections, footnotes, closing, recipients, signer, parentNumber);
  }

  /** Where a footnote marker goes: after a closing quote (plain digits need one), else before the final stop. */
  private static int anchor(String text, boolean superscript) {
    int quote = text.indexOf('”');
    if (quote >= 0) return quote + 1;
    if (!superscript || text.isEmpty()) return -1;
    int end = text.length();
    while (end > 0 && ".;:".indexOf(text.charAt(end - 1)) >= 0) end--;
    return end > 0 && Character.isLetter(text.charAt(end - 1)) ? end : -1;
  }

  private Item purpose(GeneratedPlan parent, Province p, String commune, RandomGenerator rng) {
    if (parent != null && !parent.sections().isEmpty() && rng.nextInt(10) < 7) return parent.sections().get(0);
    if (material.purposes().isEmpty()) return null;
    return fresh(Names.pick(material.purposes(), rng), p, commune, rng);
  }

  private List<Item> sample(List<Item> pool, int n, Province p, String commune, RandomGenerator rng) {
    List<Item> copy = new ArrayList<>(pool);
    List<Item> out = new ArrayList<>();
    while (out.size() < n && !copy.isEmpty()) out.add(fresh(copy.remove(rng.nextInt(copy.size())), p, commune, rng));
    return out;
  }

  private List<String> basisItems(int n, Province p, String commune, RandomGenerator rng) {
    List<String> copy = new ArrayList<>(material.basisItems());
    List<String> out = new ArrayList<>();
    while (out.size() < n && !copy.isEmpty()) {
      String item = copy.remove(rng.nextInt(copy.size()));
      out.add(material.symbols().rewrite(localizer.localize(item, p, commune), rng));
    }
    return out;
  }

  /** A seed item placed in this plan's province and commune, its party symbols respelled. */
  private Item fresh(Item seed, Province p, String commune, RandomGenerator rng) {
    return seed.map(s -> material.symbols().rewrite(localizer.localize(s, p, commune), rng));
  }

  private static String unit(Province p) {
    return p.unit();
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static String lowerFirst(String s) {
    if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) return s;
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
