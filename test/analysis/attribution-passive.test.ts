import { expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';

// src/analysis/attribution-passive.ts with lexicon/reporting.ts: "perceived as" is an opinion held, like "seen as".
test('"is perceived as" is an agentless cue', () => {
  const text = 'The new tax is widely perceived as a burden on renters.';
  const found = findAttributions(text, splitSentences(text).sentences).map((a) => [a.source, a.cue]);
  expect(found).toContainEqual([null, 'is perceived as']);
});
