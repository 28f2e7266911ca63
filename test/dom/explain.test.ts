import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { explainSpan } from '../../src/dom/explain';
import { createCard } from '../../src/dom/card';
import { attachExplanations, type PaintedPage } from '../../src/dom/hover';
import { indexSegments } from '../../src/dom/ranges';
import { extractText } from '../../src/dom/text';
import { spansAt } from '../../src/dom/spans';
import { page } from './helpers';

const ALL = { claim: true, number: true, attribution: true, hedge: true };
const TEXT = 'According to Bloomberg, up to a thousand Ukrainian troops have entered Kursk Oblast. Dozens of Russians are reportedly captured.';

describe('explainSpan', () => {
  const analysis = analyze({ title: 'T', text: TEXT });
  const at = (phrase: string) => spansAt(analysis, TEXT.indexOf(phrase), ALL);

  test('a number tells its value, unit, approximation and backing', () => {
    const hit = at('thousand').find((h) => h.kind === 'number');
    expect(hit).toBeDefined();
    const e = explainSpan(analysis, hit!);
    expect(e.heading).toBe('Number');
    expect(e.lines.join('\n')).toMatch(/Value: 1,000/);
    expect(e.lines.join('\n')).toMatch(/Approximate: “up to”/);
  });

  test('an attribution tells who and how', () => {
    const hit = at('Bloomberg').find((h) => h.kind === 'attribution');
    expect(hit).toBeDefined();
    const e = explainSpan(analysis, hit!);
    expect(e.lines).toContain('Source: Bloomberg');
    expect(e.lines).toContain('How: “according to”');
  });

  test('a claim tells why it is one, its source, and whether it is hedged', () => {
    const claim = at('troops').find((h) => h.kind === 'claim');
    expect(claim).toBeDefined();
    const lines = explainSpan(analysis, claim!).lines.join('\n');
    expect(lines).toMatch(/Why a claim: it .*quantity/);
    expect(lines).toMatch(/Source: Bloomberg/);
    expect(lines).toMatch(/Hedged: no/);
  });

  test('the narrowest span comes first where kinds overlap', () => {
    const hits = at('thousand');
    expect(hits[0]!.kind).toBe('number');
    expect(hits.at(-1)!.kind).toBe('claim');
  });

  test('kinds switched off are not explained', () => {
    expect(spansAt(analysis, TEXT.indexOf('thousand'), { ...ALL, number: false }).some((h) => h.kind === 'number')).toBe(false);
  });

  test('an index that is not in the analysis gives an empty card, not an exception', () => {
    expect(explainSpan(analysis, { kind: 'hedge', index: 99, start: 0, end: 1 }).heading).toBe('Hedge');
  });
});

describe('explainSpan: who backs it, and number traps', () => {
  const text = [
    'Officials said the new line carried 40,000 riders in its first week. It cost $2 billion to build.',
    'Ticket sales rose 20% this year.',
  ].join('\n\n');
  const analysis = analyze({ title: 'T', text });
  const card = (phrase: string, kind: 'number' | 'claim') => {
    const hit = spansAt(analysis, text.indexOf(phrase), ALL).find((h) => h.kind === kind);
    expect(hit, `${kind} at “${phrase}”`).toBeDefined();
    return explainSpan(analysis, hit!).lines.join('\n');
  };

  test.each([
    ['40,000', 'number', /Source: Officials \(“said”\)/],
    ['$2 billion', 'number', /Source: Officials .*carried from earlier in the paragraph/],
    ['It cost', 'claim', /carried from earlier in the paragraph/],
    ['20%', 'number', /No source given/],
    ['Ticket sales', 'claim', /No source given/],
  ] as const)('“%s” (%s) says %s', (phrase, kind, expected) => {
    expect(card(phrase, kind)).toMatch(expected);
  });

  test('a percentage change with no base is pointed out on its number', () => {
    expect(analysis.traps?.some((t) => t.kind === 'no-base')).toBe(true);
    expect(card('20%', 'number')).toMatch(/Watch out: /);
  });
});

describe('explanations on the page', () => {
  function setup() {
    const doc = page(`<article><p>${TEXT.replace('Bloomberg', '<a href="/b">Bloomberg</a>')}</p></article>`);
    const root = doc.querySelector('article')!;
    const { text, segments } = extractText(root);
    const analysis = analyze({ title: 'T', text });
    const painted: PaintedPage = { analysis, segments, index: indexSegments(segments), kinds: ALL };
    const card = createCard(doc);
    const detach = attachExplanations(doc, card, () => painted);
    return { doc, card, detach, text };
  }

  test('focusing a link inside a highlight opens the card; Escape closes it', () => {
    const { doc, card, detach } = setup();
    const link = doc.querySelector('a')!;
    link.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).FocusEvent('focusin', { bubbles: true }));
    expect(card.visible).toBe(true);
    doc.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.visible).toBe(false);
    detach();
  });

  test('moving the selection caret into a highlight opens the card (keyboard reading)', () => {
    const { doc, card, detach } = setup();
    const node = doc.querySelector('a')!.nextSibling as Text;
    const sel = doc.getSelection()!;
    sel.collapse(node, node.data.indexOf('thousand'));
    doc.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('selectionchange'));
    expect(card.visible).toBe(true);
    detach();
    expect(card.visible).toBe(false);
  });

  test('the pointer over a highlight opens the card, found from the caret under it', async () => {
    const { doc, card, detach } = setup();
    const node = doc.querySelector('a')!.nextSibling as Text;
    const d = doc as unknown as { caretRangeFromPoint: (x: number, y: number) => Range };
    d.caretRangeFromPoint = vi.fn(() => {
      const r = doc.createRange();
      r.setStart(node, node.data.indexOf('thousand'));
      return r;
    });
    const rect = { left: 0, top: 0, right: 100, bottom: 20, width: 100, height: 20, x: 0, y: 0 };
    const proto = (doc.defaultView as unknown as { Range: { prototype: Range } }).Range.prototype;
    const spy = vi.spyOn(proto, 'getClientRects').mockReturnValue([rect] as unknown as DOMRectList);
    doc.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).MouseEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
    await vi.waitFor(() => expect(card.visible).toBe(true));
    // Away from the text (the caret snaps to the nearest text, but the pointer is not on it): closed.
    doc.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).MouseEvent('pointermove', { clientX: 500, clientY: 300, bubbles: true }));
    await vi.waitFor(() => expect(card.visible).toBe(false));
    spy.mockRestore();
    detach();
  });
});
