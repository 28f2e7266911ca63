import { describe, expect, test } from 'vitest';
import { collectSources } from '../../src/analysis/sources';
import { attributionsOf } from './helpers';

function sourceNames(text: string): string[] {
  return collectSources(attributionsOf(text), []).map((s) => s.name);
}

type Row = [text: string, expected: { source: string; cue: string; anonymous?: boolean }];

// Ways a news reader sees a source cited without a plain "X said". Sentences written for these tests.
const cases: Row[] = [
  // A name's words, with no reporting verb.
  ['In Dr. Maria Alvarez’s words, the results were “striking.”', { source: 'Maria Alvarez', cue: 'words' }],
  ['Harvey Ortiz resigned on Monday. In his own words, the board had left him no choice.', { source: 'Harvey Ortiz', cue: 'words' }],
  ['The harvest was poor, in the words of one local farmer, and prices rose.', { source: 'one local farmer', cue: 'in the words of' }],
  // Hearsay that circulates: an anonymous source.
  ['Rumors abound that the studio will re-release the original film.', { source: 'Rumors', cue: 'abound', anonymous: true }],
  ['Speculation swirled for weeks that the coach would resign.', { source: 'Speculation', cue: 'swirled', anonymous: true }],
  ['Reports have circulated that the two banks are in merger talks.', { source: 'Reports', cue: 'have circulated', anonymous: true }],
  // Giving an account.
  ['Analysts offered two explanations for the drop in sales.', { source: 'Analysts', cue: 'offered', anonymous: true }],
  ['The ministry provided preliminary estimates of the damage on Friday.', { source: 'ministry', cue: 'provided' }],
  // A study known by what it covered, before its verb.
  ['Research conducted in both mice and rats shows that the drug slows aging.', { source: 'Research conducted in both mice and rats', cue: 'shows' }],
  ['A survey carried out in 12 countries found that trust in newspapers is falling.', { source: 'survey carried out in 12 countries', cue: 'found' }],
  // Relative clauses: the antecedent is the source.
  ['Earlier surveys, which showed a steady decline, were much smaller.', { source: 'Earlier surveys', cue: 'showed' }],
  ['She shared an article by the Financial Times that claimed the deal was dead.', { source: 'Financial Times', cue: 'claimed' }],
  ['The governor’s party, which tried to win votes by saying taxes would fall, lost the election.', { source: 'governor’s party', cue: 'saying' }],
  // Respondents are known through their survey.
  ['Stack Overflow survey respondents have ranked the framework among the most dreaded tools.', { source: 'Stack Overflow survey', cue: 'have ranked' }],
];

describe('sources a reader would list, beyond "X said"', () => {
  test.each(cases)('%s', (text, expected) => {
    const found = attributionsOf(text);
    const hit = found.find((a) => a.cue === expected.cue);
    expect(hit, JSON.stringify(found.map((a) => [a.text, a.source, a.cue]))).toBeDefined();
    expect(hit?.source).toBe(expected.source);
    if (expected.anonymous !== undefined) expect(hit?.anonymous).toBe(expected.anonymous);
    expect(text.slice(hit?.start, hit?.end)).toBe(hit?.text);
    expect(sourceNames(text).map((n) => n.toLowerCase())).toContain(expected.source.toLowerCase());
  });
});

describe('look-alikes that cite nobody', () => {
  test.each([
    ['Problems abound in the new billing system.'],
    ['The city provided funding for the new park.'],
    ['Con Edison, which maintains the grid, raised its rates.'],
    ['The bridge built in 1920 shows signs of wear.'],
    ['The museum displays swords, in its own words a “rare collection.”'],
    ['Buzzwords aside, the plan is simple.'],
  ])('%s', (text) => {
    expect(attributionsOf(text).map((a) => [a.text, a.source, a.cue])).toEqual([]);
  });
});
