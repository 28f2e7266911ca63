/**
 * Matching rules of the corpus test: how an analysis is compared with a page's gold.json.
 * Written out in test/corpus/README.md; keep the two in step.
 */
import type { Analysis } from '../../src/analysis/types';

export interface Gold {
  title: string;
  numbers: string[];
  attributions: Array<{ source: string | null; cue: string; sentence_start: string; refers_to?: string }>;
  sources: string[];
  objectives: string[];
}

/** True positives, and the sizes of the predicted and gold sets; `missed` and `extra` say which, for reading a page's errors. */
export interface Count { tp: number; predicted: number; gold: number; missed?: string[]; extra?: string[] }

export const KINDS = ['numbers', 'attributions', 'sources', 'objectives'] as const;
export type Kind = (typeof KINDS)[number];

/** Lower case, curly quotes straightened, no-break spaces as spaces, whitespace runs collapsed. */
export function normalize(s: string): string {
  return fold(s).replace(/\s+/g, ' ').trim();
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\u00a0/g, ' ');
}

/** The normalized text with, for each of its characters, the offset in the original. */
function normalizedWithMap(text: string): { norm: string; map: number[] } {
  const folded = fold(text);
  const map: number[] = [];
  let norm = '';
  let space = true;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] ?? '';
    if (/\s/.test(c)) {
      if (!space) { norm += ' '; map.push(i); }
      space = true;
    } else {
      norm += c;
      map.push(i);
      space = false;
    }
  }
  return { norm, map };
}

/** Offsets in `text` where `needle` starts, compared normalized. */
function locate(index: { norm: string; map: number[] }, needle: string): number[] {
  const n = normalize(needle);
  if (!n) return [];
  const out: number[] = [];
  for (let at = index.norm.indexOf(n); at >= 0; at = index.norm.indexOf(n, at + 1)) out.push(index.map[at] ?? 0);
  return out;
}

/** Numbers: multisets of span strings, normalized. */
export function matchNumbers(a: Analysis, gold: Gold): Count {
  const left = new Map<string, number>();
  for (const g of gold.numbers) left.set(normalize(g), (left.get(normalize(g)) ?? 0) + 1);
  let tp = 0;
  const extra: string[] = [];
  for (const n of a.numbers) {
    const k = normalize(n.text);
    const have = left.get(k) ?? 0;
    if (have > 0) { tp++; left.set(k, have - 1); } else extra.push(n.text);
  }
  const missed = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { tp, predicted: a.numbers.length, gold: gold.numbers.length, missed, extra };
}

const NAME_NOISE = /^(?:the|a|an) |'s?$|[^\p{L}\p{N}' ]+/gu;

/** Loose name match: equal, one inside the other at word boundaries, or the same last word (a surname). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = normalize(a).replace(NAME_NOISE, ' ').replace(/\s+/g, ' ').trim();
  const y = normalize(b).replace(NAME_NOISE, ' ').replace(/\s+/g, ' ').trim();
  if (!x || !y) return false;
  if (x === y) return true;
  if ((` ${x} `.includes(` ${y} `) && named(y)) || (` ${y} `.includes(` ${x} `) && named(x))) return true;
  const lx = x.split(' ').pop() ?? '';
  return lx.length >= 3 && lx === y.split(' ').pop();
}

/** Words that never name anyone alone: a name found inside another must hold some other word ("new" is not "the new 'dot plot'"). */
const MODIFIERS = new Set('new other others some many few several former senior top another one two more most all its their his her'.split(' '));
const named = (name: string): boolean => name.split(' ').some((w) => !MODIFIERS.has(w));

/** Cues match when equal or when one ends with the other ("has called" / "called", "it is noted" / "noted"). */
export function sameCue(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/**
 * Attributions: a gold entry matches a predicted one with the same cue (loosely), a loosely
 * matching source (null only with null; the gold surface form or its antecedent against the
 * predicted source or mention), starting inside the sentence that opens with `sentence_start`
 * (to the end of the paragraph when that sentence opens a quotation); failing that, anywhere
 * after it in its paragraph. One-to-one, greedy.
 */
export function matchAttributions(a: Analysis, gold: Gold): Count {
  const index = normalizedWithMap(a.text);
  const used = new Set<number>();
  let tp = 0;
  const missed: string[] = [];
  for (const g of gold.attributions) {
    const places = locate(index, g.sentence_start);
    const within = (regions: Array<[number, number]>): number => a.attributions.findIndex((p, i) =>
      !used.has(i) && sameCue(g.cue, p.cue) && sameSource(g, p) && regions.some(([s, e]) => p.start >= s && p.start < e));
    // The sentence first; failing that, the rest of its paragraph (gold marks a multi-sentence quote or paraphrase where it starts).
    let hit = within(places.map((pos) => region(a, pos)));
    if (hit < 0) hit = within(places.map((pos) => paragraphFrom(a, pos)));
    if (hit >= 0) { used.add(hit); tp++; } else missed.push(`${g.source ?? '∅'} / ${g.cue} @ ${g.sentence_start}`);
  }
  const extra = a.attributions.filter((_, i) => !used.has(i)).map((p) => `${p.source ?? '∅'} / ${p.cue} @ ${p.text}`);
  return { tp, predicted: a.attributions.length, gold: gold.attributions.length, missed, extra };
}

function sameSource(g: Gold['attributions'][number], p: Analysis['attributions'][number]): boolean {
  if (g.source === null) return p.source === null;
  // A pronoun or description the analysis resolved must resolve to the gold's antecedent: "she" said by the wrong woman is wrong.
  if (g.refers_to && p.mention && p.source && !sameName(p.source, p.mention)) {
    return sameName(g.source, p.mention) ? sameName(g.refers_to, p.source) : [g.source, g.refers_to].some((x) => sameName(x, p.source));
  }
  return [g.source, g.refers_to].some((x) => [p.source, p.mention].some((y) => sameName(x, y)));
}

/** From `pos` to the end of the analysis sentence holding it, or of its paragraph when the sentence opens with a quotation mark. */
function region(a: Analysis, pos: number): [number, number] {
  const s = a.sentences.find((x) => pos >= x.start && pos < x.end);
  if (!s) return [pos, pos + 40];
  const opensQuote = /^["“‘']/.test(a.text.slice(s.start, s.start + 1));
  const block = a.blocks[s.block];
  return [pos, opensQuote && block ? block.end : s.end];
}

/** From `pos` to the end of the paragraph holding it. */
function paragraphFrom(a: Analysis, pos: number): [number, number] {
  const block = a.blocks.find((b) => pos >= b.start && pos < b.end);
  return [pos, block ? block.end : pos + 40];
}

/** Sources: one-to-one loose name match between gold names and `Analysis.sources[].name`. */
export function matchSources(a: Analysis, gold: Gold): Count {
  const used = new Set<number>();
  let tp = 0;
  const missed: string[] = [];
  for (const g of gold.sources) {
    const hit = a.sources.findIndex((s, i) => !used.has(i) && sameName(g, s.name));
    if (hit >= 0) { used.add(hit); tp++; } else missed.push(g);
  }
  const extra = a.sources.filter((_, i) => !used.has(i)).map((s) => s.name);
  return { tp, predicted: a.sources.length, gold: gold.sources.length, missed, extra };
}

/**
 * Objectives: a gold entry (a sentence's first 60 characters) matches a predicted objective
 * whose span holds the place where that text starts, or that starts within those 60 characters.
 */
export function matchObjectives(a: Analysis, gold: Gold): Count {
  const index = normalizedWithMap(a.text);
  const used = new Set<number>();
  let tp = 0;
  const missed: string[] = [];
  for (const g of gold.objectives) {
    const places = locate(index, g);
    const hit = a.objectives.findIndex((o, i) =>
      !used.has(i) && places.some((pos) => (pos >= o.start && pos < o.end) || (o.start >= pos && o.start < pos + g.length)));
    if (hit >= 0) { used.add(hit); tp++; } else missed.push(g);
  }
  const extra = a.objectives.filter((_, i) => !used.has(i)).map((o) => o.text.slice(0, 60));
  return { tp, predicted: a.objectives.length, gold: gold.objectives.length, missed, extra };
}

/** Every kind's count for one page. */
export function matchAll(a: Analysis, gold: Gold): Record<Kind, Count> {
  return { numbers: matchNumbers(a, gold), attributions: matchAttributions(a, gold), sources: matchSources(a, gold), objectives: matchObjectives(a, gold) };
}

/** Precision, recall and F1 of a count. Nothing predicted is precision 1; nothing to find is recall 1. */
export function scores(c: Count): { p: number; r: number; f1: number } {
  const p = c.predicted === 0 ? 1 : c.tp / c.predicted;
  const r = c.gold === 0 ? 1 : c.tp / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
