/**
 * Analyses for the popup tests: the seed article through the real analyze(), and a
 * small article written for the tests whose every span is found by its words and
 * whose ledger is counted by the product's own ledger step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/index';
import { ledgerStep } from '../../src/analysis/ledger';
import type { Analysis, Span } from '../../src/analysis/types';

const SEED = join(__dirname, '../fixtures/articles/kursk-seed/article.txt');

/** The seed article as the CLI reads a .txt: first line the title, the rest the body. */
export function seedAnalysis(): Analysis {
  const raw = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n');
  const cut = raw.indexOf('\n');
  return analyze({ title: raw.slice(0, cut), text: raw.slice(cut + 1).replace(/^\n+/, '') });
}

/** The test article, paragraph by paragraph, sentence by sentence (sentence indices 0–6 run across them). */
const PARAGRAPHS = [
  ['Officials said the dam will hold.', 'According to Reuters, water rose 3 metres overnight.'],
  ['The plan has two aims.', 'The first is to protect the town.', 'The second is to save the harvest.'],
  ['The mayor said costs may double.'],
  // A paragraph of its own, so it cannot borrow the mayor's attribution.
  ['Prices rose 40% last year.'],
];
const TEXT = PARAGRAPHS.map((p) => p.join(' ')).join('\n\n');

/** The span of the `nth` occurrence of `phrase` in the test article. */
function at(phrase: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`not in the test article: ${phrase}`);
  return { start, end: start + phrase.length, text: phrase };
}

const offsets = ({ start, end }: Span) => ({ start, end });

/**
 * Runs the pipeline's ledger step (`ledgerStep`, as analyze() does) on a hand-built analysis:
 * claims and numbers get their carried attributions and "no source" marks, then the
 * ledger is counted. Call it again after changing claims, attributions or sources.
 */
export function withLedger(a: Analysis): Analysis {
  a.ledger = ledgerStep(a);
  return a;
}

/**
 * The analysis with a ledger holding only the counts the contract fixes, without the
 * lines, lists and summary the ledger step adds: what an analysis from before them carries.
 */
export function withContractLedger(a: Analysis): Analysis {
  const { claims, named, anonymous, unsourced, topSource, topSourceShare } = a.ledger;
  return { ...a, ledger: { claims, named, anonymous, unsourced, topSource, topSourceShare } };
}

/** A hand-made analysis: two named sources of different types, one unnamed, one claim and one number citing nobody. */
export function sampleAnalysis(): Analysis {
  return withLedger({
    version: 1,
    title: 'Town braces for the flood',
    text: TEXT,
    blocks: PARAGRAPHS.map((p) => offsets(at(p.join(' ')))),
    sentences: PARAGRAPHS.flatMap((p, block) => p.map((s) => ({ ...offsets(at(s)), block }))),
    numbers: [{ ...at('3 metres'), value: 3, unit: 'm', approximate: null, kind: 'measure', sentence: 1 }, { ...at('40%'), value: 40, unit: '%', approximate: null, kind: 'percent', sentence: 6 }],
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
    // Counted by withLedger.
    ledger: { claims: 0, named: 0, anonymous: 0, unsourced: 0, topSource: null, topSourceShare: 0 },
    headline: [{ text: 'flood', status: 'absent' }],
  });
}
