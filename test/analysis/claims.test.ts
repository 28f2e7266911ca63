import { describe, expect, test } from 'vitest';
import { findClaims, scoreSentence } from '../../src/analysis/claims';
import { splitSentences } from '../../src/analysis/sentences';
import { BOILERPLATE, CAUSE, COMPARISON, OPINION, PAST_TENSE, SUPERLATIVE } from '../../src/analysis/lexicon/claims';
import type { Attribution, Hedge, NumberSpan } from '../../src/analysis/types';

const none = { numbers: [], attributed: false, hedged: false, quoted: false };

/** A number span over the first occurrence of `needle` in `text`, as the numbers step would give it. */
function num(text: string, needle: string, kind: NumberSpan['kind'] = 'count'): NumberSpan {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, value: 1, unit: null, approximate: null, kind, sentence: 0 };
}

function attribution(text: string, needle: string, source: string, cue: string, quote = false): Attribution {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, source, cue, anonymous: false, quote, sentence: 0 };
}

function hedge(text: string, needle: string): Hedge {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, sentence: 0 };
}

function claimsOf(text: string, extra: { numbers?: NumberSpan[]; attributions?: Attribution[]; hedges?: Hedge[] } = {}) {
  const { sentences } = splitSentences(text);
  return findClaims({ text, sentences, numbers: extra.numbers ?? [], attributions: extra.attributions ?? [], hedges: extra.hedges ?? [] });
}

describe('scoreSentence', () => {
  test.each([
    ['an event by a named actor', 'Russia captured the village of Sudzha on Tuesday.'],
    ['a comparison', 'Exports from Germany were far higher than imports last spring.'],
    ['a superlative with a name', 'The Amazon is the largest rainforest on the planet.'],
    ['a first', 'It is the first time since World War II that Russia was invaded.'],
    ['a cause', 'The bridge collapsed because of corrosion, Amtrak engineers found.'],
  ])('%s scores as a claim', (_name, sentence) => {
    expect(scoreSentence(sentence, none).score).toBeGreaterThanOrEqual(0.5);
  });

  test.each([
    ['a question', 'Did Russia capture the village of Sudzha on Tuesday?'],
    ['an opinion', 'I think the new park is beautiful.'],
    ['a sign-up box', 'Sign up for our newsletter to get the latest news.'],
    ['a click prompt', 'Click here to read more.'],
    ['a copyright line', 'Copyright © 2024 Example Media. All rights reserved.'],
    ['a follow prompt', 'Follow us on Twitter and Facebook.'],
    ['a short fragment', 'Read more'],
    ['a plain remark', 'It was a nice day for a walk.'],
    ['an ordinal, not a first', 'The first is to divert Russian forces.'],
    ['first-person narration', 'I tried the Vision Pro at Apple headquarters.'],
    ['advice to the reader', 'You used to have to put CSS and jQuery on the WordPress job description.'],
    ['a reporting credit', 'Heba Habib contributed to this report.'],
    ['a related-story link', 'Tunisia sends most foreign fighters to Islamic State in Syria'],
  ])('%s scores low', (_name, sentence) => {
    expect(scoreSentence(sentence, none).score).toBeLessThan(0.5);
  });

  test('a number alone makes a sentence checkable', () => {
    const s = 'Unemployment stood at 4.1 percent.';
    expect(scoreSentence(s, { ...none, numbers: [num(s, '4.1 percent', 'percent')] }).reasons).toContain('number');
    expect(scoreSentence(s, { ...none, numbers: [num(s, '4.1 percent', 'percent')] }).score).toBeGreaterThanOrEqual(0.5);
  });

  test('page chrome that opens with a listed word is chrome, not that word ("Most read" is no superlative)', () => {
    expect(scoreSentence('Most read stories on the site this week.', none).reasons).not.toContain('superlative');
    expect(scoreSentence('The most read story this week was about Russia.', none).reasons).not.toContain('superlative');
    expect(scoreSentence('Russia took the most land this week.', none).reasons).toContain('superlative');
  });

  test('where an entry of one word list starts an entry of another, the longer one belongs to the list that takes precedence', () => {
    // The lists are matched as one trie, longest entry first; this is what keeps that equal to
    // "chrome, then comparison, superlative, cause, opinion, past".
    const lists = [BOILERPLATE, COMPARISON, SUPERLATIVE, CAUSE, OPINION, PAST_TENSE];
    const clashes: string[] = [];
    lists.forEach((shortList, s) => lists.forEach((longList, l) => {
      if (l === s) return;
      for (const short of shortList) {
        for (const long of longList) if (l > s && /^[ -]/.test(long.slice(short.length)) && long.startsWith(short)) clashes.push(`${short} / ${long}`);
      }
    }));
    expect(clashes).toEqual([]);
  });

  test('a question stays low even with numbers and a source', () => {
    const s = 'Did 40 people die, as officials said?';
    expect(scoreSentence(s, { ...none, numbers: [num(s, '40')], attributed: true }).score).toBeLessThan(0.5);
  });
});

describe('findClaims', () => {
  test('spans are whole trimmed sentences in article order, with reasons and score', () => {
    const text = '  Sign up now!\n\nAccording to Bloomberg, up to a thousand troops entered Kursk. Is it over?  ';
    const claims = claimsOf(text, {
      numbers: [num(text, 'up to a thousand')],
      attributions: [attribution(text, 'According to Bloomberg', 'Bloomberg', 'according to')],
    });
    expect(claims.map((c) => c.text)).toEqual(['According to Bloomberg, up to a thousand troops entered Kursk.']);
    const [c] = claims;
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
    expect(c!.reasons).toEqual(expect.arrayContaining(['number', 'attributed']));
    expect(c!.attribution).toBe(0);
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    expect(c!.score).toBeLessThanOrEqual(1);
  });

  test('a hedge inside the sentence marks the claim hedged', () => {
    const text = 'Dozens of Russians were reportedly captured by Ukrainian forces. Kyiv denied it on Monday.';
    const claims = claimsOf(text, { numbers: [num(text, 'Dozens')], hedges: [hedge(text, 'reportedly')] });
    expect(claims.map((c) => [c.text.slice(0, 10), c.hedged])).toEqual([['Dozens of ', true], ['Kyiv denie', false]]);
  });

  test('a sentence continuing a multi-sentence quote takes the quote’s attribution', () => {
    const text = '“We lost 40 tanks. The losses were heavy,” the general told reporters.\n\nThe army denied 12 losses.';
    const claims = claimsOf(text, {
      numbers: [num(text, '40'), num(text, '12')],
      attributions: [attribution(text, 'the general told', 'the general', 'told', true)],
    });
    const first = claims.find((c) => c.text.startsWith('“We lost'));
    const other = claims.find((c) => c.text.startsWith('The army'));
    expect(first?.attribution).toBe(0);
    expect(other?.attribution).toBeUndefined();
  });

  test('a paraphrase in a later sentence is not credited to the earlier source', () => {
    const text = 'Bloomberg reported that 40 tanks were lost. Russia lost 12 more on Friday.';
    const claims = claimsOf(text, {
      numbers: [num(text, '40'), num(text, '12')],
      attributions: [attribution(text, 'Bloomberg reported', 'Bloomberg', 'reported')],
    });
    expect(claims.map((c) => c.attribution)).toEqual([0, undefined]);
  });

  test('inputs out of order and outside every sentence do not break linking', () => {
    const text = 'Ukraine took 350 square kilometers, officials said. Russia lost 40 tanks.';
    const claims = claimsOf(text, {
      numbers: [num(text, '40'), num(text, '350 square kilometers', 'measure'), { ...num(text, 'x'), start: 9999, end: 10000 }],
      attributions: [attribution(text, 'officials said', 'officials', 'said')],
    });
    expect(claims.map((c) => [c.attribution, c.reasons.includes('number')])).toEqual([[0, true], [undefined, true]]);
  });

  test('a named source is preferred over an agentless cue in the same sentence', () => {
    const text = 'Dozens of soldiers were reportedly captured near Sudzha, officials said.';
    const agentless: Attribution = { ...attribution(text, 'reportedly', 'x', 'reportedly'), source: null, anonymous: true };
    const claims = claimsOf(text, {
      numbers: [num(text, 'Dozens')],
      attributions: [agentless, attribution(text, 'officials said', 'officials', 'said')],
    });
    expect(claims.map((c) => c.attribution)).toEqual([1]);
  });

  test('empty text gives no claims', () => {
    expect(claimsOf('')).toEqual([]);
  });
});
