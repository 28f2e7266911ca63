/**
 * Where a cue regex can start, found for several regexes in one plain pass over the text.
 * A regex that opens with `\b(?:long alternation)` is tried by the engine at every
 * character; most of the text is words no cue starts with. One loop over the characters
 * lists the starts of the words each regex could begin with, and the regex then runs
 * (sticky) only there. The matches are exactly those of the global regex: every match
 * starts at a word whose lower-case text is in the regex's first-word list, and starts
 * are tried in increasing order past the previous match, as a global scan does.
 */

/** A lexicon phrase's first word as the regex engine's ASCII `\b` sees it ("we're told" → "we"). */
export function firstWord(phrase: string): string {
  return (/^[A-Za-z0-9_]+/.exec(phrase) ?? [''])[0].toLowerCase();
}

/**
 * Hash of a lower-case ASCII word, as the scanner computes it character by character.
 * Kept to 30 bits: a small integer, so map lookups never box it.
 */
function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/** Per ASCII code: the lower-case code of a `\w` character (letter, digit, underscore), 0 for any other. */
const WORD_CODES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/\w/.test(ch)) WORD_CODES[c] = ch.toLowerCase().charCodeAt(0);
}

/** The lower-case code of the `\w` character at `i`, 0 when it is none. */
function wordCode(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (WORD_CODES[c] as number) : 0;
}

/**
 * A scanner for `lists` of first words (lower case, ASCII `\w` only): `scan(text)` returns,
 * for each list, the ascending starts of the whole words of `text` that are in it,
 * compared case-insensitively. A hash collision can add a start, never drop one.
 */
export function wordStartScanner(lists: readonly (readonly string[])[]): (text: string) => number[][] {
  // An open-addressing table of hash → bit mask of lists: a few array reads per word, where a Map costs several times more.
  const words = new Map<number, number>();
  lists.forEach((list, k) => {
    for (const word of list) {
      if (!/^[a-z0-9_]+$/.test(word)) throw new Error(`not a lower-case ASCII word: ${word}`);
      const h = hashWord(word);
      words.set(h, (words.get(h) ?? 0) | (1 << k));
    }
  });
  let size = 16;
  while (size < words.size * 4) size *= 2;
  const slot = size - 1;
  const keys = new Int32Array(size).fill(-1);
  const masks = new Int32Array(size);
  for (const [h, mask] of words) {
    let j = h & slot;
    while (keys[j] !== -1) j = (j + 1) & slot;
    keys[j] = h;
    masks[j] = mask;
  }
  return (text: string): number[][] => {
    const out: number[][] = lists.map(() => []);
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let low = wordCode(text, i);
      if (low === 0) continue;
      const start = i;
      let h = 0;
      do {
        h = (Math.imul(h, 31) + low) & 0x3fffffff;
        low = ++i < n ? wordCode(text, i) : 0;
      } while (low !== 0);
      let j = h & slot;
      let key = keys[j] as number;
      while (key !== h && key !== -1) { j = (j + 1) & slot; key = keys[j] as number; }
      if (key !== h) continue;
      const mask = masks[j] as number;
      for (let k = 0; k < out.length; k++) if (mask & (1 << k)) (out[k] as number[]).push(start);
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
