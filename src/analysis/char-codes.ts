/**
 * Character classes by UTF-16 code, for the hand-written scanners in the hot paths (a regex
 * test per character costs several times more). ASCII only: callers decide what other
 * characters mean.
 */

/** A–Z or a–z. */
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** 0–9. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What the regex engine's ASCII `\w` matches: a letter, a digit or `_`. */
export const isAsciiWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;
