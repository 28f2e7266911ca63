import { describe, expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';
import { attributionsOf } from './helpers';

// src/analysis/attributions.ts: a short name is completed from an earlier full name, never from a heading above it.
describe('a speaker never reaches outside its paragraph', () => {
  test.each<[string, string]>([
    ['The rules changed last year.\n\nPrivacy\n\nGoogle and other firms often answer critics by saying that users agreed.', 'Google'],
    ['Markets fell sharply.\n\nOutlook\n\nReuters said the slide would continue.', 'Reuters'],
    ['The app logs every tap. (See Amazon’s own page on this.) Amazon says the data stays private.', 'Amazon'],
  ])('%s', (text, source) => {
    const found = attributionsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) expect(a.source).toBe(source);
  });

  test('a full name on the same line still completes a surname', () => {
    const found = attributionsOf('Maria Delgado runs the clinic. Delgado said the wait had doubled.');
    expect(found.map((a) => a.source)).toEqual(['Maria Delgado']);
  });
});

describe('messages are no antecedent for "they"', () => {
  test('"they" after "comments accusing" is not the comments', () => {
    const text = 'The bakery got comments accusing it of theft. Later they said the claim was false.';
    const they = findAttributions(text, splitSentences(text).sentences).find((a) => a.cue === 'said');
    expect(they?.source).not.toBe('comments');
  });
});
