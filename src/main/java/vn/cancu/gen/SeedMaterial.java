package vn.cancu.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.cancu.document.Clause;
import vn.cancu.document.Footnote;
import vn.cancu.document.Paragraph;
import vn.cancu.document.Plan;
import vn.cancu.document.PlanParser;
import vn.cancu.ingest.IngestLimits;
import vn.cancu.ingest.IngestOutcome;
import vn.cancu.ingest.Ingested;
import vn.cancu.ingest.Ingestor;
import vn.cancu.text.OutlineLabel;

/**
 * The real pieces generated plans are made of, harvested from parsed seed plans: purpose sections,
 * task and organisation items, basis citations, titles, footnotes, recipients, the names of the
 * seed communes (to replace), and how often each party-symbol spelling occurs.
 *
 * @param purposes whole "MỤC ĐÍCH, YÊU CẦU" sections
 * @param taskHeadings headings of task sections ("NỘI DUNG NHIỆM VỤ")
 * @param tasks numbered items of task sections
 * @param organisation numbered items of "TỔ CHỨC THỰC HIỆN" sections
 * @param basisItems cited documents as written in basis paragraphs ("Chỉ thị số 33/CT-TTg ngày ... về ...")
 * @param titles plan titles
 * @param footnotes footnote bodies
 * @param recipients "Nơi nhận" lists
 * @param communes commune names of the seed issuers ("Đình Lập"), replaced in generated text
 * @param footnoteShare share of seed plans with footnotes
 * @param symbols how party symbols are spelled in the seeds
 */
public record SeedMaterial(
    List<Item> purposes,
    List<String> taskHeadings,
    List<Item> tasks,
    List<Item> organisation,
    List<String> basisItems,
    List<String> titles,
    List<String> footnotes,
    List<List<String>> recipients,
    List<String> communes,
    double footnoteShare,
    SymbolStyles symbols) {

  private static final Pattern CITED =
      Pattern.compile(
          "(?:Luật|Nghị định|Nghị quyết|Chỉ thị|Quyết định|Kết luận|Kế hoạch|Quy định|Công văn|Thông tư|Đề án)"
              + "(?: số)? [^;]{6,260}?\\d[^;]{0,260}?(?=;|\\.\\s|,\\s*(?:UBND|Ủy ban|Ban chỉ đạo)|\\s*$)");
  private static final Pattern COMMUNE_ISSUER = Pattern.compile("(?:UBND|Ủy ban nhân dân) (?:xã|phường) (.+)");

  public SeedMaterial {
    if (tasks.isEmpty() || basisItems.isEmpty() || titles.isEmpty()) {
      throw new IllegalArgumentException("seed plans give no task items, basis citations or titles");
    }
  }

  /** Parses every *.txt plan under the directory (sorted, so the material is the same on every run). */
  public static SeedMaterial from(Path plansDir) {
    Ingestor ingestor = new Ingestor(IngestLimits.defaults());
    PlanParser parser = new PlanParser();
    List<Plan> plans = new ArrayList<>();
    try (Stream<Path> files = Files.list(plansDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        IngestOutcome outcome = ingestor.ingest(f);
        if (outcome instanceof Ingested in) plans.add(parser.parse(in.text()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list seed plans in " + plansDir, e);
    }
    if (plans.isEmpty()) throw new IllegalArgumentException("no seed plans (*.txt) in " + plansDir);
    return of(plans);
  }

  static SeedMaterial of(List<Plan> plans) {
    List<Item> purposes = new ArrayList<>();
    List<String> taskHeadings = new ArrayList<>();
    List<Item> tasks = new ArrayList<>();
    List<Item> organisation = new ArrayList<>();
    List<String> basis = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> footnotes = new ArrayList<>();
    List<List<String>> recipients = new ArrayList<>();
    List<String> communes = new ArrayList<>();
    int withFootnotes = 0;
    StringBuilder allText = new StringBuilder();
    for (Plan p : plans) {
      allText.append(p.text()).append('\n');
      for (Clause c : p.clauses()) {
        Item item = Item.of(c);
        if (item.kind() != OutlineLabel.Kind.ROMAN) {
          tasks.add(item);
        } else if (role(c.heading()) == Role.PURPOSE) {
          purposes.add(item);
        } else if (role(c.heading()) == Role.ORGANISATION) {
          organisation.addAll(item.children());
        } else {
          taskHeadings.add(c.heading());
          tasks.addAll(item.children());
        }
      }
      for (Paragraph b : p.basis()) {
        Matcher m = CITED.matcher(b.text().replace('\n', ' '));
        while (m.find()) basis.add(m.group().strip());
      }
      if (p.header().title() != null) titles.add(p.header().title().replace('\n', ' '));
      p.footnotes().stream().map(Footnote::text).map(t -> t.replace('\n', ' ')).forEach(footnotes::add);
      if (!p.footnotes().isEmpty()) withFootnotes++;
      if (!p.recipients().isEmpty()) recipients.add(p.recipients());
      if (p.header().issuer() != null) {
        Matcher m = COMMUNE_ISSUER.matcher(p.header().issuer());
        if (m.matches()) communes.add(m.group(1));
      }
    }
    if (taskHeadings.isEmpty()) taskHeadings.add("NHIỆM VỤ VÀ GIẢI PHÁP");
    return new SeedMaterial(purposes, taskHeadings, tasks, organisation, basis, titles, footnotes, recipients,
        communes, (double) withFootnotes / plans.size(), SymbolStyles.measure(allText));
  }

  private enum Role { PURPOSE, TASKS, ORGANISATION }

  private static Role role(String heading) {
    String h = heading.toUpperCase(Locale.ROOT);
    if (h.contains("MỤC ĐÍCH") || h.startsWith("YÊU CẦU")) return Role.PURPOSE;
    if (h.contains("TỔ CHỨC THỰC HIỆN")) return Role.ORGANISATION;
    return Role.TASKS;
  }
}
