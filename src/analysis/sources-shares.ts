/**
 * "Most Democrats were satisfied: 47 percent said …, and another 43 percent said …": a share or
 * "another" is one of the group the sentence (or the one before) names, not the group cited last
 * somewhere before. Settled once the text is at hand, like the pronouns.
 */
import type { Attribution } from './types';

// "47 percent", "another 43 percent", "another": a part of a group, as the cue's subject.
const SHARE = /^(?:another\s+)?(?:\d[\d.,]*\s*(?:percent|per cent|%)|another)$/i;
// A group of people: a capitalised plural ("Democrats", "Virginia Republicans", "Americans") or a common plural
// of people, after an optional count ("most", "a couple of").
const GROUP = /(?:\b(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Aa] (?:couple|number|majority|handful) of) )?(?:\b[A-Z][a-z]+ ){0,2}\b(?:[A-Z][a-z]+(?:ans|ats|ites|ists|ers|ives)|voters|respondents|residents|adults|parents|members|economists|experts|insiders|executives|employees|customers|consumers)\b/g;
const QUOTED = /“[^”]*”|"[^"]*"/g;
// The end of a sentence: a lower-case letter, digit or bracket, a stop, any closing quotation mark, space.
const SENTENCE_END = /[a-z0-9)][.!?]["”’)]?\s+/g;

/** The groups `part` names, in order. */
function groupsIn(part: string): string[] {
  return part.replace(QUOTED, ' ').match(GROUP) ?? [];
}

/** Re-points (in place) each share ("47 percent said") to the group its sentence, or else the sentence before, names. */
export function settleShares(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.mention === undefined || a.source === null || !SHARE.test(a.mention)) continue;
    let window = text.slice(Math.max(0, a.start - 800), a.start);
    const paragraph = window.lastIndexOf('\n\n');
    if (paragraph >= 0) window = window.slice(paragraph + 2);
    const ends: number[] = [];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) ends.push(m.index + m[0].length);
    const current = ends.length ? (ends[ends.length - 1] as number) : 0;
    const here = groupsIn(window.slice(current));
    const group = here.length ? here[here.length - 1] : current ? groupsIn(window.slice(ends.length > 1 ? (ends[ends.length - 2] as number) : 0, current))[0] : undefined;
    if (group !== undefined) a.source = group.replace(/^(?:Most|Many|Some|All|most|many|some|all)\s+/, '');
  }
}
