/**
 * The active reporting cues: "X said", "X has called", '"…," said X', "according to X",
 * ", saying". One global regex pass over the text; each hit looks at a bounded token
 * window inside its sentence, so the pass is linear in the text length. This module decides
 * whether a hit reports and shapes its cue (auxiliaries, objects, span); who it credits is
 * read by src/analysis/attribution-speaker.ts.
 */
import type { Sentence } from './types';
import { ACCOUNT_NOUNS, AUXILIARIES, DEGREE_WORDS, INTERVENING_ADVERBS, NEGATIONS, OBJECT_CUE_VERBS } from './lexicon/reporting';
import { EVIDENCE_LEMMAS, NEXT_WORD_RULES, claimFollows, NOUNLIKE, QUESTION_NEXT, SENTENCE_END, VERB_FORMS, WIDE_NEXT_RULES, VERB_RE_SOURCE, isInvertible, standsAlone, type VerbForm } from './attribution-verbs';
import { matchesAt, sticky } from './attribution-scan';
import { WINDOW, back, isFirstPerson, phraseAt, tokensBefore, type Phrase, type TokensBefore } from './attribution-phrase';
import { openingSubject } from './attribution-subject';
import { conformity, skipTimePhrase } from './attribution-asides';
import { RELATIVE_PRONOUNS } from './attribution-clauses';
import { CALL_NAMING, PARTICIPLE_GAP, floatedQuantifier, namingParticiple } from './attribution-groups';
import { GERUND_OR_TAG, agentSpeaker, bracketSpeaker, eagerSpeaker, insertSpeaker, invertedSpeaker, participleSpeaker, relativeSpeaker, subjectSpeaker, type VerbSite } from './attribution-speaker';

/** An attribution before its source is resolved: offsets into the text. */
export interface DraftAttribution {
  start: number;
  end: number;
  /** Where the cue itself starts: drafts are ordered and deduplicated by it. */
  cueStart: number;
  cue: string;
  /** The source phrase as written, or null for agentless cues. */
  mention: string | null;
  head: string;
  proper: boolean;
  quote: boolean;
  sentence: number;
  /** A name fixed by the cue itself (the antecedent of "who"), used instead of resolving `mention`. */
  antecedent?: string;
  continues?: boolean; // the cue goes on for the speaker of the cue before it ("he said on Fox News, signaling …")
}

const AUX = new Set(AUXILIARIES);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const SILENT_AUX = new Set(['been', 'be', 'being', "'s", '’s', 'did', 'does', 'do']); // never in the cue: "has been said" → "has said"
const ADVERBS = new Set(INTERVENING_ADVERBS);
const NEG = new Set(NEGATIONS);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", '’ll', "'d", '’d']);
// What may follow a stance adjective for it to report: "that" or a clause's subject ("is concerned the laws would",
// "is adamant journalists must"), not a preposition or adverb ("is concerned about costs", "is certain enough").
const STANCE_CLAUSE = /^\s+(?!(?:about|with|by|of|for|to|in|on|at|over|as|and|or|but|enough|too|not|than|because|when|if|after|before|since|until|from|so|yet|though|upon|regarding|now|also|still|only|even|either|neither|whether)\b)[A-Za-z]/;
// A speaker tag ends its clause: punctuation or the text's end follows it.
const TAG_END = /^\s*(?:[,.;:!?—–"“”]|$)/;
const OBJECT_START = /^\s*(?:[,:;"“‘(—–]|(?:that|how|why|what|whether|the|a|an|this|these|his|her|its|their|our|it|they|he|she|we|there|to|on|in|for|up|out|down|clear)\b|\p{Lu})/u;
// Compiled once: building this regex from its long source costs more than scanning a short article with it.
// Sticky: it runs only where a reporting verb's first word is (see attribution-scan.ts).
const VERB_RE = sticky(new RegExp(VERB_RE_SOURCE, 'g'));
// No real sentence has this many reporting verbs; past it, a runaway "sentence" (a page
// without punctuation) stops costing a token window per hit.
export const MAX_CUES_PER_SENTENCE = 24;

// Regexes with \p{…} live at module level: a build that lowers them (tsx, for one) would otherwise build one per call.
const BY_AGENT = /^\s+by\s+(?:the\s+|\p{Lu})/u;

/** Index of the sentence holding `pos` (binary search; -1 when between sentences). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (s.end <= pos) lo = mid + 1;
    else if (s.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The matches of sticky `re` at `starts` (see attribution-scan.ts) that stand alone as words
 * inside a sentence, each with its sentence's index.
 */
export function cueMatches(re: RegExp, text: string, starts: readonly number[], sentences: readonly Sentence[]): [RegExpExecArray, number][] {
  const out: [RegExpExecArray, number][] = [];
  for (const m of matchesAt(re, text, starts)) {
    if (!standsAlone(text, m.index, m.index + m[0].length)) continue;
    const s = sentenceAt(sentences, m.index);
    if (s >= 0) out.push([m, s]);
  }
  return out;
}

/** True when a quotation closes right before `pos` or opens right after `end` (speaker tags). */
export function nextToQuote(text: string, pos: number, end: number): boolean {
  const before = text.slice(Math.max(0, pos - 4), pos);
  const after = text.slice(end, end + 4);
  return /["”’'»][,.]?\s*$|[,.?!]["”’'»]\s*[,—-]?\s*$/.test(before) || /^\s*[,:]?\s*["“‘«]/.test(after);
}

interface Context {
  text: string;
  sentences: readonly Sentence[];
  capsSeen: (w: string) => boolean;
  out: DraftAttribution[];
}

/**
 * Walks back over auxiliaries, adverbs and negations before a verb; only an auxiliary right before
 * the verb joins the cue. Null when a negation or a modal stands there ("has not said", "would say"): no report.
 */
function skipAuxiliaries(before: TokensBefore): { i: number; aux: string[]; be: boolean } | null {
  let i = -1;
  const aux: string[] = [];
  let be = false, adjacent = true, lastLy = false;
  for (let t = back(before, i); t.word; t = back(before, --i)) {
    const low = t.low;
    if (NEG.has(low) || low.endsWith("n't") || low.endsWith('n’t') || MODALS.has(low)) return null;
    if (AUX.has(low) || BE.has(low)) {
      if (BE.has(low)) be = true;
      if (adjacent && !SILENT_AUX.has(low)) aux.unshift(low);
      continue;
    }
    if (floatedQuantifier(before, i, low)) { adjacent = false; continue; } // "The executives all said"
    const ly = /^(?!only$|family$)[a-z]{3,}ly$/.test(low);
    if (ly || ADVERBS.has(low) || (lastLy && DEGREE_WORDS.includes(low))) { adjacent = false; lastLy = ly; continue; } // "more recently has said"
    break;
  }
  return { i, aux, be };
}

/** Tokens a bracketed aside between a subject and its verb may hold. */
const MAX_ASIDE = 40;

/**
 * "Jane Doe (who wrote the first review) noted": when `back(before, i)` closes a bracketed aside, the index
 * of the word before its opening bracket, so the subject is read past the aside; otherwise `i` itself.
 */
function skipAside(before: TokensBefore, i: number): number {
  if (back(before, i).text !== ')') return i;
  for (let k = i - 1; i - k <= MAX_ASIDE; k--) {
    const t = back(before, k).text;
    if (t === '(') return back(before, k - 1).word ? k - 1 : i;
    if (!t || t === ')') return i;
  }
  return i;
}

function push(ctx: Context, d: Omit<DraftAttribution, 'quote'>): void {
  // Every caller passes a fresh object: completing it in place spares a spread copy per cue.
  const draft = d as DraftAttribution;
  draft.quote = nextToQuote(ctx.text, d.start, d.end);
  ctx.out.push(draft);
}

const MODAL_BEFORE = /\b(?:may|might|could|will|should|can|must)\s+(?:[a-z]+ly\s+)?[a-z]+\b/;

/** Past, present "-s" or base: coordinated reporting verbs share it ("pilloried … and complained"). */
function tense(cue: string): 'past' | 's' | 'base' {
  const verb = cue.slice(cue.lastIndexOf(' ') + 1);
  const form = VERB_FORMS.get(verb);
  if (form?.participle || /(?:ed|ote|old|aid|ought|ound)$/.test(verb)) return 'past';
  return /s$/.test(verb) ? 's' : 'base';
}

/** By lemma: the words a report must (true) or must not (false) have right after the verb. */
const NEXT_WORDS = new Map<string, [RegExp, boolean]>([
  // "added that …" / '…, he added.' report; "added two players" does not.
  ['add', [/^(?:\s*[,.:;!?"“”—–)]|\s+(?:that|in|during|on|at|of|later|afterward|however)\b|\s*$)/, true]],
  ['call', [CALL_NAMING, false]], // naming ("a group called Hamas") and "calling out"
  ['show', [/^\s+(?:up|off)\b/, false]],
  ['demand', [/^\s+(?:for|from|on|of|in)\b/, false]], // the noun: "demand for housing", "Chinese demand in May"
  ['write', [/^\s+(?:about|for|books?|articles?)\b/, false]],
  ['link', [/^\s+(?:to|with)\b/, false]], // for "linked" only
  ['report', [/^\s+from\b/, false]], // "reported from Seoul": a credit line
  ['declare', [/^(?:\s*[,.!?:;"“”]|\s+(?:that|it|he|she|they|we|his|her|their|its|in|on|at|during|after|before|to|himself|herself|themselves|itself)\b|\s*$)/, true]], // not "declared martial law"; "declared himself a candidate" is a statement
  ['hold', [/^\s+that\b/, true]], // "the courts have held that", not "held a meeting"
  ['put it', [/^(?:\s*[,.:;!?"“”—–)]|\s+(?:this|that|so|thus|best|well|bluntly|simply|succinctly|another|more)\b|\s*$)/, true]], // not "put it on the table"
  ['publish', [/^\s+(?:the|a|an|its|his|her|their|this|these|that|new|data|results|findings)\b/, true]],
  ...NEXT_WORD_RULES,
]);

/**
 * True when the words right after a verb form show it is no report: "added two players",
 * "a group called Hamas", "the note" as a noun, "reported from Seoul", "declared martial law".
 * Needs no token window, so it runs before one is built; `wide` is a longer stretch of the text after the verb.
 */
function rejectedByNext(form: VerbForm, formText: string, nextText: string, wide: string): boolean {
  if (WIDE_NEXT_RULES.get(form.lemma)?.test(wide) === false) return true;
  const rule = NEXT_WORDS.get(form.lemma);
  if (rule && rule[0].test(nextText) !== rule[1] && (form.lemma !== 'link' || /ed$/.test(formText))) return true;
  // "recalls being out", "recalls thinking": a verb of memory before a gerund.
  if (form.lemma === 'recall' && GERUND_OR_TAG.test(nextText)) return false;
  return NOUNLIKE.has(formText) && !OBJECT_START.test(nextText) && !SENTENCE_END.test(nextText) && !BARE_CLAUSE.test(wide);
}

// A clause with no "that" after a noun-like form: a word or three that no noun phrase after a noun starts with
// (no preposition, participle or verb), then its verb ("the filing notes hearing dates have been set");
// "the notes are", "reports from the scene were", "reports obtained by … were" stay nouns.
const BARE_CLAUSE = /^\s+(?!(?:from|of|in|on|at|for|by|with|about|to|into|over|under|after|before|during|and|or|but|is|are|was|were|have|has|had|will|would|can|could|may|might|should|must|which|who|that)\b)(?![a-z]+(?:ed|ing|en)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?\s+(?:is|are|was|were|have|has|had|will|would|could|can|may|might|should|must)\s/;

/** Pushes the cue `start..stop` crediting phrase `p` (nothing when there is none), a relative pronoun's with its antecedent. */
function emit(ctx: Context, s: number, start: number, stop: number, cueStart: number, cue: string, p: Phrase | null, ante?: Phrase): void {
  if (!p) return;
  push(ctx, { start, end: stop, cueStart, cue, mention: ctx.text.slice(p.start, p.end), head: p.head, proper: p.proper, sentence: s, antecedent: ante && ctx.text.slice(ante.start, ante.end) });
}

const OBJECT_CUES = new Set(OBJECT_CUE_VERBS);
// "offered two theories", "provided a few explanations", "gave their own detailed account".
const ACCOUNT_OBJECT = new RegExp(`^\\s+(?:(?:a|an|the|this|that|these|those|such|some|several|two|three|four|five|few|many|their|his|her|its|our|new|more|other|possible|detailed|different|conflicting|competing|similar|own|rough|early|initial|preliminary|updated)\\s+){0,3}(?:${ACCOUNT_NOUNS.join('|')})\\b`);

/** One hit `m` of VERB_RE in sentence `s`: "according to X", or a reporting verb and its speaker. */
function verbCue(ctx: Context, m: RegExpExecArray, s: number): void {
  const { text, sentences, out } = ctx;
  const sent = sentences[s] as Sentence;
  const end = m.index + m[0].length;
  if (/^according/i.test(m[0])) {
    // "according to X": the source follows the cue.
    const { p } = phraseAt(text, end, Math.min(sent.end, end + WINDOW));
    if (p && !isFirstPerson(p.head) && !conformity(text, m.index, p)) emit(ctx, s, m.index, p.end, m.index, 'according to', p);
    return;
  }
  // Most matches are already a form as listed (one word, or words one space apart): no copy with the spaces normalised.
  const formText = VERB_FORMS.has(m[0]) ? m[0] : m[0].replace(/\s+/g, ' ');
  const form = VERB_FORMS.get(formText);
  if (!form) return;
  if (form.needs === 'account' && !ACCOUNT_OBJECT.test(text.slice(end, end + 80))) return; // "provided funding"
  if (form.needs === 'claim' && !claimFollows(text, end, sentences[s] as Sentence)) return; // "defended his decision"
  const nextText = text.slice(end, end + 24);
  if (form.needs === 'tag' && !TAG_END.test(nextText)) return; // "continued to rise", "went on holiday"
  const byAgent = !form.ing && form.strong && /(?:ed|en|id)$/.test(formText) && BY_AGENT.test(nextText);
  // Most hits are nouns or non-reporting senses that the next words alone rule out: no token window for them.
  // '"…," added a Florida Democrat': a speaker tag right after a quotation reports whatever follows it.
  if (!byAgent && !(form.lemma === 'add' && nextToQuote(text, m.index, m.index)) && rejectedByNext(form, formText, nextText, text.slice(end, end + 60))) return;
  // The window opens at a word's start, never inside one ("…ers Jonathan Moyo" is no phrase).
  let from = Math.max(sent.start, m.index - WINDOW);
  while (from > sent.start && from < m.index && !/\s/.test(text.charAt(from - 1))) from++;
  const before = tokensBefore(text, from, m.index);
  const walk = skipAuxiliaries(before);
  if (!walk) return;
  const { aux, be } = walk;
  const i = skipAside(before, skipTimePhrase(before, walk.i));
  const prev = back(before, i);
  const site: VerbSite = { text, sent, start: m.index, end, form, formText, next: nextText, before, i, prev, capsSeen: ctx.capsSeen };
  // "criticized by the Obama administration": a reporting participle with its agent.
  if (byAgent) {
    const p = agentSpeaker(site);
    if (p) emit(ctx, s, m.index, p.end, m.index, formText, p);
    return;
  }
  // "leaders accused of atrocities", "he was accused of fraud": a passive accusation, its accuser not named (not the leaders).
  if (formText === 'accused' && /^\s+of\b/.test(nextText)) {
    const from = aux.length ? back(before, i + 1).start : m.index;
    push(ctx, { start: from, end, cueStart: from, cue: aux.length ? [...aux, formText].join(' ') : formText, mention: null, head: '', proper: false, sentence: s });
    return;
  }
  if (form.needs === 'stance') {
    // "the union is adamant that …": only after a form of "be" and before a clause.
    if (!be || !aux.length || !STANCE_CLAUSE.test(nextText)) return;
  } else if (be && (!form.ing || EVIDENCE_LEMMAS.has(form.lemma))) return; // passive: the passive pass owns it
  if (form.lemma === 'learn' && !aux.length && !/^\s+(?:that|of)\b/.test(nextText)) return;
  if (prev.low === 'to' && !aux.length) {
    // "was keen to stress that …": the subject of an eager adjective reports; "plans to say" does not.
    const p = eagerSpeaker(site);
    if (p) emit(ctx, s, p.start, end, m.index, formText, p);
    return;
  }
  let cue = aux.length ? [...aux, form.cue ?? formText].join(' ') : (form.cue ?? formText);
  if (OBJECT_CUES.has(form.lemma)) {
    // "issued a plea": the cue runs to its noun.
    const object = ACCOUNT_OBJECT.exec(text.slice(end, end + 80));
    if (object) cue += ' ' + object[0].trim().toLowerCase().replace(/\s+/g, ' ');
  }
  const cueStart = aux.length ? back(before, i + 1).start : m.index;
  if (form.ing && !be) {
    // ", saying …", "by announcing": the speaker stands apart from the participle, so the attribution is the cue alone.
    // '"…," says Okafor, adding that …' / "accusing her and saying": the participle goes on for the speaker of the cue before it.
    const last = out[out.length - 1];
    if (last?.mention && last.sentence === s && (form.strong || namingParticiple(site)) && form.lemma !== 'cite' && (PARTICIPLE_GAP.test(text.slice(last.end, m.index)) || (prev.low === 'and' && /ing$/.test(last.cue)))) {
      push(ctx, { start: m.index, end, cueStart: m.index, cue, mention: last.mention, head: last.head, proper: last.proper, sentence: s, antecedent: last.antecedent, continues: true });
      return;
    }
    const speaker = participleSpeaker(site);
    if (speaker) emit(ctx, s, m.index, end, m.index, cue, speaker.phrase, speaker.antecedent);
    return;
  }
  if (form.lemma === 'ask' && prev.word && !QUESTION_NEXT.test(nextText)) return; // "asked participants" is no attribution; 'asked, "Who cares?"' is
  const bracketed = prev.text === ']' ? bracketSpeaker(site) : null; // '"…," [Bruck] said'
  if (bracketed) return emit(ctx, s, bracketed.start, end, cueStart, cue, bracketed);
  if (!prev.word) {
    // '"…," said Smith' and ", say economists,": the speaker follows the verb.
    if (isInvertible(form) && !aux.length) {
      const p = invertedSpeaker(site);
      if (p) {
        emit(ctx, s, m.index, p.end, m.index, cue, p);
        return;
      }
    }
    if (prev.text === ',') {
      const p = insertSpeaker(site);
      if (p) emit(ctx, s, p.start, end, cueStart, cue, p);
    }
    return;
  }
  const prevLow = prev.low;
  if ((prevLow === 'and' || prevLow === 'but') && !aux.length && /^[a-z]/.test(cue)) {
    // "Republicans pilloried … and complained": the coordinated verb keeps the subject.
    const last = out[out.length - 1];
    if (last && last.sentence === s && last.mention && tense(last.cue) === tense(formText)) {
      push(ctx, { start: m.index, end, cueStart: m.index, cue, mention: last.mention, head: last.head, proper: last.proper, sentence: s, antecedent: last.antecedent });
    } else if (form.strong && !(tense(formText) === 'base' && MODAL_BEFORE.test(text.slice(sent.start, m.index)))) {
      // "… may meet with Boeing and say …": a base form under the modal of the first verb is what might be said, no report (a habitual "would … and say" is one).
      emit(ctx, s, m.index, end, m.index, cue, openingSubject(text, sent, m.index));
    }
    return;
  }
  if ((prevLow === 'and' || prevLow === 'but') && aux.length && form.strong && /^[a-z]/.test(cue)) {
    // "Smith and his aides are under pressure and are insisting …": a second verb phrase, the sentence's subject.
    emit(ctx, s, cueStart, end, cueStart, cue, openingSubject(text, sent, m.index));
    return;
  }
  if (RELATIVE_PRONOUNS.has(prevLow)) {
    // "officials who said": the attribution runs from the relative pronoun, crediting its antecedent.
    const speaker = relativeSpeaker(site);
    if (speaker) emit(ctx, s, prev.start, end, cueStart, cue, speaker.phrase, speaker.antecedent);
    return;
  }
  const p = subjectSpeaker(site);
  // '"…," he continued.': a tag verb reports only with a quotation right before its speaker or right after it.
  if (p && (form.needs !== 'tag' || nextToQuote(text, p.start, end))) emit(ctx, s, p.start, end, cueStart, cue, p);
}

/**
 * Finds active reporting cues and "according to" across the whole text.
 * `capsSeen` says whether a capitalised word also appears mid-sentence (a name, not
 * just a sentence-initial capital). `starts`: where words of `VERB_FIRST_WORDS` start (attributions.ts scans for all cue kinds at once).
 */
export function findVerbCues(text: string, sentences: readonly Sentence[], capsSeen: (w: string) => boolean, starts: readonly number[]): DraftAttribution[] {
  const ctx: Context = { text, sentences, capsSeen, out: [] };
  let current = -1;
  let count = 0;
  for (const [m, s] of cueMatches(VERB_RE, text, starts, sentences)) {
    count = s === current ? count + 1 : 0;
    current = s;
    if (count >= MAX_CUES_PER_SENTENCE) continue;
    verbCue(ctx, m, s);
  }
  return ctx.out;
}
