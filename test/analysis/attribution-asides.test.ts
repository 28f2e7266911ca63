import { describe, expect, test } from 'vitest';
import { pairs } from './helpers';

// src/analysis/attribution-asides.ts: a time or occasion between a subject and its reporting verb.
describe('a time or occasion phrase between the subject and the verb', () => {
  test.each<[string, string, string]>([
    ['Senator Ruiz on Thursday called the bill “a giveaway to insurers.”', 'Senator Ruiz', 'called'],
    ['The governor at the time described the levee as sound.', 'governor', 'described'],
    ['Ms. Okafor last week told investors the merger was off.', 'Ms. Okafor', 'told'],
    ['The ministry earlier this month warned that supplies were short.', 'ministry', 'warned'],
    ['Dr. Patel in 2019 predicted that the virus would spread.', 'Dr. Patel', 'predicted'],
    ['The union in a statement said the strike would go on.', 'union', 'said'],
    ['Mr. Brandt on May 4 declared that he would run.', 'Mr. Brandt', 'declared'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test('a time is never the source', () => {
    expect(pairs('Mayor Diaz on Tuesday called the audit “a smear.”').map(([s]) => s)).not.toContain('Tuesday');
  });

  test('a participle keeps its own time phrase', () => {
    expect(pairs('A Harris poll released on Friday showed that support had slipped.')).toContainEqual(['Harris poll', 'showed']);
  });
});
