/**
 * Who a source is: its name as a reader would list it, its type, whether it is
 * anonymous, and what a pronoun or description ("he", "the news agency") points back to.
 */
import type { SourceType } from './types';
import { ANONYMOUS_NOUNS } from './lexicon/reporting';
import { lowerCase } from './lower-case';
import { genderOfName } from './source-gender';
import { countCore } from './source-counts';
import { acronymType } from './source-acronyms';
import { DESCRIPTION_TYPES, DOCUMENT_WORDS, GOVERNMENT_WORDS, INSTITUTION_NOUNS, ORGANISATION_WORDS, PERSON_TITLES, PUBLICATION_WORDS, PUBLICATIONS } from './lexicon/sources';

const PUBLICATION_SET = new Set(PUBLICATIONS.map((p) => p.toLowerCase()));
const ANONYMOUS_SET = new Set(ANONYMOUS_NOUNS);
const TITLE_SET = new Set(PERSON_TITLES);
const DOCUMENT_SET = new Set(DOCUMENT_WORDS);
const INSTITUTION_SET = new Set(INSTITUTION_NOUNS);
const DESCRIPTIONS = new Map<string, SourceType[]>();
for (const [type, nouns] of Object.entries(DESCRIPTION_TYPES)) for (const noun of nouns) DESCRIPTIONS.set(noun, [...(DESCRIPTIONS.get(noun) ?? []), type as SourceType]);

// The kinds a word or phrase of the lists names, as bits: one look-up answers for both lists.
const ORGANISATION = 1;
const GOVERNMENT = 2;
const KINDS = new Map<string, number>();
for (const [kind, list] of [[ORGANISATION, ORGANISATION_WORDS], [GOVERNMENT, GOVERNMENT_WORDS]] as const) for (const w of list) KINDS.set(w, (KINDS.get(w) ?? 0) | kind);
const PUBLICATION_WORDS_SET = new Set(PUBLICATION_WORDS);
/** The first words of the lists' longer phrases: only these are read together with the words after them. */
const PHRASE_STARTS = new Set([...KINDS.keys()].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));

// Regexes with \p{…} live at module level: a build that lowers them (tsx, for one) would otherwise build one per call.
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const DOCUMENT_BY = /^(?:(?:the|a|an|new|recent|latest)\s+)*[\p{Ll}-]+\s+(?:by|from)\s+(.+)$/u;
const NAMED_AUTHOR = /^(?:the\s+)?\p{Lu}/u;
const NAME_WITH_PLACE = /^((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'.-]*)\s+(?:of|at|from|in)\s+(?:the\s+)?\p{Lu}/u;
const OF_STATE = /\s+of\s+\p{Lu}[\p{L}.]*$/u;
const ONE_NAME_WORD = /^[\p{L}’'-]+$/u;

const SPACES = /\s+/g;
const ODD_SPACE = /\s\s|[^\S ]/;
/** `s` with each run of white space as one space; most names have none, and testing for one costs a fraction of a replace. */
export function oneSpaced(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(SPACES, ' ') : s;
}

const NAME_WORDS = /[\p{L}\p{N}.&-]+/gu;
/** The words of a lower-case name: runs of letters, digits, dots, ampersands and hyphens. */
function wordsOf(lowName: string): string[] {
  return lowName.match(NAME_WORDS) ?? [];
}

/** The kinds (bits of KINDS) of the list phrases, up to three words, that appear whole in `words` (from `wordsOf`). */
function kindsIn(words: readonly string[]): number {
  let kinds = 0;
  words.forEach((w, i) => {
    kinds |= KINDS.get(w) ?? 0;
    if (PHRASE_STARTS.has(w)) kinds |= (KINDS.get(`${w} ${words[i + 1]}`) ?? 0) | (KINDS.get(`${w} ${words[i + 1]} ${words[i + 2]}`) ?? 0);
  });
  return kinds;
}

// The lookbehind lets only the start of a run try the end anchor, so the match stays linear.
const LAST_WORD = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}.-]+$/u;
/** The lower-case run of letters, digits, dots and hyphens ending `name` ('' if none). */
function lastWord(name: string): string {
  return (name.toLowerCase().match(LAST_WORD) ?? [''])[0];
}

/** True when `name` is a known publication ("The Telegraph", "Bloomberg", "MakingStarWars.net"). */
export function isPublicationName(name: string): boolean {
  const low = name.toLowerCase().replace(/^the\s+/, '');
  return PUBLICATION_SET.has(low) || PUBLICATION_SET.has(`the ${low}`) || /\.(?:com|net|org|co\.uk|io|news)$/.test(low);
}

/**
 * Memos of the pure name functions below, for one analysis: a name comes back in many
 * mentions and in several steps, its work need not. `startNameMemo` (called as an analysis
 * starts) empties them, so each lives one analysis; a size cap bounds a huge one.
 */
const memos: Map<string, unknown>[] = [];
const MEMO_LIMIT = 4096;

/** Empties the name memos: call once at the start of each analysis. */
export function startNameMemo(): void {
  for (const map of memos) map.clear();
}

/** `compute` behind a memo that `startNameMemo` empties. */
function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const map = new Map<string, T>();
  memos.push(map);
  return (key) => {
    let value = map.get(key);
    if (value === undefined) {
      if (map.size >= MEMO_LIMIT) map.clear();
      value = compute(key);
      map.set(key, value);
    }
    return value;
  };
}

/**
 * The name a reader would list for a surface mention: drops a leading article (kept in
 * publication names like "The Telegraph"), a possessive ("Bloomberg's"), and the document
 * a named owner stands behind ("Bloomberg's report" → "Bloomberg").
 */
export const sourceName: (mention: string) => string = memoized(nameOf);

/**
 * The name a reader would list for a phrase with a person's name at its end: the
 * descriptors and titles before it go ("White House press secretary Josh Earnest" →
 * "Josh Earnest", "fan site MakingStarWars.net" → "MakingStarWars.net"). Other names
 * come back unchanged.
 */
export const displayName: (name: string) => string = memoized(displayOf);

// "perhaps the two companies thought", "apparently officials said": the adverb before a subject is no part of its name.
const LEADING_ADVERB = /^(?:(?:perhaps|maybe|probably|possibly|presumably|apparently|reportedly|allegedly|evidently|clearly|obviously|surely|certainly|indeed|even|also|now|still|then)\s+)+(?=\S)/i;
// "one Bielefeld acknowledges", "one John Smith said": "one" before a name is "a certain", not part of it.
const ONE_BEFORE_NAME = /^one\s+(?=\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)*$)/u;
// "People of course are telling", "officials, however, said": an aside after the subject is no part of its name.
const TRAILING_ADVERB = /(?<=\S),?\s+(?:of course|too|also|however|though|in fact|meanwhile|indeed|instead|themselves|himself|herself|itself)$/i;
const DATE_TAIL = /\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+week|this\s+week)$/;
const RESPONDENTS = /^((?:(?!\bof\s).)*\b(?:survey|poll|study|questionnaire))\s+(?:respondents|participants)$/i; // not "79 percent of survey respondents"

/** `sourceName` without the memo. */
function nameOf(mention: string): string {
  let name = oneSpaced(mention).trim().replace(LEADING_ADVERB, '').replace(ONE_BEFORE_NAME, '').replace(TRAILING_ADVERB, '');
  const owner = name.match(/^(?:the\s+)?(.+?)['’]s\s+(\S+(?:\s+\S+)?)$/i);
  if (owner && owner[1] && owner[2] && (DOCUMENT_SET.has(lastWord(owner[2])) || PUBLICATION_WORDS_SET.has(lastWord(owner[2])))) name = owner[1];
  name = name.replace(/['’]s$/, '');
  // "A Gallup Korea poll released on Friday": the poll, not when it came out.
  name = name.replace(/\s+(?:released|published|conducted|issued)\s+(?:on|last|this|earlier|yesterday|today|[A-Z][a-z]+day)\b.*$/, '');
  // "a study Monday", "a report last week": when a document came out is no part of its name.
  if (DOCUMENT_SET.has(lastWord(name.replace(DATE_TAIL, '')))) name = name.replace(DATE_TAIL, '');
  // "a report by the Institute for the Study of War": the author is the source.
  const author = name.match(DOCUMENT_BY);
  if (author && author[1] && DOCUMENT_SET.has(lastWord(name.slice(0, name.search(/\s+(?:by|from)\s/)))) && NAMED_AUTHOR.test(author[1])) name = author[1];
  // "Stack Overflow survey respondents": what they answered is known through the survey.
  const surveyed = RESPONDENTS.exec(name);
  if (surveyed && surveyed[1]) name = surveyed[1];
  const bare = name.replace(/^(?:the|a|an)\s+/i, '');
  if (bare === name) return name;
  const withThe = `The ${bare}`;
  return PUBLICATION_SET.has(withThe.toLowerCase()) && !PUBLICATION_SET.has(bare.toLowerCase()) ? withThe : bare;
}

const CAP_WORD = /^\p{Lu}[\p{L}\p{N}’'.-]*$/u;
const FUNCTION_WORDS = new Set(['of', 'and', 'on', 'for', 'the', 'at', 'in', 'to', '&', 'a', 'an', 'by', 'from', 'with']);
const DEGREES = /,?\s+(?:MD|M\.D\.|PhD|Ph\.D\.|RN|DO)$/;
const OWNED = /^\p{Lu}[\p{L}]*-(?:owned|based|backed|led|funded|born|made)\s+/u;
// "Like Waite, he …", "Enter Stuart Kaplan": a capitalised preposition or conjunction opening a sentence is no part of the name after it.
const LEADING_FUNCTION_WORD = /^(?:Like|Unlike|Enter|Meet|As|With|Without|For|From|Despite|After|Before|Since|During|When|While|If|But|And|Via|Including|Among|Against|Besides|Unless|Although|Though|Because)\s+(?=\p{Lu})/u;

const PLACE_WORDS = new Set(['of', 'at', 'from', 'in']);
/**
 * "chief inspector Jennifer Mattinson from the West Mercia police" → "chief inspector Jennifer
 * Mattinson": a name of two capitalised words or more, after a lower-case descriptor or a
 * title, loses the body or place that follows it ("the Bank of England" keeps its "of").
 */
function beforePlace(n: string): string {
  const words = n.split(' ');
  const at = words.findIndex((w, i) => i > 2 && PLACE_WORDS.has(w));
  if (at < 0) return n;
  const next = words[at + 1] === 'the' ? words[at + 2] : words[at + 1];
  if (!STARTS_UPPER.test(next ?? '')) return n;
  let start = at;
  while (start > 0 && CAP_WORD.test(words[start - 1] ?? '') && !TITLE_SET.has((words[start - 1] ?? '').toLowerCase())) start--;
  const lead = words[start - 1] ?? '';
  const titled = TITLE_SET.has(lead.toLowerCase()) || (!FUNCTION_WORDS.has(lead) && !STARTS_UPPER.test(lead));
  return at - start >= 2 && start > 0 && titled ? words.slice(0, at).join(' ') : n;
}

/** `displayName` without the memo. */
function displayOf(name: string): string {
  // A name never runs across a paragraph break: a heading or the line before is no part of it ("Consent\n\nFacebook").
  const br = name.lastIndexOf('\n\n');
  const after = br < 0 ? '' : name.slice(br + 2);
  let n = (after.trim() ? after : name).replace(DEGREES, '').replace(OWNED, '').replace(LEADING_FUNCTION_WORD, '');
  // "Judge Mark T. Pittman of the U.S. District Court in …" → "Judge Mark T. Pittman" (then the title goes).
  const withPlace = NAME_WITH_PLACE.exec(n);
  if (withPlace && withPlace[1] && TITLE_SET.has((withPlace[1].split(/\s+/)[0] ?? '').toLowerCase())) n = withPlace[1];
  else n = beforePlace(n);
  if (/^(?:senator|sen\.|rep\.|representative|gov\.|governor)\s/i.test(n)) n = n.replace(OF_STATE, '');
  const words = n.split(/\s+/);
  let run = words.length;
  while (run > 0 && CAP_WORD.test(words[run - 1] ?? '') && !TITLE_SET.has((words[run - 1] ?? '').toLowerCase())) run--;
  const tail = words.slice(run);
  if (!tail.length || run === 0) return n;
  const before = (words[run - 1] ?? '').toLowerCase();
  const titled = TITLE_SET.has(before) || TITLE_SET.has(`${(words[run - 2] ?? '').toLowerCase()} ${before}`);
  const descriptor = !FUNCTION_WORDS.has(before) && !STARTS_UPPER.test(words[run - 1] ?? '');
  if (tail.length === 1 && isPublicationName(tail[0] ?? '') && (titled || descriptor)) return tail[0] ?? n;
  if (tail.length >= 2 && (titled || descriptor)) return tail.join(' ');
  return n;
}

/**
 * True when the source is unnamed: a lower-case head such as "officials", "leaks",
 * "people familiar with the matter", with no proper name in the phrase.
 */
export function isAnonymousPhrase(head: string, proper: boolean): boolean {
  return !proper && ANONYMOUS_SET.has(head.toLowerCase());
}

/** Types a source name. */
export function sourceType(name: string, anonymous: boolean): SourceType {
  return anonymous ? 'anonymous' : typeMemo(name);
}

const typeMemo = memoized(typeOf);
function typeOf(name: string): SourceType {
  const core = countCore(name);
  if (core !== name && core) return typeMemo(core);
  const low = name.toLowerCase();
  if (isPublicationName(name)) return 'publication';
  const words = low.split(/\s+/);
  const w0 = words[0] ?? '';
  const kinds = kindsIn(wordsOf(low));
  if (TITLE_SET.has(w0) || TITLE_SET.has(`${w0} ${words[1] ?? ''}`)) {
    if (!(kinds & GOVERNMENT) || /^(?:mr|mrs|ms|dr|sen|senator|president|prime minister)\b/.test(low)) return 'person';
  }
  if (/^(?:he|she|him|her)$/.test(low)) return 'person';
  if (/^(?:they|them|their|we|us|our|you|your|it|its|one)$/.test(low)) return 'other'; // "They found …" is no person for a later "she"
  // "research", "New research": a lower-case document noun (the first letter aside) is a document; "Coresight Research" is a firm.
  if (!HAS_UPPER.test(name.slice(1)) && DOCUMENT_SET.has(lastWord(name))) return 'document';
  // The words again without the final "s" ("officials" → "official").
  const named = kinds | (low.endsWith('s') ? kindsIn(wordsOf(low.slice(0, -1))) : 0);
  if (named & ORGANISATION) return 'organisation';
  if (named & GOVERNMENT) return 'government';
  if (DOCUMENT_SET.has(lastWord(name))) return 'document';
  // \b: the noun is a word of its own ("theagency" is no agency).
  if (/^(?:the|a|an)?\s*(?:news )?\b(?:agency|newspaper|paper|outlet|site|website|magazine|broadcaster|channel)$/.test(low)) return 'publication';
  // A name ending with an institution's noun ("Food Standards Agency") is a body, not a person.
  if (INSTITUTION_SET.has(lastWord(name))) return 'organisation';
  // A group of people ("Many Tunisians", "Republicans") is not one person; "Saunders" and "Nichols" are.
  const last = name.slice(name.lastIndexOf(' ') + 1);
  const group = (STARTS_UPPER.test(last) ? /(?:ans|ites|ats|ese)$/ : /s$/).test(last) || /^(?:many|most|some|several|all|other)\s/.test(low);
  // A person: capitalised words only, or at least two of them with the last ("Mr. de la Cruz").
  const nameWords = name.split(/\s+/);
  const caps = nameWords.filter((w) => STARTS_UPPER.test(w)).length;
  return acronymType(name) ?? (!group && STARTS_UPPER.test(nameWords[nameWords.length - 1] ?? '') && (caps >= 2 || caps === nameWords.length) ? 'person' : 'other');
}

/** A source already cited, for resolving later pronouns and descriptions. */
export interface KnownSource {
  name: string;
  type: SourceType;
  plural: boolean;
  /** The name in lower case and its words, filled on first use by `resolveMention` (later mentions read it many times). */
  low?: string;
  lowWords?: string[];
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const FEMININE = new Set(['she', 'her']);
/** Who an earlier "he" or "she" was resolved to, by name: a person is not "she" after being "he" (emptied with the memos). */
const genders = new Map<string, 'f' | 'm'>();
memos.push(genders);

const nameGender = memoized((name) => genderOfName(name) ?? '');

/** The latest person `pronoun` may stand for: never one an earlier pronoun of the other gender stood for, nor one whose title or given name says the other. */
function personFor(pronoun: string, history: readonly KnownSource[], stop: number): KnownSource | null {
  const gender = FEMININE.has(pronoun) ? 'f' : 'm';
  const s = latest(history, stop, (h) => h.type === 'person' && (genders.get(h.name) ?? (nameGender(h.name) || gender)) === gender);
  if (s && !genders.has(s.name)) genders.set(s.name, gender);
  return s;
}
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'their', 'them']);

/** The latest of `history` from index `stop` on that passes `ok`. */
function latest(history: readonly KnownSource[], stop: number, ok: (s: KnownSource) => boolean): KnownSource | null {
  for (let i = history.length - 1; i >= stop; i--) {
    const s = history[i] as KnownSource;
    if (ok(s)) return s;
  }
  return null;
}

function lowName(s: KnownSource): string {
  return (s.low ??= s.name.toLowerCase());
}

/**
 * A one-word name typed as a person that is no earlier person's surname ("Uber", not "Frankel"
 * after "Jeffrey Frankel"): as likely a company as a person, so "the company" may point to it
 * when no source is known to be an organisation.
 */
function isLoneName(s: KnownSource, history: readonly KnownSource[]): boolean {
  if (s.type !== 'person' || s.plural || lowName(s).includes(' ')) return false;
  const tail = ` ${lowName(s)}`;
  return !history.some((o) => o.type === 'person' && lowName(o).endsWith(tail));
}

/**
 * For an organisation description ("the company", "the firm") that `resolveMention` left
 * open: the latest lone name (see `isLoneName`) that `ok` accepts, within the descriptions' reach.
 */
export function loneNameFor(description: string, history: readonly KnownSource[], ok: (name: string) => boolean): KnownSource | null {
  const desc = /^(?:the|this|that)\s+(.+)$/.exec(oneSpaced(lowerCase(description)).trim());
  const noun = desc?.[1] ?? '';
  const types = DESCRIPTIONS.get(noun) ?? DESCRIPTIONS.get(noun.slice(noun.lastIndexOf(' ') + 1));
  if (!types?.includes('organisation')) return null;
  return latest(history, Math.max(0, history.length - 40), (s) => isLoneName(s, history) && ok(s.name));
}

/** Finds what a pronoun or "the <noun>" description points back to, latest first; null when unclear. */
export function resolveMention(mention: string, history: readonly KnownSource[]): KnownSource | null {
  const low = oneSpaced(lowerCase(mention)).trim();
  // "The Food Standards Agency" (its last word capitalised) is a name of its own, not "the agency" again.
  const trimmed = mention.trimEnd();
  const desc = STARTS_UPPER.test(trimmed.slice(trimmed.lastIndexOf(' ') + 1)) ? null : /^(?:the|this|that)\s+(.+)$/.exec(low);
  // Pronouns reach back a few sources; descriptions ("the company") much further.
  const stop = Math.max(0, history.length - (desc ? 40 : 12));
  if (PERSON_PRONOUNS.has(low)) return personFor(low, history, stop);
  if (THING_PRONOUNS.has(low)) return latest(history, stop, (s) => s.type !== 'person' && s.type !== 'anonymous' && !s.plural);
  if (PLURAL_PRONOUNS.has(low)) return latest(history, stop, (s) => s.plural || s.type === 'organisation' || s.type === 'government');
  if (desc) {
    const noun = desc[1] ?? '';
    const head = noun.slice(noun.lastIndexOf(' ') + 1);
    const types = DESCRIPTIONS.get(noun) ?? DESCRIPTIONS.get(head);
    // A name ending with the noun also ends with its head word: the head alone decides.
    const spacedHead = ` ${head}`;
    // The type a name has by its own words counts too: "Whole Foods" taken for the person behind a "he" is still a company.
    return latest(history, stop, (s) => lowName(s).endsWith(spacedHead))
      ?? (types ? latest(history, stop, (s) => types.includes(s.type) || (s.type === 'person' && types.includes(typeMemo(s.name)))) : null);
  }
  // A bare surname, with or without a title, points back to the full name ("Mr. Frankel" → "Jeffrey Frankel").
  const surname = low.replace(/^(?:mr|mrs|ms|dr|prof|sen|rep|gov)\.?\s+/, '');
  if (ONE_NAME_WORD.test(surname)) {
    // Family name last ("Mr. Frankel" → "Jeffrey Frankel"), else first ("Lee" → "Lee Jae-myung").
    // Each earlier person's words are split once for both tests.
    let firstNamed: KnownSource | null = null;
    for (let i = history.length - 1; i >= stop; i--) {
      const s = history[i] as KnownSource;
      if (s.type !== 'person' || !STARTS_UPPER.test(s.name)) continue; // not "a colleague of Ruiz": a name from its first word
      const name = lowName(s);
      if (name === low) continue;
      const words = (s.lowWords ??= name.split(/\s+/));
      if (words[words.length - 1] === surname) return s;
      if (!firstNamed && words.length > 1 && words[0] === surname) firstNamed = s;
    }
    return firstNamed;
  }
  return null;
}
