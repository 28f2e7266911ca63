/** The pure parts of the report: ledger line, groups, unsourced lists, file names, Markdown. */
import { describe, expect, test } from 'vitest';
import { analysisToMarkdown, escapeMarkdown } from '../../src/popup/markdown';
import { exportFileName, groupSources, ledgerRows, unsourced } from '../../src/popup/report-data';
import { sampleAnalysis, withContractLedger, withLedger } from './fixtures';

describe('ledger', () => {
  test('rows are the ledger’s lines, most claims first, each with its share of all claims', () => {
    const a = sampleAnalysis();
    a.claims[0]!.attribution = 1;
    withLedger(a);
    expect(ledgerRows(a).map((r) => [r.name, r.claims, r.share])).toEqual([['Reuters', 2, 0.5], ['The mayor', 1, 0.25], ['Officials', 0, 0]]);
  });

  test('an article with no claims has rows with no share', () => {
    expect(ledgerRows(withLedger({ ...sampleAnalysis(), claims: [] })).map((r) => r.share)).toEqual([0, 0, 0]);
  });

  test('a ledger without per-source lines gives no rows', () => {
    expect(ledgerRows(withContractLedger(sampleAnalysis()))).toEqual([]);
  });
});

describe('no source given', () => {
  test('the claims and numbers the ledger lists as citing nobody', () => {
    expect(unsourced(sampleAnalysis())).toEqual({ claims: [3], numbers: [1] });
  });

  test('indices the ledger names that do not exist are dropped', () => {
    const a = sampleAnalysis();
    a.ledger.unsourcedClaims = [0, 99];
    a.ledger.unsourcedNumbers = [7];
    expect(unsourced(a)).toEqual({ claims: [0], numbers: [] });
  });

  test('unknown, not empty, when the ledger does not list them', () => {
    expect(unsourced(withContractLedger(sampleAnalysis()))).toBeNull();
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
    expect(md).toContain('## Source ledger\n\n4 claims: 1 Reuters, 1 Officials, 1 The mayor, 1 no source');
    expect(md).toContain('### People\n\n- **The mayor**: 1 mention, 1 claim\n  - The mayor said costs may double. _(hedged)_');
    expect(md).toContain('## No source given\n\n- Prices rose 40% last year.\n- Number: 40%');
    expect(md).toContain('- “flood”: Not found in the body');
  });

  test('a bare analysis still gives a document', () => {
    const a = sampleAnalysis();
    const md = analysisToMarkdown(withLedger({ ...a, title: '', objectives: [], sources: [], attributions: [], claims: [], numbers: [], hedges: [], headline: [] }));
    expect(md).toMatch(/^# Untitled article/);
    expect(md).toContain('None stated.');
    expect(md).toContain('## Source ledger\n\nno claims');
    expect(md).toContain('No sources cited.');
    expect(md).toContain('Every claim cites a source.');
  });

  test('a ledger without its summary and lists leaves those sections out, not the rest', () => {
    const md = analysisToMarkdown(withContractLedger(sampleAnalysis()));
    expect(md).not.toContain('## Source ledger');
    expect(md).not.toContain('## No source given');
    expect(md).not.toContain('Every claim cites a source.');
    expect(md).toContain('### People\n\n- **The mayor**: 1 mention, 1 claim');
  });
});
