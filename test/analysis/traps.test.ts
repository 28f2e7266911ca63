import { describe, expect, test } from 'vitest';
import { findNumberTraps } from '../../src/analysis/traps';
import { findNumbers } from '../../src/analysis/numbers';
import { splitSentences } from '../../src/analysis/sentences';
import type { NumberTrapKind } from '../../src/analysis/types';

/** The traps of `text` as [kind, flagged text] pairs, through the real sentence and number steps. */
function trapsOf(text: string): [NumberTrapKind, string][] {
  const { sentences } = splitSentences(text);
  const numbers = findNumbers(text, sentences);
  return findNumberTraps(text, sentences, numbers).map((t) => [t.kind, t.text]);
}

describe('number traps shown by the sentence', () => {
  test.each<[string, string, [NumberTrapKind, string][]]>([
    // A percentage change with nothing to take it from.
    ['percent change, no base', 'Sales rose 20% last year.', [['no-base', '20%']]],
    ['percent change after "by", no base', 'Ticket prices increased by 15 percent in the spring.', [['no-base', '15 percent']]],
    ['"a 30% increase", no base', 'The council approved a 30% increase in parking fines.', [['no-base', '30%']]],
    ['real article (Telegraph business): orders down 23 per cent', 'Since the start of the year, the US oil-rig count has more than halved, sending orders in Weir’s oil and gas division down 23 per cent in the first quarter.', [['no-base', '23 per cent']]],
    // Multipliers with no starting figure.
    ['"doubled", no start', 'The number of asylum claims has doubled since the war began.', [['no-start', 'doubled']]],
    ['"tripled", no start', 'Rents in the city centre tripled.', [['no-start', 'tripled']]],
    ['"more than halved" is kept in the span', 'Since the start of the year, the US oil-rig count has more than halved.', [['no-start', 'more than halved']]],
    // A change in percent that lands on a percent: points were meant.
    ['"rose 5% to 12%"', 'Unemployment rose 5% to 12%.', [['percent-or-points', '5%']]],
    ['change equal to the difference of from/to percents', 'Turnout went from 7 percent to 12 percent, an increase of 5 percent.', [['percent-or-points', '5 percent']]],
    // Totals that need a period.
    ['"costs $4bn", no period', 'The programme costs $4bn.', [['no-period', '$4bn']]],
    ['"revenue reached £2.5 billion", no period', 'Revenue reached £2.5 billion, the company said.', [['no-period', '£2.5 billion']]],
    ['"spent $300m", no period', 'The ministry spent $300m on consultants.', [['no-period', '$300m']]],
  ])('%s', (_name, text, expected) => {
    expect(trapsOf(text)).toEqual(expected);
  });

  test.each([
    // The sentence answers the question: no trap.
    ['the change has its from/to figures', 'Sales rose 20% from $10m to $12m.'],
    ['the change lands on an amount', 'The upmarket US clothing company Ralph Lauren saw sales climb 1 per cent to $1.1bn.'],
    ['real article (Telegraph business): change with the tonnage given', 'Exports fell to 1.5 million tonnes or just over $400 million, down 62 percent on 2015.'],
    ['a share, not a change', 'Interest payments will make up 13 percent of the federal budget a decade from now.'],
    ['"up" as part of "eat up"', 'In a decade, interest on the debt will eat up 13 percent of government spending.'],
    ['a level, not a change', 'Unemployment rose to 12% in May.'],
    ['the change is already in points', 'Turnout rose 5 percentage points to 12%.'],
    ['a doubling with its figures', 'The price of bread doubled from £1 to £2.'],
    ['an idiom, not a multiplier', 'The minister doubled down on his promise.'],
    ['"doubled as"', 'The school gym doubled as a shelter.'],
    ['a one-off price', 'So a room that cost $300,000 to build, should sell on average for $300/night.'],
    ['a total with its period', 'The programme costs $4bn a year.'],
    ['a total over a span of years', 'That would reduce federal revenue by an additional $631 billion over 10 years, according to the Tax Policy Center.'],
    ['a total with a year', 'The government spent $4bn on defence in 2023.'],
    ['a sale price', 'Christie’s sold a Picasso for a record $179m.'],
  ])('no trap: %s', (_name, text) => {
    expect(trapsOf(text)).toEqual([]);
  });

  test('the trapped number carries the trap as a flag', () => {
    const text = 'Sales rose 20% last year. Rents tripled.';
    const { sentences } = splitSentences(text);
    const numbers = findNumbers(text, sentences);
    const traps = findNumberTraps(text, sentences, numbers);
    expect(numbers.find((n) => n.text === '20%')?.flags).toEqual(['no-base']);
    expect(traps.map((t) => t.message.length > 0)).toEqual([true, true]);
    expect(traps.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
  });

  test.each([
    ['empty text', ''],
    ['a long line with no spaces', 'doubled'.repeat(150_000)],
    ['binary garbage', String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536))],
  ])('never throws: %s', (_name, text) => {
    expect(() => trapsOf(text)).not.toThrow();
  });
});
