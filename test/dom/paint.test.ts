import { describe, expect, test } from 'vitest';
import { clearHighlights, FOCUS_NAME, flashRange, HIGHLIGHT_CSS, HIGHLIGHT_NAMES, paintHighlights, type RangesByKind } from '../../src/dom/paint';
import { createCard } from '../../src/dom/card';
import { installHighlightApi, page } from './helpers';

const ALL = { claim: true, number: true, attribution: true, hedge: true };

function setup() {
  const doc = page('<article><p>According to <a href="/b">Bloomberg</a>, up to a thousand troops reportedly entered.</p></article>');
  const registry = installHighlightApi(doc);
  const text = doc.querySelector('p')!.firstChild as Text;
  const span = (node: Text, s: number, e: number) => {
    const r = doc.createRange();
    r.setStart(node, s);
    r.setEnd(node, e);
    return r;
  };
  const tail = doc.querySelector('a')!.nextSibling as Text;
  const ranges: RangesByKind = {
    claim: [span(tail, 0, tail.data.length)],
    number: [span(tail, tail.data.indexOf('up to'), tail.data.indexOf(' troops'))],
    attribution: [span(text, 0, text.data.length)],
    hedge: [span(tail, tail.data.indexOf('reportedly'), tail.data.indexOf(' entered'))],
  };
  return { doc, registry, ranges };
}

describe('paintHighlights', () => {
  test('registers one entry per kind under the CONTRACT names, with its ranges', () => {
    const { doc, registry, ranges } = setup();
    expect(paintHighlights(doc, ranges, ALL, true)).toBe(true);
    expect([...registry.keys()].sort()).toEqual(['claimlens-attribution', 'claimlens-claim', 'claimlens-hedge', 'claimlens-number']);
    expect([...registry.get('claimlens-number')!][0]!.toString()).toBe('up to a thousand');
    expect([...registry.get('claimlens-hedge')!][0]!.toString()).toBe('reportedly');
    // Narrow spans paint above the sentence-wide claim.
    expect(registry.get('claimlens-number')!.priority).toBeGreaterThan(registry.get('claimlens-claim')!.priority);
  });

  test.each(['claim', 'number', 'attribution', 'hedge'] as const)('turning %s off deletes its entry and only its entry', (kind) => {
    const { doc, registry, ranges } = setup();
    paintHighlights(doc, ranges, ALL, true);
    paintHighlights(doc, ranges, { ...ALL, [kind]: false }, true);
    expect(registry.has(HIGHLIGHT_NAMES[kind])).toBe(false);
    expect(registry.size).toBe(3);
    paintHighlights(doc, ranges, ALL, true);
    expect(registry.size).toBe(4);
  });

  test('all off deletes every entry; on again restores them', () => {
    const { doc, registry, ranges } = setup();
    paintHighlights(doc, ranges, ALL, true);
    paintHighlights(doc, ranges, ALL, false);
    expect(registry.size).toBe(0);
    paintHighlights(doc, ranges, ALL, true);
    expect(registry.size).toBe(4);
    clearHighlights(doc);
    expect(registry.size).toBe(0);
  });

  test('the page serialization is identical after painting, flashing and clearing', () => {
    const { doc, ranges } = setup();
    const before = doc.documentElement.outerHTML;
    paintHighlights(doc, ranges, ALL, true);
    flashRange(doc, ranges.number[0]!);
    expect(doc.documentElement.outerHTML).toBe(before);
    clearHighlights(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('styles come as one adopted stylesheet appended after the page\'s own', () => {
    const { doc, ranges } = setup();
    const view = doc.defaultView as unknown as typeof globalThis;
    const pageSheet = new view.CSSStyleSheet();
    doc.adoptedStyleSheets = [pageSheet];
    paintHighlights(doc, ranges, ALL, true);
    paintHighlights(doc, ranges, ALL, true);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    expect(doc.adoptedStyleSheets[0]).toBe(pageSheet);
  });

  test('each kind has its own underline style and explicit text and background colours', () => {
    const styles = ['solid', 'dotted', 'wavy', 'double'];
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      const rule = HIGHLIGHT_CSS.split('\n').find((l) => l.startsWith(`::highlight(${name})`))!;
      expect(rule).toMatch(/background-color: #[0-9a-f]{6}/);
      expect(rule).toMatch(/[^-]color: #[0-9a-f]{6}/);
      const style = styles.find((s) => rule.includes(`underline ${s}`));
      expect(style).toBeDefined();
      styles.splice(styles.indexOf(style!), 1);
    }
    expect(styles).toEqual([]);
  });

  test('flashRange sets the focus entry, and it goes away by itself', async () => {
    const { doc, registry, ranges } = setup();
    flashRange(doc, ranges.hedge[0]!, 10);
    expect(registry.has(FOCUS_NAME)).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(registry.has(FOCUS_NAME)).toBe(false);
  });

  test('without the highlight API nothing is painted and nothing throws', () => {
    const doc = page('<p>Text</p>');
    expect(paintHighlights(doc, { claim: [], number: [], attribution: [], hedge: [] }, ALL, true)).toBe(false);
    expect(() => clearHighlights(doc)).not.toThrow();
  });
});

describe('explanation card', () => {
  test('lives in its own host only while visible; the page is otherwise unchanged', () => {
    const doc = page('<p>Text</p>');
    const before = doc.documentElement.outerHTML;
    const card = createCard(doc);
    card.show([{ heading: 'Number', lines: ['Value: 1,000'] }], { left: 10, top: 10, bottom: 20, right: 40, width: 30, height: 10 } as DOMRect);
    expect(card.visible).toBe(true);
    const host = doc.documentElement.lastElementChild!;
    expect(host.getAttribute('data-claimlens')).toBe('card');
    // Closed shadow root: page scripts and CSS cannot reach into it.
    expect(host.shadowRoot).toBeNull();
    card.hide();
    expect(card.visible).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
