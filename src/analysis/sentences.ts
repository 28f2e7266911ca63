/**
 * Splits article text into blocks (paragraphs, separated by blank lines) and sentences.
 * Sentences never cross a block, and a single line break inside a block (a heading, a
 * `<br>` line) also ends a sentence. Work goes block by block with one forward regex pass
 * and bounded look-back, so time is linear: Intl.Segmenter is quadratic on long strings.
 */
import { AMBIGUOUS, BEFORE_NUMBER, SENTENCE_OPENERS, SPEECH_VERBS, TITLES } from './lexicon/abbreviations';
import type { Block, Sentence } from './types';
import { lowerCase } from './lower-case';
import { isAsciiLetter, isDigit } from './char-codes';

const titles = new Set(TITLES);
const beforeNumber = new Set(BEFORE_NUMBER);
const ambiguous = new Set(AMBIGUOUS);
const openers = new Set(SENTENCE_OPENERS);

/**
 * A paragraph: from a line's first non-space character, over line breaks not followed by a blank
 * (whitespace-only) line or the text's end. One backtracking point per line, none per character.
 */
const BLOCK = /\S[^\n]*(?:\n(?![^\S\n]*(?:\n|$))[^\n]*)*/g;
/** Where a candidate sentence end starts: a terminator or a line break (the rest of the run is read in code). */
const TERMINATOR = /[.!?…\n]/g;
/** A speaker and a speech verb right after a quote: '"Why now?" Forte asked.' Bounded: at most four name words. */
const SPEAKER_THEN_VERB = new RegExp(`(?:[A-Z][\\w.’'-]*\\s+){1,4}(?:${SPEECH_VERBS.join('|')})\\b`, 'y');
const OPENING = '“‘"\'«([';
/** Closing quotes and brackets after a terminator. */
const CLOSERS = '”’"\'»)]';
/** A run of these ends a sentence (with its closers). */
const TERMINATORS = '.!?…';
/** What may sit between a terminator and the next word: a space, tab or no-break space. */
const BLANKS = ' \t\u00a0';
/** The longest word looked at before a period: longer words are never abbreviations. */
const MAX_ABBREV = 12;
/** The longest abbreviation listed. */
const LONGEST_ABBREV = Math.max(...[...TITLES, ...BEFORE_NUMBER, ...AMBIGUOUS].map((w) => w.length));

/**
 * Splits `text` into blocks and sentences. Returns both in article order; every offset is
 * trimmed of surrounding whitespace. Empty or whitespace-only text gives no blocks.
 */
export function splitSentences(text: string): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(text); m; m = BLOCK.exec(text)) {
    const start = m.index;
    const end = skipSpaceBack(text, start, start + m[0].length);
    splitBlock(text.slice(start, end), start, blocks.push({ start, end }) - 1, sentences);
  }
  return { blocks, sentences };
}

/** Adds the sentence `from..to` of `body` (trimmed; nothing when blank) to `out`. */
function pushSentence(body: string, offset: number, block: number, from: number, to: number, out: Sentence[]): void {
  const s = skipSpaceForward(body, from, to);
  const e = skipSpaceBack(body, s, to);
  if (e > s) out.push({ start: offset + s, end: offset + e, block });
}

// A module function, not a closure per block: a build that keeps function names (tsx) names each closure it makes.
function splitBlock(body: string, offset: number, block: number, out: Sentence[]): void {
  let sentStart = 0;
  TERMINATOR.lastIndex = 0;
  while (TERMINATOR.test(body)) {
    const at = TERMINATOR.lastIndex - 1;
    if (body.charCodeAt(at) === 10) {
      pushSentence(body, offset, block, sentStart, at, out);
      sentStart = at + 1;
      continue;
    }
    // The whole run of terminators and the closing quotes or brackets after it.
    let end = at + 1;
    while (end < body.length && TERMINATORS.includes(body[end]!)) end++;
    while (end < body.length && CLOSERS.includes(body[end]!)) end++;
    TERMINATOR.lastIndex = end;
    if (end < body.length && !isSpace(body.charCodeAt(end))) continue;
    if (endsSentence(body, sentStart, at, end)) {
      pushSentence(body, offset, block, sentStart, end, out);
      sentStart = end;
    }
  }
  pushSentence(body, offset, block, sentStart, body.length, out);
}

/** Decides whether the terminator run at `at` (with its closers, ending at `end`, followed by whitespace or the block end) ends a sentence. */
function endsSentence(body: string, sentStart: number, at: number, end: number): boolean {
  let j = end;
  while (j < body.length && BLANKS.includes(body[j]!)) j++;
  if (j >= body.length || body.charCodeAt(j) === 10 || body.charCodeAt(j) === 13) return true;
  const next = body[j]!;
  // An ellipsis after a period ("paycheck. … They") belongs to the sentence before it.
  if ('….!?'.includes(next)) return false;
  // An opening quote or bracket after a terminator starts a new sentence, whatever its case.
  if (OPENING.includes(next)) return true;
  // A lower-case continuation never starts a sentence: '"We will win." he said', "e.g. foo".
  if (isLower(next)) return false;
  const period = body.charCodeAt(at) === 46;
  const closed = CLOSERS.includes(body[end - 1]!);
  if (closed && !period) {
    SPEAKER_THEN_VERB.lastIndex = j;
    return !SPEAKER_THEN_VERB.test(body);
  }
  if (!period || (end - at > 1 && body.charCodeAt(at + 1) === 46) || closed) return true;

  const word = wordBefore(body, sentStart, at);
  // A word longer than any listed abbreviation, with no inner period, is an ordinary word.
  if (word === null || (word.length > LONGEST_ABBREV && !word.includes('.'))) return true;
  const lower = lowerCase(word);
  // A list label alone at the start of a sentence ("1. Finland") belongs to its item.
  if (word.length <= 4 && /^(?:\d{1,2}|[ivx]{1,4}|[a-z])$/i.test(word) && onlySpaceBetween(body, sentStart, at - word.length)) return false;
  if (titles.has(lower)) return false;
  const capital = word.length === 1 && word >= 'A' && word <= 'Z';
  if (isDigit(next.charCodeAt(0))) return !beforeNumber.has(lower) && !ambiguous.has(lower) && !capital;
  // A capital letter is an initial inside a name ("George W. Bush", "J. R. R. Tolkien"), but after a
  // lower-case word it is a thing's name ending the sentence ("vitamin D. Researchers found…").
  const isInitial = capital && !afterLowerCaseWord(body, sentStart, at - 1);
  if (isInitial || ambiguous.has(lower) || lower.includes('.') || beforeNumber.has(lower)) {
    return openers.has(lowerCase(nextWord(body, j)));
  }
  return true;
}

/** The word (letters and inner dots) just before the period at `at`, or null when there is none or it is too long to be an abbreviation. */
function wordBefore(body: string, sentStart: number, at: number): string | null {
  let k = at;
  const floor = Math.max(sentStart, at - MAX_ABBREV - 1);
  while (k > floor && isWordOrDot(body.charCodeAt(k - 1))) k--;
  if (k === at) return null;
  if (k === floor && k > sentStart && isWordOrDot(body.charCodeAt(k - 1))) return null;
  while (k < at && body.charCodeAt(k) === 46) k++;
  return k < at ? body.slice(k, at) : null;
}

/** The letters of the word starting at `j` (skipping one opening quote), at most 20 of them. */
function nextWord(body: string, j: number): string {
  const m = /[A-Za-z]{1,20}/y;
  m.lastIndex = OPENING.includes(body[j] ?? '') ? j + 1 : j;
  return m.exec(body)?.[0] ?? '';
}

/** Whether the word before offset `at` (the start of a one-letter word) begins with a lower-case letter; looks back over one word at most. */
function afterLowerCaseWord(body: string, sentStart: number, at: number): boolean {
  let k = at;
  while (k > sentStart && (body[k - 1] === ' ' || body[k - 1] === '\u00a0')) k--;
  let w = k;
  while (w > sentStart && k - w < 30 && isAsciiLetter(body.charCodeAt(w - 1))) w--;
  return w < k && isLower(body[w] ?? '');
}

function onlySpaceBetween(body: string, from: number, to: number): boolean {
  return skipSpaceBack(body, from, to) === from;
}

function isLower(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** An ASCII letter, digit or period. */
function isWordOrDot(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 46;
}

/** What `\s` and `String.prototype.trim` take for white space; the regex only for the rare non-ASCII character. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** The first offset in [from, to) that is not white space, or `to`. */
function skipSpaceForward(s: string, from: number, to: number): number {
  while (from < to && isSpace(s.charCodeAt(from))) from++;
  return from;
}

/** The end of [from, to) with trailing white space dropped. */
function skipSpaceBack(s: string, from: number, to: number): number {
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  return to;
}
