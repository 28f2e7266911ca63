/**
 * The source ledger: who backs what the article says. Links numbers and claims to the
 * attribution that supports them, marks what cites nobody ("no source given"), and
 * counts claims, quotes and attributed words per source.
 *
 * Carrying rule: a claim or number whose own sentence has no attribution borrows the
 * latest attribution of an earlier sentence in the same paragraph ("According to
 * Bloomberg, … . This is the first time …"). It never crosses a paragraph break, and the
 * borrowed index goes to `carriedAttribution`, never to the contract's `attribution`.
 * Everything here is one pass over sentences, attributions, claims and numbers.
 */
import type { Attribution, Claim, Ledger, LedgerSource, NumberSpan, Sentence, Source } from './types';
import { countWords } from './char-codes';

/** What the ledger step reads besides claims, attributions and sources. */
export interface LedgerContext {
  text: string;
  sentences: Sentence[];
  numbers: NumberSpan[];
}

/** Label for attributions with no agent ("It is noted that", "reportedly"). */
export const UNNAMED_SOURCE = 'unnamed';

/** Numbers that are times, not quantities someone measured: a missing source is not news. */
const UNFLAGGED_KINDS = new Set(['date', 'year', 'duration']);

/** Attribution indices grouped by sentence index (absent: none). */
function attributionsBySentence(attributions: Attribution[]): Map<number, number[]> {
  const by = new Map<number, number[]>();
  attributions.forEach((a, i) => {
    const list = by.get(a.sentence);
    if (list) list.push(i);
    else by.set(a.sentence, [i]);
  });
  return by;
}

/**
 * For each sentence, the attribution it may borrow from its paragraph: the last one
 * (in text order) of the nearest earlier sentence of the same block that has one; -1 when none.
 */
export function carriedAttributions(sentences: Sentence[], attributions: Attribution[]): number[] {
  // Each sentence's own latest attribution (by start; among equal starts the later index), found in one
  // pass over the attributions without building lists: what a walk over each sentence's list would keep.
  // A plain array: allocating a typed array per call costs more than all the rest of this.
  const carried = new Array<number>(sentences.length).fill(-1);
  attributions.forEach((a, i) => {
    // Undefined at an index that is no sentence's: nothing is written there.
    const held = carried[a.sentence];
    if (held !== undefined && (held < 0 || a.start >= attributions[held]!.start)) carried[a.sentence] = i;
  });
  // Then, in the same array, what each sentence may borrow: each own latest passes on to the next sentences of its block.
  let block = -1;
  let last = -1;
  sentences.forEach((sentence, s) => {
    if (sentence.block !== block) { block = sentence.block; last = -1; }
    const own = carried[s] as number;
    carried[s] = last;
    if (own >= 0) last = own;
  });
  return carried;
}

/** Index of the attribution of `list` closest to [start, end) (distance between spans). */
function nearest(list: number[], attributions: Attribution[], start: number, end: number): number {
  let best = -1;
  let bestGap = Infinity;
  for (const i of list) {
    const a = attributions[i]!;
    const gap = a.end <= start ? start - a.end : a.start >= end ? a.start - end : 0;
    if (gap < bestGap) { best = i; bestGap = gap; }
  }
  return best;
}

/**
 * Marks claims that cite nobody: sets `carriedAttribution` where the paragraph supplies
 * one (see the carrying rule above) and `unsourced` where neither sentence nor paragraph does.
 * A claim's own `attribution` is left as the claims step set it. `carried`: `carriedAttributions`'
 * answer, when the caller has it.
 */
export function carryClaimAttributions(claims: Claim[], attributions: Attribution[], sentences: Sentence[], carried = carriedAttributions(sentences, attributions)): void {
  for (const c of claims) {
    // Reset by assignment, not `delete`: delete turns V8 objects slow for every later step.
    if (c.carriedAttribution !== undefined) c.carriedAttribution = undefined;
    if (c.unsourced !== undefined) c.unsourced = undefined;
    if (c.attribution !== undefined) continue;
    const from = carried[c.sentence] ?? -1;
    if (from >= 0) c.carriedAttribution = from;
    else c.unsourced = true;
  }
}

/**
 * Gives each number the attribution that backs it: that of the claim holding it, else the
 * nearest attribution in its sentence (`attribution`, CONTRACT §1); else the paragraph's
 * (`carriedAttribution`). Quantities (not dates, years or durations) backed by nothing get
 * the flag "no-source". Without attributions and sentences only the claim link is made.
 * `carried` as for `carryClaimAttributions`.
 */
export function linkNumbersToAttributions(
  numbers: NumberSpan[], claims: Claim[], attributions: Attribution[] = [], sentences: Sentence[] = [], carried = carriedAttributions(sentences, attributions),
): void {
  const by = attributionsBySentence(attributions);
  // Claims and numbers both run in text order, so one moving cursor finds each number's claim.
  const ordered = claims.filter((c) => c.attribution !== undefined).sort((a, b) => a.start - b.start);
  const order = numbers.map((_, i) => i).sort((a, b) => numbers[a]!.start - numbers[b]!.start);
  let k = 0;
  for (const ni of order) {
    const n = numbers[ni]!;
    if (n.attribution !== undefined) n.attribution = undefined;
    if (n.carriedAttribution !== undefined) n.carriedAttribution = undefined;
    if (n.flags) n.flags = n.flags.filter((f) => f !== 'no-source');
    while (k < ordered.length && ordered[k]!.end < n.end) k++;
    const next = ordered[k];
    const holder = next && next.start <= n.start ? next : undefined;
    const own = by.get(n.sentence);
    if (holder) n.attribution = holder.attribution;
    else if (own) n.attribution = nearest(own, attributions, n.start, n.end);
    else if ((carried[n.sentence] ?? -1) >= 0) n.carriedAttribution = carried[n.sentence];
    else if (sentences.length > 0 && !UNFLAGGED_KINDS.has(n.kind)) (n.flags ??= []).push('no-source');
    if (n.flags && n.flags.length === 0) n.flags = undefined;
  }
}

type Cited = Pick<Source, 'name' | 'type' | 'anonymous'>;

/**
 * The sources each attribution cites (name, kind, anonymity): its sources', else its own. An
 * attribution split into two sources ("police and medics said") cites both, the one named first
 * in it first, whatever order the sources are listed in.
 */
function sourcesOfAttribution(attributions: Attribution[], sources: Source[]): Cited[][] {
  const out = new Array<Cited[] | undefined>(attributions.length);
  /** Where `s` is named in attribution `i` (the end when it is not). */
  const place = (s: Cited, i: number): number => {
    const at = (attributions[i]!.source ?? '').toLowerCase().indexOf(s.name.toLowerCase());
    return at < 0 ? Infinity : at;
  };
  for (const s of sources) {
    for (const i of s.attributions ?? []) {
      if (i < 0 || i >= attributions.length) continue;
      const cited: Cited = { name: s.name, type: s.type, anonymous: s.anonymous };
      const list = out[i];
      if (!list) out[i] = [cited];
      else if (!list.some((c) => c.name === s.name)) list.push(cited);
    }
  }
  out.forEach((list, i) => { if (list && list.length > 1) list.sort((x, y) => place(x, i) - place(y, i)); });
  return attributions.map((a, i): Cited[] => out[i] ?? [{ name: a.source || UNNAMED_SOURCE, type: a.anonymous || !a.source ? 'anonymous' : 'other', anonymous: a.anonymous || !a.source }]);
}

/** What the ledger step reads: the analysis so far. */
export interface LedgerInput extends LedgerContext {
  attributions: Attribution[];
  claims: Claim[];
  sources: Source[];
}

/**
 * The pipeline's ledger step, in its order: claims take their paragraph's attribution, numbers
 * link to the attribution of their sentence or claim, then the ledger is counted. Mutates the
 * claims and numbers it is given, as the pipeline expects.
 */
export function ledgerStep(a: LedgerInput): Ledger {
  const carried = carriedAttributions(a.sentences, a.attributions);
  carryClaimAttributions(a.claims, a.attributions, a.sentences, carried);
  linkNumbersToAttributions(a.numbers, a.claims, a.attributions, a.sentences, carried);
  return buildLedger(a.claims, a.attributions, a.sources, a);
}

/**
 * The article's source ledger (CONTRACT §1 `ledger`, plus per-source lines): claims citing a
 * named source, an anonymous one or nobody (claims carrying their paragraph's attribution count
 * as citing it); the source backing most claims and its share; quotes against paraphrase and
 * the share of attributed words per source. Call `carryClaimAttributions` first for carried
 * claims to count. With `context`, words and unsourced numbers are filled in too.
 */
export function buildLedger(claims: Claim[], attributions: Attribution[], sources: Source[], context?: LedgerContext): Ledger {
  const cites = sourcesOfAttribution(attributions, sources);
  const lines = new Map<string, LedgerSource>();
  /** Where each source is first cited: ties in the ordering go to the earlier. */
  const first = new Map<LedgerSource, number>();
  const line = ({ name, type, anonymous }: Cited, i: number): LedgerSource => {
    let t = lines.get(name);
    if (!t) {
      lines.set(name, (t = { name, type, anonymous, claims: 0, direct: 0, paraphrase: 0, words: 0, wordShare: 0 }));
      first.set(t, attributions[i]!.start);
    }
    return t;
  };
  attributions.forEach((a, i) => { for (const c of cites[i]!) if (a.quote) line(c, i).direct++; else line(c, i).paraphrase++; });

  let named = 0, anonymous = 0, carried = 0;
  const unsourcedClaims: number[] = [];
  claims.forEach((c, ci) => {
    const i = c.attribution ?? c.carriedAttribution ?? -1;
    const cited = cites[i];
    if (!cited) unsourcedClaims.push(ci);
    else {
      if (c.attribution === undefined) carried++;
      // A claim counts once, as named when any of its sources is.
      if (cited.every((x) => x.anonymous)) anonymous++; else named++;
      for (const x of cited) line(x, i).claims++;
    }
  });

  let totalWords = 0;
  if (context) {
    for (const [s, list] of attributionsBySentence(attributions)) {
      const sentence = context.sentences[s];
      if (!sentence) continue;
      const words = countWords(context.text, sentence.start, sentence.end);
      // Most sentences hold one attribution citing one source: no set to build for them.
      const only = list.length === 1 && cites[list[0]!]!.length === 1 ? cites[list[0]!]![0]!.name : undefined;
      if (only !== undefined) lines.get(only)!.words += words;
      else {
        const names = new Set<string>();
        for (const i of list) for (const x of cites[i]!) names.add(x.name);
        for (const name of names) lines.get(name)!.words += words / names.size;
      }
      totalWords += words;
    }
  }

  const ledgerSources = [...lines.values()].sort((a, b) => b.claims - a.claims || b.words - a.words || first.get(a)! - first.get(b)!);
  for (const t of ledgerSources) {
    t.wordShare = totalWords > 0 ? round2(t.words / totalWords) : 0;
    t.words = Math.round(t.words);
  }
  const top = ledgerSources.find((s) => s.name !== UNNAMED_SOURCE && s.claims > 0);
  const topSourceShare = top && claims.length > 0 ? round2(top.claims / claims.length) : 0;
  const ledger: Ledger = {
    claims: claims.length,
    named,
    anonymous,
    unsourced: unsourcedClaims.length,
    topSource: top?.name ?? null,
    topSourceShare,
    carried,
    distinct: ledgerSources.length,
    dominant: topSourceShare > 0.5,
    sources: ledgerSources,
    unsourcedClaims,
  };
  if (context) {
    // A loop, not flatMap: that allocates an array per number.
    const unsourced: number[] = (ledger.unsourcedNumbers = []);
    context.numbers.forEach((n, i) => { if (n.flags?.includes('no-source')) unsourced.push(i); });
  }
  ledger.summary = ledgerSummary(ledger);
  return ledger;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Sources named one by one in the summary line; the rest are counted together. */
const SUMMARY_SOURCES = 4;

/**
 * One line for the popup and the command line: "9 claims: 5 Bloomberg, 1 The Telegraph,
 * 1 leaks, 2 no source". Past four sources the rest are summed ("7 from 5 other sources").
 * Sources backing no claim are left out; "no claims" when there are none.
 */
export function ledgerSummary(ledger: Ledger): string {
  if (ledger.claims === 0) return 'no claims';
  const citing = (ledger.sources ?? []).filter((s) => s.claims > 0);
  const parts = citing.slice(0, SUMMARY_SOURCES).map((s) => `${s.claims} ${s.name}`);
  const rest = citing.slice(SUMMARY_SOURCES);
  if (rest.length === 1) parts.push(`${rest[0]!.claims} ${rest[0]!.name}`);
  else if (rest.length > 1) parts.push(`${rest.reduce((n, s) => n + s.claims, 0)} from ${rest.length} other sources`);
  if (ledger.unsourced > 0) parts.push(`${ledger.unsourced} no source`);
  const head = `${ledger.claims} claim${ledger.claims === 1 ? '' : 's'}`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}
