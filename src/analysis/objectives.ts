/**
 * Objectives: the aims, goals, purposes and plans an article reports.
 *
 * Two rules, in this order:
 * 1. Enumerations. A sentence announcing a count of goals ("three key objectives", "two goals:")
 *    followed by exactly that many items: inline after the announcement, with ordinals ("two goals:
 *    first to…; second to…") or as a list after a colon ("two goals: to cut costs and to raise
 *    wages"); in later sentences that open with the ordinal ("The first is to…", "Second, …",
 *    "Finally, …", "1. …") before the next announcement; or, after an announcement ending in a colon,
 *    as the lines that follow it. When any announcement is enumerated in
 *    full, the article's objectives are exactly the enumerated items (the announcing sentence is
 *    a table of contents, and goal words inside the items' paragraphs are their details).
 * 2. Otherwise, every sentence with a goal cue ("aims to", "the goal is to", "plans to",
 *    "in order to"), questions excluded.
 */
import {
  AIM_CUE_PATTERNS, AIM_CUE_STEMS, WEAK_AIM_CUE_PATTERNS,
  COUNT_WORDS, GOAL_ADJECTIVES, GOAL_CUE_PATTERNS, GOAL_CUE_STEMS, GOAL_NOUNS, ITEM_NOUNS, LAST_ORDINALS, LATER_ORDINALS, NEGATIONS,
  ORDINALS, PURPOSE_CLAUSE_PATTERN, WEAK_GOAL_CUE_PATTERNS,
} from './lexicon/objectives';
import { PLAN_CUE_PATTERNS, PLAN_CUE_STEMS, PLAN_WEAK_CUE_PATTERNS } from './lexicon/objectives-plans';
import { extraposedBefore, inBackground } from './objectives-background';
import { literalTrie } from './word-trie';
import { literalPrefixes } from './regex-prefixes';
import type { Block, Objective, Sentence } from './types';
import { quoteOpenAfter, quoteStateAt } from './quote-state';
import { isAsciiWordChar } from './char-codes';
import { endsLikeSentence, endsWithColon } from './objectives-lines';


const announceRe = new RegExp(
  `\\b(${literalTrie(Object.keys(COUNT_WORDS))})\\s+(?:(?:${literalTrie(GOAL_ADJECTIVES)})\\s+(?:and\\s+)?){0,3}(?:${literalTrie(GOAL_NOUNS)})\\b`,
  'i',
);
/**
 * Group 1 a purpose clause, group 2 a weak cue. ASCII \b on purpose: the cues are English words, and
 * \b lets the engine skip non-word positions fast. The purpose clause takes its ", " into the match:
 * a lookbehind among the alternatives made the whole scan about twice as slow. The lookahead of the
 * cues' literal openings ("aim", "is ", "will seek") passes most words after a letter or two, where
 * the alternatives were tried one by one at every word: the scan took about half the time.
 */
const cueRe = new RegExp(
  `(?:(?:^|, )(${PURPOSE_CLAUSE_PATTERN})|\\b(?=${cueOpenings()})(?:${GOAL_CUE_PATTERNS.join('|')}|(${WEAK_GOAL_CUE_PATTERNS.join('|')})))(?![A-Za-z0-9])`,
  'gi',
);

/** Regex source (a trie) of the literal text that every goal cue, strong or weak, opens with. */
function cueOpenings(): string {
  return literalTrie(literalPrefixes([...GOAL_CUE_PATTERNS, ...WEAK_GOAL_CUE_PATTERNS].map((p) => `(?:${p})`).join('|')));
}
/**
 * The cues of `AIM_CUE_PATTERNS`, tried only where an aim stem starts (each cue opens with one), groups as in
 * `cueRe` (group 1, the purpose clause, never matches here).
 */
const aimAtRe = new RegExp(
  `(?!)()|(?:${[...AIM_CUE_PATTERNS, ...PLAN_CUE_PATTERNS].join('|')}|(${[...WEAK_AIM_CUE_PATTERNS, ...PLAN_WEAK_CUE_PATTERNS].join('|')}))(?![A-Za-z0-9])`,
  'iy',
);
const AIM_STEMS = literalTrie([...AIM_CUE_STEMS, ...PLAN_CUE_STEMS]);
const aimStemInRe = new RegExp(`\\b(?:${AIM_STEMS})`, 'gi');
/** Finds the aim cues of a sentence from `lastIndex` on, like a global regex: `aimAtRe` tried at each stem. */
const aimRe = {
  lastIndex: 0,
  exec(sentence: string): RegExpExecArray | null {
    aimStemInRe.lastIndex = this.lastIndex;
    for (let stem = aimStemInRe.exec(sentence); stem; stem = aimStemInRe.exec(sentence)) {
      aimAtRe.lastIndex = stem.index;
      const m = aimAtRe.exec(sentence);
      if (m) {
        this.lastIndex = aimAtRe.lastIndex;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  },
};
/**
 * The cue stems, found by one regex run from sentence to sentence: a long alternation run on every
 * sentence costs several times more than this, and most sentences hold no stem. Same ASCII \b as `cueRe`.
 */
const STEMS = literalTrie(GOAL_CUE_STEMS);
// ", to " first: a regex opening with a literal is scanned about twice as fast, and only the match positions are used.
const stemRe = new RegExp(`, to |\\b(?:${STEMS})`, 'gi');
/** A stem or a purpose clause ("To …") at a sentence's very start, where the text may have no \b. */
const stemAtStartRe = new RegExp(`(?:${STEMS}|to )`, 'iy');
/** The same two for the cues of `aimRe`, which run only on sentences holding one of their own stems. */
const aimStemRe = new RegExp(`\\b(?:${AIM_STEMS})`, 'gi');
const aimStemAtStartRe = new RegExp(`(?:${AIM_STEMS})`, 'iy');
const negatedRe = new RegExp(`(?:(?:^|[^\\p{L}])(?:${NEGATIONS.join('|')})|n['’]t)\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu');
/** A wish inside a condition or a time clause ("if buyers want to…", "when he wanted to…") is background, not an aim. */
const conditionRe = /(?:^|[^\p{L}])(?:if|when|whenever|unless|whether)\s[^,;:—]*$/iu;
/** A decision in a condition ("if a buyer decides to walk away") is not taken: a hypothesis, not an aim. */
const hypotheticalRe = /(?:^|[^\p{L}])(?:if|unless|whenever)\s[^,;:—]*$/iu;
const decisionRe = /^decid/i;
/** At least four words, or two; anchored at the start, so linear even on a long unbroken line. */
const fourWordsRe = /^\s*(?:\S+\s+){3}\S/;
const twoWordsRe = /^\s*\S+\s+\S/;
/** How many sentences after an announcement its items may spread over. */
const WINDOW = 60;

/**
 * Module state, bounded: the item regexes below by (n, last) at index 2n + last, built on first use
 * (counts go up to ten, so twenty of each at most). Building them on every call made findObjectives
 * about 15% slower on the corpus.
 */
const openings: RegExp[] = [];
const inlineOrdinals: RegExp[] = [];

/** Opening of the n-th item sentence (0-based): "The third objective is…", "Second, …", "2. …". */
function itemOpening(n: number, last: boolean): RegExp {
  const ordinals = [...(ORDINALS[n] ?? []), ...(n > 0 ? LATER_ORDINALS : []), ...(last ? LAST_ORDINALS : [])];
  return (openings[2 * n + +last] ??= new RegExp(
    `[“"‘'(\\s]*(?:(?:and|but|so)\\s+)?(?:(?:his|her|its|their|our|the)\\s+)?(?:(?:${literalTrie(ordinals)})(?:\\s+(?:(?:${literalTrie(GOAL_ADJECTIVES)})\\s+)?(?:${literalTrie(ITEM_NOUNS)}))?(?:\\s+of\\s+(?:these|them|those|which))?` +
      `\\s*(?:[,:\\u2014\\u2013-]|(?:is|are|was|were|will|would|involves|concerns|focuses|relates)(?!\\p{L}))|\\(?${n + 1}[.)]\\s)`,
    'iuy',
  ));
}

/** Inline ordinal of the n-th item inside an announcing sentence ("first", "secondly", "finally"). */
function inlineOrdinal(n: number, last: boolean): RegExp {
  const ordinals = [...(ORDINALS[n] ?? []).filter((w) => w !== 'one'), ...(last ? LAST_ORDINALS : [])];
  return (inlineOrdinals[2 * n + +last] ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${literalTrie(ordinals)})(?![\\p{L}\\p{N}])|\\(${n + 1}\\)`, 'giu'));
}

/**
 * Finds stated objectives in article order, each span a whole sentence (or, for an inline
 * enumeration, one item of it). Empty text or text without goal language gives [].
 */
export function findObjectives(text: string, sentences: Sentence[], _blocks: Block[]): Objective[] {
  const candidate = holdsStem(text, sentences);
  const announcements: Array<{ sentence: number; count: number; end: number }> = [];
  sentences.forEach((s, i) => {
    if (!candidate[i]) return;
    const sentence = text.slice(s.start, s.end);
    const m = announceRe.exec(sentence);
    const count = COUNT_WORDS[m?.[1]?.toLowerCase() ?? ''];
    if (m && count) announcements.push({ sentence: i, count, end: s.start + m.index + m[0].length });
  });

  const items: Objective[] = [];
  const taken = new Set<number>();
  announcements.forEach((a, k) => {
    const limit = Math.min(announcements[k + 1]?.sentence ?? sentences.length, a.sentence + 1 + WINDOW, sentences.length);
    const found = inlineItems(text, sentences[a.sentence], a.end, a.count)
      ?? colonItems(text, sentences[a.sentence], a.end, a.count)
      ?? itemSentences(text, sentences, a.sentence + 1, limit, a.count)
      ?? listedItems(text, sentences, a.sentence, a.count);
    for (const item of found ?? []) {
      if (taken.has(item.start)) continue;
      taken.add(item.start);
      items.push(item);
    }
  });
  if (items.length > 0) return items.sort((x, y) => x.start - y.start);

  const out: Objective[] = [];
  const openAt = quoteStates(text, sentences);
  const aimFrom: number[] = [];
  const aimCandidate = holdsStem(text, sentences, aimStemRe, aimStemAtStartRe, aimFrom);
  // Inside a list after a colon ("He also said:" then bullet points), items need no full stop.
  let inList = false;
  sentences.forEach((s, i) => {
    const tail = Math.max(s.start, s.end - 8);
    const listItem = inList;
    inList = endsWithColon(text, tail, s.end) || (inList && !endsLikeSentence(text, tail, s.end));
    if (!candidate[i] && !aimCandidate[i]) return;
    const sentence = text.slice(s.start, s.end);
    if ((listItem || endsLikeSentence(text, s.start, s.end) || closesParagraph(sentences, i, sentence)) && fourWordsRe.test(sentence) && ((candidate[i] && statesGoal(sentence, () => openAt(i))) || (aimCandidate[i] && statesGoal(sentence, () => openAt(i), aimRe, aimFrom[i])))) {
      out.push({ start: s.start, end: s.end, text: sentence });
    }
  });
  return out;
}

/** Twenty words or more, anchored at the start. */
const twentyWordsRe = /^\s*(?:\S+\s+){19}\S/;
/** A long last sentence of its paragraph is a sentence even when its full stop was lost; link lines and headings are short. */
function closesParagraph(sentences: Sentence[], i: number, sentence: string): boolean {
  return sentences[i + 1]?.block !== sentences[i]?.block && twentyWordsRe.test(sentence);
}

/**
 * Whether a direct quote is open at the start of sentence `i`, for `i` asked in increasing order:
 * from the marks inside the block's earlier sentences (marks between sentences do not count).
 * Only the sentences of an asking block are read, each once, so few are: a quote matters only
 * for a wish cue.
 */
function quoteStates(text: string, sentences: Sentence[]): (i: number) => boolean {
  let done = 0;
  let open = false;
  return (i) => {
    const block = sentences[i]?.block;
    let j = i;
    while (j > done && sentences[j - 1]?.block === block) j--;
    if (j > done) open = false;
    for (; j < i; j++) open = quoteOpenAfter(text.slice(sentences[j]!.start, sentences[j]!.end), open);
    done = i;
    return open;
  };
}

/**
 * For each sentence, whether it holds a cue stem; a sentence without one can neither announce nor
 * state a goal. The search resumes at the next sentence's start once a stem is found, and
 * sentences before the next stem are passed without searching: each character read once at most.
 * Fills in `firstStems`: for each sentence, an offset before which it holds no stem, where a search
 * of the sentence for its stems may start.
 */
function holdsStem(text: string, sentences: Sentence[], re = stemRe, atStartRe = stemAtStartRe, firstStems: number[] = []): boolean[] {
  let hit = -1;
  return sentences.map((s, i) => {
    if (hit < s.start) {
      re.lastIndex = s.start;
      hit = re.exec(text)?.index ?? text.length;
    }
    if (hit < s.end) {
      // No stem before `hit` in the sentence, unless one at its very start that the text's \b hides (a word character before it).
      firstStems[i] = s.start === 0 || !isAsciiWordChar(text.charCodeAt(s.start - 1)) ? hit - s.start : 0;
      return true;
    }
    firstStems[i] = 0;
    atStartRe.lastIndex = s.start;
    return atStartRe.test(text);
  });
}

/**
 * True when a goal cue in `sentence` is neither negated nor (for a wish such as "want to") inside a
 * direct quote; `openAtStart` gives the quote state at the sentence's start, asked only for a wish.
 */
function statesGoal(sentence: string, openAtStart: () => boolean, re: Pick<RegExp, 'exec' | 'lastIndex'> = cueRe, from = 0): boolean {
  let quoted: ((at: number) => boolean) | undefined;
  re.lastIndex = from;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // Only the sentence start or ", " stands before a purpose clause, and neither can end a negation.
    if (m[1] && !complementBeforeRe.test(sentence.slice(Math.max(0, m.index - 70), m.index)) && !extraposedBefore(sentence, m.index)) return true;
    if (m[1]) continue;
    if (negatedRe.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (inBackground(sentence, m.index, m[0])) continue;
    if (decisionRe.test(m[0]) && hypotheticalRe.test(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
    const weak = m[2] !== undefined;
    if (weak && namesAct(sentence, m)) continue;
    if (weak && ((quoted ??= quotedAt(sentence, openAtStart()))(m.index) || conditionRe.test(sentence.slice(Math.max(0, m.index - 80), m.index)))) continue;
    return true;
  }
  return false;
}

/** A verb that takes its object and then "to" ("compelled the chief, a veteran, to decide"): the comma clause is its complement, not a purpose. */
const complementBeforeRe = /\b(?:compelled|forced|ordered|asked|told|allowed|persuaded|required|pressed|pressured|invited|instructed|directed|authori[sz]ed)\s(?:[^;:.!?]|(?<=\b[A-Z])\.){0,60}$/i;
/** "attempting to" after a preposition, maybe behind another "-ing … and", is an act named ("convicted of attempting to…", "for murdering two and attempting to…"), not an aim. */
const actBeforeRe = /\b(?:of|for|with)\s+(?:[a-z]+ing\b[^.;:]{0,80}?\band\s+)?$/i;
function namesAct(sentence: string, m: RegExpExecArray): boolean {
  return /^attempting/i.test(m[0]) && actBeforeRe.test(sentence.slice(Math.max(0, m.index - 100), m.index));
}

/**
 * Whether offsets of `sentence`, asked in increasing order, lie inside a direct quote; a closing
 * mark later with none before means a quote opened in an earlier paragraph. Linear in the
 * sentence however many cues ask.
 */
function quotedAt(sentence: string, openAtStart: boolean): (at: number) => boolean {
  const openAt = quoteStateAt(sentence, openAtStart);
  const first = sentence.search(/[“”"]/);
  // Only a first mark that can close ("…” he said") says a quote opened before; an opening “, or a " after a space, does not.
  const opens = sentence[first] === '“' || (sentence[first] === '"' && (first === 0 || sentence[first - 1] === ' '));
  const closedLater = !openAtStart && first >= 0 && !opens && /[”"]/.test(sentence);
  return (at) => openAt(at) || (closedLater && first >= at);
}

/** The `count` sentences in [from, to) that open with the first, second, … ordinal, in order; null unless all are found. */
function itemSentences(text: string, sentences: Sentence[], from: number, to: number, count: number): Objective[] | null {
  const found: Objective[] = [];
  let re = itemOpening(0, count === 1);
  for (let j = from; j < to && found.length < count; j++) {
    const s = sentences[j];
    if (!s) break;
    re.lastIndex = s.start;
    const m = re.exec(text);
    if (!m || m.index + m[0].length > s.end) continue;
    found.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
    re = itemOpening(found.length, found.length === count - 1);
  }
  return found.length === count ? found : null;
}

/** Items enumerated inside the announcing sentence after `after` ("two goals: first to…; second to…"); null unless all `count` are there. */
function inlineItems(text: string, s: Sentence | undefined, after: number, count: number): Objective[] | null {
  if (!s) return null;
  const sentence = text.slice(s.start, s.end);
  const starts: number[] = [];
  let pos = after - s.start;
  for (let n = 0; n < count; n++) {
    const re = inlineOrdinal(n, n === count - 1);
    re.lastIndex = pos;
    const m = re.exec(sentence);
    if (!m) return null;
    starts.push(m.index);
    pos = m.index + m[0].length;
  }
  // The first item must follow the announcement closely ("goals: first…"), not a later clause.
  if (/[.;!?]/.test(sentence.slice(after - s.start, starts[0]))) return null;
  return starts.map((start, n) => {
    const raw = sentence.slice(start, starts[n + 1] ?? sentence.length);
    const trimmed = raw.replace(/(?:[\s;,]|\band\b|\bor\b)+$/i, '');
    return { start: s.start + start, end: s.start + start + trimmed.length, text: trimmed };
  });
}

/** A list after a colon right behind the announcement ("two goals: to cut costs and to raise wages"); null unless it has exactly `count` parts of two words or more. */
function colonItems(text: string, s: Sentence | undefined, after: number, count: number): Objective[] | null {
  if (!s) return null;
  const rest = text.slice(after, s.end);
  const colon = /^[^.;:!?]{0,40}:\s*/.exec(rest);
  if (!colon) return null;
  const body = rest.slice(colon[0].length).replace(/[.!?…]+["”’')\]]*$/, '');
  const separator = /\s*(?:[;,]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)/g;
  const items: Objective[] = [];
  let from = 0;
  const add = (to: number): void => {
    const start = after + colon[0].length + from;
    const piece = body.slice(from, to);
    items.push({ start, end: start + piece.length, text: piece });
  };
  for (let m = separator.exec(body); m && items.length <= count; m = separator.exec(body)) {
    add(m.index);
    from = m.index + m[0].length;
  }
  add(body.length);
  if (items.length !== count || items.some((i) => !twoWordsRe.test(i.text))) return null;
  return items;
}

/** After an announcement ending in a colon, the `count` sentences that follow, each on a line of its own; null otherwise. */
function listedItems(text: string, sentences: Sentence[], announcing: number, count: number): Objective[] | null {
  const a = sentences[announcing];
  if (!a || !/:\s*$/.test(text.slice(a.start, a.end))) return null;
  const items: Objective[] = [];
  for (let j = announcing + 1; j <= announcing + count; j++) {
    const s = sentences[j];
    const prev = sentences[j - 1];
    if (!s || !prev || !text.slice(prev.end, s.start).includes('\n')) return null;
    items.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  }
  return items;
}
