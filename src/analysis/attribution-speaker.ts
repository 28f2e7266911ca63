/**
 * Who an active reporting verb credits: given a verb that reports, finds its speaker where
 * the sentence puts it (right before the verb, after it, behind a relative pronoun or an
 * insert, the subject a sentence opened with) and checks the phrase can report. Shaping the
 * cue itself (auxiliaries, span, objects) is src/analysis/attribution-cues.ts's job.
 */
import type { Sentence } from './types';
import { ANONYMOUS_NOUNS, HEARSAY_NOUNS, MESSAGE_NOUNS, PLURAL_MEANING_NOUNS } from './lexicon/reporting';
import { lowerCase } from './lower-case';
import { EVIDENCE_LEMMAS, NOUNLIKE, SENTENCE_END, VERB_FORMS, type VerbForm } from './attribution-verbs';
import { WINDOW, at, back, isCap, isFirstPerson, isPronoun, isSourceNoun, phraseAt, phraseBefore, pronounPhrase, type Phrase, type Token, type TokensBefore } from './attribution-phrase';
import { openingSubject, subjectBeforeInsert } from './attribution-subject';
import { DOCUMENT_NOUNS, documentBeforeParticiple, relativeAntecedent, relativeClauseStart } from './attribution-clauses';
import { MESSAGE_AFTER, groupSpeaks, namingParticiple, noSubjectAgreement, openingParticipleSubject, qualifiedOpeningSubject, whoClauseSubject } from './attribution-groups';

/** A reporting verb as its speaker is read around it. */
export interface VerbSite {
  text: string;
  sent: Sentence;
  /** Where the verb's first word starts, and where the verb ends. */
  start: number;
  end: number;
  form: VerbForm;
  /** The verb as written, its spaces normalised ("points out"). */
  formText: string;
  /** The text right after the verb. */
  next: string;
  /** The tokens before the verb; `back(before, i)` is the word before its auxiliaries and adverbs, `prev`. */
  before: TokensBefore;
  i: number;
  prev: Token;
  /** Whether a capitalised word also appears mid-sentence (a name, not just a sentence-initial capital). */
  capsSeen: (w: string) => boolean;
}

/** A speaker phrase; with a relative pronoun as the phrase, the name it stands for. */
export interface Speaker {
  phrase: Phrase;
  antecedent?: Phrase;
}

const HEARSAY = new Set(HEARSAY_NOUNS);
const BELIEF_LEMMAS = new Set(['believe', 'think', 'expect', 'fear', 'worry', 'feel']);

/** Is the head of a subject phrase one a reporting verb can have? */
function plausibleHead(v: VerbSite, p: Phrase, antecedent = false): boolean {
  const { form } = v;
  const head = p.head;
  const low = lowerCase(head);
  if (form.needs === 'hearsay') return HEARSAY.has(low);
  // Survey shares speak for those polled: "47 percent said", "another 27 percent think"; "another" for one more of them.
  // ("in another tweet": a noun-like form after "another" is the noun.)
  if (low === 'percent' || low === 'another') return (form.strong || BELIEF_LEMMAS.has(form.lemma)) && !(low === 'another' && NOUNLIKE.has(v.formText));
  // "One theory holds that …": "hold" reports only before "that" (see attribution-cues.ts), so any noun may hold a view.
  if (form.lemma === 'hold' && !isPronoun(head) && !isCap(head)) return !isFirstPerson(low);
  if (isPronoun(head)) {
    if (isFirstPerson(low)) return false;
    // "It found that …": only a study, a court or an inquiry finds a "that" clause, so "it" may report that; no other weak verb.
    if (!form.strong && /^(?:it|which|one)$/.test(low) && !(low === 'it' && form.lemma === 'find' && CLAUSE_NEXT.test(v.next))) return false;
    if (low === 'which' && form.lemma !== 'say') return false;
    return true;
  }
  if (isSourceNoun(low)) return true;
  if (isCap(head)) return p.proper || form.strong || v.capsSeen(head);
  return groupSpeaks(v, p, BELIEF_LEMMAS.has(form.lemma), antecedent);
}

/** The phrase read from `from` after the verb, within the sentence and the window. */
function readAfter(v: VerbSite, from: number): ReturnType<typeof phraseAt> {
  return phraseAt(v.text, from, Math.min(v.sent.end, v.end + WINDOW));
}

const MESSAGES = new Set(MESSAGE_NOUNS);

/** "criticized by the Obama administration": the agent after a reporting participle's "by". */
export function agentSpeaker(v: VerbSite): Phrase | null {
  const by = /^\s+by\s+/.exec(v.next) as RegExpExecArray;
  const { p } = readAfter(v, v.end + by[0].length);
  return p && plausibleHead(v, p) ? p : null;
}

/**
 * ", saying …", "by announcing", "a statement saying": an "-ing" form reports for the subject the
 * sentence opened with, or for the antecedent of the relative clause it ends. Null when it is no speaker tag.
 */
export function participleSpeaker(v: VerbSite): Speaker | null {
  const { text, sent, form, before, i, prev } = v;
  if (!(form.strong || form.lemma === 'ask' || namingParticiple(v))) return null;
  // "got comments accusing her of …": messages from people not named report for themselves.
  if (MESSAGES.has(prev.low) && form.strong) return { phrase: { start: prev.start, end: prev.end, first: i, last: i, head: prev.text, proper: false } };
  // "Trump's tweet calling her …", "the mayor's statement saying …": a message with its author's name speaks as the message.
  if (MESSAGE_AFTER.test(prev.low)) {
    const owned = phraseBefore(before, i, sent.start);
    if (owned && owned.first < i && /['’]s$/.test(back(before, owned.first).text)) return { phrase: owned };
  }
  // "Describing the city as broken, he asked …": a participle opening the sentence belongs to the subject after its comma.
  if (!prev.word && v.start - sent.start <= 2 && !text.slice(sent.start, v.start).trim().replace(/^["“‘(]$/, '')) return openingParticipleSubject(v);
  // ", saying", "by announcing", "while claiming", "after adding": a participle clause of the sentence's subject.
  if (prev.text !== ',' && !/^(?:by|while|after|before|when)$/.test(prev.low) && !MESSAGE_AFTER.test(prev.low)) return null;
  if (form.lemma === 'cite') {
    // "citing two people familiar with the plan" credits; "citing strong growth" does not.
    const cited = readAfter(v, v.end).p;
    if (!cited || !(isSourceNoun(cited.head) || isCap(cited.head))) return null;
  }
  // "Netanyahu's Likud party, which tried to rally support by saying": the relative clause's antecedent.
  const relative = prev.low === 'by' ? relativeClauseStart(before, i) : null;
  const ante = relative !== null ? relativeAntecedent(before, relative, sent.start) : null;
  if (ante && plausibleHead(v, ante, true) && !isPronoun(ante.head)) return { phrase: pronounPhrase(back(before, relative as number), relative as number), antecedent: ante };
  const opening = openingSubject(text, sent, v.start);
  return opening && { phrase: opening };
}

/** '"…," said Smith' and ", say economists,": the speaker right after a verb that opens its clause. */
export function invertedSpeaker(v: VerbSite): Phrase | null {
  const { p, tokens } = readAfter(v, v.end);
  const stop = at(tokens, p ? p.last + 1 : -1);
  // '…, said Yoon’s "declaration"' is the object.
  if (p && !/['’]s$/.test(v.text.slice(p.start, p.end)) && plausibleHead(v, p) && !(stop.word && !/^(?:who|of|in|at|on|as|after|when|while|and|because)$/.test(stop.low))) {
    // "X, spokesman for …, said indigenous people in the region were …": a common noun whose clause goes on to its own verb is what was said.
    return !p.proper && CLAUSE_GOES_ON.test(v.text.slice(p.end, p.end + 80)) ? null : p;
  }
  return null;
}

// A few more words (no punctuation, no subordinating word) and then a finite verb: the phrase began a clause.
const CLAUSE_GOES_ON = /^(?:\s+(?!(?:that|which|who|whom|whose|when|while|after|before|because|as|if|where|since|until)\b)[\w’'-]+){0,6}?\s+(?:is|are|was|were|had|have|has|would|will|could|can|must|should)\b/;

/** Adjectives of eagerness that hand their subject's report to an infinitive ("was keen to stress", "were quick to point out"). */
const EAGER = new Set(['keen', 'quick', 'eager', 'careful', 'anxious', 'happy', 'willing', 'swift']);

/** "Ortiz was keen to stress that …": `prev` is "to"; the subject before "was keen", when it can report. */
export function eagerSpeaker(v: VerbSite): Phrase | null {
  const { before, i } = v;
  // "The bank continued to describe the pace as gradual": a verb of going on hands its subject to the infinitive.
  if (CONTINUING.has(back(before, i - 1).low)) {
    let k = i - 2;
    while (/^(?:has|have|had|also|still)$/.test(back(before, k).low)) k--;
    return subjectSpeaker({ ...v, i: k, prev: back(before, k) });
  }
  if (!EAGER.has(back(before, i - 1).low) || !/^(?:is|are|was|were|been)$/.test(back(before, i - 2).low)) return null;
  let k = i - 3;
  while (/^(?:has|have|had)$/.test(back(before, k).low)) k--;
  return subjectSpeaker({ ...v, i: k, prev: back(before, k) });
}

const CONTINUING = new Set(['continue', 'continues', 'continued', 'began', 'begins', 'begin', 'started', 'starts', 'proceeded']);

/** "'…,' [Bruck] said": an editor's bracketed name before the verb, inside a quotation. `prev` is "]". */
export function bracketSpeaker(v: VerbSite): Phrase | null {
  const { before, i } = v;
  const p = phraseBefore(before, i - 1, v.sent.start);
  return p && back(before, p.first - 1).text === '[' && plausibleHead(v, p) ? p : null;
}

/** "Israel, which controls tax receipts, has pledged": the subject before the inserts that end at the comma `prev`. */
export function insertSpeaker(v: VerbSite): Phrase | null {
  const p = subjectBeforeInsert(v.before, v.i, v.sent.start);
  return p && plausibleHead(v, p) ? p : null;
}

const ANONYMOUS_HEADS = new Set(ANONYMOUS_NOUNS);
const OPINION_GROUP = (p: Phrase): boolean => /s$/.test(p.head) && (ANONYMOUS_HEADS.has(lowerCase(p.head)) || (p.proper && isCap(p.head)));

/** Verbs of belief: in a restrictive relative clause they define a group instead of reporting it. */
const BELIEFS = new Set(['believe', 'think', 'fear', 'expect', 'worry', 'wonder']);

/** "officials who said", "Reuters, which reported", "earlier studies, which showed", "an article that claimed": `prev` and its antecedent. */
export function relativeSpeaker(v: VerbSite): Speaker | null {
  const { form, before, i, prev } = v;
  const ante = relativeAntecedent(before, i, v.sent.start);
  if (!ante || !plausibleHead(v, ante, true) || isPronoun(ante.head)) return null;
  // "the programs that revealed …": with "that"/"which" only a source noun or a name reports, not any common noun.
  if (prev.low !== 'who' && !isSourceNoun(ante.head) && !isCap(ante.head)) return null;
  // With "which"/"that" a weak verb reports only for a study: "Con Edison, which maintains the grid" does not.
  if (prev.low !== 'who' && !form.strong && !DOCUMENT_NOUNS.has(lowerCase(ante.head))) return null;
  // "users who believe they own the real thing": with no comma, a clause of belief picks out which users (a
  // description of the group); ", who believe" reports what the named group holds.
  // Critics, insiders or a party's members ("Republicans who thought Kaine would win") hold the view as a group: it reports.
  if (prev.low === 'who' && BELIEFS.has(form.lemma) && back(before, i - 1).text !== ',' && !(OPINION_GROUP(ante) && clauseFollows(v.next))) return null;
  if (!objectReports(v, ante)) return null;
  return { phrase: pronounPhrase(prev, i), antecedent: ante };
}

// What follows a verb of discovery when it reports a finding: a "that"/"how" clause, a quote or a colon ("found that …",
// "noticed how …"), or a clause with no "that" whose verb comes within four words ("found it was", "found many people were").
const CLAUSE_NEXT = /^(?:\s*[:"“‘]|\s+(?:that|how|why|what|whether|where|when|if)\b)/;
const BARE_CLAUSE_NEXT = /^(?:\s+(?!(?:that|which|who|whom|whose)\b)[\w’'-]+){0,3}?\s+(?:is|are|was|were|had|has|have|could|would|will|can|may|might|should|must|did|does|do|[a-z]+n[’']t)\b/;
/** Verbs of feeling and worry: they report a view only with a clause after them. */
const CLAUSE_ONLY = new Set(['feel', 'recognize', 'recognise', 'worry', 'fret']);
const NOT_A_CLAUSE = /^\s+(?:like\b|that\s*[,.;:!?"”)])/;
const TAG_NEXT = /^\s*(?:[,.!?;]|$)/;
/** Verbs of discovery: a person or name who "found a wedding announcement" or "identified three properties" reports nothing. */
const DISCOVERY = new Set(['find', 'identify', 'notice']);
// "described it during the talk" tells no content; "described it as stable" does.
const BARE_PRONOUN_OBJECT = /^\s+(?:it|them|this|that|him|her)\b(?!(?:\s+[\w’'-]+){0,3}?\s+as\b)/;
// "wrote the software", "wrote a book": a thing composed, not a report (the inverted '…," wrote the authors' never reaches here).
// …but "wrote an op-ed", "wrote a letter to the board": a piece that argues, whose content is reported.
const OPINION_PIECE = /^\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:op-ed|editorial|column|essay|letter|memo|commentary|opinion piece|blog post)\b/;
const COMPOSED_OBJECT = /^\s+(?:a|an|the|this|these|those|his|her|their|its|our|my|your|some|several|many|two|three|\d[\d,]*)\s/;

// A gerund after a verb of memory ("recalls being out"), or the verb as a tag ending its clause ("…, she remembered.").
const GERUND_NEXT = /^\s+[a-z]{2,}ing\b/;
export const GERUND_OR_TAG = /^(?:\s+[a-z]{2,}ing\b|\s*[,.!?;]|\s*$)/;

/** True when a reporting clause follows the verb (see CLAUSE_NEXT). */
export const clauseFollows = (next: string): boolean => CLAUSE_NEXT.test(next) || BARE_CLAUSE_NEXT.test(next);

/**
 * False when the verb, read with its subject `p` (null: not known here), has an object that makes it no report:
 * a person's or name's discovery of a thing ("Lorenz found a set of solutions"; a study that "found a link" still
 * reports), anything "noticed" without a clause, "described it" with no "as", "wrote the software".
 */
export function objectReports(v: VerbSite, p: Phrase | null): boolean {
  const { form, next } = v;
  // Views told only with their clause: "feels the economy is", "recognize that", "worry that"; not "felt sick",
  // "worried about costs", "felt like they could", "recognizes that," (a pronoun).
  if (CLAUSE_ONLY.has(form.lemma) && !TAG_NEXT.test(next)) {
    // A wider stretch: the clause's verb may come after a long subject ("felt Clinton's State Department had tried").
    const after = v.text.slice(v.end, v.end + 60);
    if (!clauseFollows(after) || NOT_A_CLAUSE.test(after)) return false;
  }
  if (form.ing) return true;
  if (DISCOVERY.has(form.lemma) && !clauseFollows(next)) {
    if (form.lemma === 'notice') return false;
    if (p && (isPronoun(p.head) || (p.proper && isCap(p.head) && !DOCUMENT_NOUNS.has(lowerCase(p.head))))) return false;
  }
  // "remembered that …", "remembers being": a memory told; "remembered her keys" is none.
  if (form.lemma === 'remember' && !clauseFollows(next) && !GERUND_OR_TAG.test(next)) return false;
  // "leaders have demonstrated a willingness" shows a trait; a study that "demonstrated a link", or anyone "demonstrated that …", reports.
  if (form.lemma === 'demonstrate' && !clauseFollows(next) && !(p && DOCUMENT_NOUNS.has(lowerCase(p.head)))) return false;
  // "mentioned that …" tells a claim; "mentioned his wife" only names a thing.
  if (form.lemma === 'mention' && !clauseFollows(next)) return false;

  if (form.lemma === 'describe' && BARE_PRONOUN_OBJECT.test(v.text.slice(v.end, v.end + 60))) return false;
  if (form.lemma === 'write' && COMPOSED_OBJECT.test(next) && !OPINION_PIECE.test(v.text.slice(v.end, v.end + 50))) return false;
  // "maintains a website", "advertise their product": a thing kept or sold; "maintains that …", 'advertised "…"' report.
  if ((form.lemma === 'maintain' || form.lemma === 'advertise') && !clauseFollows(next) && !/^\s*[,.;!?]/.test(next)) return false;
  // A person who "published a guide" made a thing; a study or outlet that publishes still reports.
  if (form.lemma === 'publish' && /^\s+an?\s/.test(next) && p && (isPronoun(p.head) || (p.proper && !DOCUMENT_NOUNS.has(lowerCase(p.head))))) return false;
  // "how she calculated it": the sum done, not its result told.
  if (form.lemma === 'calculate' && /^\s+(?:it|them|this)\s*(?:[,.;:!?]|$)/.test(next)) return false;
  // "recommended her to the director": a referral of a person, not advice given.
  if (form.lemma === 'recommend' && /^\s+(?:him|her|them|me|us)\s+(?:to|for)\b/.test(next)) return false;
  return true;
}

/**
 * "with what they thought were the same values", "the direction that they thought the dots had moved": a
 * thought inside a relative clause describes a thing, it reports no claim. Only for "think" with a pronoun
 * subject after "what", or after a "that"/"which" that follows a noun (not a verb: "said that they thought").
 * "believe" keeps its stance ("what they believe to be fake news" is their claim).
 */
function inRelativeClause(v: VerbSite, p: Phrase): boolean {
  if (v.form.lemma !== 'think' || !isPronoun(p.head)) return false;
  const lead = back(v.before, p.first - 1).low;
  if (lead === 'what') return true;
  if (lead !== 'that' && lead !== 'which') return false;
  const noun = back(v.before, p.first - 2);
  return noun.word && !VERB_FORMS.has(noun.low) && !/(?:ed|es)$/.test(noun.low) && !AUXILIARY_OR_BE.has(noun.low);
}
const AUXILIARY_OR_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'so', 'such', 'now', 'and', 'but', 'because']);

const PLURAL_HEADS = new Set(PLURAL_MEANING_NOUNS);

/**
 * "the American demand that …", "the latest report": a noun-like form after "the"/"this" and a word that is
 * no plural is the noun the phrase ends with, not a verb agreeing with a subject ("the company demands").
 */
function nounAfterArticle(v: VerbSite, p: Phrase): boolean {
  if (!NOUNLIKE.has(v.formText) || /s$/.test(v.formText)) return false;
  const { before } = v;
  if (v.i !== -1 || !/^(?:the|this|that|a|an|its|their|his|her|our)$/i.test(back(before, p.first).text)) return false;
  const low = lowerCase(p.head);
  return !/s$/.test(low) && !PLURAL_HEADS.has(low);
}

const REPLY_HANDLE = /(?:^|\s)@\w+\s*$/;

/** A quotation closing with a comma (or its own "?"/"!") right before a phrase: the phrase opens a speaker tag. */
const TAG_AFTER_QUOTE = /[,?!]["”’']\s*$/;

/** Adverbs of the author's guessing: a subject right after one is supposed to speak, it is not reported to. */
const SPECULATION = new Set(['perhaps', 'maybe', 'possibly', 'presumably']);

/** A phrase that opens with the word "no" (group 1) or "a"/"an", in any case. */
const FIRST_WORD_NO_OR_A = /^(?:(no)|an?)(?!\S)/i;

/** The subject right before the verb ("officials said", "research conducted in … shows"), when it can report with this verb. */
export function subjectSpeaker(v: VerbSite): Phrase | null {
  const { text, sent, form, formText, next, before, i } = v;
  let p = phraseBefore(before, i, sent.start);
  if (p && back(before, p.first - 1).low === 'by') {
    // "reports seen by Reuters suggest": the agent of a participle phrase is not the subject; the document is.
    const doc = documentBeforeParticiple(before, i, sent.start);
    if (doc && plausibleHead(v, doc)) p = doc;
  }
  if (!p || !plausibleHead(v, p)) {
    // "research conducted in both monkeys and humans shows": the study before its participle phrase.
    p = documentBeforeParticiple(before, i, sent.start);
    // "An internal report on … a threat reveals": the opening subject past its qualifiers; "those who know her believe": a group and its "who" clause.
    if (!p || !plausibleHead(v, p)) p = qualifiedOpeningSubject(v, phraseBefore(before, i, sent.start));
    if (!p) return whoClauseSubject(v, BELIEF_LEMMAS.has(form.lemma));
  }
  if (/['’]s$/.test(p.head)) return null;
  // "Biden among others made this suggestion": the one named before "among others" is the speaker.
  if (p.head === 'others' && back(before, p.first - 1).low === 'among') {
    const named = phraseBefore(before, p.first - 2, sent.start);
    if (named && named.proper) p = named;
  }
  // "…, the author notes.": a noun-like form at the sentence's end reports only as a tag after a comma ("took notes." does not).
  // '"…," the report states.' is such a tag too: the comma sits inside the closing quotation mark.
  if (NOUNLIKE.has(formText) && SENTENCE_END.test(next) && back(before, p.first - 1).text !== ',' && !TAG_AFTER_QUOTE.test(text.slice(Math.max(0, p.start - 4), p.start))) return null;
  if (/['’](?:ll|d)$/i.test(text.slice(p.start, p.end))) return null; // "they'll tell you": a modal, not a report
  if (nounAfterArticle(v, p)) return null;
  if (noSubjectAgreement(v, p)) return null;
  // "@stevenf British people say …": the words after a reply's handle are an embedded post's own, not the article's report.
  if (REPLY_HANDLE.test(text.slice(Math.max(sent.start, p.start - 40), p.start))) return null;
  // "perhaps the founders thought …": the author's guess at what someone thinks or says, not a report.
  const lead = back(before, p.first - 1).low;
  if (SPECULATION.has(lead) || (/^(?:the|a|an)$/.test(lead) && SPECULATION.has(back(before, p.first - 2).low))) return null;
  // "to make the world's computers think it was 1900", "let voters believe": a causative's object thinks or says what is caused, no report.
  if (/^(?:make|makes|made|making|let|lets|letting)$/.test(lead)) return null;
  // "if they think they can": a condition, not a report.
  if (!form.strong && /^(?:if|unless|whether|when|whenever)$/.test(back(before, p.first - 1).low)) return null;
  // The phrase's first word: "no one says" is no report, nor "a note" with a noun-like form.
  // "An analysis of … shows that" is a study reporting, as "a survey finds that".
  // "…, a review of its filings shows.": a study's tag after a comma at the sentence's end reports too.
  const first = FIRST_WORD_NO_OR_A.exec(text.slice(p.start, p.end));
  const studyTag = (): boolean => DOCUMENT_NOUNS.has(lowerCase(p.head)) && (clauseFollows(next) || (SENTENCE_END.test(next) && back(before, p.first - 1).text === ','));
  if (first && (first[1] || (NOUNLIKE.has(formText) && !studyTag()))) return null;
  // "she described feeling the blood": an experience told, as with a clause.
  if (EVIDENCE_LEMMAS.has(form.lemma) && /^(?:he|she|they|it|who)$/i.test(p.head) && !clauseFollows(next) && !(form.lemma === 'describe' && (GERUND_NEXT.test(next) || namingParticiple(v)))) return null;
  if (inRelativeClause(v, p)) return null;
  if (!objectReports(v, p)) return null;
  // A name that "has shown progress" or "showed the new phone" shows a thing; a named source reports with "showed that …".
  if (form.lemma === 'show' && p.proper && isCap(p.head) && !/^\s+(?:that|how|why|what|whether)\b/.test(next)) return null;
  return p;
}
