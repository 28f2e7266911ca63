/**
 * Words beside a reporting cue that are no part of its source: a norm after "according to"
 * ("according to plan"), and a time or occasion between a subject and its verb ("Obama on Tuesday said").
 */
import { back, type Phrase, type TokensBefore } from './attribution-phrase';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon/numbers';

// Norms a thing is done by: "moved according to simple rules", "went according to plan", "buried according to custom".
const NORM_NOUNS = new Set(['rule', 'rules', 'plan', 'schedule', 'custom', 'customs', 'tradition', 'traditions', 'protocol', 'ritual', 'script', 'recipe', 'formula', 'pattern', 'instructions', 'design']);

/**
 * "according to" meaning "in keeping with": a norm in lower case right after a word of the clause (no comma or
 * sentence start before the cue), or with no article ("according to plan"). ", according to the plan released Monday" cites it.
 */
export function conformity(text: string, cue: number, p: Phrase): boolean {
  if (p.proper || !NORM_NOUNS.has(p.head)) return false;
  if (!/^(?:the|a|an)\s/i.test(text.slice(p.start, p.end))) return true;
  let k = cue - 1;
  while (k > 0 && /\s/.test(text.charAt(k))) k--;
  return /[\p{L}\d]/u.test(text.charAt(k));
}

const WEEKDAYS = new Set(WEEKDAY_NAMES.map((d) => d.toLowerCase()));
const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'summer', 'spring', 'fall', 'autumn', 'winter', 'quarter', ...WEEKDAYS, ...PARTS_OF_DAY]);
const DEICTIC = new Set(['last', 'this', 'next', 'that', 'earlier', 'later']);
// "in a statement", "in an interview with CNN" is too long; "in a televised address" holds one adjective.
const OCCASIONS = new Set(['statement', 'interview', 'letter', 'tweet', 'post', 'speech', 'address', 'memo', 'email', 'e-mail', 'filing', 'briefing', 'op-ed', 'essay', 'video', 'podcast']);
const PARTICIPLE = /^[a-z]+(?:ed|en|ing)$/;
const POSSESSIVES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/** Tokens of a time or occasion phrase ending at token `i`: "on Tuesday", "in 2015", "at the time", "last week", "in a statement"; 0 when none. */
function timePhraseLength(before: TokensBefore, i: number): number {
  const w = (k: number): string => back(before, i - k).low;
  const at0 = w(0);
  if (WEEKDAYS.has(at0) && w(1) === 'on') return 2;
  if (PARTS_OF_DAY.has(at0) && WEEKDAYS.has(w(1)) && w(2) === 'on') return 3; // "on Tuesday night"
  if (/^\d{1,2}$/.test(at0) && MONTHS.has(w(1)) && w(2) === 'on') return 3; // "on May 4"
  if ((MONTHS.has(at0) || /^(?:1[89]|20)\d\d$/.test(at0)) && (w(1) === 'in' || w(1) === 'since')) return 2; // "in May", "in 2015"
  if (at0 === 'time' && w(1) === 'the' && w(2) === 'at') return 3; // "at the time"
  if (PERIODS.has(at0) && DEICTIC.has(w(1))) return w(1) === 'this' && w(2) === 'earlier' ? 3 : 2; // "last week", "earlier this year"
  if (OCCASIONS.has(at0)) {
    const det = POSSESSIVES.has(w(1)) ? 1 : POSSESSIVES.has(w(2)) && /^[a-z-]+$/.test(w(1)) ? 2 : 0;
    if (det && w(det + 1) === 'in') return det + 2;
  }
  return 0;
}

/**
 * "Obama at the time called", "Ms. Ruiz on Tuesday said", "the minister in a statement said": when a time or occasion
 * phrase stands at token `i` (the word before the verb) after a word, the index of that word, so the subject is read past it.
 */
export function skipTimePhrase(before: TokensBefore, i: number): number {
  const n = timePhraseLength(before, i);
  if (!n) return i;
  // "a poll released on Friday showed": the phrase goes with a participle, which the subject reader takes in whole.
  const left = back(before, i - n);
  return left.word && !PARTICIPLE.test(left.text) ? i - n : i;
}
