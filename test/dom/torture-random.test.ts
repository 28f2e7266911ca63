/**
 * Property test over seeded random DOM trees: whatever the mix of blocks, inline
 * elements, hidden nodes, comments and <br>, reading the page never throws, never
 * changes it, keeps a consistent offset map, and every analysed span round-trips
 * offsets → Range → offsets with the Range reading as the span.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { findArticle } from '../../src/dom/article';
import { indexSegments, offsetsFromRange, rangeFromOffsets } from '../../src/dom/ranges';
import { rangesForAnalysis } from '../../src/dom/spans';
import { extractText, isHiddenByMarkup, type TextSegment } from '../../src/dom/text';
import { page } from './helpers';

/** mulberry32: small, fast, reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  'Officials said', 'up to 1,200 troops', 'according to Reuters,', '"We will not retreat," the minister said.',
  'about 35%', 'reportedly', 'may have', 'the company’s shares fell 4.5 per cent', 'Smith told the BBC',
  'In 2023, the budget reached $3.2 billion.', 'it is unclear whether', 'three key objectives',
  '«Нет», сказал он.', 'حسب التقارير', '据报道', 'a\u00a0b', '  ', '\n\t', '—', '“quoted”',
];
const BLOCKS = ['p', 'div', 'section', 'blockquote', 'h2', 'li', 'article'];
const INLINE = ['a', 'em', 'span', 'strong', 'b', 'i', 'q', 'cite', 'time'];
const HIDERS: [string, string][] = [['hidden', ''], ['aria-hidden', 'true'], ['style', 'display: none'], ['style', 'visibility:hidden !important']];

function randomTree(doc: Document, seed: number): void {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const fill = (parent: Element, depth: number, budget: { n: number }) => {
    const children = 1 + Math.floor(r() * 6);
    for (let i = 0; i < children && budget.n > 0; i++) {
      budget.n--;
      const x = r();
      if (x < 0.4 || depth > 6) {
        let t = pick(PHRASES);
        if (r() < 0.5) t += ` ${pick(PHRASES)}`;
        if (r() < 0.3) t = ` ${t} `;
        parent.append(doc.createTextNode(t));
      } else if (x < 0.5) {
        parent.append(doc.createElement('br'));
      } else if (x < 0.55) {
        parent.append(doc.createComment(` ${pick(PHRASES)} `));
      } else {
        const el = doc.createElement(x < 0.75 ? pick(BLOCKS) : pick(INLINE));
        if (r() < 0.12) {
          const [name, value] = pick(HIDERS);
          el.setAttribute(name, value);
          el.append(doc.createTextNode('HIDDEN-NEVER-READ'));
        }
        parent.append(el);
        fill(el, depth + 1, budget);
      }
    }
  };
  const main = doc.createElement('main');
  doc.body.append(main);
  fill(main, 0, { n: 40 + Math.floor(r() * 200) });
  // A plain story beside the noise, so findArticle has something to find on most seeds.
  if (r() < 0.7) {
    const story = doc.createElement('article');
    for (let i = 0; i < 4; i++) {
      const p = doc.createElement('p');
      p.append(doc.createTextNode(`${pick(PHRASES)} ${pick(PHRASES)} and officials said 40 people were hurt, ${pick(PHRASES)}.`));
      story.append(p);
    }
    doc.body.append(story);
  }
}

/** The text of `range` a reader sees: Text nodes inside it that no hidden element holds, in document order. */
function visibleText(range: Range, root: Element): string {
  const doc = root.ownerDocument;
  const out: string[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  for (let n = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    let hidden = false;
    for (let a = t.parentElement; a && a !== root.parentElement; a = a.parentElement) if (a !== root && isHiddenByMarkup(a)) hidden = true;
    if (hidden) continue;
    const from = t === range.startContainer ? range.startOffset : 0;
    const to = t === range.endContainer ? range.endOffset : t.length;
    out.push(t.data.slice(from, to));
  }
  return out.join(' ');
}

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, '');

function checkSegments(text: string, segments: readonly TextSegment[]): void {
  let last = 0;
  for (const seg of segments) {
    expect(seg.start).toBeGreaterThanOrEqual(last);
    expect(seg.end).toBeGreaterThan(seg.start);
    last = seg.end;
    const fromNode = seg.node.data.slice(seg.offset, seg.offset + (seg.end - seg.start)).replace(/\u00a0/g, ' ');
    // Collapsed whitespace maps to one space taken from the first whitespace character of the run.
    expect(text.slice(seg.start, seg.end).replace(/\s/g, ' ')).toBe(fromNode.replace(/\s/g, ' '));
  }
  expect(last).toBeLessThanOrEqual(text.length);
}

/** 300 seeds in chunks of 25, so a failure names a small range and no chunk runs long. */
const CHUNKS = Array.from({ length: 12 }, (_, c) => Array.from({ length: 25 }, (_, i) => c * 25 + i + 1));

describe('random DOM trees', () => {
  test.each(CHUNKS.map((seeds) => [seeds[0]!, seeds[seeds.length - 1]!, seeds] as const))('seeds %i–%i: no throw, DOM unchanged, consistent offset map, every span round-trips', (_a, _b, seeds) => {
    let spans = 0;
    let pages = 0;
    for (const seed of seeds) {
      const doc = page('');
      randomTree(doc, seed);
      const before = doc.documentElement.outerHTML;
      const found = findArticle(doc);
      const root = found ?? doc.body;
      const { text, segments } = extractText(root, { computedStyle: false });
      expect(text, `seed ${seed}`).not.toContain('HIDDEN-NEVER-READ');
      checkSegments(text, segments);
      const analysis = analyze({ title: '', text });
      const index = indexSegments(segments);
      const byKind = rangesForAnalysis(doc, analysis, segments);
      expect(Object.values(byKind).flat().length).toBeLessThanOrEqual(
        analysis.claims.length + analysis.numbers.length + analysis.attributions.length + analysis.hedges.length);
      for (const item of [...analysis.claims, ...analysis.numbers, ...analysis.attributions, ...analysis.hedges]) {
        const range = rangeFromOffsets(doc, segments, item.start, item.end);
        expect(range, `seed ${seed}: ${item.text}`).not.toBeNull();
        expect(squash(visibleText(range!, root)), `seed ${seed}`).toBe(squash(item.text));
        const back = offsetsFromRange(segments, index, range!);
        // Spans are trimmed by the analysis, so both ends sit on kept characters.
        expect(back, `seed ${seed}: ${item.text}`).toEqual({ start: item.start, end: item.end });
        spans++;
      }
      if (text) pages++;
      expect(doc.documentElement.outerHTML).toBe(before);
    }
    // The generator makes pages with text and the analysis finds spans on them.
    expect(pages).toBeGreaterThan(20);
    expect(spans).toBeGreaterThan(80);
  }, 60_000);
});
