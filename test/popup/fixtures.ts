/**
 * Analyses for the popup tests: the seed article through the real analyze(), and a
 * small article written for the tests whose every span is found by its words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/index';
import type { Analysis, Span } from '../../src/analysis/types';

const SEED = join(__dirname, '../fixtures/articles/kursk-seed/article.txt');

/** The seed article as the CLI reads a .txt: first line the title, the rest the body. */
export function seedAnalysis(): Analysis {
  const raw = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n');
  const cut = raw.indexOf('\n');
  return analyze({ title: raw.slice(0, cut), text: raw.slice(cut + 1).replace(/^\n+/, '') });
}

const TEXT = [
  'Officials said the dam will hold. According to Reuters, water rose 3 metres overnight.',
  'The plan has two aims. The first is to protect the town. The second is to save the harvest.',
  'The mayor said costs may double. Prices rose 40% last year.',
].join('\n\n');

/** The span of the `nth` occurrence of `phrase` in the test article. */
function at(phrase: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`not in the test article: ${phrase}`);
  return { start, end: start + phrase.length, text: phrase };
}

/** A hand-made analysis: two named sources of different types, one unnamed, one claim citing nobody. */
export function sampleAnalysis(): Analysis {
  return {
    version: 1,
    title: 'Town braces for the flood',
    text: TEXT,
    blocks: [],
    sentences: [],
    numbers: [{ ...at('3 metres'), value: 3, unit: 'm', approximate: null, kind: 'measure', sentence: 1, attribution: 1 }, { ...at('40%'), value: 40, unit: '%', approximate: null, kind: 'percent', sentence: 6, flags: ['no-source'] }],
    attributions: [
      { ...at('Officials said'), source: 'Officials', cue: 'said', anonymous: true, sentence: 0 },
      { ...at('According to Reuters'), source: 'Reuters', cue: 'according to', anonymous: false, sentence: 1 },
      { ...at('The mayor said'), source: 'The mayor', cue: 'said', anonymous: false, sentence: 5 },
    ],
    claims: [
      { ...at('Officials said the dam will hold.'), score: 0.7, reasons: ['attributed'], attribution: 0, hedged: false, sentence: 0 },
      { ...at('According to Reuters, water rose 3 metres overnight.'), score: 0.9, reasons: ['number', 'attributed'], attribution: 1, hedged: false, sentence: 1 },
      { ...at('The mayor said costs may double.'), score: 0.6, reasons: ['attributed', 'hedged'], attribution: 2, hedged: true, sentence: 5 },
      { ...at('Prices rose 40% last year.'), score: 0.8, reasons: ['number'], hedged: false, sentence: 6 },
    ],
    hedges: [{ ...at('may'), sentence: 5 }],
    objectives: [at('The first is to protect the town.'), at('The second is to save the harvest.')],
    sources: [
      { name: 'The mayor', type: 'person', mentions: 1, claims: [2], attributions: [2], anonymous: false },
      { name: 'Reuters', type: 'publication', mentions: 1, claims: [1], attributions: [1], anonymous: false },
      { name: 'Officials', type: 'anonymous', mentions: 1, claims: [0], attributions: [0], anonymous: true },
    ],
    ledger: { claims: 4, named: 2, anonymous: 1, unsourced: 1, topSource: 'Reuters', topSourceShare: 0.25 },
    headline: [{ text: 'flood', status: 'absent' }],
  };
}
