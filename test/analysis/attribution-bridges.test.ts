import { describe, expect, test } from 'vitest';
import { pairs } from './helpers';

// src/analysis/attribution-bridges.ts, attribution-phrase.ts and attribution-clauses.ts: the longer
// phrasings of anonymous and documentary sources.
describe('an anonymous source whose knowledge is qualified is read whole', () => {
  test.each<[string, string, string]>([
    ['The deal collapsed on Friday, people with direct knowledge of the talks said.', 'people with direct knowledge of the talks', 'said'],
    ['The deal collapsed, said two officials with firsthand knowledge of the plan, who asked not to be named.', 'two officials with firsthand knowledge of the plan', 'said'],
    ['The merger is off, according to a person with detailed knowledge of the negotiations.', 'person with detailed knowledge of the negotiations', 'according to'],
    ['The plant will close in May, people aware of the decision said.', 'people aware of the decision', 'said'],
    // The shorter formula still reads as before.
    ['The plant will close, said people with knowledge of the matter.', 'people with knowledge of the matter', 'said'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});

describe('a study tagged after its finding reports, with its "of" and its compiler', () => {
  test.each<[string, string, string]>([
    ['The county lost 4,000 jobs in two years, a review of state payroll records shows.', 'review of state payroll records', 'shows'],
    ['Rents climbed 9 percent, a new survey of landlords shows.', 'new survey of landlords', 'shows'],
    ['An analysis of the budget shows that spending doubled.', 'analysis of the budget', 'shows'],
    ['Exports fell by a third, data compiled by the trade ministry show.', 'data compiled by the trade ministry', 'show'],
    ['Arrests rose, figures collected by the charity suggest.', 'figures collected by the charity', 'suggest'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test.each([
    'She starred in a series of TV shows.',
    'The museum holds a collection of old reports.',
    'He read a copy of the report.',
  ])('no report: %s', (sentence) => {
    expect(pairs(sentence).filter(([, cue]) => /show|report/.test(cue))).toEqual([]);
  });
});
