/**
 * Context checks that turn a matched number down: identifiers, URLs and versions
 * ("1.8.3", "0x08", "4K", "COVID-19"), names and labels ("iPhone 4", "Air Force One",
 * "No. 1"), numbered-list labels ("1. Finland"), the pronoun "one", "the second half".
 * Each check looks at a bounded window around the match, so the scan stays linear.
 */
import { APPROXIMATIONS, COUNTED_ONE_NEXT, ONE_IDIOM_NOUNS, LABEL_WORDS, STREET_WORDS, MONTHS, NOT_NAME_WORDS, ONE_NOT_COUNT_NEXT, ONE_NOT_COUNT_PREV, STORY_ONE_NEXT, STORY_ONE_PREV } from './lexicon/numbers';
import { lowerCase } from './lower-case';
import { isAsciiLetter, isAsciiWordChar, isDigit } from './char-codes';

/** How far to look for the whitespace around a number before calling its token an identifier. */
const TOKEN_WINDOW = 64;
const LABELS = new Set(LABEL_WORDS);
const NOT_NAMES = new Set(NOT_NAME_WORDS);
/** Month names and abbreviations in lower case, without the period ("jan", "sept", "march"). */
const MONTH_WORDS = new Set(MONTHS.map((m) => m.replace('.', '').toLowerCase()));
const ONE_NEXT = new Set(ONE_NOT_COUNT_NEXT);
const ONE_PREV = new Set(ONE_NOT_COUNT_PREV);
const ONE_NOUNS = new Set(ONE_IDIOM_NOUNS);
/** Words before "one" that make it a count ("only one", "just one"). */
const ONE_COUNTED_PREV = new Set(['only', 'just', 'exactly']);
/** Words after "one" that add it to a count ("one more problem", "one additional day"). */
const ONE_ADDED_NEXT = new Set(['more', 'additional', 'extra']);
const STORY_PREV = new Set(STORY_ONE_PREV);
const STORY_NEXT = new Set(STORY_ONE_NEXT);
const COUNTED_NEXT = new Set(COUNTED_ONE_NEXT);
const HALF_NEXT = new Set('of the a an their its his her our your my all that those these as percent'.split(' '));
const HALF_PREV = new Set('first second third fourth last latter other the a and better back'.split(' '));
const APPROXIMATION_SET = new Set(APPROXIMATIONS);
/** Last words of the approximations: a number after any other word needs no phrase lookup. */
const APPROXIMATION_LAST = new Set(APPROXIMATIONS.map((a) => a.slice(a.lastIndexOf(' ') + 1)));
const WORD_AFTER_RE = /^[ \u00a0]+([A-Za-z]+)/;
/** A rate written with a slash ("$9.99/month"): the slash does not make a path. */
const PER_UNIT = /^\/(?:month|mo|year|yr|week|wk|day|night|hour|hr|person|head|share|kg|lb|litre|liter|gallon)\b/i;
const STREET_AFTER = new RegExp(`[ \\u00a0]+(?:[A-Z][a-z]+[ \\u00a0]+){1,3}(?:${STREET_WORDS.map((w) => w.replace('.', '\\.')).join('|')})(?![A-Za-z])`, 'y');
const HYPHEN_PREFIXES = /(?:^|[^A-Za-z])(?:pre|post|mid|early|late|non|over|under|sub|ex)-$/i;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

const isWordChar = (c: number): boolean => isAsciiLetter(c) || c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45;

/** A word before a position: where it starts, and whether spaces separate it from the position. */
export interface WordBefore { word: string; start: number; spaced: boolean }

/**
 * The word right before `pos` (letters, with inner dots, apostrophes, "&" and hyphens),
 * skipping at most two spaces. Scans backwards at most 30 characters; null when none.
 */
export function wordBefore(text: string, pos: number): WordBefore | null {
  let i = pos;
  while (i > 0 && pos - i < 2 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0)) i--;
  const end = i;
  if (i > 0 && text.charCodeAt(i - 1) === 35) return { word: '#', start: i - 1, spaced: end < pos };
  while (i > 0 && end - i < 30 && isWordChar(text.charCodeAt(i - 1))) i--;
  while (i < end && !isAsciiLetter(text.charCodeAt(i))) i++;
  return i < end ? { word: text.slice(i, end), start: i, spaced: end < pos } : null;
}

/** Words that place a date within its year ("early 2018"), lower case. */
const PERIOD_PARTS = new Set(['early', 'mid', 'late']);

/**
 * Where a year starts when "early", "mid" or "late" stands right before it, spaced ("in
 * early 2018", "by late 2027"; the hyphened "mid-2015" is a date pattern): the start of that
 * word, else `start`. A decade takes "the", and the word is an adjective of that phrase like
 * any other ("the late 1960s", "the turbulent 1960s"), so gold leaves it out and so does this.
 * `near` is the word before the number (`wordBefore`).
 */
export function periodStart(near: WordBefore | null, start: number): number {
  return near && near.spaced && PERIOD_PARTS.has(lowerCase(near.word)) ? near.start : start;
}

/**
 * The approximation ending right before a number ("more than", "up to", "nearly"), with
 * where it starts; "a" may sit between it and a currency amount ("up to a $1 billion").
 * `near` is the word right before the number (`wordBefore(text, pos)`), `last` that word
 * in lower case when spaces separate it from the number, else "".
 */
export function approximationBefore(text: string, near: WordBefore | null, last: string, currencyFirst: boolean): { start: number; words: string } | null {
  if (!near || !last) return null;
  const article = currencyFirst && (last === 'a' || last === 'an');
  if (!APPROXIMATION_LAST.has(last) && !article) return null;
  const skip = article ? 1 : 0;
  // The longest phrase wins ("a little more than" over "more than"): grow it word by word,
  // back over at most four words separated by spaces only.
  let found: { start: number; words: string } | null = null;
  let phrase = '';
  for (let k = 0, w: WordBefore | null = near; w?.spaced && k < skip + 4; k++, w = wordBefore(text, w.start)) {
    if (k >= skip) {
      const word = k === 0 ? last : lowerCase(w.word);
      phrase = k === skip ? word : `${word} ${phrase}`;
      if (APPROXIMATION_SET.has(phrase)) found = { start: w.start, words: phrase };
    }
    if (w.start > 0 && isAsciiLetter(text.charCodeAt(w.start - 1))) break;
  }
  return found;
}

/**
 * True when the number is part of an identifier, URL, e-mail, path or version rather than
 * prose: glued to letters or digits, inside "a.b.c", after "#", or in a token with "://",
 * "@", "/", "=" or "_". A token with no whitespace within 64 characters counts as one too.
 * `rangeMayFollow` lets "5-10%" through: the hyphen and digits after it may be a range.
 */
export function isInsideIdentifier(text: string, start: number, end: number, rangeMayFollow = false): boolean {
  // Past either end of the text charCodeAt gives NaN, which passes none of the tests below, like a space.
  const before = text.charCodeAt(start - 1);
  const before2 = text.charCodeAt(start - 2);
  if (isAsciiWordChar(before) || before === 35 || before === 64 || before === 47 || before === 92) return true;
  if ((before === 46 || before === 44 || before === 58) && isDigit(before2)) return true;
  if (before === 45 && isAsciiWordChar(before2) && !HYPHEN_PREFIXES.test(text.slice(Math.max(0, start - 8), start))) return true;
  const after = text.charCodeAt(end);
  const after2 = text.charCodeAt(end + 1);
  if (isAsciiWordChar(after) || after === 64 || after === 95) return true;
  if ((after === 46 || after === 44 || after === 47 || after === 58) && isDigit(after2)) return true;
  if (after === 47 && isAsciiWordChar(after2) && !PER_UNIT.test(text.slice(end, end + 12))) return true;
  // "555-123-4567", "978-3-16": digits chained by hyphens are a phone number or a code.
  if (after === 45 && isDigit(after2) && !rangeMayFollow) return true;
  let left = start;
  while (left > 0 && !isSpace(text.charCodeAt(left - 1))) { if (start - left > TOKEN_WINDOW) return true; left--; }
  let right = end;
  while (right < text.length && !isSpace(text.charCodeAt(right))) { if (right - end > TOKEN_WINDOW) return true; right++; }
  if (left === start && right === end) return false;
  const head = text.slice(left, start);
  const tail = text.slice(end, right);
  // Most tokens are a number with a sign or a comma ("$5", "5,"): none of the characters the regexes need, and no regex to run.
  return (holdsAny(head, URL_HEAD_CHARS) && /:\/\/|www\.|@|[/=_\\]/.test(head))
    || (holdsAny(tail, URL_TAIL_CHARS) && /^[^ ]*(?:\.(?:com|org|net|html?|php|js)\b|[=_\\@]|\/\w)/.test(tail) && !PER_UNIT.test(tail));
}

/** What the head and tail tests in `isInsideIdentifier` need at least one of, as character codes: ":w@/=_\\" and "./=_\\@". */
const URL_HEAD_CHARS = new Set([58, 119, 64, 47, 61, 95, 92]);
const URL_TAIL_CHARS = new Set([46, 47, 61, 95, 92, 64]);

function holdsAny(s: string, codes: Set<number>): boolean {
  for (let i = 0; i < s.length; i++) if (codes.has(s.charCodeAt(i))) return true;
  return false;
}

/**
 * True when a bare number is a label or part of a name: after "No.", "Chapter", "Route",
 * "#", or right after a capitalised word that is not a function word or month
 * ("iPhone 4", "Windows 10", "Air Force One"). `w` is the word before it (`wordBefore`).
 */
export function isNameOrLabel(text: string, w: WordBefore | null): boolean {
  if (!w) return false;
  const lower = lowerCase(w.word);
  const undotted = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (LABELS.has(lower) || LABELS.has(undotted)) return true;
  if (!w.spaced) return false;
  if (!/[A-Z]/.test(w.word) || /['’]s?$/.test(w.word) || NOT_NAMES.has(lower) || MONTH_WORDS.has(undotted)) return false;
  // A capitalised word that opens a sentence is an ordinary word, not part of a name.
  const at = w.start;
  return !(at === 0 || /(?:[.!?]["'”’)]?[ \u00a0]+|\n[ \t]*)$/.test(text.slice(Math.max(0, at - 4), at)));
}

/** True when a capitalised number word sits mid-sentence: part of a name ("Ninety Mile Beach", "Air Force One"). */
export function isCapitalisedNameWord(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return false;
  return !/(?:[.!?:]["'”’)]?[ \u00a0]+|\n[ \t]*|^[ \t]*|["“‘(][ \u00a0]*)$/.test(text.slice(Math.max(0, start - 4), start));
}

/** True when the number is a street address ("10 Downing Street", "1600 Pennsylvania Avenue"). */
export function isStreetNumber(text: string, end: number): boolean {
  // The street's name comes after a space: the regex only there.
  if (!isSpace(text.charCodeAt(end))) return false;
  STREET_AFTER.lastIndex = end;
  return STREET_AFTER.test(text);
}

/** What may stand between a line start and a number alone on it. */
const ALONE_BEFORE = /^[ \t\u00a0(]{0,8}$/;
/** What may follow a number alone on its line, up to the line break (a CR ends it too). */
const ALONE_AFTER = /^[ \t\u00a0.,:;)]{0,8}(?:ago)?(?:\r|$)/;

/**
 * A test for numbers that are page furniture, not prose: alone on their line apart from
 * punctuation or a trailing "ago" (chart labels, list ranks and timestamp lines: "’17",
 * "25", "4 months ago"), or in a Title Case line with no closing punctuation (a related
 * link or promo headline: "How the Tax Cut Pushes the Deficit to $1 Trillion"). For the
 * headline, a line more than 200 characters either side of the number counts as prose. The
 * test remembers the last line it read: numbers come in text order and never span a line
 * break, so each line is searched for its ends and judged once, and the scan stays linear.
 */
export function pageFurnitureTest(text: string): (start: number, end: number) => boolean {
  let from = 0;
  let to = -1;
  let headline: boolean | null = null;
  return (start, end) => {
    if (start < from || end > to) {
      from = text.lastIndexOf('\n', start - 1) + 1;
      to = text.indexOf('\n', end);
      if (to < 0) to = text.length;
      headline = null;
    }
    // A text that is nothing but the number is a question about that number, not page furniture.
    if (start - from <= 8 && text.length - (end - start) >= 8 && ALONE_BEFORE.test(text.slice(from, start)) && ALONE_AFTER.test(text.slice(end, to))) return true;
    if (start - from > 201 || to - end > 201 || (from === 0 && to === text.length)) return false;
    headline ??= isHeadline(text.slice(from, to).trim());
    return headline;
  };
}

/** True for a line in Title Case (70% of its words of four letters or more capitalised) that does not end like a sentence. */
function isHeadline(line: string): boolean {
  if (/[.!?:;"”’)]$/.test(line)) return false;
  const words = line.split(/[ \u00a0]+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return caps / words.length >= 0.7;
}

/**
 * True for a numbered-list label: a small integer followed by "." or ")" and a capital, at a
 * line start or after a capitalised item ("1. Finland 2. Norway"); `w` is the word before it.
 */
export function isListLabel(text: string, start: number, end: number, w: WordBefore | null): boolean {
  const mark = text.charCodeAt(end);
  if (end - start > 3 || (mark !== 46 && mark !== 41) || !/^[.)][ \u00a0]+["“]?[A-Z]/.test(text.slice(end, end + 4))) return false;
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0 || text.charCodeAt(i - 1) === 10) return true;
  return w !== null && w.spaced && /^[A-Z][a-z]*$/.test(w.word);
}

const NUMBER_NEAR = /(?:^|[^A-Za-z0-9])(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?)\b)/i;
const RATIO_AFTER = /^[ \u00a0]+(?:or|and|to|in|out of)[ \u00a0]+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|a hundred|a thousand)\b)/i;

/**
 * True when a bare "one" is not clearly a count. "One" is mostly a pronoun or an article
 * ("one of", "a good one", "one reason why"); it counts only next to "only"/"just", in a
 * ratio or alternative ("one in five", "one or two"), or beside another number in the
 * same line ("one son and two daughters"). `prev` is the word before it (`wordBefore`), and
 * `prevWord` that word in lower case when spaces separate it from "one", else "".
 */
export function oneIsPronoun(text: string, start: number, end: number, prev: WordBefore | null, prevWord: string): boolean {
  if (text.charCodeAt(end) === 45) return true;
  const after = text.slice(end, end + 30);
  if (RATIO_AFTER.test(after)) return false;
  const next = WORD_AFTER_RE.exec(after);
  if (!next || !/^[a-z]/.test(next[1]!)) return true;
  const counted = ONE_COUNTED_PREV.has(prevWord);
  if (ONE_NEXT.has(next[1]!) && !(counted && ONE_NOUNS.has(next[1]!))) return true;
  if (counted) return false;
  if (ONE_PREV.has(prevWord)) return true;
  if (ONE_ADDED_NEXT.has(next[1]!)) return false;
  // "the middle one", "a good one": a determiner two words back makes "one" a pronoun.
  const prev2 = prev && prev.spaced ? wordBefore(text, prev.start) : null;
  if (prev2 && prev2.spaced && /^(?:the|a|an|this|that|each|every|any|which|its|their|his|her)$/i.test(prev2.word)) return true;
  if (/\b(?:another|the other)\b/i.test(text.slice(end, end + 60))) return true;
  // Only the same line counts.
  const before = text.slice(Math.max(0, start - 60), start).replace(/^[^]*\n/, '');
  const later = text.slice(end, end + 60).replace(/\n[^]*$/, '');
  return !(NUMBER_NEAR.test(before) || NUMBER_NEAR.test(later));
}

/**
 * True when a bare "half" ending at `end` is a share of something ("half the help", "half of
 * them"), not "the second half". `prevWord`: the word before it, as `oneIsPronoun` takes it.
 */
export function halfIsCount(text: string, end: number, prevWord: string): boolean {
  if (text.charCodeAt(end) === 45) return false;
  const next = WORD_AFTER_RE.exec(text.slice(end, end + 30));
  if (!next || !HALF_NEXT.has(lowerCase(next[1]!))) return false;
  return !HALF_PREV.has(prevWord);
}

/**
 * True when "one day" or "one night" (ending at `end`) is a time in a story, not a count:
 * after "then", "and", "until" ("and then one day it broke"), or opening a sentence before a
 * comma or a subject ("One night, she left", "One day he called"), unless what follows
 * counts it ("one day later", "one day of talks"). `prevWord` as `oneIsPronoun` takes it.
 */
export function oneDayIsStoryTime(text: string, start: number, end: number, prevWord: string): boolean {
  const next = WORD_AFTER_RE.exec(text.slice(end, end + 30));
  const nextWord = next ? lowerCase(next[1]!) : '';
  if (COUNTED_NEXT.has(nextWord)) return false;
  if (STORY_PREV.has(prevWord)) return true;
  const opensSentence = /(?:^|[.!?:]["'”’)]?[ \u00a0]+|\n[ \t]*|^[ \t]*|["“‘(][ \u00a0]*)$/.test(text.slice(Math.max(0, start - 4), start));
  return opensSentence && (text.charCodeAt(end) === 44 || STORY_NEXT.has(nextWord));
}
