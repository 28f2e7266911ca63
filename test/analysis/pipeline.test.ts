import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/index';
import type { Analysis } from '../../src/analysis/types';

const seed = readFileSync(new URL('../fixtures/articles/kursk-seed/article.txt', import.meta.url), 'utf8');

/** Deterministic bytes, so a failure can be replayed. */
function garbage(length: number): string {
  let x = 0x2545f491;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    const code = (x >>> 0) % 0x10000;
    out += String.fromCharCode(code);
  }
  return out;
}

function repeatToWords(text: string, words: number): string {
  const per = text.split(/\s+/).length;
  return `${text}\n\n`.repeat(Math.ceil(words / per));
}

const inputs: Array<[string, () => string]> = [
  ['empty text', () => ''],
  ['whitespace only', () => ' \n\n\t\r\n '],
  ['a 1 MB line without spaces', () => 'a1.'.repeat(350_000)],
  ['a 1 MB run of digits and separators', () => '1,0.'.repeat(260_000)],
  ['binary garbage', () => garbage(200_000)],
  ['a 100,000-word article', () => repeatToWords(seed, 100_000)],
  ['deeply nested quotes', () => `${'“He said ‘she said "they said '.repeat(3000)}it rose 5%${'" ’ ”'.repeat(3000)}. Bloomberg said so.`],
  ['one long sentence of quoted wishes', () => `${'“He wants to “win” '.repeat(20_000)}he said.`],
  ['only punctuation', () => '.?!…"”“)('.repeat(50_000)],
];

/** Every list of spans in the analysis: text matches its offsets, and items come in text order. */
function spanProblems(a: Analysis): string[] {
  const problems: string[] = [];
  const lists: Array<[string, ReadonlyArray<{ start: number; end: number; text?: string }>]> = [
    ['blocks', a.blocks], ['sentences', a.sentences], ['numbers', a.numbers], ['attributions', a.attributions],
    ['claims', a.claims], ['hedges', a.hedges], ['objectives', a.objectives], ['traps', a.traps ?? []],
  ];
  for (const [name, items] of lists) {
    let last = -1;
    items.forEach((item, i) => {
      if (!(item.start >= 0 && item.end >= item.start && item.end <= a.text.length)) problems.push(`${name}[${i}] out of range`);
      if (item.text !== undefined && a.text.slice(item.start, item.end) !== item.text) problems.push(`${name}[${i}] text differs from its span`);
      if (item.start < last) problems.push(`${name}[${i}] out of order`);
      last = item.start;
    });
  }
  for (const [i, c] of a.claims.entries()) {
    if (c.attribution !== undefined && !a.attributions[c.attribution]) problems.push(`claims[${i}] links a missing attribution`);
    if (!(c.score >= 0.5 && c.score <= 1)) problems.push(`claims[${i}] score ${c.score}`);
  }
  return problems;
}

describe('analyze on bad input', () => {
  test.each(inputs)('%s: no exception, consistent sorted spans', (_name, make) => {
    const text = make();
    const a = analyze({ title: 'Title', text });
    expect(a.text).toBe(text);
    expect(spanProblems(a)).toEqual([]);
  }, 60_000);

  test('empty text gives an empty analysis', () => {
    const a = analyze({ title: '  ', text: '' });
    expect([a.blocks, a.sentences, a.numbers, a.attributions, a.claims, a.hedges, a.objectives, a.sources]).toEqual([[], [], [], [], [], [], [], []]);
    expect(a.title).toBe('');
  });

  test('a long article repeated keeps each repetition’s findings', () => {
    const once = analyze({ title: '', text: seed });
    const twice = analyze({ title: '', text: `${seed}\n\n${seed}` });
    expect(twice.objectives.length).toBeGreaterThanOrEqual(once.objectives.length);
    expect(twice.claims.length).toBe(once.claims.length * 2);
    expect(spanProblems(twice)).toEqual([]);
  });
});
