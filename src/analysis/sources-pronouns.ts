/**
 * Which person a "he" or "she" attribution stands for, settled once every named person of the
 * article is known. While attributions are found, a pronoun can only reach back to sources
 * already cited; a reporter, though, names a person as the subject of a sentence ("Okafor first
 * posted in 2013.") and then quotes them with "he wrote", long before "Okafor said" makes them a
 * source. Here the pronoun goes to the latest person the article cites by name whose name stands
 * in the pronoun's paragraph before it, outside quotation marks, and whose title or given name
 * does not say the other gender. With no such person in the paragraph, the first reading stays.
 */
import type { Attribution } from './types';
import { sourceType } from './attribution-source';
import { DESCRIPTION_TYPES } from './lexicon/sources';
import { genderOfName, genderOfWord, isGivenName } from './source-gender';
import { legalNameBefore, legalNames, type LegalNames } from './sources-companies';
import { settleIt } from './sources-it';
import { settleShares } from './sources-shares';
import { settleThey } from './sources-they';
import { canBePerson, dropImpossibleReadings, settleAffiliations, settleAppositiveWho, settleBodyKinds, settleTitles } from './sources-titles';

const BODY_NOUNS = new Set(DESCRIPTION_TYPES.organisation);
const COMPANY_NOUNS = new Set(['company', 'corporation', 'firm']);
const BODY_DESCRIPTION = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(\p{Ll}+)$/u;

const PRONOUN_GENDER = new Map<string, 'f' | 'm'>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);
// A capitalised word of a name ("Okafor", "McNeil", "O’Brien", "Muñoz"); quotation marks are read apart. Latin
// letters by code range, not \p{…}: a build that lowers \p{…} makes these scans many times slower.
const NAME_WORD_OR_QUOTE = /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]*[A-Za-z\u00C0-\u024F]|[“”"]/g;
/** How far back in its paragraph a pronoun looks for its person. */
const REACH = 1500;

const TITLED = /^(?:Mr|Mrs|Ms|Dr|Prof|Miss)\.?\s+\S+$/;
// A given name and a surname, nothing else ("Sarah Gille").
const FULL_NAME = /^[A-Z][a-z]+ [A-Z][^\s]+$/;

/** The persons the article cites by name (not through a pronoun), by the last word of the name; a word two of them share names neither (''). */
function namedPersons(attributions: readonly Attribution[]): Map<string, string> {
  const byWord = new Map<string, string>();
  const shared = new Set<string>();
  const seen = new Set<string>();
  for (const a of attributions) {
    const name = a.source;
    if (name === null || a.anonymous || seen.has(name) || PRONOUN_GENDER.has((a.mention ?? '').toLowerCase())) continue;
    seen.add(name);
    if (sourceType(name, false) !== 'person') continue;
    const word = name.slice(name.lastIndexOf(' ') + 1);
    if (word.length < 3) continue;
    const held = byWord.get(word);
    // "Mr. Warner" after "Mark Warner" is the same man: the full name stays.
    if (held === undefined || TITLED.test(held)) byWord.set(word, name);
    else if (held !== name && !TITLED.test(name)) shared.add(word);
  }
  // A word two people share names neither; it stays, empty, so no name from the text takes it. Their full
  // names stay under themselves: "Sarah Gille" beside "Ellen Gille" is still one woman where the text writes both words.
  for (const name of seen) if (shared.has(name.slice(name.lastIndexOf(' ') + 1)) && FULL_NAME.test(name) && isGivenName(name.slice(0, name.indexOf(' ')))) byWord.set(name, name);
  for (const word of shared) byWord.set(word, '');
  return byWord;
}

/**
 * The names the article cites that may be a body: typed an organisation or government, or a
 * capitalised name typed a person only for want of a body's word ("Energy Control") that is
 * always cited by its whole name (never by a surname alone) and has no given name that says a gender.
 */
function namedBodies(attributions: readonly Attribution[]): string[] {
  const out = new Map<string, boolean>();
  for (const a of attributions) {
    const name = a.source;
    // A pronoun says little here: the first reading may have taken the body for a person.
    if (name === null || a.anonymous || !name.includes(' ') || PRONOUN_GENDER.has((a.mention ?? '').toLowerCase())) continue;
    const type = sourceType(name, false);
    const body = type === 'organisation' || type === 'government'
      || (type === 'person' && a.mention === undefined && genderOfName(name) === null);
    out.set(name, (out.get(name) ?? true) && body);
  }
  return [...out].filter(([, body]) => body).map(([name]) => name);
}

/**
 * The text of `at`'s paragraph before it, at most REACH characters back. Only that stretch is
 * searched for the paragraph break: a text with no breaks is never read back to its start per pronoun.
 */
function paragraphBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - REACH), at);
  const paragraph = window.lastIndexOf('\n\n');
  return paragraph < 0 ? window : window.slice(paragraph + 2);
}

const ONE_WORD = /^[A-Z][^\s]+$/;
// Before a word: a lower-case word or a comma, then one to three capitalised words ("her colleague Iván Fornís ").
const NAME_BEFORE = /[a-z,]\s+(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'.-]*\s+){1,3}$/;

/** True when `text` writes `word` as the last word of a longer name inside a sentence ("her colleague Iván Fornís Espinosa"). */
function isSurnameIn(text: string, word: string): boolean {
  for (let at = text.indexOf(` ${word}`), n = 0; at > 0 && n < 20; at = text.indexOf(` ${word}`, at + 1), n++) {
    const after = text.charCodeAt(at + word.length + 1);
    if (after >= 97 && after <= 122) continue;
    if (NAME_BEFORE.test(text.slice(Math.max(0, at - 60), at + 1))) return true;
  }
  return false;
}

/**
 * "In the post announcing Energy Control’s service, the group promised …": a "the group" or
 * "the company" left unresolved goes to the body the article cites by name that its paragraph
 * names last before it.
 */
function settleDescriptions(text: string, attributions: Attribution[]): void {
  let bodies: string[] | undefined;
  let legal: LegalNames | undefined;
  for (const a of attributions) {
    const noun = BODY_DESCRIPTION.exec(a.mention ?? '')?.[1];
    if (noun === undefined || !BODY_NOUNS.has(noun)) continue;
    // "the group" taken for a one-word name that the text shows is a person's surname: not the group.
    if (a.source !== null && a.source !== noun && ONE_WORD.test(a.source) && isSurnameIn(text, a.source)) a.source = noun;
    if (a.source !== noun) continue;
    bodies ??= namedBodies(attributions);
    const window = paragraphBefore(text, a.start);
    let best = -1;
    for (const name of bodies) {
      const at = window.lastIndexOf(name);
      if (at > best) { best = at; a.source = name; }
    }
    // No body cited by name in the paragraph: a "the company" goes to the company named before by its legal form ("Boeing Co.").
    if (best < 0 && COMPANY_NOUNS.has(noun)) a.source = legalNameBefore(text, (legal ??= legalNames(text)), a.start) ?? noun;
  }
}

// A given name and a surname as the text names a person ("Ellen Okafor"), read across spaces and tabs only.
const GIVEN_AND_SURNAME = /\b([A-Z][a-z]+)[ \t]+([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]*[A-Za-z\u00C0-\u024F])(?![A-Za-z\u00C0-\u024F’'-])/g;

/**
 * Adds to `persons` the people the text names by a given name the lists know and a surname
 * ("Ellen Okafor", never cited by name but quoted as "she"), under surnames no cited person has;
 * a surname two such names share names neither. One scan of the text.
 */
function addNamedInText(text: string, persons: Map<string, string>): void {
  const found = new Map<string, string | null>();
  GIVEN_AND_SURNAME.lastIndex = 0;
  for (let m = GIVEN_AND_SURNAME.exec(text); m; m = GIVEN_AND_SURNAME.exec(text)) {
    const [, given = '', surname = ''] = m;
    // "Sarah Gille" under a surname two cited people share: the given name still says which.
    if (persons.get(surname) === '' && isGivenName(given) && !persons.has(`${given} ${surname}`)) persons.set(`${given} ${surname}`, `${given} ${surname}`);
    if (surname.length < 3 || genderOfWord(given) === null || persons.has(surname) || genderOfWord(surname) !== null) {
      GIVEN_AND_SURNAME.lastIndex = m.index + given.length + 1;
      continue;
    }
    const name = `${given} ${surname}`;
    const held = found.get(surname);
    found.set(surname, held === undefined || held === name ? name : null);
  }
  for (const [surname, name] of found) if (name !== null) persons.set(surname, name);
}

// A sentence ends before the next word: a lower-case word or a digit ("shot.", "2015.", "done.”"), so "U.S." and "F." do not.
const SENTENCE_END = /[a-z0-9][.!?]["”’)]?\s/;
// Before the pronoun, its paragraph has already finished a sentence or opened a quotation.
const OPENING_DONE = /[a-z0-9][.!?]["”’)]?\s|[“”"]/;
const SPEAKS = /^\s+(?:said|says|told|tells|added|adds|wrote|writes|explained|explains|notes|noted|argues|argued|recalls|recalled)\b/;
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt']);

/**
 * The person a `gender` pronoun at the end of `window` stands for: of the latest sentence that names a
 * cited person outside quotation marks, the first such person (the sentence's subject, not a person it
 * mentions: "Polly Sheppard told the jury Roof stood over her. When she said no"), whose title or given
 * name does not say the other gender; null when none.
 */
function personIn(window: string, gender: 'f' | 'm', persons: Map<string, string>): string | null {
  let quoted = false;
  let found: string | null = null;
  let first: string | null = null;
  let firstEnd = -2;
  let speaker: string | null = null;
  let prev = '';
  let prevEnd = -2;
  let tokenEnd = 0;
  NAME_WORD_OR_QUOTE.lastIndex = 0;
  for (let m = NAME_WORD_OR_QUOTE.exec(window); m; m = NAME_WORD_OR_QUOTE.exec(window)) {
    const w = m[0];
    if (first !== null && !ABBREVIATIONS.has(prev) && SENTENCE_END.test(window.slice(Math.max(0, tokenEnd - 3), m.index))) {
      found = speaker ?? first;
      first = speaker = null;
    }
    tokenEnd = m.index + w.length;
    if (w === '“' || w === '”' || w === '"') { quoted = w === '“' || (w === '"' && !quoted); continue; }
    // A surname two people share ('') is still one of them after the given name that says which ("Sarah Gille").
    let name = quoted ? undefined : persons.get(w) || (prevEnd === m.index - 1 ? persons.get(`${prev} ${w}`) : undefined) || undefined;
    // A sentence opening with a surname two cited people share ("Gille recalls …"): it is about one of them, not whom it names later.
    if (name === undefined && !quoted && first === null && persons.get(w) === '' && OPENS_SENTENCE.test(window.slice(Math.max(0, m.index - 4), m.index))) { first = ''; firstEnd = m.index + w.length; }
    // "her daughter, Sarah Okafor" is not "Ellen Okafor": a given name of its own before the surname names another person, her.
    if (prevEnd === m.index - 1 && name !== undefined && !name.includes(prev) && isGivenName(prev)) name = `${prev} ${w}`;
    if (name !== undefined && (genderOfName(name) ?? gender) === gender) {
      // "Forrest Jones": the surname after a given name the lists also hold is the same person.
      if (first === null || firstEnd === m.index - 1) { first = name; firstEnd = m.index + w.length; }
      // "…, Caudevilla said.": the speaker of a trailing cue is whom the sentence is about.
      if (SPEAKS.test(window.slice(m.index + w.length, m.index + w.length + 12))) speaker = name;
    }
    prev = w;
    prevEnd = m.index + w.length;
  }
  // '': the person is one of two who share the surname; the first reading, made as the text was read, stands.
  return speaker ?? first ?? found ?? null;
}

// A capitalised word that opens a sentence or a quotation: no sign of a name.
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]?\s+|[“"]\s*)$/;

/** True when `window` holds no capitalised word outside quotation marks but those opening a sentence ("Still, …", "She …") and naming no one of `persons`. */
function namesNobody(window: string, persons: Map<string, string>): boolean {
  let quoted = false;
  NAME_WORD_OR_QUOTE.lastIndex = 0;
  for (let m = NAME_WORD_OR_QUOTE.exec(window); m; m = NAME_WORD_OR_QUOTE.exec(window)) {
    const w = m[0];
    if (w === '“' || w === '”' || w === '"') { quoted = w === '“' || (w === '"' && !quoted); continue; }
    if (!quoted && (persons.has(w) || !OPENS_SENTENCE.test(window.slice(Math.max(0, m.index - 4), m.index)))) return false;
  }
  return true;
}

// Between two cues of one subject: no sentence end, quotation mark or semicolon, at most a short clause ("he said on Fox News, signaling").
const CLAUSE_BREAK = /[a-z0-9][.!?]["”’)]?\s|[“”";]/;

/**
 * "“…,” he said on Fox News, signaling …": a pronoun cue chained to the one just before in its
 * sentence, by the same pronoun, has the same subject. Returns that subject, or null.
 */
function sameSubject(text: string, before: Attribution, a: Attribution): string | null {
  if (before.source === null || (before.mention ?? '').toLowerCase() !== (a.mention ?? '').toLowerCase() || a.start - before.start > 160 || a.start <= before.start) return null;
  return CLAUSE_BREAK.test(text.slice(before.start, a.start)) ? null : before.source;
}

/** Re-points each he/she attribution of `attributions` (in place) to the person its paragraph names before it. */
export function settlePronouns(text: string, attributions: Attribution[]): void {
  settleTitles(text, attributions);
  settleAppositiveWho(text, attributions);
  settleBodyKinds(text, attributions);
  settleAffiliations(text, attributions);
  settleDescriptions(text, attributions);
  settleShares(text, attributions);
  settleIt(text, attributions);
  settleThey(attributions);
  let persons: Map<string, string> | undefined;
  let before: Attribution | undefined;
  for (const a of attributions) {
    const gender = PRONOUN_GENDER.get((a.mention ?? '').toLowerCase());
    if (gender === undefined || a.source === null) continue;
    const chained = before !== undefined && sameSubject(text, before, a);
    before = a;
    if (chained) { a.source = chained; continue; }
    if (persons === undefined) {
      persons = namedPersons(attributions);
      addNamedInText(text, persons);
    }
    if (!persons.size) break;
    const window = paragraphBefore(text, a.start);
    let found = personIn(window, gender, persons);
    // "Trump turned to Twitter … \n\nOn Tuesday, he unleashed …": a pronoun in the first sentence of a paragraph
    // that names nobody before it goes on with the person the paragraph before is about.
    const start = a.start - window.length;
    // So does a pronoun in a paragraph that names no one at all before it ("Still, it stayed in her mind. … she said").
    // And so does one whose first reading can be no person ("the White House", "Mr").
    // And so does one first read as a person of the other gender ("he" taken for "Hillary Clinton").
    if (found === null && start > 2 && (!OPENING_DONE.test(window) || namesNobody(window, persons) || !canBePerson(a.source) || (genderOfName(a.source) ?? gender) !== gender)) found = personIn(paragraphBefore(text, start - 2), gender, persons);
    if (found) a.source = found;
  }
  dropImpossibleReadings(attributions);
}
