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
  /** Attribution carried from an earlier sentence of the same paragraph, when the number's own sentence has none (ledger step). */
  carriedAttribution?: number;
  /** What a reader should know about this number (ledger and traps steps): "no-source", and the number traps. */
  flags?: NumberFlag[];
}

/** "no-source": no attribution in the sentence or paragraph; the rest are number traps (see `NumberTrap`). */
export type NumberFlag = 'no-source' | NumberTrapKind;

/** A common way a number misleads, shown by the text itself. */
export type NumberTrapKind = 'no-base' | 'no-start' | 'percent-or-points' | 'no-period';

/** A number trap: the phrase showing it (a number, or a word such as "doubled"), and the number it concerns. */
export interface NumberTrap extends Span {
  kind: NumberTrapKind;
  /** Index into `Analysis.numbers` of the number concerned, absent when the phrase is a word ("doubled"). */
  number?: number;
  /** Index into `Analysis.sentences`. */
  sentence: number;
  /** One line for a reader: what is missing. */
  message: string;
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
  /** Attribution carried from an earlier sentence of the same paragraph when the claim's sentence has none (ledger step). */
  carriedAttribution?: number;
  /** True when neither the claim's sentence nor its paragraph cites anyone: "no source given" (ledger step). */
  unsourced?: boolean;
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

/** One source's line in the ledger. */
export interface LedgerSource {
  name: string;
  type: SourceType;
  anonymous: boolean;
  /** Claims citing this source (in their sentence, or carried from the paragraph). */
  claims: number;
  /** Attributions that introduce a direct quote, and the others (paraphrase). */
  direct: number;
  paraphrase: number;
  /** Words of the sentences attributed to this source (a sentence citing two sources is split between them). */
  words: number;
  /** `words` over all attributed words of the article, 0–1. */
  wordShare: number;
}

export interface Ledger {
  claims: number;
  named: number;
  anonymous: number;
  unsourced: number;
  topSource: string | null;
  /** The top source's claims over all claims, 0–1, two decimals. */
  topSourceShare: number;
  /** Of the sourced claims, how many borrow their attribution from an earlier sentence of the paragraph. */
  carried?: number;
  /** Distinct sources cited (agentless cues such as "it is noted" count as one unnamed source). */
  distinct?: number;
  /** True when one source backs more than half of the claims. */
  dominant?: boolean;
  /** Per source, most claims first. */
  sources?: LedgerSource[];
  /** Indices into `Analysis.claims` / `Analysis.numbers` of what cites nobody ("no source given"). */
  unsourcedClaims?: number[];
  unsourcedNumbers?: number[];
  /** "9 claims: 5 Bloomberg, 1 The Telegraph, 1 leaks, 2 no source". */
  summary?: string;
}

export type HeadlineStatus = 'agrees' | 'differs' | 'absent' | 'hedged-in-body';

export interface HeadlineCheck {
  /** The headline's words checked: a number with what it counts ("3 key objectives"), or a flat clause. */
  text: string;
  status: HeadlineStatus;
  /** The body's words compared with it ("three key objectives"), absent when the body says nothing of it. */
  body?: string;
  /** Whether a number or a flatly stated clause of the headline was checked. */
  kind?: 'number' | 'claim';
  /** Where `body` sits in `Analysis.text`, when it is there verbatim. */
  bodyStart?: number;
  bodyEnd?: number;
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
  /** Number traps (percent change with no base, "doubled" with no start, percent or points, total with no period). */
  traps?: NumberTrap[];
}

/** The text an analysis starts from: a title and a body whose paragraphs are separated by blank lines. */
export interface ArticleInput {
  title: string;
  text: string;
  /**
   * The site publishing the article, when known: its og:site_name ("NBC News") or host name
   * ("www.nbcnews.com"). Tells the outlet that interviewed a source from the outlets cited.
   */
  site?: string;
}
