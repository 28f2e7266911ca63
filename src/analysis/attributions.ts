/**
 * Attributions: who says so. Finds every reporting cue (active verbs, "according to",
 * quoted speech, passive and agentless forms), then resolves each source phrase to the
 * name a reader would list ("The news agency" → Bloomberg, "he" → the last person quoted).
 */
import type { Attribution, Sentence, SourceType } from './types';
import { findVerbCues, type DraftAttribution } from './attribution-cues';
import { AGENTLESS_FIRST_WORDS, BARE_AS_FIRST_WORDS, PASSIVE_FIRST_WORDS, findAgentlessCues, findPassiveCues } from './attribution-passive';
import { VERB_FIRST_WORDS } from './attribution-verbs';
import { findWordsCues } from './attribution-words';
import { wordStartScanner } from './attribution-scan';
import { titleHolderBefore } from './attribution-titles';
import { openingSubject } from './attribution-subject';
import { isAsciiWordChar } from './char-codes';
import { INSTITUTION_NOUNS } from './lexicon/sources';
import { MESSAGE_NOUNS } from './lexicon/reporting';
import { lowerCase } from './lower-case';
import { displayName, isAnonymousPhrase, loneNameFor, oneSpaced, resolveMention, sourceName, sourceType, startNameMemo, type KnownSource } from './attribution-source';

// One pass over the text finds where every cue regex may start.
const scanCueStarts = wordStartScanner([VERB_FIRST_WORDS, PASSIVE_FIRST_WORDS, BARE_AS_FIRST_WORDS, AGENTLESS_FIRST_WORDS]);

// Capitalised words seen after a lower-case word: names, not sentence-initial capitals.
function midSentenceCaps(text: string): (w: string) => boolean {
  let seen: Set<string> | null = null;
  return (w: string): boolean => {
    if (!seen) {
      seen = new Set();
      const re = /[a-z,;] +([A-Z][\w'’.-]*)/g;
      for (let m = re.exec(text); m; m = re.exec(text)) seen.add((m[1] ?? '').replace(/['’]s$/, ''));
    }
    return seen.has(w.replace(/['’]s$/, ''));
  };
}

const NOT_NAME_START = /^(?:The|A|An|In|On|At|But|And|So|As|If|When|While|For|From|With|By|This|That|These|Those|It|He|She|They|We|I|Our|His|Her|Their|Its|New|North|South|East|West|United|Last|Next|After|Before|Since|During|See|Read|Click|Watch|Follow|Please|Note|Like|Unlike|Enter|Despite|Without|Among|Under|Through|Of|About|Against|Beyond|Between|Within)\b/;

/**
 * For an unresolved he/she: the last person-like name ("Wade Bassi", "Mr. McHugh") in the
 * 1,500 characters before a position. Positions must come in increasing order; each
 * character of the text is scanned once.
 */
function nameTracker(text: string): (pos: number) => string | null {
  // Spaces and tabs only: a name never runs over a line break (a heading above a paragraph is no first name).
  const re = /(?:\b(?:Mr|Mrs|Ms|Dr)\.[ \t])?\b[A-Z][a-z’'-]+(?:[ \t](?:[A-Z]\.[ \t]?)+)?(?:[ \t][A-Z][a-z’'-]+){1,2}\b/g;
  let pending: RegExpExecArray | null | undefined;
  let best: RegExpExecArray | null = null;
  return (pos: number): string | null => {
    if (pending === undefined) pending = re.exec(text);
    while (pending && pending.index + pending[0].length <= pos) {
      if (!NOT_NAME_START.test(pending[0])) best = pending;
      pending = re.exec(text);
    }
    return best && pos - best.index <= 1500 ? best[0] : null;
  };
}

const INSTITUTION_SET = new Set(INSTITUTION_NOUNS);
const NO_NAME = /^(?:\p{Ll}|(?:Some|Many|Most|Several|Others|Both)$)/u;
const isPronounWord = (w: string): boolean => /^(?:he|she|him|her|his|it|its|they|their|them|who|which)$/i.test(w);
const PAIR_OF_NAMES = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*\s+(?:and|&)\s+\p{Lu}/u;
const MESSAGE_SET = new Set(MESSAGE_NOUNS);

/**
 * False for a character no full name may hold (digits, commas, quotation marks, line breaks…);
 * true for letters, apostrophes, dots, hyphens, spaces and tabs and, to be safe, most non-ASCII
 * but the line and paragraph separators. A name never runs over a line break: "Consent\n\nFacebook"
 * is a heading above a paragraph, not a first name and a surname.
 */
function isNameCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45 || c === 32 || c === 9;
  return !((c >= 0x2010 && c <= 0x2029 && c !== 0x2019) || c === 0xab || c === 0xbb || c === 0x85);
}

const PRONOUN_OR_DESCRIPTION = /^(?:he|she|him|her|his|it|its|they|their|them|who|which)$|^(?:the|this|that)\s+[\p{Ll}\s-]+$/iu;
// Regexes with \p{…} live at module level: a build that lowers them (tsx, for one) would otherwise build one per call.
const STARTS_UPPER = /^\p{Lu}/u;
const DESCRIPTION_OWNER = /^((?:the|this|that)\s+[\p{Ll}\s-]+?)['’]s\s/iu;
const SHORT_NAME = /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+$/u;

/** What resolving reads besides the draft: the text, the last person-like name, and the sources cited so far. */
interface Resolver {
  text: string;
  sentences: readonly Sentence[];
  lastName: (pos: number) => string | null;
  history: KnownSource[];
}

/** Resolves draft `d`, whose mention is `mention` with its white space runs made one space. */
function resolve(d: DraftAttribution, mention: string | null, ctx: Resolver): { source: string | null; type?: SourceType; anonymous: boolean } {
  const { text, sentences, lastName, history } = ctx;
  if (mention === null) return { source: null, anonymous: true };
  // "47 percent said", "another said": a share or one more member of the group last cited, who is the source.
  if (d.head === 'percent' || d.head === 'another') {
    const group = lastGroup(history);
    if (group) return { source: group.name, type: group.type, anonymous: group.type === 'anonymous' };
  }
  // "Many Republicans … remain skeptical, and some say …": a bare quantifier picks out members of the group the sentence opened with.
  const members = PART_OF_GROUP.test(mention) ? groupOpening(text, sentences[d.sentence], d.start) : null;
  if (members) return { source: members, anonymous: false };
  if (d.antecedent) {
    const inner = resolveMention(d.antecedent, history);
    return { source: inner ? inner.name : displayName(sourceName(d.antecedent)), type: inner?.type, anonymous: false };
  }
  // "the agency’s estimates" is cited through "the agency".
  const owner = DESCRIPTION_OWNER.exec(mention);
  const described = owner ? (owner[1] ?? mention) : mention;
  const pronounish = PRONOUN_OR_DESCRIPTION.test(described) && !d.proper;
  // "Vidyard announced … The company says": a one-word name may be the company, unless the
  // sentence names it before the description ("As Mashable reports, the company announced").
  let found = resolveMention(described, history)
    ?? (pronounish ? loneNameFor(described, history, (name) => !text.slice(sentences[d.sentence]?.start ?? d.start, d.start).includes(name)) : null);
  // "the report" never stands for a source known only by a common noun or a quantifier ("the email", "Some").
  if (found && !isPronounWord(described) && !STARTS_UPPER.test(described) && NO_NAME.test(found.name)) found = null;
  if (found && (pronounish || STARTS_UPPER.test(described))) return { source: found.name, type: found.type, anonymous: found.type === 'anonymous' };
  const named = pronounish && !/^(?:he|she|him|her|his|it|its|they|their|them|who|which)$/i.test(described) ? nameEndingWith(text, d.start, described) : null;
  if (named) return { source: named, anonymous: false };
  if (/^(?:he|she|his|her)$/i.test(mention)) {
    const name = lastName(d.start);
    if (name) return { source: displayName(sourceName(name)), type: 'person', anonymous: false };
  }
  // "the sheriff" after "Morton County sheriff Kyle Kirchmeier": the person named with that title.
  const holder = d.proper ? null : titleHolderBefore(text, d.start, mention);
  if (holder) return { source: displayName(holder), type: 'person', anonymous: false };
  const anonymous = isAnonymousPhrase(d.head, d.proper);
  const name = displayName(sourceName(mention));
  const full = SHORT_NAME.test(name) ? fullNameBefore(text, d.start, name) : null;
  return { source: full ?? name, type: full ? 'person' : undefined, anonymous };
}

const PART_OF_GROUP = /^(?:some|many|most|several)$/i;

/** The plural group a sentence opens with ("Many Republicans, weary of …,"), as a source name; null when it opens otherwise. */
function groupOpening(text: string, sent: Sentence | undefined, pos: number): string | null {
  const p = sent ? openingSubject(text, sent, pos) : null;
  if (!p || p.start >= pos || !/s$/.test(p.head) || PART_OF_GROUP.test(p.head)) return null;
  return displayName(sourceName(text.slice(p.start, p.end)));
}

/** The last plural source cited (a group: "GOP insiders"), or null. */
function lastGroup(history: readonly KnownSource[]): KnownSource | null {
  for (let k = history.length - 1; k >= 0; k--) if (history[k]?.plural) return history[k] as KnownSource;
  return null;
}

/**
 * "the bureau" after "the Consumer Financial Protection Bureau" was named (not yet as a
 * source): that name. Looks back a bounded 3,000 characters.
 */
function nameEndingWith(text: string, pos: number, description: string): string | null {
  const noun = description.slice(description.lastIndexOf(' ') + 1);
  if (!INSTITUTION_SET.has(noun)) return null;
  const capitalised = `${noun[0]?.toUpperCase()}${noun.slice(1)}`;
  // Every match ends with the capitalised noun: when the window lacks it, skip compiling and scanning.
  const from = Math.max(0, pos - 3000);
  const seen = text.indexOf(capitalised, from);
  if (seen < 0 || seen + capitalised.length > pos) return null;
  // Spaces and tabs only: a name never runs over a line break.
  const re = new RegExp(`\\b(?:[A-Z][\\w’'&-]*[ \\t]+(?:of[ \\t]+|for[ \\t]+|and[ \\t]+)?){1,5}${capitalised}\\b`, 'g');
  const window = text.slice(from, pos);
  let best: string | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) if (!/^(?:The|A|An)\s+[A-Z][a-z]+$/.test(m[0])) best = m[0].replace(/^(?:The|A|An)\s+/, '');
  return best;
}

// A name word or initial with the white space after it, read where a full name may start.
const NAME_PART = /(?:[A-Z][a-z’'-]+|[A-Z]\.)\s+/y;
const NAME_START = /\b[A-Z]/g;

/**
 * The first full name in `run` from `from` on: one to three name words or initials, then
 * `surname` as a whole word. Returns where it starts and where the surname starts, or null.
 * The same as a regex built for the surname would find (greedy, leftmost), with no regex
 * to compile per surname: compiling one costs some 80 µs, far more than this scan.
 */
function fullNameIn(run: string, from: number, surname: string): [number, number] | null {
  NAME_START.lastIndex = from;
  for (let m = NAME_START.exec(run); m; m = NAME_START.exec(run)) {
    const ends: number[] = [];
    NAME_PART.lastIndex = m.index;
    while (ends.length < 3 && NAME_PART.test(run)) ends.push(NAME_PART.lastIndex);
    // Most name parts first, as a greedy {0,2} would try them.
    for (let t = ends.length; t-- > 0;) {
      const at = ends[t] as number;
      const end = at + surname.length;
      if (run.startsWith(surname, at) && isAsciiWordChar(run.charCodeAt(end - 1)) !== isAsciiWordChar(run.charCodeAt(end))) return [m.index, at];
    }
  }
  return null;
}

/**
 * "Mr. Georgelis" or "Essid" after "Tasos Georgelis" / "Habib Essid" earlier in the text:
 * the full name. Looks back a bounded 6,000 characters, so the cost per mention is fixed.
 */
function fullNameBefore(text: string, pos: number, short: string): string | null {
  const surname = short.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, '');
  if (surname.length < 3) return null;
  // Every match ends with the surname: when it is not in the window, skip scanning.
  const from = Math.max(0, pos - 6000);
  const seen = text.indexOf(surname, from);
  if (seen < 0 || seen + surname.length > pos) return null;
  // A match is made of name characters only (letters, apostrophes, dots, hyphens, spaces) and ends
  // with the surname, so it lies inside one run of name characters holding the surname. Scanning
  // just those runs, each with the character on either side so word edges read as in the whole
  // window, finds the same matches as scanning the window.
  let best: string | null = null;
  for (let k = seen; k >= 0 && k + surname.length <= pos; k = text.indexOf(surname, k)) {
    let start = k;
    while (start > from && isNameCode(text.charCodeAt(start - 1))) start--;
    let end = k + surname.length;
    while (end < pos && isNameCode(text.charCodeAt(end))) end++;
    const run = text.slice(start > from ? start - 1 : from, end < pos ? end + 1 : pos);
    for (let m = fullNameIn(run, 0, surname); m;) {
      const first = run.slice(m[0], m[1]).split(/\s/)[0] ?? '';
      // "Enter Tomas Ruiz": past a word that starts no name, the name may start at the next one.
      const rejected = NOT_NAME_START.test(first) || /^(?:Mr|Mrs|Ms|Dr|Prof|Senator|President|Minister)\.?$/.test(first);
      if (!rejected) best = run.slice(m[0], m[1] + surname.length);
      m = fullNameIn(run, rejected && first ? m[0] + first.length : m[1] + surname.length, surname);
    }
    k = end;
  }
  return best ? displayName(best) : null;
}

/**
 * Finds the attributions in `text` (split into `sentences`), sorted by start.
 * One per reporting cue; negated cues and a speaker's own "I think" are left out.
 * Agentless cues ("It is noted", "reportedly") have `source: null` and `anonymous: true`.
 * Never throws; linear in the text length.
 */
export function findAttributions(text: string, sentences: Sentence[]): Attribution[] {
  if (!text || !sentences.length) return [];
  startNameMemo();
  const [verbs = [], passive = [], bareAs = [], agentless = []] = scanCueStarts(text);
  const capsSeen = midSentenceCaps(text);
  const drafts = [
    ...findVerbCues(text, sentences, capsSeen, verbs),
    ...findPassiveCues(text, sentences, { passive, bareAs }),
    ...findAgentlessCues(text, sentences, agentless),
    ...findWordsCues(text, sentences),
  ].sort((a, b) => a.cueStart - b.cueStart || a.start - b.start);
  const ctx: Resolver = { text, sentences, lastName: nameTracker(text), history: [] };
  const { history } = ctx;
  // Names repeat ("Forte said" a dozen times): type each once.
  const types = new Map<string, SourceType>();
  const out: Attribution[] = [];
  let lastCue = -1;
  // Where the last agentless cue ends: "we are told" holds the passive "are told", one cue.
  let agentlessEnd = -1;
  for (const d of drafts) {
    if (d.cueStart === lastCue) continue;
    if (d.mention === null && d.cueStart < agentlessEnd) continue;
    lastCue = d.cueStart;
    if (d.mention === null) agentlessEnd = d.end;
    const mention = d.mention === null ? null : oneSpaced(d.mention);
    // A participle going on for the cue before it is resolved from where that cue stands (a pronoun is not read again from here).
    const prior = d.continues ? out[out.length - 1] : undefined;
    const r = resolve(prior && prior.sentence === d.sentence ? { ...d, start: prior.start } : d, mention, ctx);
    const a: Attribution = { start: d.start, end: d.end, text: text.slice(d.start, d.end), source: r.source, cue: d.cue, anonymous: r.anonymous, sentence: d.sentence };
    if (d.mention !== null && r.source !== null && mention !== r.source) a.mention = d.mention;
    if (d.quote) a.quote = true;
    out.push(a);
    if (r.source !== null) {
      const key = `${r.anonymous ? 1 : 0}${r.source}`;
      const type = r.type ?? types.get(key) ?? sourceType(r.source, r.anonymous);
      types.set(key, type);
      // Messages ("comments accusing her") say things but do none: no later "they" stands for them.
      const plural = /^(?:they|their|them)$/i.test(d.mention ?? '') || (/s$/.test(d.head) && !d.proper && type !== 'publication' && !MESSAGE_SET.has(lowerCase(d.head)));
      // "Hamilton and Gille": two people are a group ("they"), not one person a later "Gille" or "she" stands for.
      const pair = d.proper && PAIR_OF_NAMES.test(r.source);
      history.push({ name: r.source, type: pair ? 'other' : type, plural: plural || pair });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
