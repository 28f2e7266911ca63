import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';
import { matchAttributions, sameName, type Gold } from './match';

describe('the loose name rule', () => {
  it('matches a name inside a fuller one, and a shared surname', () => {
    expect(sameName('Bloomberg', 'Bloomberg News')).toBe(true);
    expect(sameName('Mr. Trump', 'Donald Trump')).toBe(true);
    expect(sameName('officials', 'senior U.S. officials')).toBe(true);
  });

  it('does not let a lone modifier stand for a name that holds it', () => {
    expect(sameName('new', "the new 'dot plot' of rate projections")).toBe(false);
    expect(sameName('other', 'other economists')).toBe(false);
    expect(sameName('others', 'others')).toBe(true);
  });
});

describe('attributions whose source is a pronoun', () => {
  const text = 'Maria Lopez met Tom Baker at the station on Monday. When she spoke to reporters later, she said the trains were late.';
  const gold = (refersTo: string): Gold => ({
    title: '', numbers: [], sources: [], objectives: [],
    attributions: [{ source: 'she', cue: 'said', sentence_start: 'When she spoke to reporters', refers_to: refersTo }],
  });

  it('count only when the analysis resolved the pronoun to the gold antecedent', () => {
    const a = analyze({ title: '', text });
    const said = a.attributions.find((x) => x.cue === 'said');
    expect(said?.mention).toBe('she');
    expect(matchAttributions(a, gold(said?.source ?? '')).tp).toBe(1);
    expect(matchAttributions(a, gold('Someone Else')).tp).toBe(0);
  });
});
