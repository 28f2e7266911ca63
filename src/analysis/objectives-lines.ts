/**
 * How a sentence or a line of the objectives ends, read back by hand from its last character: a
 * slice and an anchored regex per sentence cost more than the reading.
 */
import { isRegexSpace } from './char-codes';

/** What may close a sentence after its terminator, as character codes: " ” ’ ' ) ]. */
const CLOSERS = [34, 0x201d, 0x2019, 39, 41, 93];
/**
 * Whether text[from, to) ends like a sentence proper: with a terminator (. ! …), closing quotes
 * aside; link lines and headings do not. Read back by hand: no slice, no regex.
 */
export function endsLikeSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && CLOSERS.includes(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return i >= from && (c === 46 || c === 33 || c === 0x2026);
}
/** Whether text[from, to) ends with a colon, spaces aside: a line that opens a list ("President Obama also said:"). */
export function endsWithColon(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isRegexSpace(text.charCodeAt(i))) i--;
  return i >= from && text.charCodeAt(i) === 58;
}
