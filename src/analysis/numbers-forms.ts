/**
 * Small readings for forms of numbers that the patterns match as a whole: decades in words
 * ("the nineteen-eighties"), ratios ("one in five") and codes written as digits ("(00, 01,
 * 10, 11)"). Each works on the few characters of one match.
 */
import { TENS_WORDS } from './lexicon/numbers';

const DECADE_WORD = /^(nineteen|twenty)[- \u00a0](tens|[a-z]+(?=ies$))/i;

/** The year a decade in words starts ("nineteen-eighties" → 1980), or null when `t` is none. */
export function decadeInWords(t: string): number | null {
  const m = DECADE_WORD.exec(t);
  if (!m) return null;
  const tens = m[2]!.toLowerCase();
  const ten = tens === 'tens' ? 10 : TENS_WORDS[`${tens}y`];
  if (ten === undefined) return null;
  return (m[1]!.toLowerCase() === 'nineteen' ? 1900 : 2000) + ten;
}

/**
 * True when `n`, a bare count in digits, is one of a parenthesised list of codes written
 * with the same number of digits, one of them with a leading zero ("states (00, 01, 10, 11)",
 * "(007, 010, 100)"): labels, not quantities. Only the 48 characters around it are read.
 */
export function isDigitCodeInList(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 2 || len > 6) return false;
  let open = start - 1;
  while (open >= 0 && start - open < 48 && text.charCodeAt(open) !== 40) {
    const c = text.charCodeAt(open);
    if (c !== 44 && c !== 32 && (c < 48 || c > 57)) return false;
    open--;
  }
  if (text.charCodeAt(open) !== 40) return false;
  const close = text.indexOf(')', end);
  if (close < 0 || close - start > 48) return false;
  const items = text.slice(open + 1, close).split(/,[ \u00a0]*/);
  return items.length >= 2 && items.every((i) => i.length === len && /^\d+$/.test(i)) && items.some((i) => i.charCodeAt(0) === 48);
}
