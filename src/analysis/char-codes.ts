/**
 * Character classes by UTF-16 code, for the hand-written scanners in the hot paths (a regex
 * test per character costs several times more). ASCII only: callers decide what other
 * characters mean. Also the word count the claims and the ledger share.
 */

/** A–Z or a–z. */
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** 0–9. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What the regex engine's ASCII `\w` matches: a letter, a digit or `_`. */
export const isAsciiWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;

/** What the regex engine's `\s` matches: ASCII and Unicode spaces, line and paragraph separators, the BOM. */
export const isRegexSpace = (c: number): boolean =>
  c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 160 && (c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

/**
 * Whitespace-separated words in text[from, to) (space, tab, line break or no-break space between
 * them), counting no further than `limit`.
 */
export function countWords(text: string, from = 0, to = text.length, limit = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = from, end = Math.min(to, text.length); i < end && words < limit; i++) {
    const c = text.charCodeAt(i);
    // Letters first: one comparison for most characters.
    const space = c > 32 ? c === 160 : c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
