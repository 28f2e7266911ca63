/**
 * Splits article text into blocks (paragraphs, separated by blank lines) and sentences.
 * Sentences never cross a block, and a single line break inside a block (a heading, a
 * `<br>` line) also ends a sentence. Work goes block by block with one forward regex pass
 * and bounded look-back, so time is linear: Intl.Segmenter is quadratic on long strings.
 */
import { AMBIGUOUS, BEFORE_NUMBER, SENTENCE_OPENERS, SPEECH_VERBS, TITLES } from './lexicon/abbreviations';
import type { Block, Sentence } from './types';

const titles = new Set(TITLES);
const beforeNumber = new Set(BEFORE_NUMBER);
const ambiguous = new Set(AMBIGUOUS);
const openers = new Set(SENTENCE_OPENERS);

/** A run of terminators with the closing quotes/brackets after it, or a line break. Always consumes the whole run, so no backtracking. */
const CANDIDATE = /[.!?…]+[”’"'»)\]]*|\n/g;
const CLOSERS = /[”’"'»)\]]$/;
/** A speaker and a speech verb right after a quote: '"Why now?" Forte asked.' Bounded: at most four name words. */
const SPEAKER_THEN_VERB = new RegExp(`(?:[A-Z][\\w.’'-]*\\s+){1,4}(?:${SPEECH_VERBS.join('|')})\\b`, 'y');
const OPENING = '“‘"\'«([';
/** The longest word looked at before a period: longer words are never abbreviations. */
const MAX_ABBREV = 12;

/**
 * Splits `text` into blocks and sentences. Returns both in article order; every offset is
 * trimmed of surrounding whitespace. Empty or whitespace-only text gives no blocks.
 */
export function splitSentences(text: string): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const [start, end] of findBlocks(text)) {
    const b = blocks.push({ start, end }) - 1;
    splitBlock(text.slice(start, end), start, b, sentences);
  }
  return { blocks, sentences };
}

/** Paragraph extents: runs of lines with no blank (whitespace-only) line between them, trimmed. */
function findBlocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let blockStart = -1;
  let blockEnd = -1;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const lead = line.length - line.trimStart().length;
    if (lead === line.length) {
      if (blockStart >= 0) out.push([blockStart, blockEnd]);
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = pos + lead;
      blockEnd = pos + line.trimEnd().length;
    }
    pos = nl + 1;
  }
  if (blockStart >= 0) out.push([blockStart, blockEnd]);
  return out;
}

function splitBlock(body: string, offset: number, block: number, out: Sentence[]): void {
  let sentStart = 0;
  const push = (end: number): void => {
    const raw = body.slice(sentStart, end);
    const s = sentStart + (raw.length - raw.trimStart().length);
    const e = sentStart + raw.trimEnd().length;
    if (e > s) out.push({ start: offset + s, end: offset + e, block });
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(body); m; m = CANDIDATE.exec(body)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[0] === '\n') {
      push(at);
      sentStart = end;
      continue;
    }
    if (end < body.length && !/\s/.test(body[end] ?? '')) continue;
    if (endsSentence(body, sentStart, at, m[0], end)) {
      push(end);
      sentStart = end;
    }
  }
  push(body.length);
}

/** Decides whether the terminator run `term` at `at` (ending at `end`, followed by whitespace or the block end) ends a sentence. */
function endsSentence(body: string, sentStart: number, at: number, term: string, end: number): boolean {
  let j = end;
  while (j < body.length && (body[j] === ' ' || body[j] === '\t' || body[j] === '\u00a0')) j++;
  if (j >= body.length || body[j] === '\n' || body[j] === '\r') return true;
  const next = body[j] ?? '';
  // An ellipsis after a period ("paycheck. … They") belongs to the sentence before it.
  if ('….!?'.includes(next)) return false;
  // An opening quote or bracket after a terminator starts a new sentence, whatever its case.
  if (OPENING.includes(next)) return true;
  // A lower-case continuation never starts a sentence: '"We will win." he said', "e.g. foo".
  if (isLower(next)) return false;
  if (CLOSERS.test(term) && term[0] !== '.') {
    SPEAKER_THEN_VERB.lastIndex = j;
    return !SPEAKER_THEN_VERB.test(body);
  }
  if (term[0] !== '.' || term.startsWith('..') || CLOSERS.test(term)) return true;

  const word = wordBefore(body, sentStart, at);
  if (word === null) return true;
  const lower = word.toLowerCase();
  // A list label alone at the start of a sentence ("1. Finland") belongs to its item.
  if (/^(?:\d{1,2}|[ivx]{1,4}|[a-z])$/i.test(word) && onlySpaceBetween(body, sentStart, at - word.length)) return false;
  if (titles.has(lower)) return false;
  if (isDigit(next)) return !beforeNumber.has(lower) && !ambiguous.has(lower) && !/^[A-Z]$/.test(word);
  // A capital letter is an initial inside a name ("George W. Bush", "J. R. R. Tolkien"), but after a
  // lower-case word it is a thing's name ending the sentence ("vitamin D. Researchers found…").
  const isInitial = /^[A-Z]$/.test(word) && !afterLowerCaseWord(body, sentStart, at - 1);
  if (isInitial || ambiguous.has(lower) || lower.includes('.') || beforeNumber.has(lower)) {
    return openers.has(nextWord(body, j).toLowerCase());
  }
  return true;
}

/** The word (letters and inner dots) just before the period at `at`, or null when there is none or it is too long to be an abbreviation. */
function wordBefore(body: string, sentStart: number, at: number): string | null {
  let k = at;
  const floor = Math.max(sentStart, at - MAX_ABBREV - 1);
  while (k > floor && /[A-Za-z0-9.]/.test(body[k - 1] ?? '')) k--;
  if (k === at) return null;
  if (k === floor && k > sentStart && /[A-Za-z0-9.]/.test(body[k - 1] ?? '')) return null;
  const word = body.slice(k, at).replace(/^\.+/, '');
  return word || null;
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
  while (w > sentStart && k - w < 30 && /[A-Za-z]/.test(body[w - 1] ?? '')) w--;
  return w < k && isLower(body[w] ?? '');
}

function onlySpaceBetween(body: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && /\s/.test(body[k - 1] ?? '')) k--;
  return k === from;
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
