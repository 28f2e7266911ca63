import { describe, expect, test } from 'vitest';
import { displayName, resolveMention, sourceName, sourceType, startNameMemo, type KnownSource } from '../../src/analysis/attribution-source';
import { analyze } from '../../src/analysis/index';

describe('displayName', () => {
  test('a name never runs across a paragraph break: the heading before it goes', () => {
    startNameMemo();
    expect(displayName('Background\n\nGreenpeace')).toBe('Greenpeace');
    expect(displayName('Greenpeace\n\n')).toBe('Greenpeace\n\n');
  });

  test('a capitalised preposition or conjunction opening the sentence is no part of the name', () => {
    startNameMemo();
    expect(displayName('Unlike Harlow')).toBe('Harlow');
    expect(displayName('Enter Maria T. Voss')).toBe('Maria T. Voss');
    expect(displayName('Despite Greenpeace')).toBe('Greenpeace');
    // A name that only looks like one keeps its first word.
    expect(displayName('Like')).toBe('Like');
    expect(displayName('Sunil Asher')).toBe('Sunil Asher');
  });
});

describe('resolveMention: he and she', () => {
  const person = (name: string): KnownSource => ({ name, type: 'person', plural: false });

  test('a person once "she" is not a later "he": the pronoun passes on to an earlier person', () => {
    startNameMemo();
    const history = [person('Tom Baker'), person('Anna Lund')];
    expect(resolveMention('she', history)?.name).toBe('Anna Lund');
    expect(resolveMention('he', history)?.name).toBe('Tom Baker');
    expect(resolveMention('his', history)?.name).toBe('Tom Baker');
    expect(resolveMention('her', history)?.name).toBe('Anna Lund');
  });

  test('a title or a common given name says the gender before any pronoun has', () => {
    startNameMemo();
    // "he" passes over the latest person, a woman by her given name, to the man before her.
    const history = [person('Pedro Salinas'), person('Elena Varga')];
    expect(resolveMention('he', history)?.name).toBe('Pedro Salinas');
    expect(resolveMention('she', [person('Mrs. Okafor'), person('Mr. Dunmore')])?.name).toBe('Mrs. Okafor');
    expect(resolveMention('she', [person('Elena Varga'), person('Dr. Hugh Lane')])?.name).toBe('Elena Varga');
    // A name the lists do not know takes either pronoun, as before.
    expect(resolveMention('she', [person('Elena Varga'), person('Kim Park')])?.name).toBe('Kim Park');
  });

  test('with no person of that gender in reach, nothing', () => {
    startNameMemo();
    const history = [person('Anna Lund')];
    expect(resolveMention('she', history)?.name).toBe('Anna Lund');
    expect(resolveMention('he', history)).toBeNull();
  });

  test('each analysis starts with no genders known', () => {
    startNameMemo();
    expect(resolveMention('she', [person('Kim Park')])?.name).toBe('Kim Park');
    startNameMemo();
    expect(resolveMention('he', [person('Kim Park')])?.name).toBe('Kim Park');
  });
});

describe('resolveMention: descriptions', () => {
  test('"the company" finds a company name even where a pronoun had it stand for a person', () => {
    startNameMemo();
    const history: KnownSource[] = [{ name: 'Acme Corporation', type: 'person', plural: false }, { name: 'Lena Ortiz', type: 'person', plural: false }];
    expect(resolveMention('the company', history)?.name).toBe('Acme Corporation');
    expect(resolveMention('the firm', [{ name: 'Lena Ortiz', type: 'person', plural: false }])).toBeNull();
  });
});

describe('sourceName: when a document came out is no part of its name', () => {
  test('a day after a document noun goes', () => {
    expect(sourceName('a study Monday')).toBe('study');
    expect(sourceName('a report last week')).toBe('report');
    expect(sourceName('Doctors Friday')).toBe('Doctors Friday');
  });
});

describe('sourceName: "one" before a name', () => {
  test('"one Okafor acknowledges": "one" is "a certain", not part of the name', () => {
    startNameMemo();
    expect(sourceName('one Okafor')).toBe('Okafor');
    expect(sourceName('one Dana Okafor')).toBe('Dana Okafor');
    expect(sourceName('one reader')).toBe('one reader');
    expect(sourceName('one of the Okafors')).toBe('one of the Okafors');
  });
});

describe('sourceName: an aside after the subject', () => {
  test('"Voters of course", "the rangers, however," lose the aside', () => {
    startNameMemo();
    expect(sourceName('Voters of course')).toBe('Voters');
    expect(sourceName('the rangers, however,'.replace(/,$/, ''))).toBe('rangers');
    expect(sourceName('the rangers themselves')).toBe('rangers');
    expect(sourceName('Course')).toBe('Course');
  });
});

describe('sourceName: an adverb before the subject is no part of its name', () => {
  test.each([
    ['perhaps the two founders', 'two founders'],
    ['Apparently Acme and Brill', 'Acme and Brill'],
    ['maybe also the regulators', 'regulators'],
    ['Clearwater officials', 'Clearwater officials'],
  ])('%s → %s', (mention, name) => {
    startNameMemo();
    expect(sourceName(mention)).toBe(name);
  });
});

describe('sourceType: a lower-case document noun', () => {
  test('"research" and "New research" are documents; a capitalised "X Research" stays a firm', () => {
    startNameMemo();
    expect(sourceType('research', false)).toBe('document');
    expect(sourceType('New research', false)).toBe('document');
    expect(sourceType('Harbor Research', false)).toBe('organisation');
  });
});

describe('sourceType: the people counted or placed, not the count or the place', () => {
  test('"a number of X", "a 40-percent majority of X" and "X in several states" are typed as X', () => {
    startNameMemo();
    expect(sourceType('a number of retired teachers in three swing states', false)).toBe('other');
    expect(sourceType('a 40-percent majority of county officials', false)).toBe('government');
    expect(sourceType('handful of pollsters across several states', false)).toBe('other');
    expect(sourceType('Democrats in the state Senate', false)).toBe('government');
  });
});

describe('sourceType: pronouns that name no one person', () => {
  test('"They", "We" or "It" left unresolved is never a person, so a later "she" cannot stand for it', () => {
    startNameMemo();
    for (const p of ['They', 'We', 'It', 'You']) expect(sourceType(p, false)).not.toBe('person');
    const history: KnownSource[] = [
      { name: 'Ruth Okonjo', type: 'person', plural: false },
      { name: 'They', type: sourceType('They', false), plural: false },
    ];
    expect(resolveMention('she', history)?.name).toBe('Ruth Okonjo');
  });
});

describe('resolveMention: a surname', () => {
  test('a bare surname goes to the full name, never to a description that ends with it ("a colleague of Ruiz")', () => {
    startNameMemo();
    const history: KnownSource[] = [
      { name: 'Daniel Ruiz', type: 'person', plural: false },
      { name: 'colleague of Ruiz', type: 'person', plural: false },
    ];
    expect(resolveMention('Ruiz', history)?.name).toBe('Daniel Ruiz');
  });
});

describe('sourceType: an acronym is a body, never a person', () => {
  test('capitals, with or without dots, are an organisation; a state is a government', () => {
    for (const name of ['IBM', 'I.B.M.', 'NIST', 'AT&T', 'OECD']) expect(sourceType(name, false)).toBe('organisation');
    for (const name of ['U.S.', 'UK', 'EU']) expect(sourceType(name, false)).toBe('government');
  });
  test('a one-word surname or a name with a company suffix keeps its own type', () => {
    expect(sourceType('Okafor', false)).toBe('person');
    expect(sourceType('Halvern Co.', false)).toBe('organisation');
    expect(sourceType('Halvern Ltd.', false)).toBe('organisation');
  });
  test('"the company" goes to the acronym the text just cited, not to a body cited before it', () => {
    const text = 'Halvern Research said the field was young. Its chips have five qubits, in a system that IBM announced in May. The company expects to reach fifty.';
    expect(analyze({ title: '', text }).attributions.find((a) => a.cue === 'expects')?.source).toBe('IBM');
  });
});
