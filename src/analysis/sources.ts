/**
 * Sources: the distinct people, publications, organisations, government bodies and
 * documents the article cites, merged across their mentions ("Bloomberg", "The news
 * agency", "Bloomberg's" are one source) and typed.
 */
import { isOutletName, isOwnOutlet } from './outlets';
import type { Attribution, Claim, Source } from './types';
import { isPublicationName, sourceName, sourceType } from './attribution-source';
import { countedGroup, uncounted } from './source-counts';
import { journalNamedAfter, quotedTitleAfter } from './sources-documents';
import { READER_PARTICIPLES } from './lexicon/sources';
import { interviewOutlets } from './sources-interviews';
import { settlePronouns } from './sources-pronouns';
import { mergeEarlySurnames, mergeGivenAndSurname, mergeShortForms } from './sources-short';

const READERS = new Set(READER_PARTICIPLES);
// A word of the short window after a document: letters, digits and name punctuation.
// A dot stays inside a word only before a letter or digit ("U.S", "MakingStarWars.net").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*/gu;
const MAX_READER_WORDS = 6;

/**
 * "according to a transcript reviewed by Business Insider", "reports seen by Reuters suggest":
 * the outlet that read the cited document, named right after the participle and "by", within
 * the attribution's span or just after it. Returns the outlet's name and where the participle
 * starts in `text`, or null.
 */
export function readerOf(text: string, a: Attribution): { name: string; at: number; participle: string } | null {
  if (a.source === null) return null;
  // The span plus the few words after it; the participle must stand in the span or open what follows.
  const window = text.slice(a.start, Math.min(text.length, a.end + 80));
  const tail = a.end - a.start;
  WORD.lastIndex = 0;
  let state = 0 as 0 | 1 | 2; // 0: looking for the participle, 1: expecting "by", 2: reading the name
  let at = -1;
  let nameStart = -1;
  let nameEnd = -1;
  let words = 0;
  let prevEnd = 0;
  let participle = '';
  for (let m = WORD.exec(window); m; m = WORD.exec(window)) {
    const w = m[0];
    const gap = window.slice(prevEnd, m.index);
    prevEnd = m.index + w.length;
    if (state === 0) {
      const reader = m.index > 0 && READERS.has(w.toLowerCase());
      // Past the span only the very next word counts ("a transcript reviewed by …").
      if (m.index >= tail && (!reader || window.slice(tail, m.index).trim())) return null;
      if (reader) { state = 1; at = m.index; participle = w.toLowerCase(); }
      continue;
    }
    if (gap.trim()) break; // punctuation ends the name
    if (state === 1) {
      if (w.toLowerCase() !== 'by') return null;
      state = 2;
      continue;
    }
    const cap = /^\p{Lu}/u.test(w);
    if (!cap && !(nameStart < 0 && w.toLowerCase() === 'the')) break;
    if (nameStart < 0) nameStart = m.index;
    nameEnd = m.index + w.length;
    if (++words > MAX_READER_WORDS) return null;
  }
  if (nameStart < 0 || !/\p{Lu}/u.test(window.slice(nameStart, nameEnd))) return null;
  return { name: window.slice(nameStart, nameEnd).replace(/[.’']+$/, ''), at: a.start + at, participle };
}

// "told The Independent", "telling NBC News": the outlet a source spoke to, named right after the cue.
const TOLD = new Set(['told', 'tells', 'tell', 'telling']);
const LISTENER = /^[ \t]+((?:the[ \t]+|The[ \t]+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}’'&.-]*){0,4})/u;

/**
 * "Payne told The Independent", "she told Reuters": the publication a source spoke to is cited
 * beside the speaker. Only a known publication or a name ending with a publication word
 * ("the Daily Post"), so a person told ("told Smith") is never taken for an outlet.
 */
export function listenerOf(text: string, a: Attribution): string | null {
  if (a.source === null || !TOLD.has(a.cue.toLowerCase()) || !a.text.toLowerCase().endsWith(a.cue.toLowerCase())) return null;
  const m = LISTENER.exec(text.slice(a.end, a.end + 80));
  const name = (m?.[1] ?? '').replace(/['’]s$|[.’']+$/, '');
  if (!name) return null;
  return isOutletName(name) ? name : null;
}


// "others said", "some argue": a bare quantifier or indefinite names nobody on its own.
// "Nobody laments …", "no one said": a negative pronoun names nobody either ("someone said" is an unnamed source).
const PRONOUN = /^(?:he|she|it|they|who|which|one|his|her|its|their|others|another|some|many|most|several|few|both|all|nobody|no one|none)$/i;
const TITLE = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|senator|president)\.?\s+/i;
// "Some advertisers" … "advertisers", "many economists" … "other economists": a quantifier before a group names the same group.
const QUANTIFIER = /^(?:some|many|most|several|other|all|these|those|such)\s+(?=\S)/;

/** The key two mentions of one source share: lower case, no article, quantifier, possessive or title. */
function sourceKey(name: string): string {
  return uncounted(sourceName(name).toLowerCase().replace(/^the\s+/, '')).replace(QUANTIFIER, '').replace(TITLE, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

const BEFORE_QUALIFIER = /\s(?:of|at|in|from|for|with|on|by)\s/;
/** The head noun of a lower-case key: its last word before any qualifier ("new study of 1,200 adults" → "study"). */
function headOf(key: string): string {
  const cut = BEFORE_QUALIFIER.exec(key);
  const phrase = cut ? key.slice(0, cut.index) : key;
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

const AND = /^(.+?)\s+(?:and|&)\s+(.+)$/;
const OTHER_GROUP = /^other\s+\S/i;
const CAPITALISED_NAME = /^(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*$/u;

const BODY_TYPES = new Set(['organisation', 'government', 'publication']);

// "The study is published in the New England Journal of Medicine", "the findings, which appear in the journal
// Nature,": where a study the article cites came out, named by capitalised words (with "of", "for", "and" inside).
const PUBLISHED_IN = /\b(?:(?:the|this|that|its|their)\s+)?(?:study|research|paper|findings|report|trial|analysis|results|survey)\b,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has been|have been|will be|was also)\s+)?(?:published|appears|appeared|reported)\s+(?:(?:online|today|yesterday|this\s+week|last\s+week|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?in\s+((?:the\s+)?(?:journal\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*\p{Lu}[\p{L}\p{N}’'.&-]*)*)/gu;
const DOCUMENT_LEADS = /^(?:the|this|that|its|their|new|recent|latest|groundbreaking|large|small|major|landmark|\s)*$/;
const UPPER = /\p{Lu}/u;

/**
 * "Now research shows … The study is published in the New England Journal of Medicine": a study cited by
 * a bare noun, with no name of its own, is known by where it came out, when the sentences that follow say so
 * ("study in the New England Journal of Medicine"). Reads from the start of the attribution's paragraph
 * (or 400 characters back) to the end of the next; the phrase must speak of the study as already named
 * ("the study", "the findings", or the mention itself), never of "another study".
 */
function journalOf(text: string, a: Attribution): string | null {
  // From the start of the attribution's paragraph (at most a few sentences back): "The study, published
  // Monday in Pediatrics, followed 500 children. It found …".
  // Only the bounded stretch around the mention is read, breaks included: a long article citing many
  // studies, or one with no paragraph breaks, is never scanned whole per study.
  const back = Math.max(0, a.start - 400);
  const before = text.slice(back, a.start);
  const paragraph = before.lastIndexOf('\n\n');
  const after = text.slice(a.start, a.end + 1200);
  const firstBreak = after.indexOf('\n\n', a.end - a.start);
  const secondBreak = firstBreak < 0 ? -1 : after.indexOf('\n\n', firstBreak + 2);
  const window = (paragraph < 0 ? before : before.slice(paragraph + 2)) + (secondBreak < 0 ? after : after.slice(0, secondBreak));
  PUBLISHED_IN.lastIndex = 0;
  const m = PUBLISHED_IN.exec(window);
  if (!m || !m[1]) return null;
  // "another study, published in …" or "a second paper appeared in …" is some other document.
  const lead = window.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
  if (/\b(?:another|other|an?|second|earlier|previous|separate)\s*$/.test(lead)) return null;
  return m[1].replace(/\s+(?:of|for|and|&|the)$/i, '').replace(/[.’']+$/, '');
}
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * "Facebook and other tech companies", "Nintendo and Apple", "police and medics": a subject of
 * two sources joined by "and" cites each. Split only when the second is a group of "other"
 * ones, when both sides are people's names (full, or the known surname of one cited before)
 * or bodies the lists know by their own names, or when two bare group nouns include such a
 * body; "Procter and Gamble", "Marks and Spencer", "Department of Health and Human Services",
 * "Israeli and Palestinian leaders" stay whole.
 */
function partsOf(mention: string, isKnownSurname: (word: string) => boolean): string[] {
  const m = AND.exec(mention.trim());
  const left = m?.[1];
  const right = m?.[2];
  // "Johnson & Johnson" is one name even when a Johnson was cited before.
  if (!left || !right || left.toLowerCase() === right.toLowerCase() || /\s(?:and|&)\s/.test(right)) return [mention];
  if (OTHER_GROUP.test(right)) return [left, right];
  const kind = (side: string): string => {
    if (LOWER_WORD.test(side)) return BODY_TYPES.has(sourceType(side, false)) ? 'group body' : 'group';
    if (!CAPITALISED_NAME.test(side) || PRONOUN.test(side) || /^the\s/i.test(side)) return '';
    const type = sourceType(side, false);
    if (BODY_TYPES.has(type)) return 'body';
    return type === 'person' && (side.includes(' ') || isKnownSurname(side.toLowerCase())) ? 'person' : '';
  };
  const l = kind(left);
  const r = kind(right);
  const split = (l === 'person' && r === 'person') || (l === 'body' && r === 'body')
    || (l.startsWith('group') && r.startsWith('group') && (l === 'group body' || r === 'group body'));
  return split ? [left, right] : [mention];
}

// "In an interview with Reuters", "in a story published at Wired", "an op-ed in The Boston Globe": the
// outlet a story or interview came out in, by its capitalised name ("The" kept, "of"/"and" inside).
// The rest of a name word: a dot stays inside only before a letter or digit ("Snopes.com", not "Wired. There").
const VENUE_WORD = String.raw`(?:[\p{L}\p{N}’'&-]|\.(?=[\p{L}\p{N}]))*`;
// "speaking on CNN's “State of the Union”": a programme, named in quotation marks or not, after its outlet's possessive.
const VENUE = new RegExp(String.raw`\b(?:(?:interview|story|article|op-ed|column|essay|piece|podcast|editorial|profile)\s+((?:published|posted|aired|broadcast|printed|that\s+ran|which\s+ran)\s+)?(with|at|in|on|by|for)|(?:[Ss]peaking|[Aa]ppearing|[Aa]ppeared|[Aa]ppearance|[Ss]poke)\s+(on))\s+((?:the\s+|The\s+)?\p{Lu}${VENUE_WORD}(?:\s+["“]?(?:(?:of|and|&)\s+)?(?:the\s+)?\p{Lu}${VENUE_WORD}){0,5}(?:\s+(?:magazine|newspaper|website|blog|podcast|radio))?)`, 'gu');
// "the Washington Post Thursday": the day or month after an outlet's name is no part of it.
const DATE_AFTER = /\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const OWNER = /^(.+?)['’]s\s/;
const STORY_OF = /^((?:The\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3})['’]s\s+(?:\p{L}+\s+)?(?:story|article|piece|column|series|reporting|coverage|investigation)$/u;
const SPEAKER_BEFORE = /(?<![\p{L}’'.-])((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]+),\s*$/u;
// A date or a place in the text is no outlet ("a story in March", "an interview on Monday").
const NOT_VENUE = /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|I|It|He|She|They|We|This|That)\b/i;

/**
 * The outlets the article names as where a story or an interview came out ("In an interview with
 * Reuters, Ahmed called …", "Banzi broke his silence in a story published at MAKEzine"): each is a
 * source cited beside whoever spoke there. One linear scan of the text.
 */
export function venuesOf(text: string): Array<{ name: string; outlet: boolean }> {
  const out: Array<{ name: string; outlet: boolean }> = [];
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(text); m; m = VENUE.exec(text)) {
    const name = (m[4] ?? '').replace(/["“”]/g, '').replace(DATE_AFTER, '').replace(/['’]s$|[.’']+$/, '');
    if (!name || NOT_VENUE.test(name)) continue;
    // What a story came out "at", "in" or "on" is an outlet; an interview "with" or an article "by" may be a person.
    const place = m[2] === 'at' || m[2] === 'in' || m[2] === 'on' || m[3] === 'on';
    const owner = OWNER.exec(name)?.[1];
    // "This article originally appeared on The Atlantic" is a reprint note: an appearance counts on a programme ("on NBC's Meet the Press").
    if (m[3] && !/^[Ss]p/.test(m[0]) && !(owner !== undefined && isPublicationName(owner))) continue;
    // Without "published" these may be a topic or a place ("a story on Brexit", "an interview in Paris"): only a known outlet or its programme.
    if (place && !m[1] && !(isOutletName(name) || (owner !== undefined && isPublicationName(owner)))) continue;
    out.push({ name, outlet: place });
    // "Kellyanne Conway, speaking on CNN's …": the person who spoke there, named in full just before, is cited too.
    const speaker = m[3] ? SPEAKER_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1] : undefined;
    if (speaker) out.push({ name: speaker, outlet: false });
  }
  for (const name of interviewOutlets(text)) out.push({ name, outlet: true });
  return out;
}

/**
 * Collects the distinct sources behind `attributions`. Agentless attributions (source
 * null) are not listed. With `text`, each he/she attribution is first re-pointed (in place)
 * to the person its paragraph names (`settlePronouns`). A bare surname or "Mr. X" joins the full name it shortens.
 * Each source lists the indices of its attributions and of the `claims` whose
 * `attribution` points at one of them. Sorted by mentions (desc), then first appearance.
 * `site` names the outlet publishing the article: where it only heard, read or hosted what
 * others said ("she told NBC News" in an NBC story), it is not listed as a source.
 */
export function collectSources(attributions: Attribution[], claims: Claim[], text?: string, site?: string): Source[] {
  // Map order is first appearance, which the stable sort keeps among equal mentions.
  const byKey = new Map<string, Source>();
  // Full person names by their last word, so "Frankel" joins "Jeffrey Frankel" (the first such name wins).
  const fullNames = new Map<string, string>();
  // The sources each attribution cites: one, or each part of a split subject ("police and medics said").
  const ofAttribution: Source[][] = [];
  // A source is cited many times under the same name: its key is worked out once ('' when it names nobody).
  const keys = new Map<string, string>();
  // "he" and "she" go to the person their paragraph names, now that every named person is known.
  if (text !== undefined) settlePronouns(text, attributions);
  const add = (given: string, index: number, anonymous: boolean, reader: boolean): Source | undefined => {
    // "a number of GOP insiders in key early states" is a count of "GOP insiders": the group is the source.
    const mention = countedGroup(given);
    let key = reader ? undefined : keys.get(mention);
    if (key === undefined) {
      key = !mention.trim() || PRONOUN.test(mention) ? '' : sourceKey(mention); // an unresolved pronoun names nobody
      if (!reader) keys.set(mention, key);
    }
    if (!key) return undefined;
    if (!key.includes(' ')) key = fullNames.get(key) ?? key;
    let src = byKey.get(key);
    if (!src) {
      const name = sourceName(mention);
      src = { name, type: sourceType(name, anonymous), mentions: 0, claims: [], attributions: [], anonymous: true };
      byKey.set(key, src);
      const last = key.slice(key.lastIndexOf(' ') + 1);
      if (last !== key && src.type === 'person' && !fullNames.has(last)) fullNames.set(last, key);
    }
    src.mentions++;
    src.anonymous &&= anonymous;
    // The outlet that read a document is cited beside it, not as the attribution's own source.
    if (reader) return src;
    if (!src.attributions.includes(index)) src.attributions.push(index);
    const cited = (ofAttribution[index] ??= []);
    if (!cited.includes(src)) cited.push(src);
    return src;
  };
  attributions.forEach((a, index) => {
    if (a.source === null) return;
    const titled = text === undefined ? null : quotedTitleAfter(text, a);
    if (titled) a.source = titled;
    const reader = text === undefined ? null : readerOf(text, a);
    let mention = a.source;
    if (reader) {
      // "Zimbabwean intelligence reports seen by Reuters": the document is one source, the outlet another.
      const cut = mention.toLowerCase().indexOf(` ${reader.participle} by `);
      if (cut > 0) mention = mention.slice(0, cut);
    }
    // "Hackaday's March story explains": a story is its outlet's (or writer's) word, listed under them.
    if (mention.includes('s ')) mention = STORY_OF.exec(mention)?.[1] ?? mention;
    for (const part of partsOf(mention, (word) => fullNames.has(word))) add(part, index, a.anonymous, false);
    if (reader && !isOwnOutlet(reader.name, site)) add(reader.name, index, false, true);
    const listener = text === undefined ? null : listenerOf(text, a);
    const heard = listener === null || isOwnOutlet(listener, site) ? undefined : add(listener, index, false, true);
    if (heard && !heard.attributions.length && heard.type !== 'publication') heard.type = 'publication';
  });
  for (const venue of text === undefined ? [] : venuesOf(text)) {
    if (isOwnOutlet(venue.name, site)) continue;
    const src = add(venue.name, -1, false, true);
    // A programme of an outlet ("CNN's State of the Union") is published by it, whatever its own words say.
    const programme = isPublicationName(OWNER.exec(venue.name)?.[1] ?? '');
    if (src && venue.outlet && !src.attributions.length && (src.type === 'person' || src.type === 'other' || programme)) src.type = 'publication';
  }
  // "her mother, Fiona" … "Fiona Parry": a lone first name cited before the full name joins it when one person's name starts with it.
  const byFirst = new Map<string, string | null>();
  for (const [key, src] of byKey) {
    const space = key.indexOf(' ');
    if (space < 0 || src.type !== 'person') continue;
    const first = key.slice(0, space);
    byFirst.set(first, byFirst.has(first) ? null : key);
  }
  const merge = (key: string, src: Source, into: Source): void => {
    into.mentions += src.mentions;
    into.attributions = [...new Set([...src.attributions, ...into.attributions])].sort((x, y) => x - y);
    into.anonymous &&= src.anonymous;
    for (const i of src.attributions) {
      const cited = ofAttribution[i];
      if (cited) ofAttribution[i] = [...new Set(cited.map((x) => (x === src ? into : x)))];
    }
    byKey.delete(key);
  };
  for (const [key, src] of byKey) {
    const full = key.includes(' ') ? null : byFirst.get(key);
    const into = full ? byKey.get(full) : undefined;
    if (into && src.type === 'person') merge(key, src, into);
  }
  // "a new study of 1,200 adults" … "the study", "American officials" … "officials": a bare group or
  // document noun cited after a fuller phrase with that head stands for it (the latest such).
  const byHead = new Map<string, Source>();
  for (const [key, src] of byKey) {
    const into = key.includes(' ') || src.type === 'person' || src.type === 'publication' ? undefined : byHead.get(key);
    if (into) merge(key, src, into);
    else if (key.includes(' ')) byHead.set(headOf(key), src);
  }
  // "the Fed", "the ECB", "the Times": a short form of a source named in full is that source.
  mergeShortForms(byKey, merge, text);
  mergeEarlySurnames(byKey, merge);
  if (text !== undefined) mergeGivenAndSurname(byKey, merge, text);
  if (text !== undefined) {
    for (const src of byKey.values()) {
      const first = attributions[src.attributions[0] ?? -1];
      if (src.type !== 'document' || !first || UPPER.test(src.name.slice(1))) continue;
      const lead = src.name.slice(0, src.name.lastIndexOf(' ') + 1);
      if (!DOCUMENT_LEADS.test(lead.toLowerCase())) continue;
      const journal = journalOf(text, first) ?? journalNamedAfter(text, first);
      if (journal) src.name = `${src.name} in ${journal}`;
    }
  }
  claims.forEach((c, index) => {
    const cited = c.attribution === undefined ? undefined : ofAttribution[c.attribution];
    for (const src of cited ?? []) if (!src.claims.includes(index)) src.claims.push(index);
  });
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions);
}
