package vn.cancu.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The structured plan as JSON, in the field order readers expect (what {@code cancu parse --json} prints). */
public final class PlanJson {
  private final ObjectMapper mapper;

  public PlanJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectNode toJson(Plan plan) {
    Header h = plan.header();
    ObjectNode root = mapper.createObjectNode();
    root.put("id", plan.id());
    root.put("number", h.number());
    root.put("type", h.type());
    root.put("date", h.date() == null ? null : h.date().toString());
    root.put("place", h.place());
    root.put("issuer", h.issuer());
    root.put("parentIssuer", h.parentIssuer());
    root.put("province", h.province());
    root.put("level", h.level());
    root.put("title", h.title());
    ArrayNode basis = root.putArray("basis");
    plan.basis().forEach(p -> basis.add(p.text()));
    root.set("clauses", clauses(plan.clauses(), plan));
    ObjectNode signer = root.putObject("signer");
    Signer s = plan.signer();
    signer.put("authority", s == null ? null : s.authority());
    signer.put("onBehalf", s == null ? null : s.onBehalf());
    signer.put("position", s == null ? null : s.position());
    signer.put("name", s == null ? null : s.name());
    ArrayNode recipients = root.putArray("recipients");
    plan.recipients().forEach(recipients::add);
    return root;
  }

  private ArrayNode clauses(List<Clause> clauses, Plan plan) {
    ArrayNode out = mapper.createArrayNode();
    for (Clause c : clauses) {
      ObjectNode node = out.addObject();
      node.put("id", c.id());
      node.put("label", c.label());
      node.put("heading", c.heading());
      node.put("text", c.text());
      ArrayNode notes = node.putArray("footnotes");
      for (int marker : c.footnotes()) {
        plan.footnotes().stream()
            .filter(f -> f.marker() == marker)
            .findFirst()
            .ifPresent(f -> notes.addObject().put("marker", f.marker()).put("text", f.text()));
      }
      node.set("children", clauses(c.children(), plan));
    }
    return out;
  }
}
