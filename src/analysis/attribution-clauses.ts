/**
 * Speakers that stand in a clause of their own before the reporting verb: the antecedent of a
 * relative pronoun ("Reuters, which reported", "officials who said"), the subject of a relative
 * clause that ends "by saying", and a study before its participle phrase ("research conducted in
 * … shows"). Each reads a bounded window of tokens, for src/analysis/attribution-speaker.ts.
 */
import { STUDY_NOUNS } from './lexicon/reporting';
import { back, hasToken, isCap, phraseBefore, type Phrase, type TokensBefore } from './attribution-phrase';
import { DETERMINERS_RE } from './attribution-subject';

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);
/** Nouns of studies and surveys: they may report through a weak verb in a relative clause ("studies, which showed"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(STUDY_NOUNS);

/**
 * The phrase a relative pronoun at `back(before, k)` refers to: "officials" in "officials who said",
 * "Reuters" in "Reuters, which reported"; for "Senator James Lankford, an Oklahoma Republican
 * who warned" the name, not its description.
 */
export function relativeAntecedent(before: TokensBefore, k: number, sentStart: number): Phrase | null {
  const comma = back(before, k - 1).text === ',';
  let ante = phraseBefore(before, comma ? k - 2 : k - 1, sentStart);
  if (ante && DETERMINERS_RE.test(back(before, ante.first).text) && back(before, ante.first - 1).text === ',') {
    const named = phraseBefore(before, ante.first - 2, sentStart);
    // "Smith, the mayor, who …": the name before the description; not "… coup, the source, who".
    if (named && named.proper && isCap(named.head)) ante = named;
  }
  return ante;
}

/** Words a relative clause may run over before "by saying"; past it the clause is no longer the speaker's. */
const RELATIVE_CLAUSE_TOKENS = 25;

/**
 * Index of "who"/"which"/"that" opening the relative clause that holds `back(before, by)`
 * ("…, which tried to rally support by saying"): words only in between, no comma; null when none.
 */
export function relativeClauseStart(before: TokensBefore, by: number): number | null {
  for (let k = by - 1; by - k <= RELATIVE_CLAUSE_TOKENS; k--) {
    const t = back(before, k);
    if (!t.word) return null; // also past the window's first token
    if (RELATIVE_PRONOUNS.has(t.low)) return k;
  }
  return null;
}

/**
 * Participles that join a study to what it covered ("research conducted in …", "a survey carried out among …")
 * or to who read it ("reports seen by Reuters", "emails obtained by the Times").
 */
const STUDY_PARTICIPLES = new Set(['conducted', 'published', 'released', 'carried', 'done', 'performed', 'undertaken', 'commissioned', 'funded', 'led', 'presented', 'seen', 'obtained', 'reviewed',
  // Data gathered by someone: "data compiled by Bloomberg show", "figures collected by the agency suggest".
  'compiled', 'collected', 'gathered', 'analyzed', 'analysed', 'prepared']);
const CLAUSE_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'who', 'which', 'that', 'but', 'because', 'although', 'while']);

/**
 * "research conducted in both monkeys and humans shows", "a survey carried out in 12 countries
 * found": the document noun before a participle phrase that runs, words only, up to the verb
 * at `back(before, last)`. The phrase spans from the noun phrase to that last word. Null otherwise.
 */
export function documentBeforeParticiple(before: TokensBefore, last: number, sentStart: number): Phrase | null {
  // Not down to the window's first token: a noun must stand before the participle.
  for (let k = last; hasToken(before, k - 1) && last - k < 10; k--) {
    const t = back(before, k);
    const low = t.low;
    if (!t.word || CLAUSE_WORDS.has(low)) return null;
    if (!STUDY_PARTICIPLES.has(low)) continue;
    const noun = back(before, k - 1);
    if (!noun.word || !DOCUMENT_NOUNS.has(noun.low)) return null;
    const p = phraseBefore(before, k - 1, sentStart);
    if (!p) return null;
    return { ...p, end: back(before, last).end, last };
  }
  return null;
}
