/**
 * Headline against body. Each number of the title is compared with the body's numbers
 * that count the same thing (sharing a word around the number: "3 key objectives" /
 * "three key objectives", "5 killed" / "at least three people were killed"):
 * "agrees" when one states the same quantity, "differs" when they only state another,
 * "absent" when the body never counts that thing. A title counting objectives also agrees
 * with the same number of objectives enumerated in the body. Each flat clause of the title
 * (no hedge, no quote, no question) whose words the body repeats only in hedged sentences
 * is "hedged-in-body". Linear: one pass over the body's numbers and one scan of its words.
 */
import { findNumbers } from './numbers';
import { findHedges } from './hedges';
import { escapeRegExp } from './word-trie';
import { lowerCase } from './lower-case';
import { isDigit } from './char-codes';
import { CLAUSE_SEPARATORS, OBJECTIVE_NOUNS, ORDINALS, STOPWORDS } from './lexicon/headline';
import type { HeadlineCheck, Hedge, NumberSpan, Objective, Sentence } from './types';

export interface HeadlineBody { text: string; sentences: Sentence[]; numbers: NumberSpan[]; hedges: Hedge[]; objectives: Objective[] }

const STOP = new Set(STOPWORDS);
const OBJECTIVES = new Set(OBJECTIVE_NOUNS);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const DIGIT_RE = /\p{N}/u;
const DIGIT_FIRST = /^\p{N}/u;
/** Punctuation that ends the phrase around a number. */
const PHRASE_END = /[,;:.!?()"“”|]|\s[-–—]\s/;
const ENUMERATED = new RegExp(`^\\s*(?:(?:the|and|a)\\s+)?(?:${ORDINALS.join('|')})\\b|^\\s*\\d{1,2}[.)]\\s`, 'i');
const QUOTED_OR_ASKED = /["“”?]|(?:^|\s)[‘']/;
const ASCII_STEM = /^[a-z][a-z'’-]*$/;
const TIME_KINDS = new Set(['date', 'year']);

/**
 * Crude English stem so "killed"/"kills" and "objectives"/"objective" meet: a possessive "'s",
 * then one ending of "-ies" (as "-y"), "-ing", "-ed", "-es", "-s", "-e" off a word of five letters
 * or more. By hand: a regex replace per word costs more than the headline check's other work.
 */
export function stem(word: string): string {
  let w = lowerCase(word);
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  const cut = w.endsWith('ing') ? 3 : w.endsWith('ed') || w.endsWith('es') ? 2 : w.endsWith('s') || w.endsWith('e') ? 1 : 0;
  return cut ? w.slice(0, -cut) : w;
}

/** Not a function word, and not starting with a digit: a word that says what a number counts. */
const isContent = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return !STOP.has(lowerCase(w)) && (c < 128 ? !isDigit(c) : !DIGIT_FIRST.test(w));
};

interface Phrase { words: string[]; stems: Set<string>; after: Set<string>; text: string; end: number }

/** The words around number `n` within [from, to): the phrase a reader sees ("three key objectives") and its stems. */
function phraseAround(text: string, n: NumberSpan, from: number, to: number): Phrase {
  const afterText = text.slice(n.end, Math.min(to, n.end + 80));
  const afterMatches = [...afterText.split(PHRASE_END)[0]!.matchAll(WORD_RE)].slice(0, 4);
  const words = afterMatches.map((m) => m[0]);
  const before = (text.slice(Math.max(from, n.start - 50), n.start).split(PHRASE_END).at(-1)!.match(WORD_RE) ?? []).slice(-2);
  const after = new Set(words.filter(isContent).map(stem));
  const stems = new Set([...after, ...before.filter(isContent).map(stem)]);
  // Shown text: the number and what it counts, up to the first function word ("3 key objectives").
  let end = n.end;
  for (const m of afterMatches.slice(0, 3)) {
    if (STOP.has(m[0].toLowerCase())) break;
    end = n.end + m.index! + m[0].length;
  }
  return { words, stems, after, text: text.slice(n.start, end), end };
}

/** True when the two numbers state the same quantity, allowing ranges and a headline's rounding. */
export function sameQuantity(t: NumberSpan, b: NumberSpan): boolean {
  if (t.value === null || b.value === null) return t.text.trim().toLowerCase() === b.text.trim().toLowerCase();
  if (t.value === b.value) return true;
  if (Math.max(t.low ?? t.value, b.low ?? b.value) <= Math.min(t.value, b.value)) return true;
  // Small whole counts ("5 killed" / "three") must match exactly; big or decimal figures may be rounded.
  if (Number.isInteger(t.value) && Number.isInteger(b.value) && Math.abs(t.value) < 100) return false;
  return Math.abs(t.value - b.value) / Math.max(Math.abs(t.value), Math.abs(b.value)) <= 0.05;
}

/** Whether two numbers measure the same kind of thing (both money in one currency, both percent, both counts…). */
function comparable(t: NumberSpan, b: NumberSpan): boolean {
  return sortOf(t) === sortOf(b) && (sortOf(t) === 'time' || !(t.unit && b.unit && t.unit !== b.unit));
}

function sortOf(n: NumberSpan): string {
  return TIME_KINDS.has(n.kind) ? 'time' : n.kind === 'money' || n.kind === 'percent' ? n.kind : '';
}

/** Where the title's words start words of the body, in text order: [offset, stem found there]. */
type Hits = Array<[number, string]>;

/** Content-word stems of `s`: what two texts must share to be about the same thing. */
function contentStems(s: string): Set<string> {
  // Longer "words" are not words (URLs, garbage), and a headline has far fewer than 60.
  const words = (s.match(WORD_RE) ?? []).filter((w) => isContent(w) && !DIGIT_RE.test(w) && w.length > 2 && w.length <= 30);
  return new Set(words.slice(0, 60).map(stem));
}

/** Finds the title's words in the body within [from, to). */
type HitFinder = (from: number, to: number) => Hits;

/**
 * A finder of the title's `stems` in `text`, as word starts ("russia" finds "Russian"; where several
 * start one word, the title's first; the hit takes the rest of the word's letters): ASCII stems by
 * one regex, the rare others by a Unicode-aware one, each compiled once per title and run over the
 * stretches asked for. A stretch is scanned from the white space before it, where no hit of a scan
 * of the whole text can be under way, so its hits are the whole scan's. With no white space close
 * before it, or once the stretches add up to the text's length, the whole text is scanned once and
 * its hits are reused: linear time on any input.
 */
function hitFinder(text: string, stems: Set<string>): HitFinder {
  const ascii = [...stems].filter((w) => ASCII_STEM.test(w));
  const other = [...stems].filter((w) => !ASCII_STEM.test(w));
  /** Room past a stretch for a word starting in it: what runs past the room starts past the stretch. */
  const room = 2 * Math.max(0, ...[...stems].map((w) => w.length));
  const res = [
    // ASCII stems hold letters, apostrophes and hyphens only: nothing to escape.
    ascii.length && new RegExp(`\\b(${ascii.join('|')})[a-z]*`, 'gi'),
    other.length && new RegExp(`(?<![\\p{L}\\p{N}])(${other.map(escapeRegExp).join('|')})\\p{L}*`, 'giu'),
  ];
  /**
   * The hits in text[at, to), and maybe a few just past it, sorted by offset. The stretch alone:
   * it starts at white space (or the text's start), so \b and the look-behind read the same.
   */
  const scan = (at: number, to: number): Hits => {
    const part = text.slice(at, to + room);
    const hits: Hits = [];
    // exec, not matchAll, which copies the regex on every call.
    for (const re of res) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) hits.push([at + m.index, lowerCase(m[1]!)]);
    }
    return other.length && ascii.length ? hits.sort((x, y) => x[0] - y[0]) : hits;
  };
  let all: Hits | undefined;
  // Stretches may overlap or come again (numbers close together, a body number for each title number):
  // from the text's length of them on (a stretch of it all included), one pass over it all serves.
  let budget = text.length;
  return (from, to) => {
    let at = Math.max(0, from);
    while (at > 0 && at > from - 64 && text.charCodeAt(at) > 32) at--;
    budget -= to - at;
    const hits = budget <= 0 || (at > 0 && text.charCodeAt(at) > 32) ? (all ??= scan(0, text.length)) : scan(at, to);
    let lo = 0, hi = hits.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid]![0] < from) lo = mid + 1; else hi = mid; }
    for (hi = lo; hi < hits.length && hits[hi]![0] < to;) hi++;
    return hits.slice(lo, hi);
  };
}

interface Match { n: NumberSpan; p: Phrase; score: number }

function checkNumber(title: string, t: NumberSpan, clause: Sentence, body: HeadlineBody, hits: HitFinder): HeadlineCheck {
  const tp = phraseAround(title, t, clause.start, clause.end);
  const counted = tp.after.size > 0 ? tp.after : tp.stems;
  let agree: Match | undefined, differ: Match | undefined, sameValueAnywhere: NumberSpan | undefined;
  const unitBound = t.kind === 'money' || t.kind === 'percent' || TIME_KINDS.has(t.kind);
  for (const b of body.numbers) {
    if (!comparable(t, b)) continue;
    const same = sameQuantity(t, b);
    if (same && (unitBound || (t.unit !== null && t.unit === b.unit))) sameValueAnywhere ??= b;
    if (!hits(b.start - 50, b.end + 80).some(([, w]) => counted.has(w))) continue;
    const s = body.sentences[b.sentence];
    const p = phraseAround(body.text, b, s?.start ?? 0, s?.end ?? body.text.length);
    // What is counted must meet: a word after the title's number among the body number's words.
    let score = 0;
    for (const w of counted) if (p.stems.has(w)) score++;
    if (score === 0) continue;
    if (score > ((same ? agree : differ)?.score ?? 0)) {
      if (same) agree = { n: b, p, score }; else differ = { n: b, p, score };
    }
    // Every counted word met at the same value: nothing later can agree better.
    if (agree && agree.score >= counted.size) break;
  }
  const item = (status: HeadlineCheck['status'], found?: Match): HeadlineCheck =>
    ({ text: tp.text, kind: 'number', status, ...(found && { body: found.p.text, bodyStart: found.n.start, bodyEnd: found.p.end }) });
  if (agree) return item('agrees', agree);
  // "3 key objectives" against the body's enumeration ("The first is to… The second…"):
  // only enumerated objectives count, since a loose "plans to" is not one of the three.
  const countsObjectives = tp.words.some((w) => OBJECTIVES.has(w.toLowerCase()));
  const enumerated = countsObjectives ? body.objectives.filter((o) => ENUMERATED.test(o.text)).length : 0;
  if (enumerated >= 2 && t.value !== null) {
    return { ...item(enumerated === t.value ? 'agrees' : 'differs'), body: `${enumerated} enumerated in the body` };
  }
  if (differ) return item('differs', differ);
  if (sameValueAnywhere) return { ...item('agrees'), body: sameValueAnywhere.text, bodyStart: sameValueAnywhere.start, bodyEnd: sameValueAnywhere.end };
  return item('absent');
}

/** The title's clauses ("A: B", "A; B", "A - B", a subtitle line), as sentences of the title. */
function clausesOf(title: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  CLAUSE_SEPARATORS.lastIndex = 0;
  // exec, not matchAll: that copies the regex on every call. No separator matches empty.
  for (let m = CLAUSE_SEPARATORS.exec(title); ; m = CLAUSE_SEPARATORS.exec(title)) {
    const at = m ? m.index : title.length;
    if (at > start) out.push({ start, end: at, block: 0 });
    if (!m) return out;
    start = at + m[0].length;
  }
}

/**
 * A flat title clause whose words (at least 60% of them, and three) the body repeats in a hedged
 * sentence and in no unhedged one: the hedged sentence repeating the most, as a check; else undefined.
 * `known`: the clause's content stems when the caller has them already.
 */
function checkClause(clause: string, body: HeadlineBody, hits: HitFinder, known?: Set<string>): HeadlineCheck | undefined {
  if (QUOTED_OR_ASKED.test(clause)) return undefined;
  const stems = known ?? contentStems(clause);
  if (stems.size < 3) return undefined;
  const need = Math.max(3, Math.ceil(stems.size * 0.6));
  const repeated = (s: Sentence): number => new Set(hits(s.start, s.end).map(([, w]) => w).filter((w) => stems.has(w))).size;
  const hedged = new Set(body.hedges.map((h) => h.sentence));
  let best: Sentence | undefined;
  let most = need - 1;
  // The few hedged sentences first; only a clause one of them repeats needs the whole body read.
  for (const i of [...hedged].sort((a, b) => a - b)) {
    const s = body.sentences[i];
    const n = s ? repeated(s) : 0;
    if (n > most) { best = s; most = n; }
  }
  if (!best) return undefined;
  // Every sentence next: one scan of the whole body, which the finder keeps, serves them all.
  hits(0, body.text.length);
  if (body.sentences.some((s, i) => !hedged.has(i) && repeated(s) >= need)) return undefined;
  return { text: clause.trim(), status: 'hedged-in-body', kind: 'claim', body: body.text.slice(best.start, best.end), bodyStart: best.start, bodyEnd: best.end };
}

/**
 * Compares the headline (title, and a subtitle on its own line) with the body: one item per
 * number of the title (CONTRACT §1 `headline`), then one per flat title clause that the body
 * states only with a hedge. Empty title: no items. Never throws on odd input.
 */
export function checkHeadline(title: string, body: HeadlineBody): HeadlineCheck[] {
  if (!title.trim()) return [];
  const clauses = clausesOf(title);
  const titleStems = contentStems(title);
  const hits = hitFinder(body.text, titleStems);
  const out = findNumbers(title, clauses).map((t) => checkNumber(title, t, clauses[t.sentence] ?? { start: 0, end: title.length, block: 0 }, body, hits));
  const titleHedges = new Set(findHedges(title, clauses).map((h) => h.sentence));
  clauses.forEach((c, i) => {
    // A lone clause has the title's words (separators hold none), so its stems are the title's.
    const item = titleHedges.has(i) ? undefined : checkClause(title.slice(c.start, c.end), body, hits, clauses.length > 1 ? undefined : titleStems);
    if (item) out.push(item);
  });
  return out;
}
