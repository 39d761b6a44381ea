package vn.cancu.wording;

/** The units compared for recurring wording. */
public enum PassageKind {
  /** A sentence: split on ". ", "; " and paragraph ends. */
  SENTENCE,
  /** A whole clause of the outline with more than one sentence: label, heading, body and children. */
  CLAUSE,
  /** A quoted phrase or slogan: “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”. */
  PHRASE
}
