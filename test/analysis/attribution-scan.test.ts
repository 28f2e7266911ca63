import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchesAt, sticky, wordStartScanner } from '../../src/analysis/attribution-scan';
import { ANY_SPACE, literalTrie } from '../../src/analysis/word-trie';
import { back, hasToken, isWordStartCode, tokenize, tokensBefore, TOKEN_RE_SOURCE } from '../../src/analysis/attribution-phrase';
import { articleFromHtml } from '../../src/cli/html';

const ARTICLES = join(__dirname, '..', 'fixtures', 'articles');

// Real article text plus texts that stress word edges: hyphens, apostrophes, digits, non-ASCII letters.
const texts: string[] = [
  ...readdirSync(ARTICLES).map((slug) => join(ARTICLES, slug, 'source.html')).filter((f) => existsSync(f)).map((f) => articleFromHtml(readFileSync(f, 'utf8')).text),
  'He said-said it; the re-stated "Said" was SAID, unsaid, saidx, 2said, _said, said_, said’s, É said, saïd said.',
  'It is being said is being said that; this-is being said; we’re told, we\'re told, WE ARE TOLD, i am told.',
  'x'.repeat(5000) + ' said ' + '5'.repeat(500) + 'said',
];

const phrases = ['said', 'says', 'say', 'told', 'is being said', 'is said', 'it is said', 'being said', "we're told", 'we’re told', 'we are told', 'i am told', 'pointed out', 'pointed', 'according to'];
const firstWords = [...new Set(phrases.map((p) => (/^[A-Za-z0-9_]+/.exec(p) ?? [''])[0].toLowerCase()))];

function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

describe('word-start scanner', () => {
  const scan = wordStartScanner([firstWords]);
  test.each([['g'], ['gi']])('finds exactly the matches of the global regex (flags %s)', (flags) => {
    const re = new RegExp(`\\b(?:${literalTrie(phrases, ANY_SPACE)})\\b`, flags);
    const y = sticky(re);
    for (const text of texts) {
      const found = [...matchesAt(y, text, scan(text)[0] ?? [])].map((m): [number, string] => [m.index, m[0]]);
      expect(found).toEqual(globalMatches(re, text));
    }
  });

  test('lists each word start under every list that holds the word', () => {
    const both = wordStartScanner([['said', 'it'], ['it']]);
    expect(both('It said it, Itself.')).toEqual([[0, 3, 8], [0, 8]]);
  });
});

describe('token word test', () => {
  test('agrees with the word-character class on every UTF-16 code unit', () => {
    const W = /^[^\s!-/:-@[-`{-~\u00A0-\u00BF\u2000-\u206F\u3000-\u303F]/;
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (W.test(String.fromCharCode(c)) !== isWordStartCode(c)) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});

describe('tokenize', () => {
  test('gives the tokens of a global run of the token regex, cut at the window end', () => {
    const re = new RegExp(TOKEN_RE_SOURCE, 'g');
    const byRegex = (text: string, from: number, to: number): Array<[string, number, number, boolean]> => {
      const out: Array<[string, number, number, boolean]> = [];
      re.lastIndex = from;
      for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
        const end = Math.min(m.index + m[0].length, to);
        out.push([text.slice(m.index, end), m.index, end, isWordStartCode(m[0].charCodeAt(0))]);
      }
      return out;
    };
    for (const text of [...texts, 'Mr. Smith, Mrs.Jones, U.S.A. J. Smith 1,234,567.89 x’s \u2003em\u3000 \ufeff \u1680 \u2028 \u00a0 end   ']) {
      for (let from = 0; from <= text.length; from += 97) {
        const to = Math.min(text.length + 2, from + 40 + (from % 160));
        expect(tokenize(text, from, to).map((t): [string, number, number, boolean] => [t.text, t.start, t.end, t.word])).toEqual(byRegex(text, from, to));
      }
    }
  });
});

describe('tokensBefore', () => {
  test('reads back the tokens tokenize gives, made a run at a time, empty past either end', () => {
    for (const text of [...texts, '  x  "Mr. Smith,"  said, U.S.A.’s 1,234 — ok…  ', '\u00a0\u2003 a\u3000b ']) {
      for (let from = 0; from <= text.length; from += 89) {
        const to = Math.min(text.length, from + 30 + (from % 170));
        const forward = tokenize(text, from, to);
        const b = tokensBefore(text, from, to);
        const read = [];
        for (let i = -1; hasToken(b, i); i--) read.unshift(back(b, i));
        expect(read).toEqual(forward);
        expect(back(b, 0).word).toBe(false);
        expect(back(b, -forward.length - 1).text).toBe('');
      }
    }
  });
});
