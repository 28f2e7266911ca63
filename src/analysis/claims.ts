/**
 * Claims: sentences that assert something a reader could check (a quantity, a comparison, a
 * superlative, a cause, an event, a statement someone is credited with). Each sentence gets a
 * score from cheap surface features; opinions, questions, instructions and page chrome score low.
 *
 * Linking rule: a claim takes the first attribution inside its own sentence that names a source
 * (else its first, agentless one such as "reportedly"). A sentence with
 * none that sits inside a quotation running over several sentences of one paragraph ("“A. B,”
 * she said.") takes the attribution of that quotation. Nothing else is inherited: a paraphrase
 * in a following sentence is not credited, since the text does not make it clear.
 */
import {
  BOILERPLATE, BOILERPLATE_PATTERNS, CAUSE, COMPARISON, IMPERATIVE_OPENERS, PERSONAL_OPENERS, NOT_PAST, OPINION,
  PAST_TENSE, SUBJECT_FOLLOWERS, SUPERLATIVE,
} from './lexicon/claims';
import { SENTENCE_OPENERS } from './lexicon/abbreviations';
import { literalTrie } from './word-trie';
import type { Attribution, Claim, ClaimReason, Hedge, NumberSpan, Sentence } from './types';
import { countWords, isAsciiLetter, isAsciiWordChar } from './char-codes';
import { quoteOpenAfterAt } from './quote-state';
import { lowerCase } from './lower-case';

export interface ClaimInput { text: string; sentences: Sentence[]; numbers: NumberSpan[]; attributions: Attribution[]; hedges: Hedge[] }

/** Claims scoring below this are not listed. */
export const CLAIM_THRESHOLD = 0.5;

const BOILERPLATE_BIT = 1, COMPARISON_BIT = 2, SUPERLATIVE_BIT = 4, CAUSE_BIT = 8, OPINION_BIT = 16, PAST_BIT = 32;
const ALL_BITS = 63;
/** The feature bits of each listed word or phrase; a word in two lists ("rose": comparison, past) has both. */
const wordBits = new Map<string, number>();
for (const [list, bit] of [[BOILERPLATE, BOILERPLATE_BIT], [COMPARISON, COMPARISON_BIT], [SUPERLATIVE, SUPERLATIVE_BIT], [CAUSE, CAUSE_BIT], [OPINION, OPINION_BIT], [PAST_TENSE, PAST_BIT]] as const) {
  for (const w of list) wordBits.set(w, (wordBits.get(w) ?? 0) | bit);
}
/** Not a feature (outside ALL_BITS): "than" is listed so that the scan stops there and `comparativeBefore` reads the word before it. */
const THAN_BIT = 64;
wordBits.set('than', THAN_BIT);
/**
 * Every word list in one case-insensitive whole-word regex, so a sentence is scanned once: all
 * listed words and phrases as one trie, then boilerplate with a number (group 1). Where two
 * entries start at one place the longer wins ("most read" is chrome, not a superlative); that a
 * shorter one is never wanted there is checked by the claims tests. ASCII boundaries and no `u`
 * flag on purpose: the lists are English, and this keeps the engine fast on long punctuation runs.
 * Comparison shapes ("stronger than") are not matched whole: tried at every word start they
 * cost about a third of the scan; the trie stops at "than" instead.
 */
const featureSource = (keep: (entry: string) => boolean): string =>
  `(?:${literalTrie([...wordBits.keys()].filter(keep))}|(${BOILERPLATE_PATTERNS.filter(keep).join('|')}))(?![A-Za-z0-9])`;
const featureRe = new RegExp(`(?<![A-Za-z0-9])${featureSource(() => true)}`, 'gi');
/**
 * The same for a sentence with no "_" and no "©": every entry else starts with a letter, where `\b`
 * means what the lookbehind does, and the engine tests `\b` several times faster. Entries with a "©"
 * cannot match there, and leaving them out makes the scan cheaper still.
 */
const plainFeatureRe = new RegExp(`\\b${featureSource((entry) => !entry.includes('©'))}`, 'gi');
/** A comparative of five letters or more and one space, ending where `lastIndex` is set: "stronger" before "than". */
const comparativeRe = /(?<=(?<![a-z\d])([a-z]{3,}er) )/iy;
/** The end of a word in "-ed"; `hasRegularPast` reads the word back by hand, which is cheaper than matching it whole. */
const edEndRe = /ed\b/gi;
const notPast = new Set(NOT_PAST);
const imperative = new Set(IMPERATIVE_OPENERS);
const subjectFollowers = new Set(SUBJECT_FOLLOWERS);
/** With each entry's apostrophe also curly, so the first word is looked up as it stands. */
const personal = new Set(PERSONAL_OPENERS.flatMap((w) => [w, w.replace("'", '’')]));
const openers = new Set(SENTENCE_OPENERS);
/** A capitalised word after the first one: a name, place, organisation or acronym. */
const laterNameRe = /[\s(“"‘'\u2014-][A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f’'.-]/;
const firstWordRe = /^[^\p{L}\p{N}]*([\p{L}’'-]+)(?:[\s,]+([\p{L}’'-]+))?/u;
const upperStartRe = /^\p{Lu}/u;

const quoteOpenRe = /[“"]/;

/** Whether a quotation of three words or more opens at the sentence's first “ or straight ". */
function opensQuote(sentence: string, quoteAt = sentence.search(quoteOpenRe)): boolean {
  return quoteAt >= 0 && countWords(sentence, quoteAt, quoteAt + 80, 3) >= 3;
}

const WEIGHTS: Record<ClaimReason, number> = {
  number: 0.35, attributed: 0.3, comparison: 0.25, superlative: 0.25, cause: 0.2, event: 0.3,
  quote: 0.1, 'named-entity': 0.1, hedged: -0.05,
};
const BASE = 0.15;

/**
 * Scores every sentence and returns those scoring at least 0.5, in article order, each span the
 * whole trimmed sentence. Inputs may come in any order; items outside every sentence are ignored.
 */
export function findClaims(input: ClaimInput): Claim[] {
  const { text, sentences } = input;
  const numbersIn = bySentence(input.numbers, sentences);
  const attributionsIn = bySentence(input.attributions, sentences);
  const hedgesIn = bySentence(input.hedges, sentences);
  const strings = sentences.map((s) => text.slice(s.start, s.end));
  /** Where each sentence's first “ or straight " is (-1: none), read with the quote state. */
  const opening = new Array<number>(sentences.length);
  const inherited = quotationAttributions(strings, sentences, attributionsIn, opening);
  // Entries with "_" or "©" need the slower feature regex; a text with neither needs no look per sentence.
  const plain = !text.includes('_') && !text.includes('©');
  const claims: Claim[] = [];
  sentences.forEach((s, i) => {
    const sentence = strings[i] ?? '';
    // Headings, links and questions score below the threshold whatever they hold: not worth scoring.
    const mark = lastMark(sentence);
    if (mark === '?' || !ENDS.includes(mark)) return;
    // The sentence's first attribution that names someone, else its first (an agentless "reportedly").
    const own = attributionsIn[i];
    const attribution = own?.find((a) => input.attributions[a]?.source != null) ?? own?.[0] ?? inherited[i];
    const numbers = numbersIn[i]?.map((n) => input.numbers[n]!) ?? NO_NUMBERS;
    const { score, reasons } = scoreSentence(sentence, {
      numbers, attributed: attribution !== undefined, hedged: (hedgesIn[i]?.length ?? 0) > 0, quoted: inherited[i] !== undefined,
      quoteAt: opening[i], plain,
    });
    if (score < CLAIM_THRESHOLD) return;
    const claim: Claim = { start: s.start, end: s.end, text: sentence, score, reasons, hedged: reasons.includes('hedged'), sentence: i };
    if (attribution !== undefined) claim.attribution = attribution;
    claims.push(claim);
  });
  return claims;
}

const NO_NUMBERS: NumberSpan[] = [];

interface Evidence {
  numbers: NumberSpan[]; attributed: boolean; hedged: boolean; quoted: boolean;
  /** Where the sentence's first “ or straight " is, -1 for none, when the caller has read it already. */
  quoteAt?: number;
  /** True when the text holds no "_" and no "©" (see `plainFeatureRe`), when the caller has looked. */
  plain?: boolean;
}

/** Scores one sentence 0–1 from its surface features and what earlier steps found in it. */
export function scoreSentence(sentence: string, ev: Evidence): { score: number; reasons: ClaimReason[] } {
  const found = features(sentence, ev.plain);
  const reasons: ClaimReason[] = [];
  const first = firstWord(sentence);
  const lower = lowerCase(first);
  const mark = lastMark(sentence);
  const hasName = namesSomeone(sentence, first, lower);
  let counted = false, dated = false;
  for (const n of ev.numbers) if (n.kind === 'year' || n.kind === 'date') dated = true; else counted = true;
  if (counted) reasons.push('number');
  if (ev.attributed) reasons.push('attributed');
  if (found & COMPARISON_BIT) reasons.push('comparison');
  if (found & SUPERLATIVE_BIT) reasons.push('superlative');
  if (found & CAUSE_BIT) reasons.push('cause');
  if ((hasName || dated) && ((found & PAST_BIT) !== 0 || hasRegularPast(sentence))) reasons.push('event');
  if (ev.quoted || opensQuote(sentence, ev.quoteAt)) reasons.push('quote');
  if (hasName) reasons.push('named-entity');
  if (ev.hedged) reasons.push('hedged');

  let score = BASE + reasons.reduce((sum, r) => sum + WEIGHTS[r], 0);
  if (found & OPINION_BIT) score -= 0.3;
  if (!ev.attributed && !ev.quoted && personal.has(lower)) score -= 0.15;
  const wordCount = countWords(sentence, 0, sentence.length, found & BOILERPLATE_BIT ? 25 : 4);
  if (wordCount < 4) score *= 0.5;
  if (mark === '?') score = Math.min(score, 0.2);
  if (isImperative(sentence, lower)) score = Math.min(score, 0.2);
  if (found & BOILERPLATE_BIT && wordCount < 25) score = Math.min(score, 0.1);
  // A line with no closing punctuation is a heading or a link ("Tunisia sends most fighters to…"), not an assertion in the text.
  if (!ENDS.includes(mark)) score = Math.min(score, 0.4);
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}

/** The word-list features present in `sentence`, from one scan, as `*_BIT` flags. */
function features(sentence: string, plain = false): number {
  let found = 0;
  const re = plain || !(sentence.includes('_') || sentence.includes('©')) ? plainFeatureRe : featureRe;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m && found !== ALL_BITS; m = re.exec(sentence)) {
    const bits = m[1] !== undefined ? BOILERPLATE_BIT : wordBits.get(lowerCase(m[0])) ?? 0;
    found |= bits === THAN_BIT ? comparativeBefore(sentence, m.index) : bits;
  }
  return found;
}

/**
 * COMPARISON_BIT if a comparative ("stronger") and one space end at `than`, else 0: ASCII letters
 * after no letter or digit. A listed word there ("newsletter than") counts as what its list says
 * instead. The listed phrases that take in a "than" ("more than") are comparisons themselves.
 */
function comparativeBefore(sentence: string, than: number): number {
  comparativeRe.lastIndex = than;
  const word = comparativeRe.exec(sentence)?.[1];
  return word && !wordBits.has(lowerCase(word)) ? COMPARISON_BIT : 0;
}

/**
 * The first word of `sentence` (letters, apostrophes, hyphens, after any leading punctuation), or
 * ''. A sentence opening with a plain ASCII word is read by hand: the Unicode regex costs more than
 * the rest of the scoring bar the word lists.
 */
function firstWord(sentence: string): string {
  if (isAsciiLetter(sentence.charCodeAt(0))) {
    let end = 1;
    for (let c = sentence.charCodeAt(end); isAsciiLetter(c) || c === 39 || c === 45 || c === 0x2019; c = sentence.charCodeAt(++end));
    // Stopped at the end or on an ASCII non-letter: the word is whole. A non-ASCII character may be a letter.
    if (!(sentence.charCodeAt(end) >= 128)) return sentence.slice(0, end);
  }
  return firstWordRe.exec(sentence)?.[1] ?? '';
}

function namesSomeone(sentence: string, first: string, lower: string): boolean {
  if (laterNameRe.test(sentence)) return true;
  // An ASCII first letter is a capital or not at a glance; the Unicode regex only for the rest.
  const c = first.charCodeAt(0);
  const capital = c < 128 ? c >= 65 && c <= 90 : upperStartRe.test(first);
  return capital && first !== 'I' && !openers.has(lower);
}

/**
 * A regular past-tense verb ("captured"): a whole ASCII word of four letters or more ending in
 * "-ed", words that merely end so ("hundred", "united") aside.
 */
function hasRegularPast(sentence: string): boolean {
  edEndRe.lastIndex = 0;
  for (let m = edEndRe.exec(sentence); m; m = edEndRe.exec(sentence)) {
    const end = m.index + 2;
    let start = m.index;
    while (start > 0 && isAsciiLetter(sentence.charCodeAt(start - 1))) start--;
    if (end - start < 4 || (start > 0 && isAsciiWordChar(sentence.charCodeAt(start - 1)))) continue;
    // lowerCase: most such words hold no capital, and then skip the lower-casing call.
    if (!notPast.has(lowerCase(sentence.slice(start, end)))) return true;
  }
  return false;
}

/**
 * The sentence's last character once closing quotes and brackets are set aside, 'x' when none is
 * left. A walk back: a regex anchored with $ would be quadratic on a long run of them.
 */
function lastMark(sentence: string): string {
  let i = sentence.length - 1;
  while (i >= 0 && CLOSERS.includes(sentence.charCodeAt(i))) i--;
  return sentence[i] ?? 'x';
}

/** What `lastMark` sets aside: ” ’ " ' ) space ], as character codes. */
const CLOSERS = [0x201d, 0x2019, 34, 39, 41, 32, 93];

/** The marks that end a sentence (`lastMark`); a line ending otherwise is a heading or a link. */
const ENDS = '.!?…;:';

/** Whether the sentence, whose first word lower-cased is `first`, is an order to the reader. */
function isImperative(sentence: string, first: string): boolean {
  if (!imperative.has(first)) return false;
  // "Read more" is an order; "Read said…" (a name) or "Sign language is…" (a noun) are not.
  const second = (firstWordRe.exec(sentence)?.[2] ?? '').toLowerCase();
  return !subjectFollowers.has(second) && !second.endsWith('ed');
}

/**
 * For each sentence, the indices of `items` starting inside it, in text order; no array where
 * there are none, as most sentences hold none. Linear after one sort.
 */
export function bySentence(items: ReadonlyArray<{ start: number }>, sentences: Sentence[]): Array<number[] | undefined> {
  // Most lists come in text order: then the order is their own, and no sort is needed.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = items[i - 1]!.start <= items[i]!.start;
  const order = items.map((_, i) => i);
  if (!sorted) order.sort((a, b) => items[a]!.start - items[b]!.start);
  const out = new Array<number[] | undefined>(sentences.length);
  let k = 0;
  sentences.forEach((s, i) => {
    while (k < order.length && items[order[k]!]!.start < s.start) k++;
    while (k < order.length && items[order[k]!]!.start < s.end) (out[i] ??= []).push(order[k++]!);
  });
  return out;
}

/**
 * The attribution each sentence inherits from a quotation spanning several sentences of one
 * paragraph, for sentences with no attribution of their own; undefined elsewhere. Fills in
 * `opening` (see `quoteOpenAfterAt`) on the way.
 */
function quotationAttributions(
  strings: string[], sentences: Sentence[], attributionsIn: Array<number[] | undefined>, opening: number[],
): Array<number | undefined> {
  const out = new Array<number | undefined>(sentences.length);
  let open = false;
  // Sentences [from, i) are one run, held together by a quotation left open; a run ends where none is
  // open, at a new block and at the end, and one of two or more lends its first attribution to the rest.
  for (let i = 0, from = 0; i <= sentences.length; i++) {
    if (i === sentences.length || !open || sentences[i - 1]!.block !== sentences[i]!.block) {
      let credited: number | undefined;
      for (let k = from; i - from > 1 && k < i && credited === undefined; k++) credited = attributionsIn[k]?.[0];
      if (credited !== undefined) for (let k = from; k < i; k++) if (!attributionsIn[k]) out[k] = credited;
      from = i;
      open = false;
    }
    if (i < sentences.length) open = quoteOpenAfterAt(strings[i]!, open, opening, i);
  }
  return out;
}
