// The cue stems of lexicon/objectives.ts against the cues they must let through: objectives.ts runs the
// cue patterns only on sentences holding a stem, so a cue without one would be silently lost.
import { describe, expect, test } from 'vitest';
import {
  AIM_CUE_PATTERNS, AIM_CUE_STEMS, WEAK_AIM_CUE_PATTERNS, GOAL_CUE_PATTERNS, GOAL_CUE_STEMS, GOAL_NOUNS, PURPOSE_CLAUSE_PATTERN, WEAK_GOAL_CUE_PATTERNS,
} from '../../src/analysis/lexicon/objectives';
import { literalTrie } from '../../src/analysis/word-trie';

/**
 * Every phrase a regex source can match, with each character class stood in for by "x" (its words
 * are not literal, so no stem may rely on them), a repeat taken zero or one times and lookarounds
 * other than a lookbehind dropped. Enough for the cue patterns, which use no other syntax.
 */
function expand(source: string): string[] {
  let i = 0;
  const alternatives = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[i] !== '|') return out;
      i++;
    }
  };
  const sequence = (): string[] => {
    let phrases = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: string[];
      const c = source[i]!;
      if (c === '(') {
        const lookbehind = source.startsWith('(?<=', i);
        const dropped = source.startsWith('(?!', i) || source.startsWith('(?<!', i) || source.startsWith('(?=', i);
        i = source.indexOf(':', i) === i + 2 ? i + 3 : lookbehind ? i + 4 : dropped ? i + (source[i + 2] === '<' ? 4 : 3) : i + 1;
        const inner = alternatives();
        i++; // ")"
        atom = dropped ? [''] : inner;
      } else if (c === '[') {
        i = source.indexOf(']', source[i + 1] === ']' ? i + 2 : i + 1) + 1;
        atom = ['x'];
      } else if (c === '\\') {
        atom = source[i + 1] === 'b' ? [''] : ['x'];
        i += 2;
      } else if (c === '^') {
        atom = [''];
        i++;
      } else {
        atom = [c];
        i++;
      }
      const q = source[i];
      if (q === '?' || q === '*') { atom = ['', ...atom]; i++; } else if (q === '+') i++;
      else if (q === '{') {
        if (source[i + 1] === '0') atom = ['', ...atom];
        i = source.indexOf('}', i) + 1;
      }
      phrases = phrases.flatMap((p) => atom.map((a) => p + a));
    }
    return phrases;
  };
  return alternatives();
}

describe('GOAL_CUE_STEMS', () => {
  // The prefilter of objectives.ts: a stem at a word start, ", to ", or "to " opening the sentence.
  const stem = new RegExp(`\\b(?:${literalTrie(GOAL_CUE_STEMS)})|, to |^to `, 'i');
  // The cues of AIM_CUE_PATTERNS are tried only where one of AIM_CUE_STEMS starts a word: each must open with one.
  const aimStem = new RegExp(`^(?:${literalTrie(AIM_CUE_STEMS)})`, 'i');

  test('the expander reads the syntax the cues use', () => {
    expect(expand('aim(?:s|ed)? (?:to|at)')).toEqual(['aim to', 'aim at', 'aims to', 'aims at', 'aimed to', 'aimed at']);
    expect(expand('(?:^|, )to (?!be )[a-z]+,')).toEqual(['to x,', ', to x,']);
  });

  // The purpose clause as objectives.ts matches it: at the sentence start or after ", ".
  test.each([...GOAL_CUE_PATTERNS, ...WEAK_GOAL_CUE_PATTERNS, `(?:^|, )${PURPOSE_CLAUSE_PATTERN}`])('every phrase of the cue %s holds a stem', (pattern) => {
    expect(expand(pattern).filter((phrase) => !stem.test(phrase))).toEqual([]);
  });

  test.each([...AIM_CUE_PATTERNS, ...WEAK_AIM_CUE_PATTERNS])('every phrase of the aim cue %s opens with an aim stem', (pattern) => {
    expect(expand(pattern).filter((phrase) => !aimStem.test(phrase))).toEqual([]);
  });

  test('every goal noun, which an announcement needs, holds a stem', () => {
    expect(GOAL_NOUNS.filter((noun) => !stem.test(noun))).toEqual([]);
  });
});
