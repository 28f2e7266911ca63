/** The pure parts of the report: ledger line, groups, unsourced lists, file names, Markdown. */
import { describe, expect, test } from 'vitest';
import { analysisToMarkdown, escapeMarkdown } from '../../src/popup/markdown';
import { exportFileName, groupSources, ledgerRows, ledgerSummary, unsourcedClaims, unsourcedNumbers } from '../../src/popup/report-data';
import { sampleAnalysis } from './fixtures';

describe('ledger', () => {
  test('the summary counts claims per source, most first, then those with no source', () => {
    const a = sampleAnalysis();
    a.sources[1]!.claims = [1, 0];
    expect(ledgerSummary(a)).toBe('4 claims: 2 Reuters, 1 Officials, 1 The mayor, 1 no source');
  });

  test('an article with no claims', () => {
    expect(ledgerSummary({ ...sampleAnalysis(), claims: [], ledger: { claims: 0, named: 0, anonymous: 0, unsourced: 0, topSource: null, topSourceShare: 0 } })).toBe('no claims');
  });

  test('rows carry each source’s share of the claims', () => {
    expect(ledgerRows(sampleAnalysis()).map((r) => [r.name, r.share])).toEqual([['Officials', 0.25], ['Reuters', 0.25], ['The mayor', 0.25]]);
  });
});

describe('no source given', () => {
  test('claims with neither their own nor a carried attribution', () => {
    const a = sampleAnalysis();
    expect(unsourcedClaims(a)).toEqual([3]);
    a.claims[3]!.carriedAttribution = 1;
    expect(unsourcedClaims(a)).toEqual([]);
  });

  test('the ledger’s own lists win, and indices it names that do not exist are dropped', () => {
    const a = sampleAnalysis();
    a.ledger.unsourcedClaims = [0, 99];
    a.ledger.unsourcedNumbers = [];
    expect(unsourcedClaims(a)).toEqual([0]);
    expect(unsourcedNumbers(a)).toEqual([]);
  });

  test('numbers flagged no-source', () => {
    expect(unsourcedNumbers(sampleAnalysis())).toEqual([1]);
  });
});

test('sources of an unknown type fall into "Other sources"', () => {
  const a = sampleAnalysis();
  (a.sources[0] as { type: string }).type = 'rumour';
  expect(groupSources(a).map((g) => [g.heading, g.sources.map((s) => s.source.name)])).toEqual([
    ['Publications', ['Reuters']],
    ['Unnamed sources', ['Officials']],
    ['Other sources', ['The mayor']],
  ]);
});

test.each([
  ['Town braces for the flood', 'town-braces-for-the-flood.claimlens.json'],
  ['Zelenskyy’s “plan”: 3 aims!', 'zelenskyy-s-plan-3-aims.claimlens.json'],
  ['', 'article.claimlens.json'],
  ['Путин', 'article.claimlens.json'],
  ['a'.repeat(500), `${'a'.repeat(60)}.claimlens.json`],
])('file name for %j', (title, name) => {
  expect(exportFileName(title)).toBe(name);
});

describe('Markdown', () => {
  test.each([
    ['plain words', 'plain words'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['[link](http://x)', '\\[link\\]\\(http://x\\)'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['- not a bullet', '\\- not a bullet'],
    ['<script>', '\\<script\\>'],
    ['two\n\nlines', 'two lines'],
  ])('escapes %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  test('the report has its sections, sources grouped, hedged claims marked', () => {
    const md = analysisToMarkdown(sampleAnalysis(), 'https://news.example/flood');
    expect(md).toContain('<https://news.example/flood>');
    expect(md).toContain('4 claims · 2 numbers · 3 attributions · 1 hedge');
    expect(md).toContain('## Source ledger\n\n4 claims: 1 Officials, 1 Reuters, 1 The mayor, 1 no source');
    expect(md).toContain('### People\n\n- **The mayor**: 1 mention, 1 claim\n  - The mayor said costs may double. _(hedged)_');
    expect(md).toContain('## No source given\n\n- Prices rose 40% last year.\n- Number: 40%');
    expect(md).toContain('- “flood”: Not found in the body');
  });

  test('a bare analysis still gives a document', () => {
    const a = sampleAnalysis();
    const md = analysisToMarkdown({ ...a, title: '', objectives: [], sources: [], claims: [], numbers: [], hedges: [], headline: [] });
    expect(md).toMatch(/^# Untitled article/);
    expect(md).toContain('None stated.');
    expect(md).toContain('No sources cited.');
    expect(md).toContain('Every claim cites a source.');
  });
});
