import { describe, expect, test } from 'vitest';
import { findHedges } from '../../src/analysis/hedges';
import { splitSentences } from '../../src/analysis/sentences';

function hedgesOf(text: string): string[] {
  return findHedges(text, splitSentences(text).sentences).map((h) => h.text);
}

// Sentences from the annotated pages in test/fixtures/articles, and the seed article.
const cases: Array<[string, string[]]> = [
  ['Additionally, dozens of Russians are reportedly captured by Ukrainian forces.', ['reportedly']],
  ['The news agency also suggests that this situation is likely to reinforce Kyiv\'s argument.', ['suggests', 'likely']],
  ['Although it is unclear whether Ukraine will be able to hold the villages, the offensive has shown otherwise.', ['it is unclear whether']],
  ['The Russian troops could redirect even more conscripts to Donetsk in the coming weeks.', ['could']],
  ['Two gunmen died, and three others may have escaped, officials said.', ['may']],
  ['The U.S. might not be the land of opportunity it claims to be.', ['might']],
  ['But most experts say that isn’t likely because growth is slowing.', ['likely']],
  ['The suspect allegedly fled the scene, according to unconfirmed reports.', ['allegedly', 'according to unconfirmed reports']],
  ['Perhaps the plan will work; it seems to have support, and it is possibly the best option.', ['Perhaps', 'seems to', 'possibly']],
  ['The vote appears to have been delayed, which is unlikely to please anyone.', ['appears to', 'unlikely']],
  ['The leader is believed to have left the country.', ['is believed to']],
  ['The spokesman could not be reached for comment, but the talks could resume.', ['could']],
];

describe('findHedges: softening words in real sentences', () => {
  test.each(cases)('%s', (sentence, expected) => {
    expect(hedgesOf(sentence)).toEqual(expected);
  });
});

describe('findHedges: the month May is not a hedge, the modal is', () => {
  test.each([
    ['In May 2024, these operations expanded to Kursk.', []],
    ['The talks began on May 5 and ended in late May.', []],
    ['May 12 was the deadline.', []],
    ['Prime Minister Theresa May said the vote may be delayed.', ['may']],
    ['May I ask a question? The answer may surprise you.', ['May', 'may']],
  ])('%s', (sentence, expected) => {
    expect(hedgesOf(sentence)).toEqual(expected);
  });
});

describe('findHedges: output shape and bad input', () => {
  test('spans are slices of the text, sorted, with their sentence', () => {
    const text = 'Prices may rise.\n\nThey could fall, reportedly.';
    const { sentences } = splitSentences(text);
    const found = findHedges(text, sentences);
    expect(found.map((h) => [h.text, h.sentence])).toEqual([['may', 0], ['could', 1], ['reportedly', 1]]);
    for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  test.each([
    ['empty', ''],
    ['1 MB line without spaces', 'maybe'.repeat(200_000)],
    ['binary garbage', Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
  ])('%s does not throw', (_label, text) => {
    const found = findHedges(text, splitSentences(text).sentences);
    for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
});
