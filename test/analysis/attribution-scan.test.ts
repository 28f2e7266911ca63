import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchesAt, sticky, wordStartScanner } from '../../src/analysis/attribution-scan';
import { trieSource } from '../../src/analysis/attribution-verbs';
import { isWordStartCode } from '../../src/analysis/attribution-phrase';
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
    const re = new RegExp(`\\b(?:${trieSource(phrases)})\\b`, flags);
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
