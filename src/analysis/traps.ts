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
  PHRASAL_PARTICLE_VERBS, POINTS_WORDS, TOTAL_BLOCKERS, TOTAL_LINKS, TOTAL_NOUNS, TOTAL_VERBS,
} from './lexicon/traps';
import type { NumberSpan, NumberTrap, NumberTrapKind, Sentence } from './types';
import { sentenceAt } from './attribution-cues';
import { isAsciiLetter } from './char-codes';
import { lowerCase } from './lower-case';

const PERIOD_RE = new RegExp(`\\b(?:${PERIOD_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b|\\b(?:19|20)\\d\\d\\b`, 'i');
/** Finds the multiplier words cheaply; the optional "more than" is read back by hand. */
const MULTIPLIER_RE = new RegExp(`\\b(?:${MULTIPLIERS.join('|')})\\b`, 'gi');
const MULTIPLIER_LEAD = /(?:more than|nearly|almost|roughly)\s+$/i;

/** Kinds that are times, not amounts: they answer "when", never "of what". */
const TIME_KINDS = new Set(['date', 'year', 'duration']);

const MESSAGES: Record<NumberTrapKind, string> = {
  'no-base': 'A change in percent with no base figure: a percentage of what?',
  'no-start': 'A multiple with no starting figure: from what?',
  'percent-or-points': 'Percent or percentage points? A change in a percentage is clearer in points.',
  'no-period': 'A total with no time span: over what period?',
};

const isLetter = (c: number): boolean => isAsciiLetter(c) || c === 39 || c === 8217 || c === 45;
const isSpace = (c: number): boolean => c === 32 || c === 160 || c === 9 || c === 10;

/**
 * Up to `k` words (lower case) on one side of `pos`, not past `limit`: going back (`step` -1) the
 * nearest first, going on (`step` 1) in order, where a hyphen may lead the first word. Across spaces
 * only: punctuation ends the phrase. Plain char walk: no regex, no slicing of windows.
 */
function wordsBeside(text: string, pos: number, limit: number, k: number, step: 1 | -1): string[] {
  const out: string[] = [];
  // Going back, the character crossed is the one before the walk's position.
  const back = step < 0 ? -1 : 0;
  for (let i = pos; out.length < k; ) {
    let j = i;
    while ((limit - j) * step > 0 && (isSpace(text.charCodeAt(j + back)) || (step > 0 && !out.length && text.charCodeAt(j) === 45))) j += step;
    if (j === i && out.length) break;
    let w = j;
    while ((limit - w) * step > 0 && isLetter(text.charCodeAt(w + back)) && (w - j) * step < 20) w += step;
    if (w === j) break;
    out.push(lowerCase(text.slice(Math.min(j, w), Math.max(j, w))));
    i = w;
  }
  return out;
}

function isPercent(n: NumberSpan): boolean {
  return n.kind === 'percent' || n.unit === '%';
}

/**
 * Finds number traps in the text, in text order, and adds each trap's kind to the
 * `flags` of the number concerned. Needs the numbers step's spans (kind, unit, value);
 * sentences with no numbers can only show "doubled"-style traps. Never throws.
 */
export function findNumberTraps(text: string, sentences: Sentence[], numbers: NumberSpan[]): NumberTrap[] {
  const traps: NumberTrap[] = [];
  /** The numbers of each sentence, in text order. */
  const inSentence = new Map<number, NumberSpan[]>();
  const sorted = numbers.some((n, i) => i > 0 && n.start < numbers[i - 1]!.start) ? [...numbers].sort((a, b) => a.start - b.start) : numbers;
  for (const n of sorted) {
    const list = inSentence.get(n.sentence);
    if (list) list.push(n); else inSentence.set(n.sentence, [n]);
  }
  /** Amounts (not times) inside sentence `s`, other than `except`, in text order. */
  const quantities = (s: number, except?: NumberSpan): NumberSpan[] => (inSentence.get(s) ?? []).filter((n) => n !== except && !TIME_KINDS.has(n.kind));
  const add = (kind: NumberTrapKind, start: number, end: number, sentence: number, number?: number): void => {
    traps.push({ start, end, text: text.slice(start, end), kind, sentence, message: MESSAGES[kind], ...(number === undefined ? {} : { number }) });
    if (number !== undefined) {
      const flags = (numbers[number]!.flags ??= []);
      if (!flags.includes(kind)) flags.push(kind);
    }
  };

  numbers.forEach((n, i) => {
    const percent = isPercent(n);
    const sentence = sentences[n.sentence];
    if ((!percent && n.kind !== 'money') || !sentence) return;
    const before = wordsBeside(text, n.start, sentence.start, 3, -1);
    const after = wordsBeside(text, n.end, sentence.end, 2, 1);
    if (!percent) {
      const timed = (): boolean => inSentence.get(n.sentence)!.some((q) => TIME_KINDS.has(q.kind)) || PERIOD_RE.test(text.slice(sentence.start, sentence.end));
      return isTotal(before, after) && !timed() ? add('no-period', n.start, n.end, n.sentence, i) : undefined;
    }
    if (n.text.match(/[a-z]+/gi)?.some((w) => POINTS_WORDS.has(w.toLowerCase()))) return;
    const verbAt = before[0] === 'by' || before[0] === 'of' ? 1 : 0;
    const verb = before[verbAt];
    const changeBefore = verb !== undefined && CHANGE_BEFORE.has(verb)
      && !((verb === 'up' || verb === 'down') && PHRASAL_PARTICLE_VERBS.has(before[verbAt + 1] ?? ''));
    if (!changeBefore && !CHANGE_AFTER.has(after[0] ?? '')) return;
    const others = quantities(n.sentence, n);
    if (others.length === 0) return add('no-base', n.start, n.end, n.sentence, i);
    const next = others.find((o) => o.start >= n.end);
    const landsOnPercent = next !== undefined && isPercent(next) && /^,?\s+to\s+$/i.test(text.slice(n.end, next.start));
    const from = others.find((o) => isPercent(o) && wordsBeside(text, o.start, 0, 1, -1)[0] === 'from');
    const to = from && others.find((o) => o !== from && isPercent(o) && o.start > from.end);
    const diffIsPoints = from !== undefined && to !== undefined && n.value !== null && from.value !== null && to.value !== null
      && Math.abs(Math.abs(to.value - from.value) - n.value) < 0.05;
    if (landsOnPercent || diffIsPoints) add('percent-or-points', n.start, n.end, n.sentence, i);
  });

  MULTIPLIER_RE.lastIndex = 0;
  for (let m = MULTIPLIER_RE.exec(text); m; m = MULTIPLIER_RE.exec(text)) {
    const s = sentenceAt(sentences, m.index);
    if (s < 0) continue;
    const sentence = sentences[s]!;
    const next = wordsBeside(text, m.index + m[0].length, sentence.end, 1, 1)[0];
    if (next !== undefined && MULTIPLIER_IDIOMS.has(next)) continue;
    const prev = wordsBeside(text, m.index, sentence.start, 1, -1)[0];
    if (prev === 'a' || prev === 'an' || prev === 'the') continue;
    const lead = MULTIPLIER_LEAD.exec(text.slice(Math.max(sentence.start, m.index - 16), m.index));
    const start = m.index - (lead ? lead[0].length : 0);
    if (quantities(s).length === 0) add('no-start', start, m.index + m[0].length, s);
  }
  return traps.sort((a, b) => a.start - b.start);
}

/**
 * Whether money with these words before it (nearest first) and after it is a running
 * total: "costs $4bn", "cost taxpayers $4bn", "revenue of $2bn", "sales rose to $1bn",
 * "a total of $3m", "totalled $5m"; not "rose to $4bn" nor a one-off "cost $300,000 to build".
 */
function isTotal(before: string[], after: string[]): boolean {
  const [w1 = '', w2 = '', w3 = ''] = before;
  if (ONE_OFF_AFTER.has(after[0] ?? '') || ONE_OFF_AFTER.has(after.join(' '))) return false;
  if (TOTAL_NOUNS.has(w2) && TOTAL_LINKS.has(w1)) return true;
  if (TOTAL_NOUNS.has(w3) && TOTAL_LINKS.has(`${w2} ${w1}`)) return true;
  if ((w3 === 'a' && w2 === 'total' && w1 === 'of') || /^total+(?:ed|ing)$/.test(w1)) return true;
  if (TOTAL_VERBS.has(w1)) return true;
  if (TOTAL_VERBS.has(w2) && !TOTAL_BLOCKERS.has(w1)) return true;
  return TOTAL_VERBS.has(w3) && !TOTAL_BLOCKERS.has(w2) && !TOTAL_BLOCKERS.has(w1);
}
