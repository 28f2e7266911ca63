/**
 * "(Zentek, a Danish company that drew notice when it announced a chip …)", "When Kalmar, the Swedish
 * firm, reported its results, it said …": an "it" in a sentence that opens with a body's name and an
 * appositive that says it is a body (", a … company", ", the … firm") stands for that body, whatever
 * body the article cited last. Reads only the sentence before the pronoun, at most 400 characters back.
 */
import type { Attribution } from './types';
import { BODY_APPOSITIVE_NOUNS } from './lexicon/sources';

const REACH = 400;
// Where the pronoun's sentence starts: after a sentence's end or a line break.
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=[(“"A-Z])|\n/g;
// The sentence opens (after a parenthesis, a quotation mark or a subordinating word) with a capitalised name,
// then ", a|an|the" and up to ten words ending with a body's noun.
const OPENING_BODY = new RegExp(String.raw`^[(“"]?\s*(?:(?:When|After|As|While|Since|Before|Until|But|And|Yet|Then)\s+)?((?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&’'-]*(?:\.(?=,))?),\s+(?:a|an|the)\s+(?:[^\s,;()“”"]+\s+){0,10}?(?:${BODY_APPOSITIVE_NOUNS.join('|')})\b`);
const FUNCTION_OPENERS = /^(?:The|A|An|It|Its|This|That|He|She|They|We|I|In|On|At|For|By|With|From)$/;

/** The body the sentence holding `at` opens with, named with a body's appositive before `at`; null when none. */
function openingBody(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - REACH), at);
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(window); m; m = SENTENCE_BREAK.exec(window)) start = m.index + m[0].length;
  const m = OPENING_BODY.exec(window.slice(start));
  const name = m?.[1];
  return name === undefined || FUNCTION_OPENERS.test(name) ? null : name;
}

/** Re-points each "it" attribution (in place) to the body its sentence opens with, when an appositive says it is one. */
export function settleIt(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const mention = (a.mention ?? a.source ?? '').toLowerCase();
    if (mention !== 'it' && mention !== 'its') continue;
    const body = openingBody(text, a.start);
    if (body !== null) {
      a.mention ??= a.source ?? undefined;
      a.source = body;
    }
  }
}
