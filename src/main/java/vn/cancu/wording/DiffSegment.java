package vn.cancu.wording;

import java.util.Objects;

/**
 * A piece of a word diff: text both sides share ({@code same}), text only the compared side has
 * ({@code added}) or text only the reference has ({@code removed}). Plain text: renderers escape it.
 */
public record DiffSegment(String text, Kind kind) {
  public enum Kind {
    same,
    added,
    removed
  }

  public DiffSegment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
