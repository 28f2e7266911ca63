/**
 * The numbers step: finds quantities, money, percentages, measures, durations, ranges,
 * dates and years in article text, each with its value, unit and approximation.
 * One linear regex pass finds where a number may start (digits, currency signs, number
 * words, months); the date and quantity patterns run, sticky, only at those places, and
 * the rest is work per match, never per word. Patterns: numbers-patterns.ts; values and
 * units: numbers-value.ts; identifiers, names, pronouns and page furniture:
 * numbers-context.ts. Word lists: lexicon/numbers.ts, units lexicon/numbers-units.ts. "dozens" is worth 24 and other
 * vague plurals twice their unit (see VAGUE_WORDS); a date's value is its year or null.
 */
import type { NumberKind, NumberSpan, Sentence } from './types';
import { HYPHEN_ORDINALS, NUMERAL_IDIOMS, WORD_IDIOMS } from './lexicon/numbers';
import { ANCHOR_RE, matchDate, matchQuantity } from './numbers-patterns';
import type { QuantityMatch } from './numbers-patterns';
import { readPart } from './numbers-value';
import type { PartReading } from './numbers-value';
import {
  approximationBefore, halfIsCount, isCapitalisedNameWord, isInsideIdentifier, isListLabel, isNameOrLabel, isStreetNumber, oneDayIsStoryTime, oneIsPronoun, pageFurnitureTest,
  periodStart, wordBefore,
} from './numbers-context';
import { decadeInWords, isDigitCodeInList } from './numbers-forms';
import { lowerCase } from './lower-case';
import { isAsciiLetter } from './char-codes';

/** A span before its sentence index is known (set when it is kept). */
type Found = NumberSpan;

const span = (text: string, start: number, end: number, value: number | null, unit: string | null, kind: NumberKind, approximate: string | null, low?: number): Found => {
  const n: Found = { start, end, text: text.slice(start, end), value, unit, approximate, kind, sentence: 0 };
  if (low !== undefined) n.low = low;
  return n;
};

const IDIOMS = new Set(NUMERAL_IDIOMS);
/** WORD_IDIOMS as a map: looked up with each quantity, which as an object key would be interned first. */
const WORD_IDIOM_MAP = new Map(Object.entries(WORD_IDIOMS));
/** Comparisons of size, not of length or number: they bound no duration ("sentences as high as 10 years" still do). */
const SIZE_COMPARISONS = new Set(['higher than', 'lower than']);
/**
 * After these words "over"/"under" before a duration is a bound, not the span it lasts: "for
 * over 30 years", "the first time in over a decade", "after under two weeks" (more or less than).
 */
const BOUND_AFTER_RE = /(?:^|[^A-Za-z])(?:for|in|after)[ \u00a0]+$/i;
/** True when "over"/"under" at `start` follows one of those words (only the 12 characters before it are read). */
const boundAfter = (text: string, start: number): boolean => BOUND_AFTER_RE.test(text.slice(Math.max(0, start - 12), start));
const ORDINALS = new Set(HYPHEN_ORDINALS);
/** The noun of a compound adjective after a number ("-era"), as the last unit pattern reads it. */
const COMPOUND_NOUN = /-[a-z]{2,}\b(?!-)/y;

/** Estimates that may stand before a clock time ("about 7:45", "around 3 p.m."); bounds ("over 6") are no part of it. */
const TIME_ESTIMATES = new Set(['about', 'around', 'approximately', 'roughly', 'circa', 'nearly', 'almost', 'close to']);

/** A clock time from `start` to `end`, with the estimate right before it ("about 7:45") when one stands there after `floor`. */
function clockTime(text: string, start: number, end: number, floor: number): Found {
  const prev = wordBefore(text, start);
  const mod = prev && prev.spaced ? approximationBefore(text, prev, lowerCase(prev.word), false) : null;
  return mod && mod.start >= floor && TIME_ESTIMATES.has(mod.words)
    ? span(text, mod.start, end, null, 'time', 'date', mod.words)
    : span(text, start, end, null, 'time', 'date', null);
}

/** Reads one date or time match; null when it sits inside an identifier. `floor`: where the previous number ended. */
function readDate(text: string, m: RegExpExecArray, floor = 0): Found | null {
  const start = m.index;
  let end = start + m[0].length;
  if (isInsideIdentifier(text, start, end)) return null;
  const t = m[0];
  // "No. 4:24-cv-00213": a docket or part number, not a time (a hyphen and digits fail the test
  // above); but a decade keeps the noun of its compound ("1970s-era"), as other numbers do.
  if (text.charCodeAt(end) === 45 && isAsciiLetter(text.charCodeAt(end + 1))) {
    COMPOUND_NOUN.lastIndex = end;
    if (!t.endsWith('0s') || !COMPOUND_NOUN.test(text)) return null;
    end = COMPOUND_NOUN.lastIndex;
  }
  if (IDIOMS.has(t)) return null;
  if (m[2] !== undefined) return clockTime(text, start, end, floor);
  // "the nineteen-eighties": a decade in words.
  if (isAsciiLetter(t.charCodeAt(0)) && !m[1]) {
    const decadeYear = decadeInWords(t);
    if (decadeYear !== null) return span(text, start, end, decadeYear, null, 'year', null);
  }
  const year = /\d{4}/.exec(t);
  // Fractions and fiscal years have a slash; most dates none, and no regex to run.
  const slash = t.includes('/');
  const frac = slash ? /^(\d{1,2})\/(2|3|4|5|8|10|16|100)$/.exec(t) : null;
  if (frac && Number(frac[1]) < Number(frac[2])) return null;
  const fiscal = slash ? /^(\d\d)(\d\d)\/(\d\d)$/.exec(t) : null;
  if (fiscal) return span(text, start, end, Number(fiscal[1]! + fiscal[3]!), null, 'range', null, Number(fiscal[1]! + fiscal[2]!));
  if (m[1] || slash) {
    // "5/3/21", "14 Oct. 15": a year written short ("Oct. 15" alone is a day).
    const short = /^\d[^]*(?:\/\d{1,2}\/|[A-Za-z.][ \u00a0]+)(\d{2})$/.exec(t);
    const y = year ? Number(year[0]) : short ? 2000 + Number(short[1]) - (Number(short[1]) > 40 ? 100 : 0) : null;
    return span(text, start, end, y, null, 'date', null);
  }
  const decade = /(\d{1,3})0s$/.exec(t);
  // "90s" with no apostrophe may be an age ("in their 90s"): kept, but not as a year.
  if (decade && decade[1]!.length < 3 && !/^[’'‘]/.test(t)) return span(text, start, end, Number(decade[1]) * 10, null, 'other', null);
  // "1990s", "mid-2015"; "’90s" and "’91" are years written short, this century below 30.
  const value = decade ? Number(decade[1]) * 10 : year ? Number(year[0]) : Number(t.slice(1));
  const twoDigit = decade ? decade[1]!.length < 3 : !year;
  return span(text, start, end, twoDigit ? value + (value >= 30 ? 1900 : 2000) : value, null, 'year', null);
}

/** Scale of a part's number relative to its digits ("$1 to $2 billion": the 1 is a billion too). */
function scaleOf(r: PartReading): number {
  const digits = parseFloat(r.number.replace(/,/g, ''));
  return r.value !== null && digits > 0 && !r.plainDigits ? r.value / digits : 1;
}

/** True when both parts of a range carry the same unit word after the number, not a currency sign, and no estimate. */
const sameUnitAfter = (a: PartReading, b: PartReading, signed: boolean): boolean =>
  !signed && a.unit !== null && a.unit === b.unit && a.approximate === null && b.approximate === null;

/**
 * True when "A in B" is a ratio: both bare whole counts, no year, A below B ("one in five",
 * "1 in 10", "three in 100", "one in a million"); "5 in 2020" and "10 in 10 days" are none.
 */
const isRatio = (a: PartReading, b: PartReading): boolean =>
  a.bare && !a.compound && a.kind !== 'year' && b.kind !== 'year' && b.unit === null && b.approximate === null && !b.compound
  && a.value !== null && b.value !== null && Number.isInteger(a.value) && a.value < b.value;

/**
 * Reads one quantity match starting no earlier than `floor` (the end of the previous
 * number); null when the context turns it down. A range that is not one ("between 400
 * and 600") ends after its first part, and the scan goes on to read the second.
 */
function readQuantity(text: string, m: QuantityMatch, floor: number): Found | null {
  const numStart = m.index;
  const first = m[1];
  let end = numStart + m[0].length;
  if (isInsideIdentifier(text, numStart, numStart + first.length, m[4] !== undefined) || IDIOMS.has(m[0])) return null;
  // "a thing or two" is no count: the idiom's words stand right before the bare number word.
  const idiom = WORD_IDIOM_MAP.get(lowerCase(m[0]));
  if (idiom && lowerCase(text.slice(Math.max(0, numStart - idiom.length - 1), numStart - 1)) === idiom) return null;
  let r = readPart(first, m[2], m[3], text, numStart + first.length);
  // "one-off", "half-hearted": idioms; "twenty-first": a rank. None of them counts anything.
  if (r.compound && (/^(?:one|half)$/i.test(r.number) || ORDINALS.has(first.slice(first.lastIndexOf('-') + 1)))) return null;
  // A run of digits longer than any quantity is a code or a hash.
  if (r.plainDigits && r.number.length > 24) return null;
  let low: number | undefined;
  let ranged = false;
  let tail = m[8];
  const prev = wordBefore(text, numStart);
  const currencyFirst = m[2] !== undefined;
  const prevWord = prev && prev.spaced ? lowerCase(prev.word) : '';
  const ratioIn = m[4] !== undefined && (m[4].charCodeAt(m[4].length - 2) | 32) === 110 && m[4].trim() === 'in';
  if (ratioIn) {
    // "one in five", "1 in 10", "three in 100": a ratio, one number; not "5 in 2020" or "4 in the morning".
    const second = readPart(m[5]!, m[6], m[7]!);
    if (isRatio(r, second)) return span(text, numStart, end, r.value! / second.value!, null, 'other', tail ? tail.trim() : null);
    end = numStart + first.length;
    tail = undefined;
  } else if (m[4] !== undefined) {
    const c = m[4].trim();
    const second = readPart(m[5]!, m[6], m[7]!);
    // Gold style: "$24 to $28" and "between 400 and 600" are two numbers; a range is one
    // span only when the first number borrows its unit or scale from the second
    // ("10 to 15 percent", "$1 to $2 billion", "80 or 90 percent": but "four or five buyers"
    // is two counts), or is a dash range of digits ("2008-9").
    const ownUnit = (r.unit !== null && !currencyFirst) || (!r.bare && r.approximate !== null);
    const borrows = ((r.unit === null && second.unit !== null) || (r.plainDigits && !second.plainDigits));
    // "between 0.5 percent and 0.75 percent": "between" makes a range even when both ends
    // repeat their unit word ("$600 and $800", a sign each amount needs, stays two).
    const bothUnits = c === 'and' && prevWord === 'between' && sameUnitAfter(r, second, currencyFirst || m[6] !== undefined);
    const valid = r.value !== null && (bothUnits || !ownUnit) && (
      c === 'and' ? prevWord === 'between' && (borrows || bothUnits)
        // "80 or 90 percent", and two bare counts as one estimate ("4 or 5 guys", "2022 or 2023").
        : c === 'or' ? r.bare && second.approximate === null && (!second.bare || !isInsideIdentifier(text, numStart, end))
        : c === 'to' ? prevWord !== 'from' && borrows
          : r.plainDigits && /^\d/.test(second.number) && (second.plainDigits || (!second.bare && second.approximate === null)));
    if (valid) {
      low = r.value! * (bothUnits ? 1 : scaleOf(second));
      let high = second.value;
      // "2008-9", "1914-18": the second year is written short.
      if (r.kind === 'year' && high !== null && c !== 'to' && c !== 'and' && second.number.length < r.number.length) {
        const cut = 10 ** second.number.length;
        high = low - (low % cut) + high;
      }
      r = { ...second, value: high, unit: second.unit ?? r.unit, kind: 'range' };
      ranged = true;
      // "won 3-1": a score or ratio, not a range running downwards.
      if (high !== null && high < low) { r = { ...r, value: null, kind: 'other' }; ranged = false; low = undefined; }
    } else {
      end = numStart + first.length;
      tail = undefined;
    }
  }
  if (!ranged && (first.charCodeAt(0) | 32) === 104 && /^[Hh]alf[ \u00a0]+an?$/.test(first)) end = numStart + 4;
  if ((end !== numStart + first.length || m[4] !== undefined) && isInsideIdentifier(text, numStart, end)) return null;
  let start = numStart;
  let approximate = r.approximate;
  const mod = approximationBefore(text, prev, prevWord, currencyFirst);
  // "over two years" is a period of time, not an approximation.
  // "higher than three months ago": a size compared with its value then; no span of time is higher or lower.
  const spanOfTime = r.kind === 'duration' && mod !== null && (((mod.words === 'over' || mod.words === 'under') && !boundAfter(text, mod.start)) || SIZE_COMPARISONS.has(mod.words));
  // A year takes "about 1990", not "over 2015 levels" or "more than 2015".
  const yearBound = r.kind === 'year' && mod !== null && !/^(?:about|around|circa|approximately|roughly|some|at least|at the earliest|no earlier than|no later than)$/.test(mod.words);
  // "near 40 percent", "near zero" approximate; "near two schools" is a place.
  const nearPlace = mod !== null && mod.words === 'near' && r.bare && !ranged && lowerCase(r.number) !== 'zero';
  if (mod && !spanOfTime && !yearBound && !nearPlace && mod.start >= floor) {
    start = mod.start;
    approximate = mod.words;
  } else if (r.kind === 'year' && r.plainDigits && !ranged && prev && prev.start >= floor) {
    start = periodStart(prev, numStart);
  } else if (ranged && prev && prevWord === 'between' && prev.start >= floor) {
    start = prev.start;
    approximate = 'between';
  }
  if (tail) approximate = tail.trim().replace(/[ \u00a0]+/g, ' ');
  // Only a span with a hyphen 4, 5 or 10 characters from its end can end in "-ish", "-plus" or "-something"
  // (the patterns match them, like the connectors and tails, in lower case only).
  if (!approximate && (text.charCodeAt(end - 4) === 45 || text.charCodeAt(end - 5) === 45 || text.charCodeAt(end - 10) === 45)) {
    approximate = /-(something|odd|plus|ish)$/.exec(text.slice(numStart, end))?.[1] ?? null;
  }
  const joined = end > numStart + first.length;
  if (r.bare && !ranged && !joined && start === numStart && !tail) {
    if (r.plainDigits && isDigitCodeInList(text, numStart, end)) return null;
    if (isNameOrLabel(text, prev) || isListLabel(text, numStart, end, prev) || isCapitalisedNameWord(text, numStart) || isStreetNumber(text, end)) return null;
    if (lowerCase(r.number) === 'one' && oneIsPronoun(text, numStart, end, prev, prevWord)) return null;
  }
  // "then one day it broke": a time in a story, not a count of days.
  if (!ranged && start === numStart && !tail && (r.unit === 'day' || r.unit === 'night') && /^one[ \u00a0]+(?:day|night)$/i.test(m[0]) && oneDayIsStoryTime(text, numStart, end, prevWord)) return null;
  if (end - numStart === 4 && /^half$/i.test(first.slice(0, 4)) && start === numStart && !halfIsCount(text, end, prevWord)) return null;
  return span(text, start, end, r.value, r.unit, r.kind, approximate, ranged ? low : undefined);
}

/**
 * Finds the numbers of an article: quantities with their approximation, unit and value,
 * ranges, dates and years. Takes the whole text and its sentences (for each span's
 * sentence index); returns spans sorted by start, never overlapping, with
 * `text.slice(start, end) === span.text`. Empty or garbage text gives an empty list.
 * One pass finds the places a number may start; the full patterns run only there.
 */
export function findNumbers(text: string, sentences: Sentence[]): NumberSpan[] {
  const out: NumberSpan[] = [];
  let lastEnd = 0;
  let s = 0;
  const isPageFurniture = pageFurnitureTest(text);
  ANCHOR_RE.lastIndex = 0;
  for (let a = ANCHOR_RE.exec(text); a; a = ANCHOR_RE.exec(text)) {
    let at = a.index;
    const before = text.charCodeAt(at - 1);
    // "US$", "HK$": the amount starts at the letters before the sign.
    if (a[0] === '$') while (at > 0 && a.index - at < 3 && text.charCodeAt(at - 1) >= 65 && text.charCodeAt(at - 1) <= 90) at--;
    // A minus sign glued to the digits and standing apart from the word before ("-5C", not "COVID-19").
    else if ((before === 45 || before === 0x2212 || before === 46) && (at === 1 || /[\s(]/.test(text[at - 2]!))) at--;
    let best: Found | null = null;
    const d = matchDate(text, at);
    if (d) best = readDate(text, d, lastEnd);
    const q = matchQuantity(text, at);
    if (q && (!best || q.index + q[0].length > best.end)) {
      const n = readQuantity(text, q, lastEnd);
      if (n && (!best || n.end > best.end)) best = n;
    }
    // With no number here the scan goes on after the anchor, where exec left it; after a
    // phrase anchor ("a billion") it goes on from its second word, which may start a number
    // of its own ("a billion-dollar deal": the article belongs to "deal").
    if (!best) {
      if (a[0].includes(' ')) ANCHOR_RE.lastIndex = a.index + 2;
      continue;
    }
    ANCHOR_RE.lastIndex = best.end;
    if (isPageFurniture(best.start, best.end)) continue;
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= best.start) s++;
    best.sentence = s;
    out.push(best);
    lastEnd = best.end;
  }
  return out;
}
