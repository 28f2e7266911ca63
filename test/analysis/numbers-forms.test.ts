/**
 * Forms of numbers news and magazine prose write as one span: alternatives ("4 or 5"), ratios
 * ("one in five"), number words chained into compound adjectives, decades in words, index
 * points, bits, and the digit codes and estimates that are no part of a quantity.
 */
import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../src/analysis/numbers';
import { decadeInWords } from '../../src/analysis/numbers-forms';
import { splitSentences } from '../../src/analysis/sentences';

const texts = (text: string): string[] => findNumbers(text, splitSentences(text).sentences).map((n) => n.text);

describe('findNumbers: forms written as one number', () => {
  test.each([
    // Two bare numbers joined by "or" are one estimate, as "80 or 90 percent" is; amounts with a sign stay two.
    ['Only 3 or 4 buyers turned up, maybe 10 or 12 on a good day.', ['3 or 4', '10 or 12']],
    ['The vote could slip to 2027 or 2028, officials said, and bids were $5 or $6.', ['2027 or 2028', '$5', '$6']],
    ['Each switch reads 0 or 1, and one or two of them fail.', ['0 or 1', 'one or two']],
    // A ratio "A in B" is one number; a count before "in" and a year or a unit after it are not.
    ['One in four adults and 1 in 20 children, three in 100 cases, one in a million.', ['One in four', '1 in 20', 'three in 100', 'one in a million']],
    ['Sales rose 5 in 2021; he arrived at 4 in the morning and ran 10 in 10 days.', ['5', '2021', '4', '10', '10 days']],
    // Number words chained by hyphens keep the unit they qualify.
    ['They laid a nine-hundred-mile cable for a ten-billion-dollar project.', ['nine-hundred-mile', 'ten-billion-dollar']],
    ['A two-million-year-old skull and a hundred-million-dollar fund.', ['two-million-year-old', 'hundred-million-dollar']],
    // A bare scale with "or so" after "the": the scale word and the tail.
    ['Of the hundred or so delegates, the thousand or so fans, and a million or so users.', ['hundred or so', 'thousand or so', 'a million or so']],
    // Scales beyond a trillion repeat as they are written.
    ['A register of 300 qubits holds 2 quadrillion quadrillion states, or five quintillion.', ['300', '2 quadrillion quadrillion', 'five quintillion']],
    // Bits and bytes are units, as megabytes are.
    ['The key is two thousand and forty-eight bits long and the header 64 bytes.', ['two thousand and forty-eight bits', '64 bytes']],
    // An index moves by points, a yield by basis points, with the hyphen where the writer put it.
    ['The Nasdaq shed 83.5 points and the S&P 500 gained 12 points after a six-basis point rise.', ['83.5 points', '12 points', 'six-basis point']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test.each([
    ['Music of the nineteen-sixties and the twenty-twenties.', ['nineteen-sixties', 'twenty-twenties']],
    ['In the nineteen seventies, nineteen people left.', ['nineteen seventies', 'nineteen']],
  ])('a decade in words: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('a scale repeated multiplies', () => {
    const values = findNumbers('It holds 2 quadrillion quadrillion states and a million million more.', []).map((n) => n.value);
    expect(values).toEqual([2e30, 1e12]);
  });

  test('a decade in words has its year', () => {
    expect(decadeInWords('nineteen-eighties')).toBe(1980);
    expect(decadeInWords('Twenty tens')).toBe(2010);
    expect(decadeInWords('nineteen-elevenies')).toBeNull();
  });
});

describe('findNumbers: what is no part of a quantity', () => {
  test.each([
    // "estimated" says who counted; the span is the amount.
    ['Thieves took an estimated $3 million, and the city’s estimated 40,000 rats thrived.', ['$3 million', '40,000']],
    // "at least" bounds a year as it bounds a count; "more than 2015" compares.
    ['The jet will not fly until at least 2031, and costs rose more than 2015 levels.', ['at least 2031', '2015']],
    // A parenthesised list of digit codes with a leading zero labels states; it counts nothing.
    ['Two bits take four values (00, 01, 10, 11), three take eight (000, 001, 010, 011, 100, 101, 110, 111).', ['Two bits', 'four', 'three', 'eight']],
    // Without a leading zero, or with unequal lengths, a list in parentheses is counts.
    ['The scores (10, 11, 12) and the years (3, 10, 20) rose.', ['10', '11', '12', '3', '10', '20']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
