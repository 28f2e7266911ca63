/**
 * Who an office or a pronoun stands for, checked once every source of the article is known.
 *
 * - "the president said", "the sheriff said": a title description goes to the person the article
 *   introduced with that title ("President Trump", "Morton County sheriff Kyle Kirchmeier"), not to
 *   whichever person was cited last.
 * - "he said" credited to a body ("the White House"), a place or a bare title ("Mr"), "they said"
 *   credited to one named person: no such reading is right, so the pronoun stays unresolved.
 * - "the president's aides disagreed": the aides, not the president, are the ones who speak.
 * - "Matt Borges, the head of the Ohio Republican Party, who has urged": the "who" is the person the
 *   appositive describes, not the body named inside it.
 */
import type { Attribution } from './types';
import { sourceType } from './attribution-source';
import { INSTITUTION_NOUNS, PLACE_NAMES, SINGLE_HOLDER_OFFICES } from './lexicon/sources';

const PLACES = new Set(PLACE_NAMES.map((p) => p.toLowerCase()));
/** True when `name` is a place the lists know ("New York", "Ohio"), never a person. */
function isPlace(name: string): boolean {
  return PLACES.has(name.toLowerCase().replace(/^the\s+/, ''));
}

// The head of a described group: the words before a qualifier ("People close to Ms. Haley" → "People").
const GROUP_HEAD = /^(?:(?:the|some|many|most|several|other|all|these|those)\s+)*(?:[\p{Ll}-]+\s+)*?(people|men|women|children|officials|aides|advisers|advisors|experts|residents|critics|supporters|insiders|sources|analysts|executives|employees|members|voters|researchers|scientists|lawmakers|leaders|activists|protesters|authorities)(?:\s+(?:close|familiar|who|that|with|at|in|from|of|on|for)\b.*)?$/iu;
/** True when `name` is a group of people ("People close to Ms. Haley", "senior officials"), never one "he". */
function isGroup(name: string): boolean {
  return GROUP_HEAD.test(name);
}

/** False for a name no "he" or "she" may stand for: a body, a document, a place, a group of people, a title cut from its name ("Mr"). */
export function canBePerson(name: string): boolean {
  if (BARE_TITLE.test(name) || isPlace(name) || isGroup(name)) return false;
  const type = sourceType(name, false);
  return type === 'person' || type === 'anonymous' || type === 'other';
}

const OFFICE_SET = new Set(SINGLE_HOLDER_OFFICES);
const OFFICE_DESCRIPTION = /^(?:the|this|that)\s+([a-z][a-z -]*[a-z])$/i;
/** How far back a title description looks for the name its office was given with. */
const TITLE_REACH = 8000;
// After the office's word: a name of one to three capitalised words, initials allowed ("Donald J. Trump").
const NAME_AFTER = /^[ \t]+((?:[A-Z][a-z’'-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z’'-]+|[A-Z]\.)){0,2})/;
// "former President Obama", "the late Mayor Koch", "ex-president": someone who no longer holds it.
const NOT_HOLDING = /(?:former|late|then|ex|onetime|previous)[ \t-]*$/i;
// "In 1991, when Prime Minister Yitzhak Shamir opposed …": a holder dated to a year in the same sentence is a past one.
const DATED = /\b(?:in|by|until|during)[ \t]+(?:1[89]|20)\d\d\b[^.!?]*$/i;

/** The name the text last gives with `office` before `pos` ("President Trump" → "Trump"), within TITLE_REACH; null when none. */
function holderOf(text: string, office: string, pos: number): string | null {
  const lower = office.toLowerCase();
  const upper = lower.replace(/(^|[ -])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
  const from = Math.max(0, pos - TITLE_REACH);
  // Searched within the reach only: a whole-text search back would make a long text quadratic.
  const window = text.slice(from, pos);
  let best: { at: number; name: string } | null = null;
  // A surname alone keeps its title ("President Trump"): "Trump" might be any Trump the article cites.
  const titled = (name: string): string => (name.includes(' ') ? name : `${upper} ${name}`);
  for (const form of lower === upper ? [lower] : [upper, lower]) {
    for (let w = window.lastIndexOf(form, window.length - form.length), n = 0; w >= 0 && n < 40; w = window.lastIndexOf(form, w - 1), n++) {
      const at = from + w;
      if (best && at < best.at) break;
      const before = text.charCodeAt(at - 1);
      if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || NOT_HOLDING.test(text.slice(Math.max(0, at - 12), at))) continue;
      if (DATED.test(text.slice(Math.max(0, at - 80), at))) continue;
      const m = NAME_AFTER.exec(text.slice(at + form.length, at + form.length + 60));
      const name = m?.[1]?.replace(/['’]s$/, '').replace(/[ \t]+[A-Z]\.$/, '');
      if (!name || /^(?:The|A|An|Of|And|On|In)$/.test(name)) continue;
      best = { at, name };
      break;
    }
  }
  return best ? titled(best.name) : null;
}

/** "the president said": each title description of `attributions` goes (in place) to the person the text gave that title. */
export function settleTitles(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const office = OFFICE_DESCRIPTION.exec(a.mention ?? '')?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (office === undefined || a.source === null || !OFFICE_SET.has(office)) continue;
    const name = holderOf(text, office, a.start);
    if (name === null) continue;
    a.source = name;
    a.anonymous = false;
  }
}

const PERSON_PRONOUN = /^(?:he|she|him|his|her)$/i;
const PLURAL_PRONOUN = /^(?:they|them|their)$/i;
// "Mr", "Dr.": a title cut from its name names nobody.
const BARE_TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St)\.?$/;
// "the president’s aides", "the company’s lawyers": people who belong to a source are not that source.
const OWNED_PEOPLE = /^((?:the|this|that)\s+[\p{Ll}\s-]+?['’]s\s+(?:[\p{Ll}-]+\s+)?(?:aides|advisers|advisors|lawyers|attorneys|allies|critics|staff|staffers|officials|spokesman|spokeswoman|spokesperson|supporters|friends|colleagues|associates|employees|executives|representatives|team))$/u;

/**
 * "He said" credited to "the White House" or "New York", "he asked" to "Mr", "they said" to one
 * named woman: a person pronoun never stands for a body or a place, nor "they" for one named
 * person. Such a reading is dropped (the pronoun stays as written, naming nobody) rather than
 * crediting the wrong source.
 */
export function dropImpossibleReadings(attributions: Attribution[]): void {
  for (const a of attributions) {
    const mention = a.mention;
    if (mention === undefined || a.source === null || a.source === mention) continue;
    const owned = OWNED_PEOPLE.exec(mention)?.[1];
    if (owned) { a.source = owned; continue; }
    if (PERSON_PRONOUN.test(mention)) {
      if (!canBePerson(a.source)) a.source = mention;
    } else if (PLURAL_PRONOUN.test(mention) && sourceType(a.source, false) === 'person' && !/\s(?:and|&)\s/.test(a.source) && !isPlace(a.source)) {
      a.source = mention;
    }
  }
}

// ", the head of the Ohio Republican Party, who": a person's name, then an appositive that describes them.
const APPOSITIVE_BEFORE_WHO = /((?:[A-Z][\p{Ll}’'-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][\p{Ll}’'-]+|[A-Z]\.)){1,3}),[ \t]+(?:the|a|an|its|his|her)[ \t]+[^,.;“”"\n]{2,80},[ \t]*$/u;

/** "Matt Borges, the head of the Ohio Republican Party, who has urged": a "who" credited to a body goes to the person the appositive describes. */
export function settleAppositiveWho(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.source === null || (a.mention ?? '').toLowerCase() !== 'who') continue;
    const type = sourceType(a.source, false);
    if (type !== 'organisation' && type !== 'government' && type !== 'publication') continue;
    const name = APPOSITIVE_BEFORE_WHO.exec(text.slice(Math.max(0, a.start - 140), a.start))?.[1];
    if (name && sourceType(name, false) === 'person' && !name.includes(a.source)) a.source = name;
  }
}

// Nouns of a body's kind: "the department" is no police force, "the commission" no council.
const BODY_KINDS = new Set([...INSTITUTION_NOUNS, 'government']);
const BODY_MENTION = /^(?:the|this|that)\s+([a-z]+)$/i;
/** How far back "the department" looks for the one the text named. */
const BODY_REACH = 2000;

/**
 * The name ending with `noun` that the text gives last before `pos`: "Morton County sheriff’s department",
 * "the Energy Commission" (capitalised words, with at most one lower-case possessive or word before the noun).
 */
function bodyNamedBefore(text: string, noun: string, pos: number): string | null {
  const window = text.slice(Math.max(0, pos - BODY_REACH), pos);
  const low = window.toLowerCase();
  let best: string | null = null;
  for (let at = low.lastIndexOf(noun), n = 0; at > 0 && n < 20 && best === null; at = low.lastIndexOf(noun, at - 1), n++) {
    const after = low.charCodeAt(at + noun.length);
    if (after >= 97 && after <= 122) continue;
    const m = /((?:[A-Z][\w’'&.-]*[ \t]+){1,4}(?:[a-z]+['’]s[ \t]+|[a-z]+[ \t]+)?)$/.exec(window.slice(Math.max(0, at - 80), at));
    if (m?.[1] && !/^(?:The|A|An|This|That)[ \t]+$/.test(m[1])) best = (m[1] + window.slice(at, at + noun.length)).replace(/^(?:The|A|An)[ \t]+/, '');
  }
  return best;
}

/**
 * "The department conceded" read as "Police", "the government asserts" as "Police": a body's description
 * never stands for a body of another kind. It goes to the body of its kind the text named last before it
 * ("Morton County sheriff’s department"), or names nobody but itself.
 */
export function settleBodyKinds(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const noun = BODY_MENTION.exec(a.mention ?? '')?.[1]?.toLowerCase();
    if (noun === undefined || a.source === null || !BODY_KINDS.has(noun)) continue;
    const low = a.source.toLowerCase();
    const kind = low.slice(low.lastIndexOf(' ') + 1);
    if (kind === noun || low.includes(noun) || !BODY_KINDS.has(kind)) continue;
    a.source = bodyNamedBefore(text, noun, a.start) ?? a.mention ?? a.source;
  }
}

// "Joost van Hoof of the Netherlands’ ", "Jane Roe at Harvard’s ": a person's name, then where they work, owned by a place or a body.
const PERSON_OF_OWNER = /((?:[A-Z][\p{Ll}’'-]+|[A-Z]\.)(?:[ \t]+(?:(?:van|von|de|da|del|der|den|la|le|di|du|bin|al)[ \t]+)*(?:[A-Z][\p{Ll}’'-]+|[A-Z]\.)){1,3})[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2}(?:['’]s|s['’]|['’])[ \t]+$/u;

/**
 * "Joost van Hoof of the Netherlands’ Fontys University writes": a body credited where the subject was cut
 * at a possessive is where the person named before it works; the person is the source.
 */
export function settleAffiliations(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.source === null || a.mention !== undefined || !a.text.startsWith(a.source)) continue;
    const type = sourceType(a.source, false);
    if (type !== 'organisation' && type !== 'government') continue;
    const name = PERSON_OF_OWNER.exec(text.slice(Math.max(0, a.start - 120), a.start))?.[1];
    if (name && sourceType(name, false) === 'person') a.source = name;
  }
}
