/**
 * Noun phrases around a reporting cue: the subject before "said", the speaker after
 * '," said', the source after "according to". Works on a short token window around
 * the cue, so every scan is bounded and the whole pass stays linear.
 */
import { FIRST_PERSON, SOURCE_BRIDGES, SOURCE_NOUNS, STUDY_NOUNS } from './lexicon/reporting';
import { PERSON_TITLES } from './lexicon/sources';
import { lowerCase } from './lower-case';
import { DETERMINERS, IRREGULAR_PAST, STANDALONE_QUANTIFIERS, STOP } from './attribution-phrase-words';
import { bridgesBy } from './attribution-bridges';

export interface Token {
  text: string;
  /** `text` in lower case, computed once: the phrase readers compare almost every token with word lists. */
  low: string;
  start: number;
  end: number;
  word: boolean;
}

/** A phrase found next to a cue: its span, head word and whether it names someone. */
export interface Phrase {
  start: number;
  end: number;
  /** Indexes of its first and last tokens in the list it was read from. */
  first: number;
  last: number;
  /** The noun the phrase is about ("people" in "people familiar with the matter"). */
  head: string;
  /** True when the phrase holds a capitalised word that is not just sentence-initial. */
  proper: boolean;
}

// A word character: anything but space and punctuation (ASCII, Latin-1, General and CJK
// punctuation). A non-Unicode class keeps the regex several times faster than \p{L}.
const W = '[^\\s!-\\/:-@\\[-`{-~\\u00A0-\\u00BF\\u2000-\\u206F\\u3000-\\u303F]';
// Abbreviations with their dot, initials, words with inner apostrophes/dots/hyphens, single chars.
export const TOKEN_RE_SOURCE = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:[A-Z]\\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Prof|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Capt|Sgt)\\.|[A-Z]\\.(?=\\s[A-Z])|${W}(?:(?:${W}|['’.&\\-\\u00AD])*${W})?|\\S`;
// Sticky, and run with test(): no match array per token (see `tokenize`).
const TOKEN_AT = new RegExp(TOKEN_RE_SOURCE, 'y');
/** True when a token starting with code unit `c` is a word: `c` matches W (a test on the code, not a regex run per token). */
export function isWordStartCode(c: number): boolean {
  if (isSpaceCode(c)) return false;
  if (c < 0x80) return !((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e));
  return !((c >= 0xa0 && c <= 0xbf) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f));
}

const NONE: Token = { text: '', low: '', start: -1, end: -1, word: false };

/** The token at `i`, or an empty non-word token outside the list (keeps index checks short). */
export function at(tokens: readonly Token[], i: number): Token {
  return tokens[i] ?? NONE;
}

/** True for the code units of the regex class \\s (JavaScript white space and line terminators). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Tokenises `text` between `from` and `to` (offsets into `text`), at most `max` tokens: the
 * matches a global run of TOKEN_RE_SOURCE would give, a token running past `to` cut at it.
 * Every non-space character starts a match (the last alternative is \\S), so the next token
 * starts at the next non-space character: the sticky regex is tested there, which spares the
 * match array a global exec builds per token.
 */
export function tokenize(text: string, from: number, to: number, max = Infinity): Token[] {
  const out: Token[] = [];
  const re = TOKEN_AT;
  let q = from;
  while (out.length < max) {
    while (isSpaceCode(text.charCodeAt(q))) q++;
    if (q >= to || q >= text.length) break;
    re.lastIndex = q;
    if (!re.test(text)) break; // cannot happen while isSpaceCode agrees with \\s; a guard against looping if it ever does not
    const whole = re.lastIndex;
    const end = whole < to ? whole : to;
    const word = text.slice(q, end);
    out.push({ text: word, low: lowerCase(word), start: q, end, word: isWordStartCode(text.charCodeAt(q)) });
    q = whole;
  }
  return out;
}

/**
 * The tokens of `text` from `from` to `to` (as `tokenize` gives them) read back from `to`, made
 * only as far back as a reader asks: most cues look at a few words before their verb, not at
 * the whole window. `back(b, -1)` is the last token, -2 the one before, and so on.
 */
export interface TokensBefore {
  readonly text: string;
  readonly from: number;
  /** Where the tokens made so far start: they are all those between here and `to`. */
  pos: number;
  /** The tokens made so far, last first. */
  readonly made: Token[];
}

/** The tokens of `text` between `from` and `to`, to be read back from `to` with `back`. */
export const tokensBefore = (text: string, from: number, to: number): TokensBefore => ({ text, from, pos: to, made: [] });

/**
 * Token `i` (negative: -1 is the last) of `b`, or the empty non-word token at 0 and before the
 * window. Makes tokens one run of non-space characters at a time: a token never holds a space,
 * so the tokens after a space are the same whether the window starts before it or there.
 */
export function back(b: TokensBefore, i: number): Token {
  const { text, from, made } = b;
  while (-i > made.length && b.pos > from) {
    let end = b.pos;
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > from && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    const run = tokenize(text, start, end);
    for (let k = run.length - 1; k >= 0; k--) made.push(run[k] as Token);
    b.pos = start;
  }
  return i < 0 ? made[-i - 1] ?? NONE : NONE;
}

/** True when `b` has a token `i` (false at 0 and before the window's first token). */
export const hasToken = (b: TokensBefore, i: number): boolean => back(b, i) !== NONE;

/**
 * The phrase `phraseAfter` reads from `from`: it stops within MAX_PHRASE tokens and looks at
 * most a bridge (three words) ahead, so only that many tokens of the window up to `to` are made.
 * The tokens (one more, for the word right after the phrase) come with it.
 */
export function phraseAt(text: string, from: number, to: number): { p: Phrase | null; tokens: Token[] } {
  const tokens = tokenize(text, from, to, MAX_PHRASE + 4);
  return { p: phraseAfter(tokens, 0), tokens };
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'one']);
const SOURCE_NOUN_SET = new Set([...SOURCE_NOUNS, ...PERSON_TITLES]);
const STUDIES = new Set(STUDY_NOUNS);
// Each bridge's words, found by its last word when reading back and by its first when reading on (longest first).
const BRIDGES = SOURCE_BRIDGES.map((b) => b.split(' '));
const BRIDGE_BY_LAST = bridgesBy(BRIDGES, (words) => words[words.length - 1] as string);
const BRIDGE_BY_FIRST = bridgesBy(BRIDGES, (words) => words[0] as string);
// Plural agent nouns ("milbloggers", "politicians"); singular -er words are too often adjectives ("quicker").
const AGENT_NOUN = /^[a-z][a-z-]{2,}(?:ers|ors|ists|ians|ants|ents|ives|ist|ian)$/;
const MAX_PHRASE = 12;
/** How far from a cue its phrases are read, in characters: every read is bounded, so the passes stay linear. */
export const WINDOW = 200;
// Nouns of quantity that are not the phrase's head ("a number of analysts"); determiners ("most of", "two of") are too, and are told apart first.
const QUANTITY_NOUNS = new Set(['number', 'lot', 'lots', 'majority', 'minority', 'handful', 'dozens', 'hundreds', 'thousands', 'millions', 'couple', 'group', 'team', 'host', 'range', 'variety', 'series', 'pair', 'body', 'panel', 'coalition', 'chorus', 'string', 'half', 'third', 'quarter', 'none', 'each',
  'percent', 'thirds', 'quarters', 'two-thirds', 'three-quarters']); // shares of a group polled: "47 percent of voters"
const COMPARATIVE_QUANTITY = new Set(['more', 'fewer', 'less']);
const ROLE_PREPOSITIONS = new Set(['for', 'at', 'from', 'in', 'by', 'on']);
/** Words that join two parts of a name read forwards ("Bank of America", "Smith & Wesson", "analysts at Goldman"). */
const JOINERS = new Set(['of', 'and', '&', 'for', 'on', 'at', 'by', 'from']);

// Regexes with \p{…} live at module level: a build that lowers them (tsx, for one) would otherwise build one per call.
const STARTS_UPPER = /^\p{Lu}/u;
/** True when `w` starts with a capital letter (an ASCII first character is told without the regex). */
export function isCap(w: string): boolean {
  const c = w.charCodeAt(0) | 0; // 0 for an empty word
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(w);
}

/** True when a word can be a source's head noun ("officials", "milbloggers", "report"), in any case. */
export function isSourceNoun(word: string): boolean {
  const w = lowerCase(word).replace(/['’]s$/, '');
  return SOURCE_NOUN_SET.has(w) || AGENT_NOUN.test(w);
}

/** A plural source noun, or "police" (a plural in all but form): one side of "police and medics". */
const isPeopleGroup = (low: string): boolean => (low.endsWith('s') || low === 'police') && isSourceNoun(low) && !PRONOUNS.has(low);

const ADVERB_LY = /^[a-z]{3,}ly$/;
/** Lower-case "-ly" words that are adjectives or nouns inside a noun phrase ("the agency's early estimates", "the family"). */
const LY_ADJECTIVES = new Set(['family', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'elderly', 'only', 'friendly', 'holy', 'supply', 'ally', 'rally', 'assembly']);

const FIRST = new Set(FIRST_PERSON);
/** True for "I", "we", "you"…: sources only outside a quote's own opinions. */
export const isFirstPerson = (word: string): boolean => FIRST.has(lowerCase(word));

/** True when `word` is a pronoun a reporting verb can take as subject. */
export function isPronoun(word: string): boolean {
  return PRONOUNS.has(lowerCase(word));
}

/** A lower-case participle or gerund that is no source noun ("conducted", "fighting"): a clause, not a name. */
const isVerbForm = (t: Token): boolean => !isCap(t.text) && (/[a-z]{3,}(?:ed|ing)$/.test(t.low) || IRREGULAR_PAST.has(t.low)) && !isSourceNoun(t.low);

/** The one-word phrase of the pronoun `t`, token `i` of its list (`head`: its lower case, or the form behind a contraction). */
export function pronounPhrase(t: Token, i: number, head = t.low): Phrase {
  return { start: t.start, end: t.end, first: i, last: i, head, proper: false };
}

/** True when the words of `bridge` stand at `tokens[from…]`. */
const bridgeAt = (tokens: Token[], from: number, bridge: string[]): boolean => bridge.every((w, k) => at(tokens, from + k).low === w);

/** Length in tokens of a source bridge ("familiar with") ending at `end`, or 0. */
function bridgeEndingAt(tokens: TokensBefore, end: number): number {
  const bridge = BRIDGE_BY_LAST.get(back(tokens, end).low)?.find((b) => b.every((w, k) => back(tokens, end - b.length + 1 + k).low === w));
  return bridge ? bridge.length : 0;
}

/**
 * "a spokesperson for the company", "analysts at Goldman Sachs", "a study published in
 * Nature": when `tokens[prep]` joins a role noun to an organisation, the role noun (the
 * phrase's head) and its index; null otherwise.
 */
function overRolePreposition(tokens: TokensBefore, prep: number, sentenceStart: number): { head: string; next: number } | null {
  if (!ROLE_PREPOSITIONS.has(back(tokens, prep).low)) return null;
  const left = back(tokens, prep - 1);
  if (!left.word) return null;
  if ((!isCap(left.text) || left.start <= sentenceStart + 2) && isSourceNoun(left.low) && !PRONOUNS.has(left.low)) return { head: left.text, next: prep - 1 };
  if (/^(?:published|released|conducted|issued|commissioned|led|funded)$/.test(left.low)) {
    const noun = back(tokens, prep - 2);
    if (noun.word && !isCap(noun.text) && isSourceNoun(noun.low)) return { head: noun.text, next: prep - 2 };
  }
  return null;
}

/**
 * Scans backwards from the end of `tokens` for the subject noun phrase of a verb:
 * `back(tokens, last)` is the word just before the cue (after auxiliaries and adverbs).
 * `sentenceStart` tells which capitals are only sentence-initial. Returns null when
 * the words there do not form a source-like phrase.
 */
export function phraseBefore(tokens: TokensBefore, last: number, sentenceStart: number): Phrase | null {
  const headTok = back(tokens, last);
  if (!headTok.word) return null;
  const headLow = headTok.low;
  // "I'd say", "they'll tell you": the pronoun behind the contraction.
  const bare = /['’]/.test(headLow) ? headLow.replace(/['’](?:d|ll|ve|m|re)$/, '') : headLow;
  if (PRONOUNS.has(bare)) return pronounPhrase(headTok, last, bare);
  // "One called it a mistake, and another said …": "another" stands for one more of those just named.
  if (headLow === 'another') return pronounPhrase(headTok, last);
  // "Some hinted", "many say", "others said": a quantifier standing alone for the people it counts.
  if (STANDALONE_QUANTIFIERS.has(headLow) && !DETERMINERS.has(back(tokens, last - 1).low)) return pronounPhrase(headTok, last);
  if (STOP.has(headLow) || DETERMINERS.has(headLow)) return null;
  let first = last;
  let head = headTok.text;
  // Past the window's first token `back` gives a non-word token, which ends the loop.
  for (let i = last - 1; last - i < MAX_PHRASE; i--) {
    const t = back(tokens, i);
    const low = t.low;
    // "U.S.-Russia relations": a hyphen touching the words on both sides joins them.
    if (!t.word && (t.text === '-' || t.text === '–') && t.end === back(tokens, i + 1).start && t.start === back(tokens, i - 1).end && back(tokens, i - 1).word) continue;
    if (!t.word) break;
    // "@stevenf British people": a handle glued to its "@" is no part of the phrase after it.
    if (back(tokens, i - 1).text === '@' && back(tokens, i - 1).end === t.start) break;
    // "fewer than three-quarters of Republicans", "more than half of voters": the comparison belongs to the quantity.
    if (low === 'than' && COMPARATIVE_QUANTITY.has(back(tokens, i - 1).low) && i < last) { i--; first = i; continue; }
    // The index of a preposition that may join a role noun to its organisation.
    let prep = i;
    if (DETERMINERS.has(low)) {
      first = i;
      // "people familiar with the matter": carry on through the bridge to the noun before it.
      const bridge = bridgeEndingAt(tokens, i - 1);
      if (bridge && back(tokens, i - 1 - bridge).word) {
        i -= bridge;
        head = back(tokens, i - 1).text;
        first = i - 1;
        continue;
      }
      // "Judge Mark T. Pittman of the U.S. District Court": a name joined to its institution.
      const joiner = back(tokens, i - 1).low;
      if ((joiner === 'of' || joiner === 'at') && isCap(back(tokens, i - 2).text)) { i -= 1; continue; }
      // "a review of its filings", "an analysis of the data": a study is about what follows its "of"; the study reports.
      if (joiner === 'of' && STUDIES.has(back(tokens, i - 2).low)) { head = back(tokens, i - 2).text; i -= 1; continue; }
      prep = i - 1;
    } else if (low === 'of' || low === 'and' || low === '&') {
      const left = back(tokens, i - 1);
      // "Smith and Jones", and two groups of people in lower case: "police and medics said" (not "the plan and officials").
      if (!left.word || (low !== 'of' && !isCap(left.text) && !(isPeopleGroup(left.low) && isSourceNoun(head)))) break;
      // "a study of 1,200 adults" is about the study; "a number of analysts" about the analysts.
      if (low === 'of' && !QUANTITY_NOUNS.has(left.low) && !DETERMINERS.has(left.low)) head = left.text;
      continue;
    } else {
      const bridge = bridgeEndingAt(tokens, i);
      if (bridge && back(tokens, i - bridge).word) { i -= bridge - 1; head = back(tokens, i - 1).text; continue; }
      if ((low === 'in' || low === 'at') && isCap(back(tokens, i - 1).text) && isCap(back(tokens, i + 1).text) && back(tokens, i - 1).start > sentenceStart + 2) continue; // "District Court in Fort Worth"
      if (!ROLE_PREPOSITIONS.has(low)) {
        if (STOP.has(low) || isVerbForm(t)) break;
        first = i;
        continue;
      }
    }
    const role = overRolePreposition(tokens, prep, sentenceStart);
    if (!role) break;
    head = role.head;
    i = role.next + 1;
    first = role.next;
  }
  // Leading "of"/"and" joiners never start a phrase.
  while (first < last && /^(?:of|and|&)$/.test(back(tokens, first).low)) first++;
  // "Both Smith and Jones said": "both … and" pairs the names; "both" is no part of either.
  if (first < last && back(tokens, first).low === 'both' && isCap(back(tokens, first + 1).text)) first++;
  // A capital within a quote mark or bracket of the sentence start is only sentence-initial.
  let proper = false;
  for (let k = first; k <= last && !proper; k++) {
    const t = back(tokens, k);
    proper = isCap(t.text) && !(t.start <= sentenceStart + 2 && isSourceNoun(t.low)) && !DETERMINERS.has(t.low);
  }
  return { start: back(tokens, first).start, end: headTok.end, first, last, head, proper };
}

/**
 * Scans forwards from `at(tokens, first)` for a source phrase ("said Senator Mark Warner,",
 * "according to the Congressional Budget Office"). Stops at punctuation and clause words.
 */
export function phraseAfter(tokens: Token[], first: number): Phrase | null {
  const firstTok = at(tokens, first);
  if (!firstTok.word) return null;
  if (PRONOUNS.has(firstTok.low)) return pronounPhrase(firstTok, first);
  let last = -1;
  let headBeforeBridge: string | null = null;
  let ofHead: string | null = null;
  let afterBridge = false;
  for (let i = first; i < tokens.length && i - first < MAX_PHRASE; i++) {
    const t = at(tokens, i);
    const low = t.low;
    if (!t.word) break;
    if (DETERMINERS.has(low)) { if (last >= 0 && !afterBridge) break; afterBridge = false; continue; }
    afterBridge = false;
    if (JOINERS.has(low)) {
      const next = at(tokens, i + 1);
      if (last < 0 || !next.word) break;
      const capAhead = isCap(next.text) || (DETERMINERS.has(next.low) && isCap(at(tokens, i + 2).text));
      if (!capAhead && !(low === 'of' && !isCap(at(tokens, last).text))) break;
      if (low === 'of' && ofHead === null && !QUANTITY_NOUNS.has(at(tokens, last).low)) ofHead = at(tokens, last).text;
      afterBridge = true;
      continue;
    }
    const bridge = last >= 0 ? BRIDGE_BY_FIRST.get(low)?.find((b) => bridgeAt(tokens, i, b)) : undefined;
    if (bridge) {
      headBeforeBridge ??= at(tokens, last).text;
      i += bridge.length - 1;
      afterBridge = true;
      continue;
    }
    if (STOP.has(low) || PRONOUNS.has(low) || isVerbForm(t)) break;
    // "Uber unilaterally slashes …": a lower-case "-ly" word after the head is an adverb, not part of the name.
    if (last >= 0 && ADVERB_LY.test(t.text) && !LY_ADJECTIVES.has(low)) break;
    last = i;
  }
  if (last < 0) return null;
  const proper = tokens.slice(first, last + 1).some((t) => isCap(t.text) && !DETERMINERS.has(t.low));
  return { start: firstTok.start, end: at(tokens, last).end, first, last, head: headBeforeBridge ?? ofHead ?? at(tokens, last).text, proper };
}
