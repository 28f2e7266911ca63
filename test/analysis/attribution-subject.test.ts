import { describe, expect, test } from 'vitest';
import { pairs } from './helpers';

// src/analysis/attribution-subject.ts: the subject before inserted clauses.
describe('a second speaker after "that", before an insert', () => {
  test.each<[string, string, string]>([
    ['Later, Ruiz learned that several neighbours, young and old, told police they had heard nothing.', 'several neighbours', 'told'],
    ['Our review showed that most officers, including managers, said the rules were unclear.', 'most officers', 'said'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });
});

describe('the subject a sentence opened with', () => {
  test('a described source in lower case keeps a coordinated reporting verb', () => {
    expect(pairs('In 2019, the agency surveyed 3,000 farms but noted that the sample was small.')).toContainEqual(['agency', 'noted']);
  });

  test('a subject before an insert and a linking adverb ("nevertheless")', () => {
    expect(pairs('Senator Jane Ortiz, an Ohio Republican who warned of the risks in the past, nevertheless played down that threat on Monday.'))
      .toContainEqual(['Jane Ortiz', 'played down']);
  });
});

describe('a full name inserted after a title that ends in a place or body', () => {
  test.each<[string, string, string]>([
    ['Italy’s envoy to the European Union, Marco R. Bellini, said on Friday that talks had stalled.', 'Marco R. Bellini', 'said'],
    ['The ambassador to Mexico, Ana Reyes, said the talks went well.', 'Ana Reyes', 'said'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test('a place named with its region is no person', () => {
    expect(pairs('Farmers in Lyon, France, said the harvest was poor.').map(([s]) => s)).not.toContain('France');
  });
});

describe('an introduction with a place and a time between commas', () => {
  test('"Fla." and "on Wednesday" belong to the introduction, not the subject', () => {
    expect(pairs('At a rally in Tampa, Fla., on Wednesday, Mr. Trump repeated the message, saying that voters had been betrayed.'))
      .toEqual([['Mr. Trump', 'saying']]);
    expect(pairs('In Austin, Texas, last week, the governor signed the bill, saying it would save lives.')).toEqual([['governor', 'saying']]);
  });

  test('a name in apposition after the introduction is still the speaker', () => {
    expect(pairs('In Paris on Monday, the minister, Jean Dupont, spoke to reporters, saying talks had failed.')).toEqual([['Jean Dupont', 'saying']]);
  });
});

describe('a name in apposition after a described title holding capitals', () => {
  test.each<[string, string, string]>([
    ['The State Department spokesman, Ned Carver, said the visit was postponed.', 'Ned Carver', 'said'],
    ['The Senate minority whip, Dana Kroll, told reporters the vote would slip.', 'Dana Kroll', 'told'],
    ['Acme’s chief financial officer, Lena Ortiz, said margins would narrow.', 'Lena Ortiz', 'said'],
  ])('%s', (sentence, source, cue) => {
    expect(pairs(sentence)).toContainEqual([source, cue]);
  });

  test('a named body before a description keeps the body', () => {
    expect(pairs('The Treasury, the country’s biggest borrower, said it would issue more debt.')).toContainEqual(['Treasury', 'said']);
  });
});

describe('a subject before an insert in a clause opened by a conjunction', () => {
  test('"when X, then at Y, demonstrated how …"', () => {
    expect(pairs('The field changed in 1987, when Ruth Okoye, then at a lab in Leeds, demonstrated how the effect could be measured.'))
      .toContainEqual(['Ruth Okoye', 'demonstrated']);
  });
});
