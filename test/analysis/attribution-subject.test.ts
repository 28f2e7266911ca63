import { describe, expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';

const pairs = (text: string): [string | null, string][] => findAttributions(text, splitSentences(text).sentences).map((a) => [a.source, a.cue]);

// src/analysis/attribution-subject.ts: the subject before inserted clauses.
describe('a second speaker after "that", before an insert', () => {
  test.each<[string, string, string]>([
    ['Later, Ruiz learned that several neighbours, young and old, told police they had heard nothing.', 'several neighbours', 'told'],
    ['Our review showed that most officers, including managers, said the rules were unclear.', 'most officers', 'said'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});
