import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/dom/text';
import { indexSegments, offsetsFromRange, rangeFromOffsets } from '../../src/dom/ranges';
import { page } from './helpers';

const HTML = '<article><p>According to <a href="/b">Bloomberg</a>, up to <em>a <b>thousand</b></em> troops\n   entered.</p>'
  + '<p>Russia lost <span class="n">350</span> square<br>kilometers, <i>officials</i> said.</p></article>';

function setup(html = HTML) {
  const doc = page(html);
  const { text, segments } = extractText(doc.querySelector('article') ?? doc.body);
  return { doc, text, segments, index: indexSegments(segments) };
}

describe('offsets → Range → offsets', () => {
  test('every word becomes a Range whose text is that word, and maps back to the same offsets', () => {
    const { doc, text, segments, index } = setup();
    const words = [...text.matchAll(/\S+/g)];
    expect(words.length).toBeGreaterThan(15);
    for (const w of words) {
      const start = w.index!;
      const end = start + w[0].length;
      const range = rangeFromOffsets(doc, segments, start, end)!;
      expect(range.toString()).toBe(w[0]);
      expect(offsetsFromRange(segments, index, range)).toEqual({ start, end });
    }
  });

  test.each([
    ['a span across a link and its comma', 'Bloomberg,'],
    ['a span across nested inline elements', 'up to a thousand'],
    ['a span across collapsed whitespace', 'troops entered.'],
    ['a span across a <br>', 'square\nkilometers'],
    ['a whole paragraph', 'Russia lost 350 square\nkilometers, officials said.'],
  ])('%s', (_name, phrase) => {
    const { doc, text, segments, index } = setup();
    const start = text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFromOffsets(doc, segments, start, start + phrase.length)!;
    // The DOM keeps the page's own whitespace (and a <br> has no text): compare the words.
    expect(range.toString().replace(/\s+/g, '')).toBe(phrase.replace(/\s+/g, ''));
    expect(offsetsFromRange(segments, index, range)).toEqual({ start, end: start + phrase.length });
  });

  test('a span crossing a paragraph break covers both paragraphs', () => {
    const { doc, text, segments } = setup();
    const start = text.indexOf('entered.');
    const end = text.indexOf('Russia lost') + 'Russia'.length;
    const range = rangeFromOffsets(doc, segments, start, end)!;
    expect(range.toString()).toMatch(/^entered\.[\s\S]*Russia$/);
  });

  test.each([
    ['empty', 5, 5],
    ['reversed', 9, 3],
    ['beyond the text', 10_000, 10_010],
    ['only a paragraph separator', -1, 1],
  ])('%s spans give no Range', (_name, start, end) => {
    const { doc, text, segments } = setup();
    const sep = text.indexOf('\n\n');
    const [s, e] = start === -1 ? [sep, sep + 2] : [start, end];
    expect(rangeFromOffsets(doc, segments, s, e)).toBeNull();
  });

  test('spans whose nodes left the page give no Range instead of throwing', () => {
    const { doc, text, segments } = setup();
    doc.querySelector('.n')!.remove();
    const start = text.indexOf('350');
    expect(rangeFromOffsets(doc, segments, start, start + 3)).toBeNull();
    expect(rangeFromOffsets(doc, segments, 0, 9)!.toString()).toBe('According');
  });

  test('a point in collapsed whitespace maps to the next kept character', () => {
    const { doc, text, segments, index } = setup();
    const node = doc.querySelector('em')!.parentElement!.lastChild as Text; // " troops\n   entered."
    const range = doc.createRange();
    const inRun = node.data.indexOf('\n') + 2;
    range.setStart(node, inRun);
    range.setEnd(node, node.data.length);
    expect(offsetsFromRange(segments, index, range)).toEqual({ start: text.indexOf('entered.'), end: text.indexOf('entered.') + 8 });
  });
});
