package vn.cancu.gen;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.cancu.document.Clause;
import vn.cancu.text.OutlineLabel;

/**
 * One outline node of a generated plan, taken from a real clause: its label family (renumbered on
 * output), heading, own text and children.
 */
record Item(OutlineLabel.Kind kind, String heading, String text, List<Item> children) {
  Item {
    children = List.copyOf(children);
  }

  /** The clause as an item; a clause whose label is not an outline label ("Quý" blocks) is a dash item. */
  static Item of(Clause c) {
    OutlineLabel.Kind kind =
        Optional.of(c.label())
            .flatMap(l -> OutlineLabel.at(l + " X"))
            .map(OutlineLabel::kind)
            .orElse(OutlineLabel.Kind.DASH);
    return new Item(kind, c.heading(), c.text(), c.children().stream().map(Item::of).toList());
  }

  /** The same item with every heading and text rewritten. */
  Item map(UnaryOperator<String> f) {
    return new Item(kind, f.apply(heading), f.apply(text), children.stream().map(i -> i.map(f)).toList());
  }

  /** Total characters of text below this item, a proxy for its size. */
  int size() {
    return heading.length() + text.length() + children.stream().mapToInt(Item::size).sum();
  }
}
