/**
 * Number traps: ways a figure misleads that the sentence itself shows. Precision first:
 * each rule fires only when the sentence holds nothing that could answer the question
 * (another figure, a period). Rules:
 * - no-base: a change given in percent ("rose 20%", "a 20% increase") in a sentence with
 *   no other quantity (a from/to figure, an amount): 20% of what?
 * - no-start: "doubled", "tripled", "halved"… in a sentence with no quantity at all.
 * - percent-or-points: a change in percent landing on a percent ("rose 5% to 12%"), or one
 *   equal to the difference of a stated "from A% to B%": the writer most likely meant points.
 * - no-period: money as a running total ("costs $4bn", "spent £300m", "revenue of $2bn")
 *   in a sentence with no date, year, duration or period word, and not a one-off price.
 * One regex pass over the text for multipliers and one look around each number: linear.
 */
import {
  CHANGE_AFTER, CHANGE_BEFORE, MULTIPLIER_IDIOMS, MULTIPLIERS, ONE_OFF_AFTER, PERIOD_WORDS,
  PHRASAL_PARTICLE_VERBS, POINTS_WORDS, TOTAL_LINKS, TOTAL_NOUNS, TOTAL_VERBS,
} from './lexicon/traps';
import type { NumberSpan, NumberTrap, NumberTrapKind, Sentence } from './types';

const words = (list: string[]): string => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

// Anchored at the end of the text before a number / the start of the text after it.
const CHANGE_BEFORE_RE = new RegExp(`(?<!\\b(?:${words(PHRASAL_PARTICLE_VERBS)})\\s+)\\b(?:${words(CHANGE_BEFORE)})(?:\\s+by)?\\s+$`, 'i');
const CHANGE_AFTER_RE = new RegExp(`^[\\s-]*(?:${words(CHANGE_AFTER)})\\b`, 'i');
const TO_PERCENT_RE = /^,?\s+to\s+$/i;
const FROM_RE = /\bfrom\s+$/i;
const MULTIPLIER_RE = new RegExp(`\\b(?:(?:more than|nearly|almost|roughly)\\s+)?(?:${words(MULTIPLIERS)})\\b(?!\\s+(?:${words(MULTIPLIER_IDIOMS)})\\b)`, 'gi');
const ADJECTIVE_BEFORE_RE = /\b(?:a|an|the)\s+$/i;
const TOTAL_BEFORE_RE = new RegExp(
  `(?:\\b(?:${words(TOTAL_VERBS)})(?:\\s+(?:the\\s+)?[a-z]+){0,2}|\\b(?:${words(TOTAL_NOUNS)})\\s+(?:${words(TOTAL_LINKS)})|\\ba\\s+total\\s+of|\\btotall?(?:ed|ing))\\s+$`, 'i');
const TO_BEFORE_RE = /\bto\s+$/i;
const ONE_OFF_AFTER_RE = new RegExp(`^\\s*(?:${words(ONE_OFF_AFTER)})\\b`, 'i');
const PERIOD_RE = new RegExp(`\\b(?:${words(PERIOD_WORDS)})\\b|\\b(?:19|20)\\d\\d\\b`, 'i');
const POINTS_RE = new RegExp(`\\b(?:${words(POINTS_WORDS)})\\b`, 'i');

/** How much text either side of a number is looked at: a few words. */
const WINDOW = 48;

/** Kinds that are times, not amounts: they answer "when", never "of what". */
const TIME_KINDS = new Set(['date', 'year', 'duration']);

const MESSAGES: Record<NumberTrapKind, string> = {
  'no-base': 'A change in percent with no base figure: a percentage of what?',
  'no-start': 'A multiple with no starting figure: from what?',
  'percent-or-points': 'Percent or percentage points? A change in a percentage is clearer in points.',
  'no-period': 'A total with no time span: over what period?',
};

/** The message a reader sees for a trap kind. */
export function trapMessage(kind: NumberTrapKind): string {
  return MESSAGES[kind];
}

function isPercent(n: NumberSpan): boolean {
  return n.kind === 'percent' || n.unit === '%';
}

/** Index of the sentence holding `offset` (sentences sorted by start), or -1. */
function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.end <= offset) lo = mid + 1;
    else if (s.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Finds number traps in the text, in text order, and adds each trap's kind to the
 * `flags` of the number concerned. Needs the numbers step's spans (kind, unit, value);
 * sentences with no numbers can only show "doubled"-style traps. Never throws.
 */
export function findNumberTraps(text: string, sentences: Sentence[], numbers: NumberSpan[]): NumberTrap[] {
  const traps: NumberTrap[] = [];
  const bySentence = new Map<number, number[]>();
  numbers.forEach((n, i) => {
    const list = bySentence.get(n.sentence);
    if (list) list.push(i); else bySentence.set(n.sentence, [i]);
  });
  // Amounts (not times) of sentence s other than number `except`, in text order.
  const quantities = (s: number, except: number): NumberSpan[] =>
    (bySentence.get(s) ?? []).filter((i) => i !== except && !TIME_KINDS.has(numbers[i]!.kind)).map((i) => numbers[i]!);
  const add = (kind: NumberTrapKind, start: number, end: number, sentence: number, number?: number): void => {
    traps.push({ start, end, text: text.slice(start, end), kind, sentence, message: MESSAGES[kind], ...(number === undefined ? {} : { number }) });
    if (number !== undefined) {
      const flags = (numbers[number]!.flags ??= []);
      if (!flags.includes(kind)) flags.push(kind);
    }
  };

  numbers.forEach((n, i) => {
    const sentence = sentences[n.sentence];
    if (!sentence) return;
    const before = text.slice(Math.max(sentence.start, n.start - WINDOW), n.start);
    const after = text.slice(n.end, Math.min(sentence.end, n.end + WINDOW));
    if (isPercent(n)) checkPercent(n, i, before, after);
    else if (n.kind === 'money' && TOTAL_BEFORE_RE.test(before) && !TO_BEFORE_RE.test(before) && !ONE_OFF_AFTER_RE.test(after)) {
      const sText = text.slice(sentence.start, sentence.end);
      const timed = (bySentence.get(n.sentence) ?? []).some((j) => TIME_KINDS.has(numbers[j]!.kind));
      if (!timed && !PERIOD_RE.test(sText)) add('no-period', n.start, n.end, n.sentence, i);
    }
  });

  function checkPercent(n: NumberSpan, i: number, before: string, after: string): void {
    if (POINTS_RE.test(n.text)) return;
    const isChange = CHANGE_BEFORE_RE.test(before) || CHANGE_AFTER_RE.test(after);
    if (!isChange) return;
    const others = quantities(n.sentence, i);
    if (others.length === 0) { add('no-base', n.start, n.end, n.sentence, i); return; }
    const next = others.find((o) => o.start >= n.end);
    const landsOnPercent = next !== undefined && isPercent(next) && TO_PERCENT_RE.test(text.slice(n.end, next.start));
    const from = others.find((o) => isPercent(o) && FROM_RE.test(text.slice(Math.max(0, o.start - 8), o.start)));
    const to = from && others.find((o) => o !== from && isPercent(o) && o.start > from.end);
    const diffIsPoints = from !== undefined && to !== undefined && n.value !== null && from.value !== null && to.value !== null
      && Math.abs(Math.abs(to.value - from.value) - n.value) < 0.05;
    if (landsOnPercent || diffIsPoints) add('percent-or-points', n.start, n.end, n.sentence, i);
  }

  MULTIPLIER_RE.lastIndex = 0;
  for (let m = MULTIPLIER_RE.exec(text); m; m = MULTIPLIER_RE.exec(text)) {
    const s = sentenceAt(sentences, m.index);
    if (s < 0) continue;
    if (ADJECTIVE_BEFORE_RE.test(text.slice(Math.max(sentences[s]!.start, m.index - 6), m.index))) continue;
    if (quantities(s, -1).length === 0) add('no-start', m.index, m.index + m[0].length, s);
  }
  return traps.sort((a, b) => a.start - b.start);
}
