/**
 * Speakers beyond a plain source noun, for src/analysis/attribution-speaker.ts: quantified groups and common nouns
 * as a strong verb's subject ("Some hinted", "both airlines said"), the subject that agreement rules out ("as a
 * mayor say"), and the "-ing" forms of weak verbs that name or signal ("calling her a …", "describing X as Y").
 */
import type { Phrase, TokensBefore } from './attribution-phrase';
import { WINDOW, back, isCap, isFirstPerson, isPronoun, isSourceNoun, phraseAt } from './attribution-phrase';
import type { Speaker, VerbSite } from './attribution-speaker';
import { openingSubject } from './attribution-subject';
import { NOUNLIKE } from './attribution-verbs';
import { PLURAL_MEANING_NOUNS } from './lexicon/reporting';
import { lowerCase } from './lower-case';

// "youth admitted to the prison", "staff reported to their posts": admission and duty, not speech.
const PREPOSITION_NEXT = /^\s+(?:to|into|for)\s+(?:the|their|his|her|its|a|an)\b/;
const PREPOSITIONS = new Set(['of', 'on', 'about', 'in', 'for', 'with', 'from', 'by', 'to', 'at', 'into', 'over', 'under', 'among', 'between', 'through', 'like']);
/** Quantifiers that stand for the people counted ("Some hinted", "many believe", "others said"). */
const QUANTIFIER_HEADS = new Set(['some', 'many', 'most', 'several', 'others', 'both']);
// A plain lower-case word, no participle or gerund ("the noise", not "the meeting said").
const COMMON_NOUN = /^(?![a-z]+(?:ing|ed)$)[a-z][a-z-]{2,}$/;
/** Times and things a strong verb's subject can look like but that never speak ("last year said", "the same day said"). */
const NOT_SPEAKER_NOUNS = new Set(['always', 'never', 'often', 'sometimes', 'usually', 'also', 'still', 'again', 'ever', 'year', 'years', 'week', 'weeks', 'day', 'days', 'month', 'months', 'time', 'times', 'way', 'things', 'thing', 'all', 'each', 'none', 'anything', 'nothing', 'everything', 'something']);

/**
 * For a lower-case head that is no source noun: "Some hinted", "many say", "both airlines said", "one executive
 * complained". A quantified group speaks with a strong verb or a verb of belief (`belief`); any common noun that is a
 * strong verb's subject speaks ("the airline said"); a weak verb needs a plain source. A noun-like form ("many states",
 * "weather forecasts"), a verb with a preposition after it ("staff reported to their posts") or a phrase that a
 * preposition opens ("a report on … a threat reveals") keeps the plain-source rule. `antecedent`: the phrase is a relative
 * pronoun's antecedent, which need not open a clause.
 */
export function groupSpeaks(v: VerbSite, p: Phrase, belief: boolean, antecedent: boolean): boolean {
  const low = lowerCase(p.head);
  // A subject opens its clause ("The man who knows her best said" is no "her best said"); "more than two dozen women" is one phrase.
  const lead = back(v.before, p.first - 1);
  if (!antecedent && lead.word && !CLAUSE_OPENERS.has(lead.low) && !(lead.low === 'than' && /^(?:more|fewer|less)$/.test(back(v.before, p.first - 2).low))) return false;
  if (NOUNLIKE.has(v.formText) || PREPOSITION_NEXT.test(v.next) || PREPOSITIONS.has(back(v.before, p.first - 1).low)) return false;
  if (QUANTIFIER_HEADS.has(low)) return v.form.strong || belief;
  // "…, rare cards, and books says": a plural noun does not agree with a verb in "-s", so it is no subject.
  if (/[^s]s$/.test(low) && /[^s]s$/.test(v.formText)) return false;
  return v.form.strong && COMMON_NOUN.test(low) && !NOT_SPEAKER_NOUNS.has(low) && !/['’]/.test(v.text.slice(p.start, p.end));
}

const CLAUSE_OPENERS = new Set(['as', 'and', 'but', 'or', 'that', 'while', 'when', 'because', 'so', 'although', 'though', 'since', 'if', 'after', 'before', 'where', 'whereas', 'yet', 'then', 'now', 'also', 'still', 'however']);
const PLURAL_HEADS = new Set(PLURAL_MEANING_NOUNS);
// A capitalised adjective of region ("Western states", "Southern reports"): a noun-like form after it is the noun it qualifies.
const REGION_ADJECTIVE = /^\p{Lu}\p{Ll}*(?:ern|ian|ese)$/u;
// Base forms that are also past tenses: "the sign read", "the bureau forecast" agree with a singular subject.
const PAST_AS_BASE = new Set(['read', 'forecast', 'put it', 'cast', 'set']);

/**
 * True when the phrase cannot be the verb's subject: "Western states — a stronghold …" (an adjective before a noun-like
 * form), or "as a mayor say, …" (a singular common noun before a base form, which would need "says").
 */
export function noSubjectAgreement(v: VerbSite, p: Phrase): boolean {
  if (NOUNLIKE.has(v.formText) && p.first === p.last && REGION_ADJECTIVE.test(p.head)) return true;
  const low = lowerCase(p.head);
  if (p.proper || isPronoun(low) || /s$/.test(low) || PLURAL_HEADS.has(low) || QUANTIFIER_HEADS.has(low) || v.i !== -1) return false;
  return v.formText === v.form.lemma && !v.form.ing && !PAST_AS_BASE.has(v.formText) && /^[a-z]/.test(v.text.slice(p.start, p.end));
}

/** Singular messages a participle may follow ("a statement saying", "Trump's tweet calling"). */
export const MESSAGE_AFTER = /^(?:statement|letter|tweet|post|message|memo|email|note|release)$/;

// "calling her a “nasty” woman", "describing blacks as besieged", "labeling the critics “sick”", "signaling that …": weak verbs whose
// "-ing" form names or signals something, so it reports for the clause's subject as ", saying" does.
const NAMING_NEXT: ReadonlyMap<string, RegExp> = new Map([
  ['call', /^\s+(?:[\w’'.-]+\s+){1,4}?(?:an?\s|["“])/],
  ['label', /^\s+(?:[\w’'.-]+\s+){1,4}?(?:an?\s|["“])/],
  ['describe', /^\s+(?:[\w’'.-]+\s+){1,6}?as\s/],
  ['signal', /^\s+(?:that\b|(?:[\w’'-]+\s+){1,3}?(?:on|for|about|toward|towards|in)\s)/],
  ['suggest', /^\s+that\b/],
  ['imply', /^\s+(?:that\s|[\w’'-]+\s+(?:is|was|were|are|had|has|would|could|will)\b)/],
]);

/** True when a weak verb names or signals something in the words after it ("calling her a …", "describing X as …"). */
export function namingParticiple(v: VerbSite): boolean {
  return NAMING_NEXT.get(v.form.lemma)?.test(v.text.slice(v.end, v.end + 80)) ?? false;
}

/** The subject right after the comma that ends an opening participle clause ("Describing …, he asked"), within the window. */
export function openingParticipleSubject(v: VerbSite): Speaker | null {
  const stop = Math.min(v.sent.end, v.end + WINDOW);
  const comma = v.text.indexOf(',', v.end);
  if (comma < 0 || comma >= stop || /["“”;:]/.test(v.text.slice(v.end, comma))) return null;
  const { p } = phraseAt(v.text, comma + 1, stop);
  return p && (isPronoun(p.head) || isSourceNoun(p.head) || (p.proper && isCap(p.head))) && !isFirstPerson(p.head) ? { phrase: p } : null;
}

/** Words a "who" clause describes as a group of speakers: "those who know her believe", "people who worked with him say". */
const WHO_GROUP = new Set(['those', 'people', 'anyone', 'everyone', 'many', 'some', 'others', 'few', 'all']);
// A short clause only: past a few words the verb may be the clause's own ('contractors who worked on the issue makes them worry').
const MAX_WHO_CLAUSE = 5;

/**
 * "those who know her believe", "people who have worked with him say": a group with its "who" clause as the subject
 * of a strong verb or a verb of belief (`belief`), read back from the word before the verb (`back(v.before, v.i)`).
 * Null when no such clause ends right before the verb.
 */
export function whoClauseSubject(v: VerbSite, belief: boolean): Phrase | null {
  if (!v.form.strong && !belief) return null;
  const { before, i } = v;
  for (let k = i - 1; i - k <= MAX_WHO_CLAUSE; k--) {
    const t = back(before, k);
    if (!t.word) return null;
    if (t.low !== 'who') continue;
    const group = back(before, k - 1);
    if (k === i || !group.word || !(WHO_GROUP.has(group.low) || (isSourceNoun(group.low) && /s$/.test(group.low)))) return null;
    return { start: group.start, end: back(before, i).end, first: k - 1, last: i, head: group.text, proper: false };
  }
  return null;
}

// Naming ("a group called Hamas") and "calling out" are no report, but a name with an epithet after it is a label
// given: 'called Mrs. Clinton a “bigot”', 'calling Kaine a “trial lawyer”' (see NEXT_WORDS in attribution-cues.ts).
export const CALL_NAMING = /^\s+(?:(?!(?:[\p{L}’'.-]+\s+){1,4}?(?:an?\s|["“]))\p{Lu}|(?:out|off|up|in|back|on)\b)/u;

// Between a cue and a participle that goes on for its speaker: a comma, after at most a short adjunct ('he said on Fox News, signaling …').
export const PARTICIPLE_GAP = /^(?:\s+(?:on|in|at|to|during|after|before|from|with|via)\s[^,"“”.;:!?]{1,40})?\s*,\s*$/;

const FLOATING = new Set(['all', 'both', 'each']);

/** "The executives all said", "they both warned": `low`, token `i` before a verb, is a quantifier floated after its subject. */
export function floatedQuantifier(before: TokensBefore, i: number, low: string): boolean {
  return FLOATING.has(low) && back(before, i - 1).word && !FLOATING.has(back(before, i - 1).low);
}

// What may stand between a subject and its verb when prepositional phrases qualify it: no clause punctuation or finite verb.
const QUALIFIER_START = /^\s+(?:on|of|about|from|into|for|in|at|with|by|to)\s/;
const QUALIFIER_BREAK = /[,;:"“”()—]|\b(?:that|which|who|is|are|was|were|has|have|had|will|would|can|could)\b/;

/**
 * "An internal report on last year's shutdown of the schools due to a threat reveals …": when the phrase right before
 * the verb is only the end of prepositional phrases qualifying the sentence's opening subject, that subject, if it is a
 * source noun ("report", "study", "officials"). Null otherwise.
 */
export function qualifiedOpeningSubject(v: VerbSite, near: Phrase | null): Phrase | null {
  if (!near || !PREPOSITIONS.has(back(v.before, near.first - 1).low) && back(v.before, near.first - 1).low !== 'to') return null;
  const opening = openingSubject(v.text, v.sent, v.start);
  if (!opening || !isSourceNoun(opening.head) || isPronoun(opening.head) || opening.end >= near.start) return null;
  const between = v.text.slice(opening.end, near.start);
  return between.length <= 160 && QUALIFIER_START.test(between) && !QUALIFIER_BREAK.test(between) ? opening : null;
}
