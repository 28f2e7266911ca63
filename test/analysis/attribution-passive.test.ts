import { expect, test } from 'vitest';
import { findAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/sentences';

// src/analysis/attribution-passive.ts with lexicon/reporting.ts: "perceived as" is an opinion held, like "seen as".
test('"is perceived as" is an agentless cue', () => {
  const text = 'The new tax is widely perceived as a burden on renters.';
  const found = findAttributions(text, splitSentences(text).sentences).map((a) => [a.source, a.cue]);
  // The cue keeps the adverb as written, as the corpus gold does ("is widely believed").
  expect(found).toContainEqual([null, 'is widely perceived as']);
});

const pairsOf = (text: string): [string | null, string][] => findAttributions(text, splitSentences(text).sentences).map((a) => [a.source, a.cue]);

// Someone was told: what they were told is reported, by a speaker not named.
test.each<[string, string]>([
  ['Drivers have been told for months to expect delays on the bridge.', 'have been told'],
  ['Tenants were told the heating would be fixed by winter.', 'were told'],
])('a passive "told" is an agentless cue: %s', (text, cue) => {
  expect(pairsOf(text)).toContainEqual([null, cue]);
});

test('"we are told" is one cue, not also a passive "are told"', () => {
  expect(pairsOf('Instead, we are told that the fare rise was needed.')).toEqual([[null, 'we are told']]);
});

// "As promised, …": a report set off by a comma, with no agent.
test.each<[string, string]>([
  ['As promised, the new line opened on Monday.', 'as promised'],
  ['The bank held rates steady, as expected.', 'as expected'],
])('an "as" cue set off by punctuation is agentless: %s', (text, cue) => {
  expect(pairsOf(text)).toContainEqual([null, cue]);
});

test.each([
  'The bridge reopened as promised by the mayor.',
  'Sales grew as expected by most of the traders.',
])('"as …" with an agent or comparison after it is not agentless: %s', (text) => {
  expect(pairsOf(text).filter(([source]) => source === null)).toEqual([]);
});

// "known" without a dummy "it" reports a reputation only before "to be"/"to have", as "is said to" does.
test.each<[string, string]>([
  ['The bridge is known to have cracks.', 'is known'],
  ['Ruiz was known in her youth to have painted at night.', 'was known'],
])('"known to be/have" is agentless: %s', (text, cue) => {
  expect(pairsOf(text)).toContainEqual([null, cue]);
});

test.each(['Ruiz is known for her paintings.', 'He was known to police.'])('"known for", "known to police" report nothing: %s', (text) => {
  expect(pairsOf(text)).toEqual([]);
});

// Agentless reports written with an adverb, at a sentence's end, with "what" for "it", or as a reputation.
test.each<[string, string]>([
  ['It is widely believed that the mayor will run again.', 'it is widely believed'],
  ['The rate cut was widely expected.', 'was widely expected'],
  ['What is known is that the plant closed in May.', 'what is known'],
  ['The new bridge is considered to be the longest in the region.', 'is considered'],
  ['The vote is anticipated to be close.', 'is anticipated'],
])('agentless passive cue: %s', (text, cue) => {
  expect(pairsOf(text)).toContainEqual([null, cue]);
});

test.each(['What is expected of him is loyalty.', 'The bill was considered in committee.', 'He is widely known for his films.'])('no passive cue: %s', (text) => {
  expect(pairsOf(text)).toEqual([]);
});

// An adverb inside a perfect passive, a speculation with a dummy "it", and "as has been …" set off by punctuation.
test.each<[string, string]>([
  ['The senator has long been seen as a moderate.', 'has long been seen as'],
  ['It has been speculated that the coach will leave.', 'it has been speculated'],
  ['She will not run for governor, as has been speculated.', 'as has been speculated'],
])('agentless cue: %s', (text, cue) => {
  expect(pairsOf(text)).toContainEqual([null, cue]);
});

test.each(['Prices were speculated on by traders.', 'The fund has been speculated in heavily.', 'Prices rose as has been the case for years.'])('no speculation cue: %s', (text) => {
  expect(pairsOf(text).filter(([, cue]) => /speculat|as has/.test(cue))).toEqual([]);
});

test('"was blamed for / on" credits a cause to no one named; a bare "was blamed" does not report', async () => {
  const { pairs } = await import('./helpers');
  expect(pairs('The heat wave was blamed for dozens of deaths across the region.')).toContainEqual([null, 'was blamed']);
  expect(pairs('The outage is blamed on a faulty transformer.')).toContainEqual([null, 'is blamed']);
  expect(pairs('Nobody was blamed.')).toEqual([]);
});
