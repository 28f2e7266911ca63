// The cue stems of lexicon/objectives.ts against the cues they must let through: objectives.ts runs the
// cue patterns only on sentences holding a stem, so a cue without one would be silently lost.
import { describe, expect, test } from 'vitest';
import {
  AIM_CUE_PATTERNS, AIM_CUE_STEMS, WEAK_AIM_CUE_PATTERNS, GOAL_CUE_PATTERNS, GOAL_CUE_STEMS, GOAL_NOUNS, PURPOSE_CLAUSE_PATTERN, WEAK_GOAL_CUE_PATTERNS,
} from '../../src/analysis/lexicon/objectives';
import { PLAN_CUE_PATTERNS, PLAN_CUE_STEMS, PLAN_WEAK_CUE_PATTERNS } from '../../src/analysis/lexicon/objectives-plans';
import { literalTrie } from '../../src/analysis/word-trie';
import { literalPrefixes } from '../../src/analysis/regex-prefixes';

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
  const aimStem = new RegExp(`^(?:${literalTrie([...AIM_CUE_STEMS, ...PLAN_CUE_STEMS])})`, 'i');

  test('the expander reads the syntax the cues use', () => {
    expect(expand('aim(?:s|ed)? (?:to|at)')).toEqual(['aim to', 'aim at', 'aims to', 'aims at', 'aimed to', 'aimed at']);
    expect(expand('(?:^|, )to (?!be )[a-z]+,')).toEqual(['to x,', ', to x,']);
  });

  // The purpose clause as objectives.ts matches it: at the sentence start or after ", ".
  test.each([...GOAL_CUE_PATTERNS, ...WEAK_GOAL_CUE_PATTERNS, `(?:^|, )${PURPOSE_CLAUSE_PATTERN}`])('every phrase of the cue %s holds a stem', (pattern) => {
    expect(expand(pattern).filter((phrase) => !stem.test(phrase))).toEqual([]);
  });

  test.each([...AIM_CUE_PATTERNS, ...WEAK_AIM_CUE_PATTERNS, ...PLAN_CUE_PATTERNS, ...PLAN_WEAK_CUE_PATTERNS])('every phrase of the aim cue %s opens with an aim stem', (pattern) => {
    expect(expand(pattern).filter((phrase) => !aimStem.test(phrase))).toEqual([]);
  });

  test('every goal noun, which an announcement needs, holds a stem', () => {
    expect(GOAL_NOUNS.filter((noun) => !stem.test(noun))).toEqual([]);
  });
});

describe('literalPrefixes', () => {
  test('reads literal text, groups and their alternatives, and stops at anything else', () => {
    expect(literalPrefixes('(?:will|can) seek')).toEqual(['can seek', 'will see']);
    expect(literalPrefixes('x(?:a|b(?:c|d)e)f')).toEqual(['xaf', 'xbcef', 'xbdef']);
    expect(literalPrefixes('a(?:b|c)d?e')).toEqual(['ab', 'ac']);
    expect(literalPrefixes('ab\\bc|ab{2}')).toEqual(['a']);
    expect(literalPrefixes('(?<n>ab)c|(x)y')).toEqual(['abc', 'xy']);
  });

  test('reads optional groups both ways, and eight characters at most', () => {
    expect(literalPrefixes('(?:his|the) (?:stated )?aim')).toEqual(['his aim', 'his stat', 'the aim', 'the stat']);
    expect(literalPrefixes('interviewed')).toEqual(['intervie']);
  });

  test('passes over lookarounds and anchors, which match no text', () => {
    expect(literalPrefixes('(?<=q)ab(?!c)d')).toEqual(['abd']);
    expect(literalPrefixes('^(?:he|she) will')).toEqual(['he will', 'she will']);
  });

  test('gives the empty string when a match may open with anything', () => {
    expect(literalPrefixes('[ab]c')).toEqual(['']);
    expect(literalPrefixes('(?:x|y)+z')).toEqual(['']);
    expect(literalPrefixes('(?:ab|)c')).toEqual(['abc', 'c']);
  });

  // objectives.ts puts a lookahead of these openings in front of the cues: a phrase opening with none would be lost.
  // The expander keeps a lookbehind's text (the stems may lean on it); here it matches no text, so it goes.
  const withoutLookbehinds = (source: string): string => {
    let out = source;
    for (let at = out.indexOf('(?<='); at >= 0; at = out.indexOf('(?<=')) {
      let depth = 0;
      let end = at;
      for (; end < out.length; end++) if (out[end] === '(') depth++; else if (out[end] === ')' && --depth === 0) break;
      out = out.slice(0, at) + out.slice(end + 1);
    }
    return out;
  };
  const opening = new RegExp(`^(?:${literalTrie(literalPrefixes([...GOAL_CUE_PATTERNS, ...WEAK_GOAL_CUE_PATTERNS].map((p) => `(?:${p})`).join('|')))})`, 'i');
  test.each([...GOAL_CUE_PATTERNS, ...WEAK_GOAL_CUE_PATTERNS])('every phrase of the cue %s opens with a cue opening', (pattern) => {
    expect(expand(withoutLookbehinds(pattern)).filter((phrase) => !opening.test(phrase))).toEqual([]);
  });
});
