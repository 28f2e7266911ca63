/**
 * Noun phrases around a reporting cue: the subject before "said", the speaker after
 * '," said', the source after "according to". Works on a short token window around
 * the cue, so every scan is bounded and the whole pass stays linear.
 */
import { SOURCE_BRIDGES, SOURCE_NOUNS } from './lexicon/reporting';
import { PERSON_TITLES } from './lexicon/sources';

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** A phrase found next to a cue: token range, head word and how it was reached. */
export interface Phrase {
  start: number;
  end: number;
  text: string;
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
  if (c === 32 || (c >= 9 && c <= 13) || c === 0x1680 || c === 0xfeff) return false;
  if (c < 0x80) return !((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e));
  return !((c >= 0xa0 && c <= 0xbf) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f));
}

const NONE: Token = { text: '', start: -1, end: -1, word: false };

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
  const n = text.length;
  let q = from;
  while (out.length < max) {
    while (q < n && isSpaceCode(text.charCodeAt(q))) q++;
    if (q >= to || q >= n) break;
    re.lastIndex = q;
    if (!re.test(text)) break; // cannot happen: \\S matches any non-space character
    const whole = re.lastIndex;
    const end = whole < to ? whole : to;
    out.push({ text: text.slice(q, end), start: q, end, word: isWordStartCode(text.charCodeAt(q)) });
    q = whole;
  }
  return out;
}

/**
 * The tokens after a cue that `phraseAfter(tokens, 0)` can read: it stops within
 * MAX_PHRASE tokens and looks at most a bridge (three words) ahead, so the rest of a
 * 200-character window is never read. Also covers the token right after the phrase.
 */
export function tokensAfter(text: string, from: number, to: number): Token[] {
  return tokenize(text, from, to, MAX_PHRASE + 4);
}

const DETERMINERS = new Set(['the', 'another', 'no', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those',
  'many', 'most', 'some', 'several', 'two', 'three', 'four', 'five', 'one', 'other', 'both', 'all', 'few', 'numerous']);
const STOP = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'onto', 'about', 'over', 'under', 'after', 'before', 'during',
  'since', 'until', 'against', 'between', 'among', 'through', 'across', 'behind', 'beyond', 'despite', 'without', 'within',
  'via', 'per', 'like', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas',
  'if', 'unless', 'when', 'whenever', 'where', 'whether', 'as', 'that', 'which', 'who', 'whom', 'whose', 'what', 'how', 'why',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'there', 'here', 'also', 'too', 'very', 'just', 'only', 'even',
  'then', 'now', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there’s', "there's", 'it’s', "it's",
  'said', 'says', 'say', 'told', 'tells', 'according', 'however', 'meanwhile', 'instead', 'still', 'already', 'much',
  'more', 'less', 'such', 'any', 'each', 'every', 'no', 'yes', 'this', 'that', 'not', 'last', 'next', 'year', 'week', 'day',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'one']);
const SOURCE_NOUN_SET = new Set(SOURCE_NOUNS);
const TITLE_SET = new Set(PERSON_TITLES);
const BRIDGE_FIRST = new Map(SOURCE_BRIDGES.map((b) => [b.slice(b.lastIndexOf(' ') + 1), b]));
// Each bridge's words by its first word (the first bridge listed wins, as a search of the list would find it).
const BRIDGE_WORDS_BY_FIRST = new Map<string, string[]>();
for (const b of SOURCE_BRIDGES) {
  const words = b.split(' ');
  if (!BRIDGE_WORDS_BY_FIRST.has(words[0] ?? '')) BRIDGE_WORDS_BY_FIRST.set(words[0] ?? '', words);
}
// Plural agent nouns ("milbloggers", "politicians"); singular -er words are too often adjectives ("quicker").
const AGENT_NOUN = /^[a-z][a-z-]{2,}(?:ers|ors|ists|ians|ants|ents|ives|ist|ian)$/;
const MAX_PHRASE = 12;
const QUANTITY_NOUNS = new Set(['number', 'lot', 'lots', 'majority', 'minority', 'handful', 'dozens', 'hundreds', 'thousands', 'millions', 'couple', 'group', 'team', 'host', 'range', 'variety', 'series', 'pair', 'body', 'panel', 'coalition', 'chorus', 'string', 'half', 'third', 'quarter', 'most', 'many', 'some', 'several', 'all', 'none', 'each', 'one', 'two', 'three', 'four', 'five']);
const ROLE_PREPOSITIONS = new Set(['for', 'at', 'from', 'in', 'by', 'on']);

// Regexes with \p{…} live at module level: a build that lowers them (tsx, for one) would otherwise build one per call.

const STARTS_UPPER = /^\p{Lu}/u;
const isCap = (w: string): boolean => STARTS_UPPER.test(w);
const lower = (w: string): string => w.toLowerCase();

/** True when a lower-case word can be a source's head noun ("officials", "milbloggers", "report"). */
export function isSourceNoun(word: string): boolean {
  const w = lower(word).replace(/['’]s$/, '');
  return SOURCE_NOUN_SET.has(w) || AGENT_NOUN.test(w) || TITLE_SET.has(w);
}

/** True when `word` is a pronoun a reporting verb can take as subject. */
export function isPronoun(word: string): boolean {
  return PRONOUNS.has(lower(word));
}

/**
 * "a spokesperson for the company", "analysts at Goldman Sachs", "a study published in
 * Nature": when `tokens[prep]` joins a role noun to an organisation, the role noun (the
 * phrase's head) and its index; null otherwise.
 */
function overRolePreposition(tokens: Token[], prep: number, sentenceStart: number): { head: string; next: number } | null {
  if (!ROLE_PREPOSITIONS.has(lower(at(tokens, prep).text))) return null;
  const left = at(tokens, prep - 1);
  const leftLow = lower(left.text);
  if (left.word && (!isCap(left.text) || left.start <= sentenceStart + 2) && isSourceNoun(leftLow) && !PRONOUNS.has(leftLow)) return { head: left.text, next: prep - 1 };
  if (left.word && /^(?:published|released|conducted|issued|commissioned|led|funded)$/.test(leftLow)) {
    const noun = at(tokens, prep - 2);
    if (noun.word && !isCap(noun.text) && isSourceNoun(lower(noun.text))) return { head: noun.text, next: prep - 2 };
  }
  return null;
}

/** Length in tokens of a source bridge ("familiar with") ending at `end`, or 0. */
function bridgeEndingAt(tokens: Token[], end: number): number {
  const bridge = BRIDGE_FIRST.get(lower(at(tokens, end).text));
  if (!bridge) return 0;
  const words = bridge.split(' ');
  const ok = words.every((bw, k) => lower(at(tokens, end - (words.length - 1) + k).text) === bw);
  return ok ? words.length : 0;
}

/**
 * Scans backwards from the end of `tokens` for the subject noun phrase of a verb:
 * `at(tokens, last)` is the word just before the cue (after auxiliaries and adverbs).
 * `sentenceStart` tells which capitals are only sentence-initial. Returns null when
 * the words there do not form a source-like phrase.
 */
export function phraseBefore(tokens: Token[], last: number, sentenceStart: number): Phrase | null {
  if (last < 0 || !at(tokens, last).word) return null;
  const headTok = at(tokens, last);
  const headLow = lower(headTok.text);
  // "I'd say", "they'll tell you": the pronoun behind the contraction.
  const bare = headLow.replace(/['’](?:d|ll|ve|m|re)$/, '');
  if (PRONOUNS.has(bare)) return { start: headTok.start, end: headTok.end, text: headTok.text, head: bare, proper: false };
  if (STOP.has(headLow) || DETERMINERS.has(headLow)) return null;
  let first = last;
  let head = headTok.text;
  for (let i = last - 1; i >= 0 && last - i < MAX_PHRASE; i--) {
    const t = at(tokens, i);
    const low = lower(t.text);
    if (!t.word) break;
    if (DETERMINERS.has(low)) {
      first = i;
      // "people familiar with the matter": carry on through the bridge to the noun before it.
      const bridge = bridgeEndingAt(tokens, i - 1);
      if (bridge && at(tokens, i - 1 - bridge).word) {
        i -= bridge;
        head = at(tokens, i - 1).text;
        first = i - 1;
        continue;
      }
      // "Judge Mark T. Pittman of the U.S. District Court": a name joined to its institution.
      const joiner = lower(at(tokens, i - 1).text);
      if ((joiner === 'of' || joiner === 'at') && isCap(at(tokens, i - 2).text)) { i -= 1; continue; }
      const role = overRolePreposition(tokens, i - 1, sentenceStart);
      if (!role) break;
      head = role.head;
      i = role.next + 1;
      first = role.next;
      continue;
    }
    if (low === 'of' || low === 'and' || low === '&') {
      const left = at(tokens, i - 1);
      if (!left || !left.word) break;
      if (low !== 'of' && !isCap(left.text)) break;
      // "a study of 1,200 adults" is about the study; "a number of analysts" about the analysts.
      if (low === 'of' && !QUANTITY_NOUNS.has(lower(left.text)) && !DETERMINERS.has(lower(left.text))) head = left.text;
      continue;
    }
    const bridge = BRIDGE_FIRST.get(low);
    if (bridge) {
      const words = bridge.split(' ');
      const ok = words.every((bw, k) => at(tokens, i - (words.length - 1) + k) && lower(at(tokens, i - (words.length - 1) + k).text) === bw);
      if (ok && at(tokens, i - words.length)?.word) { i -= words.length - 1; head = at(tokens, i - 1).text; continue; }
    }
    if ((low === 'in' || low === 'at') && isCap(at(tokens, i - 1).text) && isCap(at(tokens, i + 1).text) && at(tokens, i - 1).start > sentenceStart + 2) continue; // "District Court in Fort Worth"
    if (ROLE_PREPOSITIONS.has(low)) {
      const role = overRolePreposition(tokens, i, sentenceStart);
      if (!role) break;
      head = role.head;
      i = role.next + 1;
      first = role.next;
      continue;
    }
    if (STOP.has(low)) break;
    if (!isCap(t.text) && /[a-z]{3,}(?:ed|ing)$/.test(low) && !isSourceNoun(low)) break;
    first = i;
  }
  // Leading "of"/"and" joiners never start a phrase.
  while (first < last && /^(?:of|and|&)$/i.test(at(tokens, first).text)) first++;
  const slice = tokens.slice(first, last + 1);
  // A capital within a quote mark or bracket of the sentence start is only sentence-initial.
  const proper = slice.some((t) => isCap(t.text) && !(t.start <= sentenceStart + 2 && isSourceNoun(t.text)) && !DETERMINERS.has(lower(t.text)));
  const start = at(tokens, first).start;
  return { start, end: headTok.end, text: '', head, proper };
}

/**
 * Scans forwards from `at(tokens, first)` for a source phrase ("said Senator Mark Warner,",
 * "according to the Congressional Budget Office"). Stops at punctuation and clause words.
 */
export function phraseAfter(tokens: Token[], first: number): Phrase | null {
  let i = first;
  if (i >= tokens.length || !at(tokens, i).word) return null;
  const firstLow = lower(at(tokens, i).text);
  if (PRONOUNS.has(firstLow)) return { start: at(tokens, i).start, end: at(tokens, i).end, text: at(tokens, i).text, head: firstLow, proper: false };
  let last = -1;
  let headBeforeBridge: string | null = null;
  let ofHead: string | null = null;
  let afterBridge = false;
  for (; i < tokens.length && i - first < MAX_PHRASE; i++) {
    const t = at(tokens, i);
    const low = lower(t.text);
    if (!t.word) break;
    if (DETERMINERS.has(low)) { if (last >= 0 && !afterBridge) break; afterBridge = false; continue; }
    afterBridge = false;
    if (low === 'of' || low === 'and' || low === '&' || low === 'for' || low === 'on' || low === 'at' || low === 'by' || low === 'from') {
      const next = at(tokens, i + 1);
      if (last < 0 || !next || !next.word) break;
      const nextLow = lower(next.text);
      const capAhead = isCap(next.text) || (DETERMINERS.has(nextLow) && at(tokens, i + 2) && isCap(at(tokens, i + 2).text));
      if (!capAhead && !(low === 'of' && !isCap(at(tokens, last).text))) break;
      if (low === 'of' && ofHead === null && !QUANTITY_NOUNS.has(lower(at(tokens, last).text))) ofHead = at(tokens, last).text;
      afterBridge = true;
      continue;
    }
    const words = last >= 0 ? BRIDGE_WORDS_BY_FIRST.get(low) : undefined;
    if (words) {
      if (words.every((bw, k) => at(tokens, i + k) && lower(at(tokens, i + k).text) === bw)) {
        headBeforeBridge = headBeforeBridge ?? at(tokens, last).text;
        i += words.length - 1;
        afterBridge = true;
        continue;
      }
    }
    if (STOP.has(low) || PRONOUNS.has(low)) break;
    if (!isCap(t.text) && /[a-z]{3,}(?:ed|ing)$/.test(low) && !isSourceNoun(low)) break;
    last = i;
  }
  if (last < 0) return null;
  const slice = tokens.slice(first, last + 1);
  const proper = slice.some((t) => isCap(t.text) && !DETERMINERS.has(lower(t.text)));
  return { start: at(tokens, first).start, end: at(tokens, last).end, text: '', head: headBeforeBridge ?? ofHead ?? at(tokens, last).text, proper };
}
