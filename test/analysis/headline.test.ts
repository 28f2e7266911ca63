import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { checkHeadline, sameQuantity } from '../../src/analysis/headline';
import type { HeadlineCheck, NumberSpan } from '../../src/analysis/types';

/** The headline items for a title/body pair, through the whole pipeline as readers get it. */
function headline(title: string, body: string): HeadlineCheck[] {
  return analyze({ title, text: body }).headline;
}

const seed = readFileSync(new URL('../fixtures/articles/kursk-seed/article.txt', import.meta.url), 'utf8');
const seedTitle = seed.slice(0, seed.indexOf('\n'));
const seedBody = seed.slice(seed.indexOf('\n') + 1).trimStart();

describe('numbers in the headline against the body', () => {
  test.each<[string, string, string, HeadlineCheck['status'], string | undefined]>([
    // Real articles (dev corpus).
    ['seed: digits against words', seedTitle, seedBody, 'agrees', 'three key objectives'],
    ['gitlab-blog: "3 surprising findings"', '3 surprising findings from our Global DevSecOps Survey',
      "Here's a look at three of the more surprising results from this year's survey, and what they could mean for software development.", 'agrees', 'three'],
    ['msn: a price rounded in the headline', "Nintendo's first iPhone game will launch in December for $10",
      '"Super Mario Run" will launch on iPhone and iPad on December 15, for a flat fee of $9.99.', 'agrees', '$9.99'],
    // Written for the case.
    ['a death toll the body states lower', '5 killed in Kyiv drone attack',
      'At least three people were killed when drones struck Kyiv overnight, officials said.', 'differs', 'At least three people'],
    ['the same count in the body', 'Wildfire destroys 40 homes near Athens',
      'The wildfire destroyed 40 homes on the northern edge of the city before firefighters contained it.', 'agrees', '40 homes'],
    ['a count the body never gives', '7 reasons the bridge closed',
      'Engineers closed the bridge on Monday after finding cracks in two supports.', 'absent', undefined],
    ['as many enumerated goals as the headline counts', 'Ministry sets 3 goals for schools',
      'The ministry published its plan for schools on Monday.\n\nThe first goal is to hire more teachers. The second goal is to cut class sizes. The third goal is to repair old buildings.', 'agrees', '3 enumerated in the body'],
    ['fewer enumerated goals than the headline counts', 'Ministry sets 4 goals for schools',
      'The ministry published its plan for schools on Monday.\n\nThe first goal is to hire more teachers. The second goal is to cut class sizes. The third goal is to repair old buildings.', 'differs', '3 enumerated in the body'],
    ['money in another wording', 'Broadcom closes $61bn VMware deal',
      'Broadcom completed its acquisition of VMware for about $61 billion on Wednesday.', 'agrees', 'about $61 billion'],
  ])('%s', (_name, title, body, status, bodyText) => {
    const items = headline(title, body).filter((h) => h.kind === 'number');
    expect(items[0]?.status).toBe(status);
    expect(items[0]?.body).toBe(bodyText);
  });

  test('the body text of each item is where it says in the article', () => {
    const a = analyze({ title: seedTitle, text: seedBody });
    for (const h of a.headline) {
      if (h.bodyStart !== undefined) expect(a.text.slice(h.bodyStart, h.bodyEnd)).toBe(h.body);
    }
  });
});

describe('flat headline claims that the body hedges', () => {
  test.each<[string, string, string, string | undefined]>([
    // Real article (nytimes-4): the headline's "Will Soon Spend More" is the body's "could soon pay more".
    ['nytimes-4', 'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military',
      'The federal government could soon pay more in interest on its debt than it spends on the military, Medicaid or children’s programs.\n\nThe run-up in borrowing costs is a one-two punch brought on by the need to finance a fast-growing budget deficit.',
      'The federal government could soon pay more in interest on its debt than it spends on the military, Medicaid or children’s programs.'],
    ['"reportedly" in the body only', 'Minister resigns over expenses scandal',
      'The minister has reportedly resigned over the expenses scandal, two newspapers said on Monday.',
      'The minister has reportedly resigned over the expenses scandal, two newspapers said on Monday.'],
  ])('%s', (_name, title, body, hedgedSentence) => {
    const item = headline(title, body).find((h) => h.status === 'hedged-in-body');
    expect(item?.body).toBe(hedgedSentence);
    expect(item?.kind).toBe('claim');
  });

  test.each([
    ['the body also says it flatly', 'Minister resigns over expenses scandal',
      'The minister may resign over the expenses scandal, aides said. On Monday the minister resigned over the expenses scandal.'],
    ['the headline hedges too', 'Minister may resign over expenses scandal',
      'The minister may resign over the expenses scandal, aides said.'],
    ['a question headline', 'Will the minister resign over the expenses scandal?',
      'The minister may resign over the expenses scandal, aides said.'],
    ['the body is about something else', 'Minister resigns over expenses scandal',
      'Rain may fall across the north on Tuesday, forecasters said.'],
  ])('no hedged item when %s', (_name, title, body) => {
    expect(headline(title, body).filter((h) => h.status === 'hedged-in-body')).toEqual([]);
  });
});

describe('sameQuantity', () => {
  const n = (value: number | null, text = String(value), low?: number): NumberSpan =>
    ({ start: 0, end: text.length, text, value, unit: null, approximate: null, kind: 'count', sentence: 0, ...(low === undefined ? {} : { low }) });
  test.each<[string, NumberSpan, NumberSpan, boolean]>([
    ['equal values', n(3, '3'), n(3, 'three'), true],
    ['small counts must match exactly', n(5), n(4), false],
    ['a headline rounding a price', n(10, '$10'), n(9.99, '$9.99'), true],
    ['a headline rounding a large figure', n(1000, '1,000'), n(1024, '1,024'), true],
    ['a figure inside the body range', n(4), n(5, 'between 3 and 5', 3), true],
    ['figures 20% apart', n(1000), n(800), false],
  ])('%s', (_name, t, b, same) => {
    expect(sameQuantity(t, b)).toBe(same);
  });
});

describe('odd headlines', () => {
  const body = { text: 'Some text here.', sentences: [{ start: 0, end: 15, block: 0 }], numbers: [], hedges: [], objectives: [] };
  test.each([
    ['empty', ''],
    ['spaces only', '   '],
    ['a 1 MB title with no spaces', 'x'.repeat(1_000_000)],
    ['separators only', ': ; | - :'],
  ])('%s gives no items and does not throw', (_name, title) => {
    expect(checkHeadline(title, body)).toEqual([]);
  });
});
