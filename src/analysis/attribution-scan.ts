/**
 * Where a cue regex can start, found for several regexes in one pass over the text.
 * A regex that opens with `\b(?:long alternation)` is tried by the engine at every
 * character; most of the text is words no cue starts with. One regex of the first words
 * of all the cue regexes lists the starts of the words each could begin with, and each
 * then runs (sticky) only there. The matches are exactly those of the global regex: every
 * match starts at a word whose lower-case text is in the regex's first-word list, and starts
 * are tried in increasing order past the previous match, as a global scan does.
 */
import { literalTrie } from './word-trie';
import { lowerCase } from './lower-case';

/** A lexicon phrase's first word as the regex engine's ASCII `\b` sees it ("we're told" → "we"). */
export function firstWord(phrase: string): string {
  return (/^[A-Za-z0-9_]+/.exec(phrase) ?? [''])[0].toLowerCase();
}

/**
 * A scanner for `lists` of first words (lower case, ASCII `\w` only): `scan(text)` returns,
 * for each list, the ascending starts of the whole words of `text` that are in it,
 * compared case-insensitively.
 */
export function wordStartScanner(lists: readonly (readonly string[])[]): (text: string) => number[][] {
  // Each word → bit mask of the lists holding it.
  const masks = new Map<string, number>();
  lists.forEach((list, k) => {
    for (const word of list) {
      if (!/^[a-z0-9_]+$/.test(word)) throw new Error(`not a lower-case ASCII word: ${word}`);
      masks.set(word, (masks.get(word) ?? 0) | (1 << k));
    }
  });
  // A trie, so shared prefixes are read once. Case-insensitive without the u flag: a non-ASCII
  // character never matches an ASCII letter, so each match lower-cases to a listed word.
  // (A hashing loop over the characters ran this pass about a quarter faster, in twice the code.)
  const re = new RegExp(`\\b(?:${literalTrie([...masks.keys()])})\\b`, 'gi');
  return (text: string): number[][] => {
    const out: number[][] = lists.map(() => []);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const mask = masks.get(lowerCase(m[0])) as number;
      for (let k = 0; k < out.length; k++) if (mask & (1 << k)) (out[k] as number[]).push(m.index);
    }
    return out;
  };
}

/**
 * Runs `sticky` (a copy of a global regex with the `y` flag) at each of `starts` that
 * lies past the previous match: the same matches, in the same order, as the global regex.
 * An array, not a generator: resuming a generator per match cost more than the few matches' array.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    next = start + m[0].length;
    out.push(m);
  }
  return out;
}

/** The sticky twin of a global regex. */
export function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace('g', '')}y`);
}
