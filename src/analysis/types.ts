/**
 * The one shape of an article's analysis, shared by the content script, the popup,
 * the command line and the tests. It is the JSON of ../shared/CONTRACT.md §1: fields
 * may be added, never renamed or dropped.
 *
 * Every `start`/`end` is a JavaScript string offset into `Analysis.text`, and
 * `text.slice(start, end) === item.text` always holds.
 */

/** A stretch of the article text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A paragraph (block) of the article: sentences never cross one. */
export interface Block {
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into `Analysis.blocks` (internal step output; the paragraph holding the sentence). */
  block: number;
}

/** What a number measures; `null` unit means a bare count. */
export type NumberKind = 'count' | 'money' | 'percent' | 'measure' | 'date' | 'year' | 'duration' | 'range' | 'other';

export interface NumberSpan extends Span {
  /** Numeric value (the upper bound of a range, the year of a date), or null when it has none ("dozens" has 24). */
  value: number | null;
  /** Lower bound of a range ("10 to 15" → 10), when the span is a range. */
  low?: number;
  /** Unit as a reader says it: "%", "USD", "GBP", "EUR", "km²", "km", "mi", "°C", "day", "year"…; null for a bare count. */
  unit: string | null;
  /** The approximation kept in the span, in lower case ("up to", "about", "more than", "dozens"), or null. */
  approximate: string | null;
  kind: NumberKind;
  /** Index into `Analysis.sentences`. */
  sentence: number;
  /** Index of the attribution that backs the number, absent when none (CONTRACT §1). */
  attribution?: number;
}

export interface Attribution extends Span {
  /** The source's name as a reader would list it ("Bloomberg"); descriptions and pronouns resolved where the text makes it clear. Null when the cue has no agent ("It is noted", "reportedly"). */
  source: string | null;
  /** The source as written in the text ("The news agency", "he"), when it differs from `source`. */
  mention?: string;
  /** The reporting verb or phrase, lower case ("according to", "said", "indicate"). */
  cue: string;
  /** True when the source is unnamed ("officials", "leaks", "people familiar with", agentless cues). */
  anonymous: boolean;
  /** True when the attribution introduces a direct quote. */
  quote?: boolean;
  /** Index into `Analysis.sentences`. */
  sentence: number;
}

export interface Hedge extends Span {
  sentence: number;
}

export type ClaimReason =
  | 'number'
  | 'attributed'
  | 'comparison'
  | 'superlative'
  | 'cause'
  | 'event'
  | 'quote'
  | 'named-entity'
  | 'hedged';

export interface Claim extends Span {
  /** 0 (not a claim) to 1 (clearly a checkable assertion). Only claims scoring ≥ 0.5 are listed. */
  score: number;
  reasons: ClaimReason[];
  /** Index into `Analysis.attributions` of the attribution supporting the claim; absent when the claim cites nobody. */
  attribution?: number;
  hedged: boolean;
  sentence: number;
}

export type Objective = Span;

export type SourceType = 'publication' | 'organisation' | 'government' | 'person' | 'document' | 'anonymous' | 'other';

export interface Source {
  name: string;
  type: SourceType;
  /** How many attributions cite this source. */
  mentions: number;
  /** Indices into `Analysis.claims`. */
  claims: number[];
  /** Indices into `Analysis.attributions`. */
  attributions: number[];
  anonymous: boolean;
}

export interface Ledger {
  claims: number;
  named: number;
  anonymous: number;
  unsourced: number;
  topSource: string | null;
  topSourceShare: number;
}

export type HeadlineStatus = 'agrees' | 'differs' | 'absent' | 'hedged-in-body';

export interface HeadlineCheck {
  text: string;
  status: HeadlineStatus;
  body?: string;
}

export interface Analysis {
  version: 1;
  title: string;
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  numbers: NumberSpan[];
  attributions: Attribution[];
  claims: Claim[];
  hedges: Hedge[];
  objectives: Objective[];
  sources: Source[];
  ledger: Ledger;
  headline: HeadlineCheck[];
}

/** The text an analysis starts from: a title and a body whose paragraphs are separated by blank lines. */
export interface ArticleInput {
  title: string;
  text: string;
}
