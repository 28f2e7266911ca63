/**
 * Headline against body. Each number of the title is compared with the body's numbers
 * that count the same thing (sharing a word around the number: "3 key objectives" /
 * "three key objectives", "5 killed" / "at least three people were killed"):
 * "agrees" when one states the same quantity, "differs" when they only state another,
 * "absent" when the body never counts that thing. A title counting objectives also agrees
 * with the same number of objectives enumerated in the body. Each flat clause of the title
 * (no hedge, no quote, no question) whose words the body repeats only in hedged sentences
 * is "hedged-in-body". Linear: one pass over the body's numbers and one regex pass over its text.
 */
import { findNumbers } from './numbers';
import { findHedges } from './hedges';
import { escapeRegExp } from './word-trie';
import { CLAUSE_SEPARATORS, OBJECTIVE_NOUNS, ORDINALS, STOPWORDS } from './lexicon/headline';
import type { HeadlineCheck, Hedge, NumberSpan, Objective, Sentence } from './types';

export interface HeadlineBody { text: string; sentences: Sentence[]; numbers: NumberSpan[]; hedges: Hedge[]; objectives: Objective[] }

const STOP = new Set(STOPWORDS);
const OBJECTIVES = new Set(OBJECTIVE_NOUNS);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Punctuation that ends the phrase around a number. */
const PHRASE_END = /[,;:.!?()"“”|]|\s[-–—]\s/;
const ENUMERATED = new RegExp(`^\\s*(?:(?:the|and|a)\\s+)?(?:${ORDINALS.join('|')})\\b|^\\s*\\d{1,2}[.)]\\s`, 'i');
const QUOTED_OR_ASKED = /["“”?]|(?:^|\s)[‘']/;
/** Words either side of a number that say what it counts. */
const AFTER_WORDS = 4;
const BEFORE_WORDS = 2;
/** Longer "words" are not words (URLs, garbage), and a headline has far fewer than this many. */
const MAX_WORD = 30;
const MAX_STEMS = 60;

/** Crude English stem so "killed"/"kills" and "objectives"/"objective" meet. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 4) return w;
  return w.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s|e)$/, '');
}

interface Phrase { words: string[]; stems: Set<string>; after: Set<string>; text: string; end: number }

/** The words around number `n` within its clause: the phrase a reader sees ("three key objectives") and its stems. */
function phraseAround(text: string, n: NumberSpan, from: number, to: number): Phrase {
  const afterText = text.slice(n.end, Math.min(to, n.end + 80));
  const cutAfter = afterText.search(PHRASE_END);
  const afterMatches = [...(cutAfter < 0 ? afterText : afterText.slice(0, cutAfter)).matchAll(WORD_RE)].slice(0, AFTER_WORDS);
  const afterWords = afterMatches.map((m) => m[0]);
  const beforeText = text.slice(Math.max(from, n.start - 50), n.start);
  const beforeParts = beforeText.split(PHRASE_END);
  const beforeWords = (beforeParts[beforeParts.length - 1]?.match(WORD_RE) ?? []).slice(-BEFORE_WORDS);
  const content = (w: string): boolean => !STOP.has(w.toLowerCase()) && !/^\p{N}/u.test(w);
  const after = new Set(afterWords.filter(content).map(stem));
  const stems = new Set([...after, ...beforeWords.filter(content).map(stem)]);
  // Shown text: the number and what it counts, up to the first function word ("3 key objectives").
  let end = n.end;
  for (const m of afterMatches.slice(0, 3)) {
    if (STOP.has(m[0].toLowerCase())) break;
    end = n.end + (m.index ?? 0) + m[0].length;
  }
  return { words: afterWords, stems, after, text: text.slice(n.start, end), end };
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** True when the two numbers state the same quantity, allowing ranges and a headline's rounding. */
export function sameQuantity(t: NumberSpan, b: NumberSpan): boolean {
  if (t.value === null || b.value === null) return t.text.trim().toLowerCase() === b.text.trim().toLowerCase();
  if (t.value === b.value) return true;
  const bLow = b.low ?? b.value, tLow = t.low ?? t.value;
  if (Math.max(tLow, bLow) <= Math.min(t.value, b.value)) return true;
  // Small whole counts ("5 killed" / "three") must match exactly; big or decimal figures may be rounded.
  if (Number.isInteger(t.value) && Number.isInteger(b.value) && Math.abs(t.value) < 100) return false;
  return Math.abs(t.value - b.value) / Math.max(Math.abs(t.value), Math.abs(b.value)) <= 0.05;
}

const TIME_KINDS = new Set(['date', 'year']);

/** Whether two numbers measure the same kind of thing (both money in one currency, both percent, both counts…). */
function comparable(t: NumberSpan, b: NumberSpan): boolean {
  if (TIME_KINDS.has(t.kind) || TIME_KINDS.has(b.kind)) return TIME_KINDS.has(t.kind) && TIME_KINDS.has(b.kind);
  const special = (n: NumberSpan): string => (n.kind === 'money' || n.kind === 'percent' ? n.kind : 'quantity');
  if (special(t) !== special(b)) return false;
  return !(t.unit && b.unit && t.unit !== b.unit);
}

/** Where the title's words occur in the body: offsets (ascending) and the stem found at each. */
interface Hits { pos: number[]; stem: string[] }

/** Content-word stems of `s`: what two texts must share to be about the same thing. */
function contentStems(s: string): Set<string> {
  const words = (s.match(WORD_RE) ?? []).filter((w) => !STOP.has(w.toLowerCase()) && !/\p{N}/u.test(w) && w.length > 2 && w.length <= MAX_WORD);
  return new Set(words.slice(0, MAX_STEMS).map(stem));
}

/**
 * One regex pass over the body for all `stems` (as word starts: "russia" finds "Russian"), or over
 * `ranges` of it only. A range must start after and end before white space (or at the text's
 * ends): no match spans white space, so there a scan of the whole text is never inside a match,
 * and the range's hits are the same as the whole scan's.
 */
function findHits(text: string, stems: Set<string>, ranges: number[][] = [[0, text.length]]): Hits {
  const hits: Hits = { pos: [], stem: [] };
  const ascii = [...stems].filter((w) => /^[a-z][a-z'’-]*$/.test(w));
  const other = [...stems].filter((w) => !/^[a-z][a-z'’-]*$/.test(w));
  // ASCII words get a plain \b regex (fast); others need Unicode-aware boundaries.
  const patterns: RegExp[] = [];
  if (ascii.length) patterns.push(new RegExp(`\\b(${ascii.map(escapeRegExp).join('|')})[a-z]*`, 'gi'));
  if (other.length) patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(${other.map(escapeRegExp).join('|')})\\p{L}*`, 'giu'));
  const found: [number, string][] = [];
  for (const [from = 0, to] of ranges) {
    const part = text.slice(from, to);
    for (const re of patterns) {
      for (let m = re.exec(part); m; m = re.exec(part)) found.push([from + m.index, m[1]!.toLowerCase()]);
    }
  }
  if (patterns.length > 1) found.sort((a, b) => a[0] - b[0]);
  for (const [p, w] of found) { hits.pos.push(p); hits.stem.push(w); }
  return hits;
}

/** True when one of `stems` occurs in the body within [from, to). */
function hitNear(hits: Hits, stems: Set<string>, from: number, to: number): boolean {
  let lo = 0, hi = hits.pos.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits.pos[mid]! < from) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < hits.pos.length && hits.pos[k]! < to; k++) if (stems.has(hits.stem[k]!)) return true;
  return false;
}

function checkNumber(title: string, t: NumberSpan, clause: { start: number; end: number }, body: HeadlineBody, hits: Hits): HeadlineCheck {
  const tp = phraseAround(title, t, clause.start, clause.end);
  const counted = tp.after.size > 0 ? tp.after : tp.stems;
  let agree: { n: NumberSpan; p: Phrase; score: number } | undefined;
  let differ: { n: NumberSpan; p: Phrase; score: number } | undefined;
  let sameValueAnywhere: NumberSpan | undefined;
  for (const b of body.numbers) {
    if (!comparable(t, b)) continue;
    const same = sameQuantity(t, b);
    const unitBound = t.kind === 'money' || t.kind === 'percent' || TIME_KINDS.has(t.kind) || (t.unit !== null && t.unit === b.unit);
    if (same && unitBound && !sameValueAnywhere) sameValueAnywhere = b;
    if (!hitNear(hits, counted, b.start - 50, b.end + 80)) continue;
    const s = body.sentences[b.sentence];
    const p = phraseAround(body.text, b, s?.start ?? 0, s?.end ?? body.text.length);
    // What is counted must meet: a word after the title's number among the body number's words.
    const score = overlap(counted, p.stems);
    if (score === 0) continue;
    const slot = same ? agree : differ;
    if (!slot || score > slot.score) {
      if (same) agree = { n: b, p, score }; else differ = { n: b, p, score };
    }
    // Every counted word met at the same value: nothing later can agree better.
    if (agree && agree.score >= counted.size) break;
  }
  const base = { text: tp.text, kind: 'number' as const };
  const at = (n: NumberSpan, p: Phrase): Pick<HeadlineCheck, 'body' | 'bodyStart' | 'bodyEnd'> =>
    ({ body: p.text, bodyStart: n.start, bodyEnd: p.end });
  if (agree) return { ...base, status: 'agrees', ...at(agree.n, agree.p) };
  // "3 key objectives" against the body's enumeration ("The first is to… The second…"):
  // only enumerated objectives count, since a loose "plans to" is not one of the three.
  const countsObjectives = tp.words.some((w) => OBJECTIVES.has(w.toLowerCase()));
  const enumerated = countsObjectives ? body.objectives.filter((o) => ENUMERATED.test(o.text)) : [];
  if (enumerated.length >= 2 && t.value !== null) {
    const listed = `${enumerated.length} enumerated in the body`;
    return { ...base, status: enumerated.length === t.value ? 'agrees' : 'differs', body: listed };
  }
  if (differ) return { ...base, status: 'differs', ...at(differ.n, differ.p) };
  if (sameValueAnywhere) return { ...base, status: 'agrees', body: sameValueAnywhere.text, bodyStart: sameValueAnywhere.start, bodyEnd: sameValueAnywhere.end };
  return { ...base, status: 'absent' };
}

/** The title's clauses ("A: B", "A; B", "A - B"), with offsets into the title. */
function clausesOf(title: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const sep = new RegExp(CLAUSE_SEPARATORS.source + '|\\n', 'g');
  let start = 0;
  for (let m = sep.exec(title); ; m = sep.exec(title)) {
    const end = m ? m.index : title.length;
    if (end > start) out.push({ start, end });
    if (!m) break;
    if (m[0].length === 0) { sep.lastIndex++; continue; }
    start = m.index + m[0].length;
  }
  return out;
}

/** A flat title clause that the body only repeats in hedged sentences, or undefined. */
function checkClause(clause: string, body: HeadlineBody, hedgedHits: () => Hits, allHits: () => Hits): HeadlineCheck | undefined {
  if (QUOTED_OR_ASKED.test(clause)) return undefined;
  const stems = contentStems(clause);
  if (stems.size < 3) return undefined;
  const need = Math.max(3, Math.ceil(stems.size * 0.6));
  // Only a clause some hedged sentence repeats can be reported: those few sentences first, the whole body only then.
  const hedged = repeats(clause, stems, need, body, hedgedHits());
  return hedged && repeats(clause, stems, need, body, allHits());
}

/** The hedged sentence of `hits` repeating the most of `stems` (at least `need`), as a check; undefined if none, or if an unhedged one does. */
function repeats(clause: string, stems: Set<string>, need: number, body: HeadlineBody, hits: Hits): HeadlineCheck | undefined {
  const hedged = new Set(body.hedges.map((h) => h.sentence));
  let s = 0;
  let seen = new Set<string>();
  let best: { sentence: number; count: number } | undefined;
  let flat = false;
  const close = (): void => {
    if (seen.size >= need) {
      if (!hedged.has(s)) flat = true;
      else if (!best || seen.size > best.count) best = { sentence: s, count: seen.size };
    }
    seen = new Set();
  };
  for (let k = 0; k < hits.pos.length && !flat; k++) {
    const at = hits.pos[k]!;
    while (s < body.sentences.length && body.sentences[s]!.end <= at) { close(); s++; }
    if (s >= body.sentences.length) break;
    const w = hits.stem[k]!;
    if (body.sentences[s]!.start <= at && stems.has(w)) seen.add(w);
  }
  if (!flat && s < body.sentences.length) close();
  if (flat || !best) return undefined;
  const sentence = body.sentences[best.sentence]!;
  return { text: clause.trim(), status: 'hedged-in-body', kind: 'claim', body: body.text.slice(sentence.start, sentence.end), bodyStart: sentence.start, bodyEnd: sentence.end };
}

/** The spans of the hedged sentences, or undefined when one does not start after and end before white space. */
function hedgedRanges(body: HeadlineBody): number[][] | undefined {
  const spaced = (i: number): boolean => /\s/.test(body.text[i] ?? ' ');
  const ranges: number[][] = [];
  for (const i of [...new Set(body.hedges.map((h) => h.sentence))].sort((a, b) => a - b)) {
    const s = body.sentences[i];
    if (!s || !spaced(s.start - 1) || !spaced(s.end)) return undefined;
    ranges.push([s.start, s.end]);
  }
  return ranges;
}

/**
 * Compares the headline (title, and a subtitle on its own line) with the body: one item per
 * number of the title (CONTRACT §1 `headline`), then one per flat title clause that the body
 * states only with a hedge. Empty title: no items. Never throws on odd input.
 */
export function checkHeadline(title: string, body: HeadlineBody): HeadlineCheck[] {
  if (!title.trim()) return [];
  const clauses = clausesOf(title);
  const lines: Sentence[] = clauses.map((c) => ({ start: c.start, end: c.end, block: 0 }));
  const out: HeadlineCheck[] = [];
  const stems = contentStems(title);
  let all: Hits | undefined, hedged: Hits | undefined;
  const allHits = (): Hits => (all ??= findHits(body.text, stems));
  const hedgedHits = (): Hits => {
    const ranges = hedgedRanges(body);
    return (hedged ??= all ?? (ranges ? findHits(body.text, stems, ranges) : allHits()));
  };
  for (const t of findNumbers(title, lines)) {
    const clause = clauses[t.sentence] ?? { start: 0, end: title.length };
    out.push(checkNumber(title, t, clause, body, allHits()));
  }
  const titleHedges = findHedges(title, lines);
  clauses.forEach((c, i) => {
    if (titleHedges.some((h) => h.sentence === i)) return;
    const item = checkClause(title.slice(c.start, c.end), body, hedgedHits, allHits);
    if (item) out.push(item);
  });
  return out;
}
