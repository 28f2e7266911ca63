/**
 * Passive and agentless reporting: "It is noted that", "is expected to", "seen as",
 * "reportedly", "we're told". Source null (anonymous) unless a "by X" agent follows.
 * Global regex passes; any agent lookup reads a bounded window.
 */
import type { Sentence } from './types';
import { AGENTLESS_CUES, DUMMY_SUBJECT_ONLY, PASSIVE_PARTICIPLES } from './lexicon/reporting';
import { WINDOW, phraseAt, type Phrase } from './attribution-phrase';
import { cueMatches, nextToQuote, type DraftAttribution } from './attribution-cues';
import { ANY_SPACE, literalTrie } from './word-trie';
import { firstWord, sticky } from './attribution-scan';

// ASCII \\b for speed; matches are checked with `standsAlone`.
const B = '\\b';
const E = '\\b';
const PARTICIPLES = literalTrie(PASSIVE_PARTICIPLES, ANY_SPACE);
const ADVERB = '(?:(?:widely|also|now|generally|commonly|often|increasingly|largely|still|long|already|frequently|sometimes|previously|initially|officially|publicly|privately|repeatedly|variously|once)\\s+)?';
// In the pattern's order; the first seven also match capitalised, at a sentence start ("Is expected to", "Has been described as").
const PASSIVE_AUXILIARIES = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'is being', 'are being', 'will be', 'would be', 'could be', 'may be', 'might be', 'be', 'being'];
// An adverb of time may stand inside a perfect: "has long been seen as", "have also been told".
const INNER_ADVERB = '\\s+(?:(?:long|also|since|already|often|widely|generally|repeatedly|previously|frequently)\\s+)?';
const AUXILIARY_ALTERNATIVES = PASSIVE_AUXILIARIES.map((a, k) => (k < 7 ? `[${a[0]?.toUpperCase()}${a[0]}]${a.slice(1)}` : a).replace(' ', a.startsWith('ha') ? INNER_ADVERB : '\\s+'));
// "what is known is that …" stands for "it is known that": a dummy subject too.
const PASSIVE_SOURCE = `${B}(?:([Ii]t|[Ww]hat)\\s+)?((?:${AUXILIARY_ALTERNATIVES.join('|')})\\s+)(${ADVERB})(${PARTICIPLES})${E}`;
// "seen as", "described as": the participles of the lexicon's "… as" entries.
const BARE_AS_PARTICIPLES = PASSIVE_PARTICIPLES.filter((p) => p.endsWith(' as')).map(firstWord);
// "seen by many voters as": a short "by" agent may stand before "as" (words only, at most five).
const BARE_AS_SOURCE = `${B}(${BARE_AS_PARTICIPLES.join('|')})\\s+(?:by\\s+((?:[^\\s,.;:!?"“”]+\\s+){1,5}?))?as${E}`;
// Tries: the longest form still wins at each position, and shared prefixes are read once.
const AGENTLESS_SOURCE = `${B}(?:${literalTrie(AGENTLESS_CUES, ANY_SPACE)})${E}`;
// Compiled once per load, not per call: building them from their long sources outweighs a short article's scan.
// Sticky: each runs only where its first word is (see attribution-scan.ts).
const PASSIVE_RE = sticky(new RegExp(PASSIVE_SOURCE, 'g'));
const BARE_AS_RE = sticky(new RegExp(BARE_AS_SOURCE, 'g'));
const AGENTLESS_RE = sticky(new RegExp(AGENTLESS_SOURCE, 'gi'));
/** The words a passive, bare "seen as" or agentless cue can start with. */
export const PASSIVE_FIRST_WORDS: readonly string[] = [...new Set(['it', 'what', ...PASSIVE_AUXILIARIES.map(firstWord)])];
export const BARE_AS_FIRST_WORDS: readonly string[] = BARE_AS_PARTICIPLES;
export const AGENTLESS_FIRST_WORDS: readonly string[] = [...new Set(AGENTLESS_CUES.map(firstWord))];
const DUMMY_ONLY = new Set(DUMMY_SUBJECT_ONLY);
// These need what follows to read as reporting: "is expected to", "were believed to", "is estimated at".
// (Without "It", "known" and "feared" are no cue at all: DUMMY_SUBJECT_ONLY.)
const NEEDS_COMPLEMENT = /^(?:said|reported|thought|believed|expected|estimated|rumou?red|understood|alleged|predicted|projected|deemed|anticipated)$/;

const WHAT_PARTICIPLES = /^(?:known|said|reported|believed|understood|expected)$/;
// "is considered to be", "was considered likely to", "is considered one of": a reputation ("considered in committee" is none).
const CONSIDERED_AS = /^\s+(?:to\s+(?:be|have)|(?:un)?likely|one\s+of|among|as)\b/;
const EXPECTED = /^(?:expected|predicted|anticipated)$/;
// "was known (in her own time) to have …", "is known to be": a reputation reported, as "is said to" (not "known for", "known to police").
const KNOWN_TO = /^(?:\s+(?:in|at|during|among|throughout)(?:\s+[\w’'-]+){1,4})?\s+to\s+(?:be|have)\b/;

// Regexes with \p{…} live at module level: a build that lowers them (tsx, for one) would otherwise build one per call.
const AGENT_LEAD = /^(?:\s+["“][^"”]{0,80}["”]|\s+[\p{L}\p{N}'’-]+){0,6}?\s+by\s+(?=the\s|\p{Lu})/u;
const AFTER_AUXILIARY = /(?:\b(?:is|are|was|were|be|been|being)|[\p{L}]+ly)\s+$/u;
const AFTER_WORD = /[\p{L}\p{N},]\s+$/u;

/** The "by X" agent after a passive cue ending at `end`, within `limit`. */
function agent(text: string, end: number, limit: number): Phrase | null {
  // The agent may follow a short complement: 'described as "heartbreaking" by the department'.
  const by = AGENT_LEAD.exec(text.slice(end, Math.min(limit, end + 140)));
  if (!by) return null;
  const from = end + by[0].length;
  return phraseAt(text, from, Math.min(limit, from + WINDOW)).p;
}

/** A cue with no source (anonymous): the match, in lower case with single spaces. */
function agentless(m: RegExpExecArray, s: number): DraftAttribution {
  const end = m.index + m[0].length;
  return { start: m.index, end, cueStart: m.index, cue: m[0].replace(/\s+/g, ' ').toLowerCase(), mention: null, head: '', proper: false, quote: false, sentence: s };
}

/**
 * Finds passive reporting cues ("It is noted", "is expected", "has been described as").
 * `starts`: where words of `PASSIVE_FIRST_WORDS` and `BARE_AS_FIRST_WORDS` start (see attribution-scan.ts).
 */
export function findPassiveCues(text: string, sentences: readonly Sentence[], starts: { passive: readonly number[]; bareAs: readonly number[] }): DraftAttribution[] {
  const out: DraftAttribution[] = [];
  for (const [m, s] of cueMatches(PASSIVE_RE, text, starts.passive, sentences)) {
    const dummy = m[1];
    const participle = (m[4] ?? '').replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 12);
    // "what is known is that …", "what was said was": only with a clause's verb after it ("what is expected of him" is none).
    if (dummy && /^w/i.test(dummy) && !(WHAT_PARTICIPLES.test(participle) && /^\s+(?:is|was)\b/.test(next))) continue;
    if (!dummy && DUMMY_ONLY.has(participle) && !(participle === 'known' && KNOWN_TO.test(text.slice(end, end + 60)))
      && !(participle === 'considered' && CONSIDERED_AS.test(next))) continue;
    if (dummy && !/^w/i.test(dummy) && !/^\s+(?:that|to|by|as|in|,)/.test(next) && !/as$/.test(participle)) continue;
    // "was blamed for the fire", "is blamed on the heat"; with "by X" the active pass reads the agent.
    if (participle === 'blamed' && !/^\s+(?:for|on)\b/.test(next)) continue;
    // "The rise was widely expected.": an expectation may end its sentence.
    if (!dummy && NEEDS_COMPLEMENT.test(participle) && !/^\s+(?:to|that|at|by)\b/.test(next) && !(EXPECTED.test(participle) && /^\s*[.;]/.test(next))) continue;
    // The cue keeps an adverb as written ("is widely believed"); "it"/"what" join it, and it starts where the match does.
    const cue = `${dummy ? `${dummy} ` : ''}${m[2]}${m[3] ?? ''}${participle}`.replace(/\s+/g, ' ').toLowerCase();
    const a = agent(text, end, (sentences[s] as Sentence).end);
    out.push({
      start: m.index, end, cueStart: m.index, cue,
      mention: a ? text.slice(a.start, a.end) : null, head: a?.head ?? '', proper: a?.proper ?? false,
      quote: nextToQuote(text, m.index, end), sentence: s,
    });
  }
  for (const [m, s] of cueMatches(BARE_AS_RE, text, starts.bareAs, sentences)) {
    const before = text.slice(Math.max((sentences[s] as Sentence).start, m.index - 24), m.index);
    if (AFTER_AUXILIARY.test(before)) continue; // the passive pass has it
    if (!AFTER_WORD.test(before)) continue;
    if (/\b(?:I|we|you|they|he|she|it)\s+$/i.test(before)) continue;
    const by = m[2];
    if (by === undefined) {
      out.push(agentless(m, s));
      continue;
    }
    const from = m.index + m[0].length - 2 - by.length;
    const a = phraseAt(text, from, from + by.length).p;
    if (!a) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, cueStart: m.index, cue: `${(m[1] ?? '').toLowerCase()} as`,
      mention: text.slice(a.start, a.end), head: a.head, proper: a.proper, quote: false, sentence: s,
    });
  }
  return out;
}

/**
 * Finds one-word and fixed agentless cues ("reportedly", "we're told").
 * `starts`: where words of `AGENTLESS_FIRST_WORDS` start (see attribution-scan.ts).
 */
export function findAgentlessCues(text: string, sentences: readonly Sentence[], starts: readonly number[]): DraftAttribution[] {
  const out: DraftAttribution[] = [];
  for (const [m, s] of cueMatches(AGENTLESS_RE, text, starts, sentences)) {
    const end = m.index + m[0].length;
    // "As promised, …" and "…, as expected." stand apart; "as reported by Reuters" and "grew as expected by …" have an agent or a comparison.
    if (AS_CUE.test(m[0]) && !SET_OFF.test(text.slice(end, end + 2))) continue;
    out.push(agentless(m, s));
  }
  return out;
}
const AS_CUE = /^as\s/i;
const SET_OFF = /^\s*[,;.!?)—–]/;
