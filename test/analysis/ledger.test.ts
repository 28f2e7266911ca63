import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { buildLedger, carryClaimAttributions, ledgerSummary, linkNumbersToAttributions } from '../../src/analysis/ledger';
import { splitSentences } from '../../src/analysis/sentences';
import type { Attribution, Claim, NumberSpan, Sentence, Source } from '../../src/analysis/types';

/**
 * The ledger reads what the attribution, claims and numbers steps found. These helpers
 * stand in for those steps so each case is only about the ledger's own rules.
 */
interface Cue { phrase: string; source: string | null; anonymous?: boolean; quote?: boolean }

function sentenceOf(sentences: Sentence[], offset: number): number {
  return sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

function setup(text: string, cues: Cue[], numberTexts: [string, NumberSpan['kind']][] = []) {
  const { sentences } = splitSentences(text);
  const attributions: Attribution[] = cues.map((c) => {
    const start = text.indexOf(c.phrase);
    if (start < 0) throw new Error(`no "${c.phrase}" in the case text`);
    return { start, end: start + c.phrase.length, text: c.phrase, source: c.source, cue: 'said', anonymous: c.anonymous ?? c.source === null, quote: c.quote ?? false, sentence: sentenceOf(sentences, start) };
  });
  // One claim per sentence, linked to an attribution in its own sentence, as the claims step does.
  const claims: Claim[] = sentences.map((s, i) => {
    const own = attributions.findIndex((a) => a.sentence === i);
    return { start: s.start, end: s.end, text: text.slice(s.start, s.end), score: 0.8, reasons: [], hedged: false, sentence: i, ...(own >= 0 ? { attribution: own } : {}) };
  });
  const numbers: NumberSpan[] = numberTexts.map(([needle, kind]) => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, text: needle, value: 1, unit: null, approximate: null, kind, sentence: sentenceOf(sentences, start) };
  });
  const sources: Source[] = [];
  attributions.forEach((a, i) => {
    if (!a.source) return;
    const known = sources.find((s) => s.name === a.source);
    if (known) { known.mentions++; known.attributions.push(i); }
    else sources.push({ name: a.source, type: a.anonymous ? 'anonymous' : 'publication', mentions: 1, claims: [], attributions: [i], anonymous: a.anonymous });
  });
  carryClaimAttributions(claims, attributions, sentences);
  linkNumbersToAttributions(numbers, claims, attributions, sentences);
  const ledger = buildLedger(claims, attributions, sources, { text, sentences, numbers });
  return { sentences, attributions, claims, numbers, sources, ledger };
}

const SEED_LIKE = [
  'According to Bloomberg, up to a thousand troops have entered Kursk Oblast. This is the first time since World War II that another army entered Russia.',
  'Bloomberg also reports that Putin summoned his subordinates. Russian milbloggers accused the officials of incompetence.',
  'It is noted that Russia has lost control of 350 square kilometers. Dozens of Russians were captured.',
  'Leaks indicate that Zelenskyy considered occupying Russian villages.',
  'The Kursk offensive complicates this process.',
].join('\n\n');
const SEED_CUES: Cue[] = [
  { phrase: 'According to Bloomberg', source: 'Bloomberg' },
  { phrase: 'Bloomberg also reports', source: 'Bloomberg' },
  { phrase: 'Russian milbloggers accused', source: 'Russian milbloggers' },
  { phrase: 'It is noted', source: null },
  { phrase: 'Leaks indicate', source: 'Leaks', anonymous: true },
];

describe('carrying an attribution through the paragraph', () => {
  const { claims, ledger } = setup(SEED_LIKE, SEED_CUES);
  const claimWith = (words: string) => claims.find((c) => c.text.includes(words))!;

  test.each([
    ['the sentence after "According to Bloomberg" borrows it', 'This is the first time', 0],
    ['the sentence after "It is noted" borrows the agentless cue', 'Dozens of Russians', 3],
  ])('%s', (_name, words, attribution) => {
    const c = claimWith(words);
    expect(c.attribution).toBeUndefined();
    expect(c.carriedAttribution).toBe(attribution);
    expect(c.unsourced).toBeUndefined();
  });

  test('a sentence with its own attribution keeps it and borrows nothing', () => {
    const c = claimWith('Russian milbloggers accused');
    expect(c.attribution).toBe(2);
    expect(c.carriedAttribution).toBeUndefined();
  });

  test('a paragraph with no attribution cites nobody: "no source given"', () => {
    const c = claimWith('The Kursk offensive');
    expect(c.unsourced).toBe(true);
    expect(ledger.unsourcedClaims).toEqual([claims.indexOf(c)]);
  });

  test('an attribution never carries across a paragraph break', () => {
    const { claims: cs } = setup('Officials said the bridge was closed.\n\nThe river rose overnight.', [{ phrase: 'Officials said', source: 'officials', anonymous: true }]);
    expect(cs[1]!.carriedAttribution).toBeUndefined();
    expect(cs[1]!.unsourced).toBe(true);
  });
});

describe('buildLedger', () => {
  const { ledger } = setup(SEED_LIKE, SEED_CUES);

  test('counts claims citing a named source, an anonymous one, or nobody (CONTRACT §1 shape)', () => {
    expect(ledger).toMatchObject({ claims: 8, named: 4, anonymous: 3, unsourced: 1, topSource: 'Bloomberg', topSourceShare: 0.38 });
    expect(ledger.named + ledger.anonymous + ledger.unsourced).toBe(ledger.claims);
    expect(ledger.carried).toBe(2);
  });

  test('lists sources most claims first, agentless cues as one unnamed source', () => {
    expect(ledger.sources!.map((s) => [s.name, s.claims, s.anonymous])).toEqual([
      ['Bloomberg', 3, false],
      ['unnamed', 2, true],
      ['Leaks', 1, true],
      ['Russian milbloggers', 1, false],
    ]);
    expect(ledger.distinct).toBe(4);
    expect(ledger.dominant).toBe(false);
  });

  test('the summary line names each source with its claims, then the unsourced ones', () => {
    expect(ledger.summary).toBe('8 claims: 3 Bloomberg, 2 unnamed, 1 Leaks, 1 Russian milbloggers, 1 no source');
  });

  test('one source backing most claims is marked dominant', () => {
    const text = 'Reuters said the port was shut. Reuters said ships waited offshore. Reuters reported fuel shortages. The mayor said schools were open.';
    const { ledger: l } = setup(text, [
      { phrase: 'Reuters said the port', source: 'Reuters' },
      { phrase: 'Reuters said ships', source: 'Reuters' },
      { phrase: 'Reuters reported', source: 'Reuters' },
      { phrase: 'The mayor said', source: 'the mayor' },
    ]);
    expect(l.topSource).toBe('Reuters');
    expect(l.topSourceShare).toBe(0.75);
    expect(l.dominant).toBe(true);
  });

  test('separates direct quotes from paraphrase and shares the attributed words out', () => {
    const text = '"We will rebuild the bridge within a year," the mayor said. Engineers told reporters the old piers can stay. The river is wide.';
    const { ledger: l } = setup(text, [
      { phrase: 'the mayor said', source: 'the mayor', quote: true },
      { phrase: 'Engineers told', source: 'engineers', anonymous: true },
    ]);
    const mayor = l.sources!.find((s) => s.name === 'the mayor')!;
    const engineers = l.sources!.find((s) => s.name === 'engineers')!;
    expect([mayor.direct, mayor.paraphrase, engineers.direct, engineers.paraphrase]).toEqual([1, 0, 0, 1]);
    expect(mayor.words).toBe(11);
    expect(engineers.words).toBe(8);
    expect(mayor.wordShare + engineers.wordShare).toBeCloseTo(1, 1);
    expect(mayor.wordShare).toBeGreaterThan(engineers.wordShare);
  });

  test('indices that point nowhere count as no source and never throw', () => {
    const claim = { start: 0, end: 4, text: 'Text', score: 0.8, reasons: [], hedged: false, sentence: 99, attribution: 7 };
    const orphan = { ...claim, attribution: undefined, sentence: -1 };
    expect(() => carryClaimAttributions([claim, orphan], [], [])).not.toThrow();
    const l = buildLedger([claim, orphan], [], []);
    expect(l).toMatchObject({ claims: 2, named: 0, anonymous: 0, unsourced: 2, topSource: null });
  });

  test('an article with no claims gives an empty ledger and says so', () => {
    const l = buildLedger([], [], []);
    expect(l).toMatchObject({ claims: 0, named: 0, anonymous: 0, unsourced: 0, topSource: null, topSourceShare: 0 });
    expect(ledgerSummary(l)).toBe('no claims');
  });
});

describe('linkNumbersToAttributions', () => {
  const text = [
    'According to Bloomberg, up to a thousand troops have entered. Russia lost 350 square kilometers.',
    'Dozens of Russians were captured in 2024.',
  ].join('\n\n');
  const { numbers, ledger } = setup(text, [{ phrase: 'According to Bloomberg', source: 'Bloomberg' }], [
    ['up to a thousand', 'count'], ['350 square kilometers', 'measure'], ['Dozens', 'count'], ['2024', 'year'],
  ]);
  const number = (t: string) => numbers.find((n) => n.text === t)!;

  test.each([
    ['a number in an attributed claim takes its attribution', 'up to a thousand', 0, undefined, undefined],
    ['a number later in the paragraph carries it', '350 square kilometers', undefined, 0, undefined],
    ['a quantity with no source anywhere is flagged', 'Dozens', undefined, undefined, ['no-source']],
    ['a year is never flagged "no source"', '2024', undefined, undefined, undefined],
  ])('%s', (_name, t, attribution, carried, flags) => {
    const n = number(t);
    expect(n.attribution).toBe(attribution);
    expect(n.carriedAttribution).toBe(carried);
    expect(n.flags).toEqual(flags);
  });

  test('the ledger lists the unsourced numbers', () => {
    expect(ledger.unsourcedNumbers).toEqual([numbers.indexOf(number('Dozens'))]);
  });

  test('with two attributions in a sentence, a number outside any linked claim takes the nearest', () => {
    const t = 'Kyiv said 40 drones were shot down, while Moscow claimed 120 were.';
    const { sentences } = splitSentences(t);
    const at = (p: string, source: string): Attribution => ({ start: t.indexOf(p), end: t.indexOf(p) + p.length, text: p, source, cue: 'said', anonymous: false, sentence: 0 });
    const num = (p: string): NumberSpan => ({ start: t.indexOf(p), end: t.indexOf(p) + p.length, text: p, value: Number(p), unit: null, approximate: null, kind: 'count', sentence: 0 });
    const nums = [num('40'), num('120')];
    linkNumbersToAttributions(nums, [], [at('Kyiv said', 'Kyiv'), at('Moscow claimed', 'Moscow')], sentences);
    expect(nums.map((n) => n.attribution)).toEqual([0, 1]);
  });
});

describe('the seed article, through the whole pipeline', () => {
  const seed = readFileSync(new URL('../fixtures/articles/kursk-seed/article.txt', import.meta.url), 'utf8');
  const a = analyze({ title: seed.slice(0, seed.indexOf('\n')), text: seed.slice(seed.indexOf('\n') + 1).trimStart() });

  test('the ledger shows Bloomberg as the main source', () => {
    expect(a.ledger.topSource).toBe('Bloomberg');
    expect(a.ledger.summary).toMatch(/^\d+ claims: \d+ Bloomberg, /);
  });

  test('the claims about Zelenskyy come from the leaks and are hedged', () => {
    const about = a.claims.filter((c) => c.text.includes('Zelenskyy'));
    expect(about.length).toBeGreaterThan(0);
    for (const c of about) {
      const i = c.attribution ?? c.carriedAttribution;
      expect(i).toBeDefined();
      expect(a.attributions[i!]!.source).toMatch(/^leaks$/i);
      expect(a.attributions[i!]!.anonymous).toBe(true);
      expect(c.hedged).toBe(true);
    }
  });

  test('every claim is counted once: named + anonymous + no source = claims', () => {
    expect(a.ledger.named + a.ledger.anonymous + a.ledger.unsourced).toBe(a.claims.length);
    expect(a.ledger.unsourcedClaims).toEqual(a.claims.flatMap((c, i) => (c.unsourced ? [i] : [])));
  });
});

describe('ledgerSummary', () => {
  const line = (counts: [string, number][], unsourced: number) => ledgerSummary({
    claims: counts.reduce((n, [, c]) => n + c, 0) + unsourced, named: 0, anonymous: 0, unsourced, topSource: null, topSourceShare: 0,
    sources: counts.map(([name, claims]) => ({ name, type: 'person', anonymous: false, claims, direct: 0, paraphrase: 0, words: 0, wordShare: 0 })),
  });
  test.each<[string, [string, number][], number, string]>([
    ['one claim, no source', [], 1, '1 claim: 1 no source'],
    ['the issue example', [['Bloomberg', 5], ['The Telegraph', 1], ['leaks', 1]], 2, '9 claims: 5 Bloomberg, 1 The Telegraph, 1 leaks, 2 no source'],
    ['sources backing no claim are left out', [['Bloomberg', 2], ['Reuters', 0]], 0, '2 claims: 2 Bloomberg'],
    ['past four sources the rest are summed', [['A', 4], ['B', 3], ['C', 3], ['D', 2], ['E', 2], ['F', 1]], 5, '20 claims: 4 A, 3 B, 3 C, 2 D, 3 from 2 other sources, 5 no source'],
    ['a fifth source alone is named', [['A', 4], ['B', 3], ['C', 3], ['D', 2], ['E', 2]], 0, '14 claims: 4 A, 3 B, 3 C, 2 D, 2 E'],
  ])('%s', (_name, counts, unsourced, expected) => {
    expect(line(counts, unsourced)).toBe(expected);
  });
});

describe('an attribution split into two sources', () => {
  const text = 'The dam held, the rangers and the mayor said. Water rose all night.';
  const split = (order: string[]): ReturnType<typeof buildLedger> => {
    const { sentences } = splitSentences(text);
    const start = text.indexOf('the rangers');
    const attributions: Attribution[] = [{ start, end: start + 30, text: 'the rangers and the mayor said', source: 'the rangers and the mayor', cue: 'said', anonymous: false, sentence: 0 }];
    const claims: Claim[] = sentences.map((s, i) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), score: 0.8, reasons: [], hedged: false, sentence: i, ...(i === 0 ? { attribution: 0 } : {}) }));
    const sources: Source[] = order.map((name) => ({ name, type: 'government', mentions: 1, claims: [], attributions: [0], anonymous: false }));
    carryClaimAttributions(claims, attributions, sentences);
    return buildLedger(claims, attributions, sources, { text, sentences, numbers: [] });
  };

  test('each source gets its claims, the one named first first, whatever order the sources come in', () => {
    for (const order of [['rangers', 'mayor'], ['mayor', 'rangers']]) {
      const ledger = split(order);
      expect(ledger.sources!.map((s) => [s.name, s.claims, s.paraphrase])).toEqual([['rangers', 2, 1], ['mayor', 2, 1]]);
      expect(ledger).toMatchObject({ claims: 2, named: 2, anonymous: 0, unsourced: 0, distinct: 2 });
    }
  });
});
